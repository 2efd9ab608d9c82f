/**
 * Extract stage: a raw document to candidate lines plus page metadata.
 *
 * Text input is split into lines. An HTML page is parsed (parse.ts), cut
 * into text blocks (blocks.ts), the element holding the article is chosen
 * and its boilerplate dropped (select.ts), and each kept block becomes one
 * line. The page's own metadata (meta.ts, title.ts) fills `doc.meta` where
 * the caller left a field empty. The words that give furniture away are
 * data, read from every folder of `dataDir` when the stage is built
 * (vocabulary.ts).
 */
import { type Doc, type DocumentMeta, withMessage } from '../../document/index.ts';
import { ConfigError, type Stage } from '../../pipeline/stage.ts';
import { type Block, type Segmentation, segment } from './blocks.ts';
import { cleanLines, hostOf } from './lines.ts';
import { pageFacts } from './meta.ts';
import { type Element, parsePage } from './parse.ts';
import { DEFAULT_SELECT_OPTIONS, keptBlocks, type SelectOptions, selectContainer } from './select.ts';
import { chooseTitle, type HeadlineCandidate, normaliseTitle } from './title.ts';
import { DEFAULT_DATA_DIR, loadVocabulary, type PageVocabulary } from './vocabulary.ts';

export interface ExtractOptions extends SelectOptions {
  /**
   * Below this many characters of extracted text, a JSON-LD `articleBody`
   * that is longer is used instead: pages that render their text by script
   * often ship it only there.
   */
  readonly structuredBodyBelow: number;
  /**
   * Share of the container's text that must come before a "Related
   * articles" / "Comments" title for it to end the article. Before that
   * point such a line is more likely an inline aside ("Read more: ...").
   */
  readonly endMarkerAfter: number;
  /**
   * How many blocks before the article container, and at its start, may
   * hold the headline. Headlines sit just above the body, with at most a
   * standfirst, a byline, a date and a picture between.
   */
  readonly headlineWindow: number;
  /**
   * Least container score (about the characters of prose) for the page to
   * have an article at all. Below, it is a section front, an error page or
   * a consent wall, and gives no lines rather than its menus.
   */
  readonly articleMinScore: number;
  /** Brink's `data/` folder: every folder in it is read for the vocabulary (vocabulary.ts). */
  readonly dataDir: string;
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = {
  ...DEFAULT_SELECT_OPTIONS,
  structuredBodyBelow: 500,
  endMarkerAfter: 0.5,
  headlineWindow: 10,
  articleMinScore: 50,
  dataDir: DEFAULT_DATA_DIR,
};

const STAGE = 'extract';

function validate(o: ExtractOptions): void {
  const check = (name: keyof ExtractOptions, ok: boolean, rule: string): void => {
    if (!ok) throw new ConfigError(`extract: option ${name} = ${String(o[name])} is invalid; it must be ${rule}`);
  };
  check('lineWeight', Number.isFinite(o.lineWeight) && o.lineWeight >= 0 && o.lineWeight <= 1, 'in [0, 1]');
  check('lineMinChars', Number.isFinite(o.lineMinChars) && o.lineMinChars >= 0, 'a number >= 0');
  check('linkDensityMax', o.linkDensityMax > 0 && o.linkDensityMax <= 1, 'in (0, 1]');
  check('proseMinChars', Number.isFinite(o.proseMinChars) && o.proseMinChars >= 0, 'a number >= 0');
  check('linkCost', Number.isFinite(o.linkCost) && o.linkCost >= 0, 'a number >= 0');
  check('linkedHeadingCost', Number.isFinite(o.linkedHeadingCost) && o.linkedHeadingCost >= 0, 'a number >= 0');
  check('articleShareMin', o.articleShareMin >= 0 && o.articleShareMin <= 1, 'in [0, 1]');
  check('furnitureCost', Number.isFinite(o.furnitureCost) && o.furnitureCost >= 0, 'a number >= 0');
  check('labelledContainerMargin', Number.isFinite(o.labelledContainerMargin) && o.labelledContainerMargin >= 1, 'a number >= 1');
  check('semanticBonus', Number.isFinite(o.semanticBonus) && o.semanticBonus >= 1, 'a number >= 1');
  check('endMarkerAfter', o.endMarkerAfter >= 0 && o.endMarkerAfter <= 1, 'in [0, 1]');
  check('headlineWindow', Number.isInteger(o.headlineWindow) && o.headlineWindow >= 0, 'an integer >= 0');
  check('articleMinScore', Number.isFinite(o.articleMinScore) && o.articleMinScore >= 0, 'a number >= 0');
  check('structuredBodyBelow', Number.isFinite(o.structuredBodyBelow) && o.structuredBodyBelow >= 0, 'a number >= 0');
}

export interface Extraction {
  readonly lines: readonly string[];
  /** What the page declares about itself (not merged with the caller's metadata). */
  readonly meta: DocumentMeta;
}

/**
 * Blocks that may hold the headline: every `<h1>`, and the blocks just
 * before the article container and at its start (marked `near`).
 */
function headlineCandidates(seg: Segmentation, container: Element, o: ExtractOptions): HeadlineCandidate[] {
  const r = seg.ranges.get(container) ?? { start: 0, end: seg.blocks.length };
  const nearFrom = r.start - o.headlineWindow;
  const nearTo = Math.min(r.end, r.start + o.headlineWindow);
  const out: HeadlineCandidate[] = [];
  seg.blocks.forEach((b: Block, i) => {
    const near = i >= nearFrom && i < nearTo;
    if (b.tag === 'h1' || (near && b.furniture === null)) {
      out.push({ text: b.text, tag: b.tag, near, furniture: b.furniture !== null, distance: Math.abs(i - r.start) });
    }
  });
  return out;
}

/** Main text and metadata of an HTML page. Never throws. */
export function extractHtml(html: string, url: string | undefined, v: PageVocabulary, o: ExtractOptions = DEFAULT_EXTRACT_OPTIONS): Extraction {
  const { root, head } = parsePage(html);
  const facts = pageFacts(head, url);
  const seg = segment(root, v);
  const { container, score } = selectContainer(root, seg, o, v.classes);
  // A page whose best container holds less than a short paragraph's worth of text has no article.
  const blocks = score >= o.articleMinScore ? keptBlocks(container, seg, o) : [];

  const title = chooseTitle({
    metaTitles: facts.metaTitles,
    candidates: headlineCandidates(seg, container, o),
    siteNames: facts.siteNames,
    url: url ?? facts.meta.url,
  });

  // The headline is the title, not the body's first paragraph.
  const titleKey = title === null ? null : normaliseTitle(title);
  const pageUrl = url ?? facts.meta.url;
  let lines = cleanLines(
    blocks.filter((b) => titleKey === null || normaliseTitle(b.text) !== titleKey),
    o,
    pageUrl === undefined ? null : hostOf(pageUrl),
    v.lines,
  );

  const chars = lines.reduce((n, l) => n + l.length, 0);
  if (facts.ldBody !== null && chars < o.structuredBodyBelow && facts.ldBody.length > chars) {
    lines = facts.ldBody
      .split(/\n+/)
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter((l) => l !== '');
  }
  const meta = title === null ? facts.meta : { ...facts.meta, title };
  return { lines, meta };
}

/** Merges page metadata under the caller's: a field the caller gave wins. */
function mergeMeta(page: DocumentMeta, caller: DocumentMeta): DocumentMeta {
  const out: { -readonly [K in keyof DocumentMeta]: DocumentMeta[K] } = { ...page };
  for (const [k, v] of Object.entries(caller) as [keyof DocumentMeta, string | undefined][]) if (v !== undefined) out[k] = v;
  return out;
}

/** The extract stage; `vocabulary`, when given, is used instead of reading it from `dataDir` (the pipeline shares one with clean). */
export function createExtract(options: Partial<ExtractOptions> = {}, vocabulary?: PageVocabulary): Stage {
  const o: ExtractOptions = { ...DEFAULT_EXTRACT_OPTIONS, ...options };
  validate(o);
  vocabulary ??= loadVocabulary(o.dataDir);
  return (doc: Doc): Doc => {
    if (doc.raw.format !== 'html') return { ...doc, lines: doc.raw.content.split('\n') };
    const { lines, meta } = extractHtml(doc.raw.content, doc.meta.url, vocabulary, o);
    const out: Doc = { ...doc, lines, meta: mergeMeta(meta, doc.meta) };
    return lines.length === 0 ? withMessage(out, 'warning', STAGE, 'no article text found in the HTML page') : out;
  };
}
