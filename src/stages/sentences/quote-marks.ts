/**
 * Pairing of quotation marks inside one paragraph.
 *
 * Real text mixes every style: French «…» with or without inner spaces,
 * English “…” and "…", German/Russian „…“, single ‘…’ and ‹…›, and
 * machine-translated French that opens with “ and closes with ». So a mark is
 * classified by what it can be (glyph) and by what surrounds it (a mark with
 * space before and a letter after opens; a letter before and space or
 * punctuation after closes), and marks are paired with a stack: any double
 * closer closes the nearest open double quote whatever its glyph, a single
 * closer only a single quote. Apostrophes (’ and ' between letters) are never
 * marks. A stray closer is ignored; an opener still open at the end of the
 * paragraph yields a quote that runs to the paragraph's end (the outermost
 * only: inner unclosed marks and unclosed single quotes are dropped, they are
 * far more often apostrophes or typos than quotations).
 *
 * Shared by the sentences stage (no sentence break inside a quotation that
 * the sentence continues after) and the quotes stage.
 */

export interface QuotePair {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or null when the quote runs to the paragraph end. */
  readonly close: number | null;
  /** Offset just after the quote: after the closing mark, or the paragraph end. */
  readonly end: number;
  /** 0 for a quote not inside another, 1 inside one, … */
  readonly depth: number;
  readonly single: boolean;
}

const DOUBLE_OPEN_ONLY = new Set(['«', '‹', '„']);
const DOUBLE_CLOSE_ONLY = new Set(['»', '›']);
/** ‚ (single low-9) opens German single quotes. */
const SINGLE_OPEN_ONLY = new Set(['‚']);
/**
 * The quotation marks (UTF-16 units, no flag: the regex reads units). Every
 * paragraph of a text is paired, by the sentences and the actors stages: the
 * marks of the whole text are found once, by one regex search (a global
 * search run from each paragraph went on past its end, to the end of the
 * text when the paragraphs after had none; a loop reading every unit was
 * the pairing's main cost), and each paragraph takes its own from them.
 */
const QUOTE_MARK = /[«»‹›„‚“”"‘’']/g;

/** The offsets of the quotation marks of the texts last paired, latest first (a text's paragraphs are paired in turn). */
const recentMarks: { text: string; at: number[] }[] = [];
const RECENT_MARKS = 2;

function marksOf(text: string): number[] {
  for (const r of recentMarks) if (r.text === text) return r.at;
  const at: number[] = [];
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(text); m !== null; m = QUOTE_MARK.exec(text)) at.push(m.index);
  recentMarks.unshift({ text, at });
  if (recentMarks.length > RECENT_MARKS) recentMarks.length = RECENT_MARKS;
  return at;
}

/** Characters after which a mark counts as preceded by "space": a quote may open there. */
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:«‹„“"‘]/u;
/** Characters before which a mark counts as followed by "space": a quote may close there. */
const CLOSING_CONTEXT = /[\s.,;:!?)\]}\u2026\u2014\u2013\-»›”"’']/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

interface Open {
  readonly at: number;
  readonly single: boolean;
  readonly mark: string;
}

/**
 * Quotation pairs of `text[from, to)`, ordered by opening offset. Offsets are
 * into `text`.
 */
