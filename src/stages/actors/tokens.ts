/**
 * Word tokens for gazetteer and lexicon matching, shared by the actors and
 * quotes stages.
 *
 * A token is a run of letters, marks and digits; apostrophes, hyphens and dots
 * separate tokens, so "l’Ukraine" is `l` + `ukraine`, "Putin's" is `putin` +
 * `s`, "a-t-il" is `a` `t` `il`, "U.S." is `u` `s`, and gazetteer entries are
 * tokenised the same way. Keys are lower case with Latin diacritics removed
 * and ё written е, so "Choïgou" = "Choigou" and "Shoïgou"; Cyrillic і/ї/є are
 * kept (Ukrainian spellings are listed as their own aliases).
 */

export interface Token {
  readonly start: number;
  readonly end: number;
  /** Folded form used for lookups. */
  readonly key: string;
  /** First character is an upper-case letter. */
  readonly capital: boolean;
  /** Two or more letters, all upper case (an acronym as written: NATO, ISW, МИД). */
  readonly allCaps: boolean;
}

const NON_ASCII = /[^\x00-\x7f]/;

const foldCache = new Map<string, string>();
/** Entries kept in the fold cache before it is cleared (bounded memory on long runs). */
const FOLD_CACHE_LIMIT = 200_000;

/** Lower case, Latin diacritics removed, ё → е. */
export function foldWord(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  let folded = foldCache.get(word);
  if (folded === undefined) {
    folded = word
      .toLowerCase()
      .replace(/ё/g, 'е')
      .normalize('NFD')
      // Keep the breve of й and the diaeresis of ї: they are letters of their own in Cyrillic.
      .replace(/([^\u0438\u0456])[\u0300-\u036f]+/g, '$1')
      .normalize('NFC');
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}

/**
 * Per UTF-16 unit: 1 = letter or digit (may start a word), 2 = combining mark
 * (may continue one), 3 = neither; 0 = not yet computed. Filled lazily: a
 * table lookup per character is much cheaper than a Unicode regex.
 */
const CLASS = new Uint8Array(65536);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

function classOf(code: number): number {
  let c = CLASS[code] as number;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    // Surrogate halves: astral letters are rare in news; emoji halves are not words.
    c = code >= 0xd800 && code <= 0xdfff ? 3 : LETTER_OR_DIGIT.test(ch) ? 1 : MARK.test(ch) ? 2 : 3;
    CLASS[code] = c;
  }
  return c;
}

const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => classOf(c));

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if ((code < 128 ? ASCII_CLASS[code] : classOf(code)) !== 1) {
      i++;
      continue;
    }
    const start = i;
    let ascii = code < 128;
    let upper = code >= 65 && code <= 90;
    let lower = code >= 97 && code <= 122;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      const k = c < 128 ? (ASCII_CLASS[c] as number) : classOf(c);
      if (k !== 1 && k !== 2) break;
      if (c >= 128) ascii = false;
      else if (c >= 65 && c <= 90) upper = true;
      else if (c >= 97 && c <= 122) lower = true;
      i++;
    }
    const word = text.slice(start, i);
    const key = ascii ? (upper ? word.toLowerCase() : word) : foldWord(word);
    const first = word[0] as string;
    const capital = code >= 65 && code <= 90 ? true : code < 128 ? false : first !== first.toLowerCase();
    tokens.push({
      start,
      end: i,
      key,
      capital,
      allCaps: capital && word.length >= 2 && (ascii ? !lower : word === word.toUpperCase() && word !== key),
    });
  }
  return tokens;
}

/** Folded keys of a phrase, for building tables. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}

/**
 * A document's tokens as the actors stage made them, kept on the document
 * (`Doc.tokens`) for the quotes stage, which reads the words of many spans of
 * the same text. They hold the text they were made from: a stage that reads a
 * copy of the document with other text (one line of it) must not take them.
 */
export interface DocTokens {
  readonly text: string;
  readonly tokens: readonly Token[];
}

/** What the token readers need of a document (a `Doc`, or a copy of one with other text). */
export interface TokenSource {
  readonly text: string;
  readonly tokens?: DocTokens;
}

/** The tokens kept on the document for its text, or null. */
function keptTokens(doc: TokenSource): readonly Token[] | null {
  const kept = doc.tokens;
  return kept !== undefined && kept.text === doc.text ? kept.tokens : null;
}

/** The tokens of the document's whole text: those kept on it, or tokenised now. */
export function documentTokens(doc: TokenSource): readonly Token[] {
  return keptTokens(doc) ?? tokenize(doc.text);
}

/** The document's tokens, to keep on it (`{ ...doc, tokens }`) for the stages after. */
export function keepTokens(doc: TokenSource): DocTokens {
  return { text: doc.text, tokens: documentTokens(doc) };
}

/**
 * The same tokens as `tokenize(text, from, to)` of the document's text: those
 * starting in `[from, to)`, whole (the last may run past `to`); with `clip`,
 * only those ending by `to`. Taken from the tokens kept on the document when
 * `from` does not cut a word (a scan started there meets the same words);
 * tokenised afresh otherwise, and for a bare string.
 */
export function tokensIn(source: TokenSource | string, from: number, to: number, clip: boolean): Token[] {
  const text = typeof source === 'string' ? source : source.text;
  const all = typeof source === 'string' ? null : keptTokens(source);
  if (all === null) return clipped(tokenize(text, from, to), to, clip);
  // First token ending after `from`: the one `from` may cut, or the first after it.
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((all[mid] as Token).end <= from) lo = mid + 1;
    else hi = mid;
  }
  if (lo < all.length && (all[lo] as Token).start < from) return clipped(tokenize(text, from, to), to, clip);
  const out: Token[] = [];
  for (let k = lo; k < all.length && (all[k] as Token).start < to; k++) {
    const t = all[k] as Token;
    if (!clip || t.end <= to) out.push(t);
  }
  return out;
}

function clipped(tokens: Token[], to: number, clip: boolean): Token[] {
  return clip ? tokens.filter((t) => t.end <= to) : tokens;
}
