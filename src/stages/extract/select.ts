/**
 * Which element holds the article, and which of its blocks to keep.
 *
 * Every block gets a value: positive for running prose (its unlinked
 * characters), negative for link lists (menus, teasers, tag clouds), a
 * little for short unlinked lines, nothing for labels and headings. An element's score is the sum of its
 * blocks' values, except that everything under a labelled furniture element
 * inside it (see hints.ts) counts as a cost, whatever its text. The element
 * with the best score is the article container: going up from the article
 * body adds menus and sidebars that cost more than they bring, going down
 * loses paragraphs. Because the score is a sum, an article split over
 * several sibling elements (by ads, by a paywall) is taken whole when its
 * parts outweigh what lies between them.
 */
import type { Block, Segmentation } from './blocks.ts';
import { isArticleBodyClass } from './hints.ts';
import type { Element } from './parse.ts';
import type { ClassVocabulary } from './vocabulary.ts';

export interface SelectOptions {
  /**
   * Share of a block's characters inside links above which it is a link list
   * (menu, teaser list) rather than prose. Prose cites a few links; lists of
   * headlines are nearly all link.
   */
  readonly linkDensityMax: number;
  /**
   * Unlinked characters a block needs to count as prose. Below it, a line may
   * be a caption, a date, a button label or a short paragraph: no evidence
   * either way.
   */
  readonly proseMinChars: number;
  /**
   * Value per character of a short unlinked line (a list item, a table row,
   * a line of a schedule), relative to prose. Small: such lines are as
   * common in page furniture as in articles, but an article made only of
   * them (a calendar, a results table) must still outscore the sidebar.
   */
  readonly lineWeight: number;
  /** Unlinked characters a short line needs to count at all: below, it is a label or a button. */
  readonly lineMinChars: number;
  /** Cost per character of a link-list block, relative to a prose character's value. */
  readonly linkCost: number;
  /**
   * Cost per character of a heading that is a link. Lists of teasers (related
   * stories, section fronts) are headline links over short summaries: the
   * summaries read like prose, so their headlines must outweigh them.
   */
  readonly linkedHeadingCost: number;
  /** Cost per character of text under labelled furniture, relative to a prose character's value. */
  readonly furnitureCost: number;
  /**
   * How many times the best unlabelled container's score an element labelled
   * as furniture must reach to be taken as the container itself. Labels lie
   * both ways: `content-with-sidebar` wraps an article, `breaking-news` wraps
   * a ticker of teasers that can outweigh a short article. Only a clear win
   * overrides the label.
   */
  readonly labelledContainerMargin: number;
  /**
   * Share of the container's score that one of several `<article>` elements
   * inside it must carry for the container to be narrowed to it (the first
   * such one: the page's own story, ahead of those loaded after it).
   */
  readonly articleShareMin: number;
  /**
   * Score multiplier for an element the page marks as the article body
   * (`<article>`, `<main>`, `itemprop=articleBody`, `class="article-body"`):
   * breaks near-ties toward the author's own structure, too small to override
   * a clear difference in text.
   */
  readonly semanticBonus: number;
}

export const DEFAULT_SELECT_OPTIONS: SelectOptions = {
  linkDensityMax: 0.5,
  proseMinChars: 70,
  lineWeight: 0.3,
  lineMinChars: 20,
  linkCost: 1,
  linkedHeadingCost: 2,
  furnitureCost: 1,
  semanticBonus: 1.1,
  labelledContainerMargin: 2,
  articleShareMin: 0.4,
};

/** Sentence punctuation: prose has some, menus and button rows rarely do. */
const PROSE_PUNCTUATION = /[.!?,;:…。，、؟]/;

export function blockValue(b: Block, o: SelectOptions): number {
  const n = b.text.length;
  if (n === 0) return 0;
  if (b.linkChars / n > o.linkDensityMax) return -n * (b.kind === 'heading' ? o.linkedHeadingCost : o.linkCost);
  if (b.kind === 'heading') return 0;
  const own = n - b.linkChars;
  if (own >= o.proseMinChars && PROSE_PUNCTUATION.test(b.text)) return own;
  return own >= o.lineMinChars ? own * o.lineWeight : 0;
}

function isMarkedArticle(el: Element, v: ClassVocabulary): boolean {
  if (el.tag === 'article' || el.tag === 'main') return true;
  const role = el.attrs['role'];
  if (role === 'main' || role === 'article') return true;
  if (el.attrs['itemprop'] === 'articleBody') return true;
  return isArticleBodyClass(el, v);
}

export interface Selection {
  readonly container: Element;
  readonly score: number;
}

