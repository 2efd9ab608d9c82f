/**
 * Language data files: reading them (file.ts), the languages a stage reads
 * for a document (langs.ts), folding (fold.ts), phrase matching (phrase.ts), a text's
 * words (words.ts, also the cluster's shingles)
 * and the way every stage runs a lexicon's global regexes (exec-all.ts). Every stage that keeps knowledge in `data/<lang>/` imports
 * from here.
 */
export { allOf, DEFAULT_DATA_DIR, isPhrase, LexiconError, oneOf, parseLexicon, readLexicon } from './file.ts';
export type { EntryCheck, LexiconEntry, LexiconSpec } from './file.ts';
export { execAll, execAt } from './exec-all.ts';
export { fold } from './fold.ts';
export { FILE_LANGS, fileLangsFor, LEXICON_LANGS, lexiconLangsFor } from './langs.ts';
export type { FileLang, LexiconLang } from './langs.ts';
export { BEFORE, compilePhrase, GAP_WORDS, phraseHead, phraseSource, PhraseSet } from './phrase.ts';
export type { PhraseMatch } from './phrase.ts';
export { forEachWord, isWordUnit } from './words.ts';
