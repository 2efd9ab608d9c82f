/**
 * Which languages' files a stage reads for a document.
 *
 * Two sets, because the data folders are not equally complete: the
 * sentences, actors and quotes stages ship files for French, English, Russian
 * and Ukrainian (which borrows the Russian lists for what the two share), and
 * the dates, signals and relevance lexicons for the same four (Ukrainian with
 * its own lists only: its cue words, month names and verb forms are not the
 * Russian ones). A document in another or an unknown language is read with
 * all of a set.
 */

/** Languages whose sentences, actors and quotes files Brink ships. */
export const FILE_LANGS = ['fr', 'en', 'ru', 'uk'] as const;
export type FileLang = (typeof FILE_LANGS)[number];

/** Languages whose dates, signals and relevance lexicons Brink ships. */
export const LEXICON_LANGS = ['fr', 'en', 'ru', 'uk'] as const;
export type LexiconLang = (typeof LEXICON_LANGS)[number];

/** The file languages for a document: its own (Ukrainian also borrows Russian), or all when unknown. */
export function fileLangsFor(lang: string | null): readonly FileLang[] {
  if (lang === 'uk') return ['uk', 'ru'];
  const own = FILE_LANGS.find((l) => l === lang);
  return own ? [own] : FILE_LANGS;
}

/** The lexicon languages for a document: its own, or all of them when unknown. */
export function lexiconLangsFor(lang: string | null): readonly LexiconLang[] {
  const own = LEXICON_LANGS.find((l) => l === lang);
  return own ? [own] : LEXICON_LANGS;
}
