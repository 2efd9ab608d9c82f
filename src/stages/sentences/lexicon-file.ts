/**
 * Transitional: the line-file reader moved to `src/lexicon/` (one reader for
 * every stage); these names stay until the stages import from there.
 */
export {
  DEFAULT_DATA_DIR,
  FILE_LANGS,
  fileLangsFor,
  LexiconError as LexiconFileError,
  readLexicon as readLexiconFile,
  parseLexicon as parseLexiconFile,
} from '../../lexicon/index.ts';
export type { FileLang, LexiconEntry as FileEntry, LexiconSpec as FileSpec } from '../../lexicon/index.ts';
