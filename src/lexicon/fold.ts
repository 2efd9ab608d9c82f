/**
 * Folding: the one normal form lexicon phrases and texts are compared in
 * (lower case, Latin accents removed, typographic apostrophes, quote marks,
 * dashes and no-break spaces made plain, ё → е through its decomposition).
 * It keeps the length of the text, so an offset found in the folded text is
 * the same offset in the original.
 */
const QUOTE_FOLD: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u00b4': "'",
  '`': "'",
  '\u00ab': '"',
  '\u00bb': '"',
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2011': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
};

const foldCache = new Map<string, string>();

function foldUnit(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out = QUOTE_FOLD[ch] ?? ch;
  const decomposed = out.normalize('NFD');
  if (decomposed.length > 1 && /^\p{Mn}+$/u.test(decomposed.slice(1))) out = decomposed[0] ?? out;
  const lower = out.toLowerCase();
  if (lower.length === 1) out = lower;
  foldCache.set(ch, out);
  return out;
}

/**
 * Texts from which results are kept: the dates, actors, signals and
 * relevance stages each fold the same document text (the same string) and its
 * title, 0.1 ms a document each time.
 */
const REMEMBER_FROM_CHARS = 200;
/** How many long texts' foldings are kept, the latest first. */
const REMEMBERED = 4;
const remembered: { text: string; folded: string }[] = [];

/**
 * Folds text for matching while keeping its length, so that an index in the
 * folded text is the same index in the original (offsets stay UTF-16 units).
 */
export function fold(text: string): string {
  if (text.length < REMEMBER_FROM_CHARS) return foldText(text);
  for (const r of remembered) if (r.text === text) return r.folded;
  const folded = foldText(text);
  remembered.unshift({ text, folded });
  if (remembered.length > REMEMBERED) remembered.length = REMEMBERED;
  return folded;
}

function foldText(text: string): string {
  // Runs of characters that fold to themselves (most of any text) are copied as slices, not
  // character by character: the dates, signals and relevance stages each fold the whole text.
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII other than capitals and the backtick folds to itself (no table lookup needed).
    if (code < 128 && (code < 65 || code > 90) && code !== 96) continue;
    const ch = text[i] as string;
    // Surrogate halves are kept as they are: no phrase needs an astral letter.
    const folded = code >= 0xd800 && code <= 0xdfff ? ch : foldUnit(ch);
    if (folded === ch) continue;
    out += text.slice(copied, i) + folded;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
