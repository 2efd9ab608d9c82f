/**
 * The text normalisation of SIGNALS.md §8, shared by every metric that
 * compares text: Unicode NFKC, lower case, every quote mark and apostrophe
 * folded to `'`, white space collapsed. Accent folding is separate because the
 * spec applies it to names only.
 */

/**
 * Quote marks and apostrophes of the languages we read. Folded before NFKC
 * (NFKC turns the acute accent ´ into a space plus a combining accent) and
 * after (NFKC turns full-width quotes into ASCII ones, which we fold too).
 */
const QUOTE_MARKS = /["'`´‘’‚‛“”„‟«»‹›′″‵‶ʹʺʻʼʽˈ＂＇〝〞〟❛❜❝❞]/gu;

/** Invisible characters that split or glue words in scraped text without being white space. */
const INVISIBLES = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

export function normalizeText(text: string): string {
  return text
    .replace(QUOTE_MARKS, "'")
    .normalize('NFKC')
    .replace(QUOTE_MARKS, "'")
    .replace(INVISIBLES, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Removes diacritics (é → e, ń → n); letters with no decomposition (ø, ł) stay. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Word tokens of the normalised text: runs of letters and digits. */
export function wordTokens(text: string): string[] {
  return normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
