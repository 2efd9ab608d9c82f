/**
 * The extract stage's vocabulary: the words that give page furniture away,
 * read from the data files (STYLE.md §13) and compiled once, when the stage is
 * built, into the sets and regexes lines.ts and hints.ts test.
 *
 * Every folder of the data directory is read (`data/en/`, `data/fr/`…, and
 * `data/web/` for what belongs to no one language: class names, ARIA roles,
 * photo agencies), whatever the page's language: pages carry widgets in
 * other languages than their text, and this stage runs before the language
 * is known. A language is added by adding its folder; a folder may lack any
 * kind, but each kind must exist somewhere (else `dataDir` is wrong).
 *
 * Files are read by src/lexicon (`#` header, `|` fields, every bad line
 * reported as a `LexiconError` naming file and line). Entries are written as
 * people write them (capitals, accents) and compared after `fold`. Besides
 * words, an entry may use, where its file's header allows:
 *   `{number}`  one or more digits ("image {number} of {number}");
 *   `{name}`    a name of up to `NAME_MAX_CHARS` letters, digits, spaces, apostrophes, dots and hyphens ("follow {name} on twitter");
 *   `word*`     (at the end) any word starting with `word` ("subscrib*");
 *   ` ...`      (at the end) anything may follow, after a word break ("reading time ...").
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, LexiconError, type LexiconEntry, type LexiconSpec, readLexicon } from '../../lexicon/index.ts';

export { DEFAULT_DATA_DIR };

/**
 * Lowercase with the accents of Latin letters dropped (é → e, ü → u), and ё
 * written е as most Russian text writes it (the data files' reader counts
 * them as one letter too). Other Cyrillic marks stay: й is a letter of its
 * own, not an accented и.
 */
