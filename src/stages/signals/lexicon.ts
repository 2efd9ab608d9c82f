/**
 * Transitional: lexicon reading, folding and phrase matching moved to
 * `src/lexicon/` (one reader for every stage); these names stay until the
 * stages import from there.
 */
import { readLexicon, type LexiconEntry, type LexiconSpec } from '../../lexicon/index.ts';

export {
  allOf,
  BEFORE,
  compilePhrase,
  DEFAULT_DATA_DIR,
  fold,
  GAP_WORDS,
  isPhrase,
  LEXICON_LANGS,
  LexiconError,
  lexiconLangsFor,
  oneOf,
  parseLexicon,
  phraseSource,
  PhraseSet,
} from '../../lexicon/index.ts';
export type { EntryCheck, LexiconEntry, LexiconLang, LexiconSpec, PhraseMatch } from '../../lexicon/index.ts';

export function loadLexicon(dataDir: string, lang: string, spec: LexiconSpec, required = true): LexiconEntry[] {
  return readLexicon(dataDir, lang, { ...spec, required });
}
