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

/** A word starts with a letter or digit: a lone combining mark (the emoji variation selector of "❗️Песков") is not a word. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
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

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    const word = m[0];
    const key = foldWord(word);
    // Cheap case tests on the string itself: a letter is upper case when lower-casing changes it.
    const first = word[0] as string;
    const capital = first !== first.toLowerCase();
    tokens.push({
      start: m.index,
      end: m.index + word.length,
      key,
      capital,
      allCaps: capital && word.length >= 2 && word === word.toUpperCase(),
    });
  }
  return tokens;
}

/** Folded keys of a phrase, for building tables. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}