export function fold(line: string): string {
  // Most lines of an English page are plain ASCII, where folding is lower-casing: skip the normalisations.
  if (!NON_ASCII.test(line)) return line.toLowerCase();
  const lower = line
    .normalize('NFKD')
    .replace(/(?<=[A-Za-z])[\u0300-\u036f]+/g, '')
    .normalize('NFC')
    .toLowerCase();
  return lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** `fold`, with punctuation turned to single spaces: the form labels and date words are compared in. */
export function labelKey(line: string): string {
  return fold(line)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `fold`, keeping the colon, full stop, ellipsis and brackets an end-of-article title may carry ("3 comments:", "Comments (12)"). */
export function endMarkerKey(line: string): string {
  return fold(line)
    .replace(/[^\p{L}\p{N}:.…()]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A `{name}` is at most this long: a site, an app or an account ("the Fox
 * News app", "BBC Newsbeat"), not a clause.
 */
const NAME_MAX_CHARS = 40;

/** A word character for the word breaks around entries: a letter, a digit, or `_` (`@tass_agency` is one name). */
const WORD = '[\\p{L}\\p{N}_]';
const NOT_AFTER_WORD = `(?<!${WORD})`;
const NOT_BEFORE_WORD = `(?!${WORD})`;
const PLACEHOLDERS: Readonly<Record<string, string>> = {
  '{number}': '\\d+',
  // A site's name may be its domain or be hyphenated ("NEWS.ru", "Gazeta.Ru", "ntv.de", "Ouest-France").
  '{name}': `[\\p{L}\\p{N}'’ ][\\p{L}\\p{N}'’ .-]{0,${NAME_MAX_CHARS - 1}}`,
};
/** What may end an end-of-article title after its words: spaces, then a colon, full stops or an ellipsis ("Read more…", "Comments:"). */
const TITLE_END = '\\s*[:.…]*';
/** A regex that never matches: the compiled form of a kind with no entries. */
const NEVER = '(?!)';

/** What an entry of a kind may use besides words. */
interface Syntax {
  readonly placeholders?: readonly ('{number}' | '{name}')[];
  /** `word*` at the end. */
  readonly stem?: boolean;
  /** ` ...` at the end. */
  readonly rest?: boolean;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The regex source (flag `u`) of one entry, its words put in the form the
 * lines are compared in by `norm`. Throws an `Error` saying what is wrong.
 */
function entrySource(entry: string, norm: (s: string) => string, syntax: Syntax): string {
  let text = entry;
  const rest = /\s\.\.\.$/.test(text);
  if (rest) {
    if (syntax.rest !== true) throw new Error(`"..." is not allowed in this file`);
    text = text.slice(0, -3).trimEnd();
  }
  if (text.includes('...') || text.includes('…')) throw new Error(`"..." may only end an entry, after a space: "${entry}"`);
  const stem = text.endsWith('*');
  if (stem) {
    if (syntax.stem !== true) throw new Error(`"*" is not allowed in this file`);
    text = text.slice(0, -1);
  }
  if (text.includes('*')) throw new Error(`"*" may only end an entry: "${entry}"`);
  const parts = text.split(/(\{[^{}]*\})/);
  let source = '';
  let words = false;
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      const placeholder = PLACEHOLDERS[part];
      if (placeholder === undefined || !(syntax.placeholders ?? []).some((p) => p === part)) {
        const allowed = syntax.placeholders?.join(', ') ?? 'none';
        throw new Error(`unknown placeholder ${part} (allowed in this file: ${allowed})`);
      }
      source += placeholder;
      return;
    }
    if (/[{}]/.test(part)) throw new Error(`unbalanced { } in "${entry}"`);
    let literal = norm(part);
    if (i === 0) literal = literal.trimStart();
    if (i === parts.length - 1) literal = literal.trimEnd();
    if (/[\p{L}\p{N}]/u.test(literal)) words = true;
    source += escapeRegex(literal);
  });
  if (!words) throw new Error(`no letters or digits in "${entry}"`);
  if (stem) source += '[\\p{L}\\p{N}]*';
  if (rest) source += `${NOT_BEFORE_WORD}.*`;
  return source;
}

/** A lexicon check that the entry's field `index` compiles. */
function compiles(index: number, norm: (s: string) => string, syntax: Syntax): (fields: readonly string[]) => string | null {
  return (fields) => {
    try {
      entrySource(fields[index] ?? '', norm, syntax);
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  };
}

/** One alternation of the given sources (duplicates from several languages once), or a never-matching group. */
function alternation(sources: Iterable<string>): string {
  const unique = [...new Set(sources)];
  return unique.length === 0 ? NEVER : `(?:${unique.join('|')})`;
}

/** The forms lines are compared in, per kind (see lines.ts for which line form each predicate uses). */
const labelNorm = (s: string): string => fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ');
const endMarkerNorm = (s: string): string =>
  fold(s)
    .replace(/[^\p{L}\p{N}:.…()]+/gu, ' ')
    .replace(/\s+/g, ' ');
const foldedNorm = (s: string): string => fold(s).replace(/\s+/g, ' ');

const LABEL_SYNTAX: Syntax = { placeholders: ['{number}'], rest: true };
const END_MARKER_SYNTAX: Syntax = { placeholders: ['{number}'], rest: true };
const POINTER_SYNTAX: Syntax = {};
const PROMO_SYNTAX: Syntax = { placeholders: ['{name}'] };
const NEWSLETTER_SYNTAX: Syntax = { stem: true };
const CREDIT_SYNTAX: Syntax = {};

const DATE_WORD_KINDS = ['month', 'weekday', 'label', 'relative', 'filler'] as const;
const NEWSLETTER_ROLES = ['inbox', 'subscribe', 'reader', 'you'] as const;
const CREDIT_KINDS = ['label', 'source', 'agency', 'position'] as const;
const BYLINE_ROLES = ['intro', 'and'] as const;
const CLASS_HINT_KINDS = ['boilerplate', 'embedded-post', 'article-body'] as const;

function oneOfField(index: number, allowed: readonly string[], what: string): (fields: readonly string[]) => string | null {
  return (fields) => {
    const value = fields[index];
    return value !== undefined && !allowed.includes(value) ? `unknown ${what} "${value}" (expected one of: ${allowed.join(', ')})` : null;
  };
}

function both(a: (f: readonly string[]) => string | null, b: (f: readonly string[]) => string | null): (f: readonly string[]) => string | null {
  return (fields) => a(fields) ?? b(fields);
}

/** A date-line word is one word once folded: each word of a line is looked up alone. */
const oneWord = (fields: readonly string[]): string | null => {
  const key = labelKey(fields[0] ?? '');
  return key === '' || key.includes(' ') ? `a date-line word must be one word, not "${fields[0]}"` : null;
};

/**
 * A month's name may give its number as a third field ("июл | month | 7"): the dates stage reads
 * a date line with a month no parser knows by it (Telegram's "6 июл 2022", "4 лют 2025"). Only a
 * month has one.
 */
const monthNumber = (fields: readonly string[]): string | null => {
  const n = fields[2];
  if (n === undefined) return null;
  if (fields[1] !== 'month') return `only a month has a number, not a ${fields[1]} ("${fields[0]}")`;
  return /^(?:[1-9]|1[0-2])$/.test(n) ? null : `a month's number is 1 to 12, not "${n}"`;
};

/** Byline words are matched capitalised or not, the rest of the word as written: write them in lower case. */
const lowerCaseWord = (fields: readonly string[]): string | null => {
  const word = fields[0] ?? '';
  if (/\s/.test(word)) return `a byline word must be one word, not "${word}"`;
  return word === word.toLowerCase() ? null : `write byline words in lower case ("${word.toLowerCase()}"): capitals are matched anyway`;
};

/** Class and id words as `labelWords` reads them: lowercase ASCII words, single spaces, an optional final `*`. */
const CLASS_WORDS = /^[a-z0-9]+( [a-z0-9]+)*\*?$/;
const classWords = (fields: readonly string[]): string | null =>
  CLASS_WORDS.test(fields[0] ?? '') ? null : `class words are lowercase letters and digits separated by single spaces (as "articleShare_tools" reads "article share tools"), not "${fields[0]}"`;

const ROLE_WORD = /^[a-z]+$/;

/** The data files of the extract stage, one kind each, in every folder of the data directory. */
export const EXTRACT_KINDS = {
  labels: { kind: 'page-labels', minFields: 1, maxFields: 1, check: compiles(0, labelNorm, LABEL_SYNTAX) },
  endMarkers: { kind: 'end-markers', minFields: 1, maxFields: 1, check: compiles(0, endMarkerNorm, END_MARKER_SYNTAX) },
  pointers: { kind: 'pointer-labels', minFields: 1, maxFields: 1, check: compiles(0, foldedNorm, POINTER_SYNTAX) },
  promos: { kind: 'promo-phrases', minFields: 1, maxFields: 1, check: compiles(0, foldedNorm, PROMO_SYNTAX) },
  newsletter: {
    kind: 'newsletter-words',
    minFields: 2,
    maxFields: 2,
    check: both(oneOfField(1, NEWSLETTER_ROLES, 'newsletter role'), compiles(0, foldedNorm, NEWSLETTER_SYNTAX)),
  },
  dateWords: { kind: 'date-line-words', minFields: 2, maxFields: 3, check: both(both(oneOfField(1, DATE_WORD_KINDS, 'date word kind'), oneWord), monthNumber) },
  credits: { kind: 'credit-labels', minFields: 2, maxFields: 2, check: both(oneOfField(1, CREDIT_KINDS, 'credit kind'), compiles(0, foldedNorm, CREDIT_SYNTAX)) },
  bylines: { kind: 'byline-words', minFields: 2, maxFields: 2, check: both(oneOfField(1, BYLINE_ROLES, 'byline role'), lowerCaseWord) },
  classHints: { kind: 'class-hints', minFields: 2, maxFields: 2, check: both(oneOfField(1, CLASS_HINT_KINDS, 'class hint kind'), classWords) },
  roles: {
    kind: 'page-roles',
    minFields: 1,
    maxFields: 1,
    check: (fields: readonly string[]) => (ROLE_WORD.test(fields[0] ?? '') ? null : `an ARIA role is one lowercase word, not "${fields[0]}"`),
  },
} as const satisfies Record<string, LexiconSpec>;

/** What lines.ts tests lines against. */
export interface LineVocabulary {
  /** Whole-line labels, by `labelKey`. */
  readonly labels: ReadonlySet<string>;
  /** Labels with a number or a tail (counters, "Reading time: …"), on `labelKey`. */
  readonly labelPatterns: RegExp;
  /** End-of-article titles, by `endMarkerKey` without the punctuation a title may end with (`titleKey` in lines.ts). */
  readonly endMarkers: ReadonlySet<string>;
  /** End-of-article titles with a number or a tail, on `endMarkerKey`, with the punctuation a title may end with. */
  readonly endMarkerPatterns: RegExp;
  /** "Read more:" and its kin, on the folded line. */
  readonly pointers: RegExp;
  /** Calls to follow, subscribe or get the app, at the start of the folded line. */
  readonly promos: RegExp;
  /** Newsletter boxes: both must occur in the folded line. */
  readonly newsletterInbox: RegExp;
  readonly newsletterSubscribe: RegExp;
  /** The newsroom speaking or the reader addressed ("we", "your", "nous", "вы"), folded: a site's appeal over its button. */
  readonly newsletterReader: RegExp;
  /** The reader addressed ("you", "vous", "вы", "ваша"), folded: an appeal speaks to its reader, news prose does not. */
  readonly newsletterYou: RegExp;
  /** Words that show a line is a date line, and words that only go with one, by `labelKey`. */
  readonly dateWords: ReadonlySet<string>;
  readonly dateFillers: ReadonlySet<string>;
  /** Picture credits, on the folded line. */
  readonly credit: RegExp;
  /** Picture credit labels ("photo", "фото"), folded: what a caption's credit may open with. */
  readonly creditLabels: ReadonlySet<string>;
  /** Agencies' short names ("AP", "EFE"), folded: written in capitals, they end a caption as its credit. */
  readonly agencies: ReadonlySet<string>;
  /** Where a person stands in a picture ("right", "à gauche", "слева"), folded: in brackets, a caption's words. */
  readonly positions: ReadonlySet<string>;
  /** A byline alone on its line, on the trimmed line (case matters for the name). */
  readonly byline: RegExp;
}

/** What hints.ts tests elements against. */
export interface ClassVocabulary {
  /** On `labelWords` (space-padded lowercase words of class and id). */
  readonly boilerplate: RegExp;
  readonly embeddedPost: RegExp;
  readonly articleBody: RegExp;
  /** ARIA roles of page chrome, lowercase. */
  readonly roles: ReadonlySet<string>;
}

export interface PageVocabulary {
  readonly lines: LineVocabulary;
  readonly classes: ClassVocabulary;
}

/**
 * After the byline word, a name: a capitalised word, then at most six more
 * words, each maybe after a joiner ("By Jane Doe and John Roe"), and nothing else.
 */
function bylineName(joiners: string): string {
  return `\\s+(\\p{Lu}[\\p{L}.'’-]*)(\\s+(?:${joiners})?\\s*\\p{Lu}?[\\p{L}.'’-]*){0,6}$`;
}
/** Joiners of several authors that are punctuation, in every language. */
const BYLINE_PUNCTUATION_JOINERS = ['&', ','];
/** A copyright sign on a short line is a picture credit whatever the language. */
const COPYRIGHT = '©';

/** A byline word, capitalised or not: `by` → `[Bb]y`. */
function capitalisable(word: string): string {
  const first = word.charAt(0);
  const upper = first.toUpperCase();
  return (upper === first ? escapeRegex(first) : `[${upper}${first}]`) + escapeRegex(word.slice(1));
}

/** Compiles the entries of every kind (already validated by their checks). */
export function compileVocabulary(entries: { readonly [K in keyof typeof EXTRACT_KINDS]: readonly LexiconEntry[] }): PageVocabulary {
  const field = (e: LexiconEntry, i: number): string => e.fields[i] ?? '';
  const sources = (list: readonly LexiconEntry[], norm: (s: string) => string, syntax: Syntax): string[] =>
    list.map((e) => entrySource(field(e, 0), norm, syntax));
  const withRole = (list: readonly LexiconEntry[], role: string): LexiconEntry[] => list.filter((e) => field(e, 1) === role);

  // Plain entries go to a set, looked up once per line; only those with a number or a tail need the regex.
  const isPattern = (text: string): boolean => /[{}]|\s\.\.\.$/.test(text);
  const labels = new Set<string>();
  const labelPatterns: string[] = [];
  for (const e of entries.labels) {
    const text = field(e, 0);
    if (isPattern(text)) labelPatterns.push(entrySource(text, labelNorm, LABEL_SYNTAX));
    else labels.add(labelKey(text));
  }
  const endMarkers = new Set<string>();
  const endMarkerPatterns: string[] = [];
  for (const e of entries.endMarkers) {
    const text = field(e, 0);
    const key = endMarkerKey(text);
    // An entry ending in the punctuation a title may end with ("etc.") cannot be looked up without it.
    if (isPattern(text) || /[:.…\s]$/.test(key)) endMarkerPatterns.push(entrySource(text, endMarkerNorm, END_MARKER_SYNTAX));
    else endMarkers.add(key);
  }

  const wholeWords = (list: readonly LexiconEntry[], norm: (s: string) => string, syntax: Syntax): string =>
    `${NOT_AFTER_WORD}${alternation(sources(list, norm, syntax))}${NOT_BEFORE_WORD}`;

  const dateWords = new Set<string>();
  const dateFillers = new Set<string>();
  for (const e of entries.dateWords) (field(e, 1) === 'filler' ? dateFillers : dateWords).add(labelKey(field(e, 0)));

  const intro = withRole(entries.bylines, 'intro').map((e) => capitalisable(field(e, 0)));
  const joiners = [...withRole(entries.bylines, 'and').map((e) => escapeRegex(field(e, 0))), ...BYLINE_PUNCTUATION_JOINERS.map(escapeRegex)];

  const classAlternation = (kind: string): RegExp =>
    new RegExp(
      `\\b${alternation(
        entries.classHints
          .filter((e) => field(e, 1) === kind)
          .map((e) => {
            const words = field(e, 0);
            return words.endsWith('*') ? `${escapeRegex(words.slice(0, -1))}[a-z0-9]*` : escapeRegex(words);
          }),
      )}\\b`,
    );

  return {
    lines: {
      labels,
      labelPatterns: new RegExp(`^${alternation(labelPatterns)}$`, 'u'),
      endMarkers,
      endMarkerPatterns: new RegExp(`^${alternation(endMarkerPatterns)}${TITLE_END}$`, 'u'),
      pointers: new RegExp(`^\\[?${alternation(sources(entries.pointers, foldedNorm, POINTER_SYNTAX))}\\s*[:|]`, 'u'),
      promos: new RegExp(`^${alternation(sources(entries.promos, foldedNorm, PROMO_SYNTAX))}${NOT_BEFORE_WORD}`, 'iu'),
      newsletterInbox: new RegExp(wholeWords(withRole(entries.newsletter, 'inbox'), foldedNorm, NEWSLETTER_SYNTAX), 'iu'),
      newsletterSubscribe: new RegExp(wholeWords(withRole(entries.newsletter, 'subscribe'), foldedNorm, NEWSLETTER_SYNTAX), 'iu'),
      newsletterReader: new RegExp(wholeWords(withRole(entries.newsletter, 'reader'), foldedNorm, NEWSLETTER_SYNTAX), 'iu'),
      newsletterYou: new RegExp(wholeWords(withRole(entries.newsletter, 'you'), foldedNorm, NEWSLETTER_SYNTAX), 'iu'),
      dateWords,
      dateFillers,
      credit: new RegExp(
        [
          wholeWords(withRole(entries.credits, 'source'), foldedNorm, CREDIT_SYNTAX),
          `^${alternation(sources(withRole(entries.credits, 'label'), foldedNorm, CREDIT_SYNTAX))}\\s*:\\s*\\S`,
          COPYRIGHT,
        ].join('|'),
        'iu',
      ),
      creditLabels: new Set(withRole(entries.credits, 'label').map((e) => fold(field(e, 0)))),
      agencies: new Set(withRole(entries.credits, 'agency').map((e) => fold(field(e, 0)))),
      positions: new Set(withRole(entries.credits, 'position').map((e) => fold(field(e, 0)))),
      byline: new RegExp(`^${alternation(intro)}${bylineName(joiners.join('|'))}`, 'u'),
    },
    classes: {
      boilerplate: classAlternation('boilerplate'),
      embeddedPost: classAlternation('embedded-post'),
      articleBody: classAlternation('article-body'),
      roles: new Set(entries.roles.map((e) => field(e, 0))),
    },
  };
}

/** Reads every kind from every folder of `dataDir` and compiles them. Throws `LexiconError` for a bad line or a kind found nowhere. */
/**
 * `data/<folder>/date-line-words.txt`, every line checked (kind, one word, a month's number): the
 * one reader of the file. The dates stage reads it too, for its own languages' folders (the
 * labels a date line wraps its date in, and the months Telegram abbreviates with their numbers).
 * A folder without the file gives no entries.
 */
export function readDateLineWords(dataDir: string, folder: string): LexiconEntry[] {
  return readLexicon(dataDir, folder, { ...EXTRACT_KINDS.dateWords, required: false });
}

export function loadVocabulary(dataDir: string = DEFAULT_DATA_DIR): PageVocabulary {
  let folders: string[];
  try {
    folders = readdirSync(dataDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch (error) {
    throw new LexiconError(`extract: cannot read the data directory ${dataDir} (${(error as Error).message}); set dataDir to Brink's data/ folder`);
  }
  const read = (spec: LexiconSpec): LexiconEntry[] => {
    if (!folders.some((f) => existsSync(join(dataDir, f, `${spec.kind}.txt`)))) {
      throw new LexiconError(`extract: no ${spec.kind}.txt in any folder of ${dataDir} (expected data/<lang>/${spec.kind}.txt); is dataDir Brink's data/ folder?`);
    }
    return folders.flatMap((f) => readLexicon(dataDir, f, { ...spec, required: false }));
  };
  return compileVocabulary({
    labels: read(EXTRACT_KINDS.labels),
    endMarkers: read(EXTRACT_KINDS.endMarkers),
    pointers: read(EXTRACT_KINDS.pointers),
    promos: read(EXTRACT_KINDS.promos),
    newsletter: read(EXTRACT_KINDS.newsletter),
    dateWords: read(EXTRACT_KINDS.dateWords),
    credits: read(EXTRACT_KINDS.credits),
    bylines: read(EXTRACT_KINDS.bylines),
    classHints: read(EXTRACT_KINDS.classHints),
    roles: read(EXTRACT_KINDS.roles),
  });
}