/** The best-scoring element under `root` (the root itself if nothing scores). */
export function selectContainer(root: Element, seg: Segmentation, o: SelectOptions, v: ClassVocabulary): Selection {
  const { blocks, ranges, furniture } = seg;
  // Prefix sums: the value and the text length of any block range in O(1).
  const value = new Float64Array(blocks.length + 1);
  const chars = new Float64Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    value[i + 1] = (value[i] as number) + blockValue(b, o);
    chars[i + 1] = (chars[i] as number) + b.text.length;
  }
  const sum = (arr: Float64Array, r: { start: number; end: number }): number =>
    (arr[r.end] as number) - (arr[r.start] as number);

  // Best outside furniture; best furniture element taken whole (a page wrapper may carry a
  // sidebar class); best anywhere (used only if nothing else scores).
  let best: Selection = { container: root, score: 0 };
  let bestLabelled: Selection = { container: root, score: 0 };
  let bestAnywhere: Selection = { container: root, score: 0 };
  const articleScores = new Map<Element, number>();

  // Returns the element's score as a container.
  const score = (el: Element, inFurniture: boolean): number => {
    const r = ranges.get(el);
    if (r === undefined || r.start === r.end) return 0;
    let s = sum(value, r);
    for (const child of el.children) {
      if (typeof child === 'string') continue;
      const cr = ranges.get(child);
      if (cr === undefined || cr.start === cr.end) continue;
      const childScore = score(child, inFurniture || furniture.has(el));
      // Replace the child's raw block values by its own score, or by a cost if it is furniture.
      s += (furniture.has(child) ? -o.furnitureCost * sum(chars, cr) : childScore) - sum(value, cr);
    }
    const ranked = isMarkedArticle(el, v) && s > 0 ? s * o.semanticBonus : s;
    if (el.tag === 'article') articleScores.set(el, ranked);
    if (!inFurniture) {
      if (!furniture.has(el)) {
        if (ranked > best.score) best = { container: el, score: ranked };
      } else if (!seg.titled.has(el) && ranked > bestLabelled.score) bestLabelled = { container: el, score: ranked };
    }
    if (ranked > bestAnywhere.score) bestAnywhere = { container: el, score: ranked };
    return s;
  };
  score(root, false);
  const chosen = bestLabelled.score > best.score * o.labelledContainerMargin ? bestLabelled : best.score > 0 ? best : bestAnywhere;
  return oneArticle(chosen, articleScores, o);
}

/**
 * A container holding several `<article>` elements side by side holds
 * several stories (an endless-scroll page loads the next one below the
 * first): narrow it to the first that carries a fair share of the
 * container's score. Teaser lists, where no single card does,
 * are left to the block filters.
 */
function oneArticle(chosen: Selection, articleScores: ReadonlyMap<Element, number>, o: SelectOptions): Selection {
  // Scores were recorded children first, so sibling articles come in page order.
  const inside = [...articleScores].filter(([el]) => isStrictlyInside(el, chosen.container) && !hasArticleAncestorBelow(el, chosen.container));
  if (inside.length < 2) return chosen;
  // The first story that carries a fair share: the page's own, ahead of the ones loaded after it.
  const first = inside.find(([, s]) => s >= chosen.score * o.articleShareMin);
  return first === undefined ? chosen : { container: first[0], score: first[1] };
}

/** Is there an `<article>` between `el` and `container` (so `el` is a card inside another story)? */
function hasArticleAncestorBelow(el: Element, container: Element): boolean {
  for (let p = el.parent; p !== null && p !== container; p = p.parent) if (p.tag === 'article') return true;
  return false;
}

/** Least length of a link-dense block kept for being written in sentences. */
const LINKED_PROSE_MIN_CHARS = 150;
const SENTENCE_BREAK = /[.!?…]["'”’»)]?(\s|$)/g;

/**
 * Two sentences or more, ending as a sentence ends: a paragraph that links
 * most of its words (a digest of the day's stories) is still prose, where a
 * menu or a list of headlines has no sentence at all.
 */
function isLinkedProse(b: Block): boolean {
  return b.text.length >= LINKED_PROSE_MIN_CHARS && /[.!?…]["'”’»)]?$/.test(b.text) && (b.text.match(SENTENCE_BREAK)?.length ?? 0) >= 2;
}

/** Is `el` inside `container` (strictly)? */
function isStrictlyInside(el: Element, container: Element): boolean {
  for (let p = el.parent; p !== null; p = p.parent) if (p === container) return true;
  return false;
}

/** The container's blocks that read as article text, in page order. */
export function keptBlocks(container: Element, seg: Segmentation, o: SelectOptions): Block[] {
  const r = seg.ranges.get(container);
  if (r === undefined) return [];
  const candidates: Block[] = [];
  for (let i = r.start; i < r.end; i++) {
    const b = seg.blocks[i] as Block;
    if (b.furniture !== null && b.furniture !== container && isStrictlyInside(b.furniture, container)) continue;
    candidates.push(b);
  }
  // A quotation keeps its links: an embedded post's text is mostly links and handles.
  const linky = candidates.map((b) => b.kind !== 'quote' && b.linkChars / b.text.length > o.linkDensityMax && !isLinkedProse(b));
  const out: Block[] = [];
  for (let i = 0; i < candidates.length; i++) {
    if (linky[i]) {
      // A lone link between two paragraphs is part of the text ("Read more: ...", a source URL);
      // a run of links, or links at the container's edges, is a list or a widget.
      if (i === 0 || i === candidates.length - 1 || linky[i - 1] || linky[i + 1]) continue;
    }
    out.push(candidates[i] as Block);
  }
  return out;
}