export function pairQuotes(text: string, from = 0, to = text.length): QuotePair[] {
  const pairs: QuotePair[] = [];
  const stack: Open[] = [];
  const stop = Math.min(to, text.length);
  const marks = marksOf(text);
  // The first mark at or after `from`.
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((marks[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < marks.length && (marks[k] as number) < stop; k++) {
    const at = marks[k] as number;
    const mark = text[at] as string;
    const prev = at > from ? (text[at - 1] as string) : ' ';
    const next = at + 1 < to ? (text[at + 1] as string) : ' ';
    const spaceBefore = OPENING_CONTEXT.test(prev);
    const spaceAfter = CLOSING_CONTEXT.test(next);
    const role = classify(mark, prev, next, spaceBefore, spaceAfter, stack);
    if (role === 'open-double' || role === 'open-single') {
      stack.push({ at, single: role === 'open-single', mark });
    } else if (role === 'close-double' || role === 'close-single') {
      closeAt(at, role === 'close-single', stack, pairs);
    }
  }
  // The outermost quote still open runs to the paragraph end.
  const outer = stack.find((o) => !o.single);
  if (outer && stack.indexOf(outer) === 0) {
    let end = to;
    while (end > outer.at + 1 && /\s/u.test(text[end - 1] as string)) end--;
    if (end > outer.at + 1) pairs.push({ open: outer.at, close: null, end, depth: 0, single: false });
  }
  return pairs.sort((a, b) => a.open - b.open);
}

type Role = 'open-double' | 'open-single' | 'close-double' | 'close-single' | 'none';

function hasOpen(stack: readonly Open[], single: boolean): boolean {
  return stack.some((o) => o.single === single);
}

function classify(mark: string, prev: string, next: string, spaceBefore: boolean, spaceAfter: boolean, stack: readonly Open[]): Role {
  if (DOUBLE_OPEN_ONLY.has(mark)) return 'open-double';
  if (DOUBLE_CLOSE_ONLY.has(mark)) return 'close-double';
  if (SINGLE_OPEN_ONLY.has(mark)) return spaceBefore && LETTER_OR_DIGIT.test(next) ? 'open-single' : 'none';
  const top = stack[stack.length - 1];
  switch (mark) {
    case '“':
      // Closes a German „…“ quote; otherwise opens unless it plainly sits at a word's end.
      if (top?.mark === '„' && !(spaceBefore && !spaceAfter)) return 'close-double';
      if (!spaceBefore && spaceAfter) return hasOpen(stack, false) ? 'close-double' : 'none';
      return 'open-double';
    case '”':
      // Swedish and some machine output open with ”: only when it plainly starts a word and nothing is open.
      if (spaceBefore && !spaceAfter && !hasOpen(stack, false)) return 'open-double';
      return 'close-double';
    case '"': {
      // After a digit it is an inch mark ("70\"+ TV", "a 12\" gun") unless it closes an open quote.
      if (/\d/u.test(prev) && !/\s/u.test(next) && !(top !== undefined && !top.single)) return 'none';
      const canOpen = spaceBefore && !/\s/u.test(next);
      const canClose = !spaceBefore && spaceAfter;
      if (canOpen && !canClose) return 'open-double';
      if (canClose && !canOpen) return hasOpen(stack, false) ? 'close-double' : 'none';
      // Spaced on both sides (French spacing) or glued on both: decide by what is open.
      if (LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next)) return 'none';
      return top !== undefined && !top.single ? 'close-double' : 'open-double';
    }
    case '‘':
      return spaceBefore && LETTER_OR_DIGIT.test(next) ? 'open-single' : top?.mark === '‚' ? 'close-single' : 'none';
    case '’':
    case "'":
      // Between letters it is an apostrophe (l’arme, Russia's, Zelens'kyi).
      if (LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next)) return 'none';
      if (!spaceBefore && spaceAfter && top?.single === true) return 'close-single';
      if (mark === "'" && spaceBefore && LETTER_OR_DIGIT.test(next)) return 'open-single';
      return 'none';
    default:
      return 'none';
  }
}

function closeAt(at: number, single: boolean, stack: Open[], pairs: QuotePair[]): void {
  for (let i = stack.length - 1; i >= 0; i--) {
    const o = stack[i] as Open;
    if (o.single === single) {
      // Marks opened above it and never closed were not quotations.
      stack.length = i;
      pairs.push({ open: o.at, close: at, end: at + 1, depth: i, single });
      return;
    }
    // A single closer cannot reach past an open double quote.
    if (single && !o.single) return;
  }
}
