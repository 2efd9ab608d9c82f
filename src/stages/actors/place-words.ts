/**
 * The words before a name that make it a place or someone unnamed (`data/<lang>/place-words.txt`):
 * prepositions of place ("in Austin"), prepositions before a town and its region ("from Austin,
 * Texas"), nouns of place names ("Fort Sullivan") and indefinite articles ("a State Department
 * spokesperson"). Russian and Ukrainian have none: they decline the name after "в", which the
 * case rules of `resolve.ts` see.
 */
import { FILE_LANGS, readLexicon } from '../../lexicon/index.ts';
import { phraseKeys } from './tokens.ts';

const KINDS = ['place-preposition', 'town-preposition', 'place-noun', 'indefinite'] as const;
type PlaceWordKind = (typeof KINDS)[number];

/**
 * Languages whose place words are read: those of the actors stage's other files, and German and
 * Spanish, whose articles and prepositions a document in those languages is read with as well.
 */
const PLACE_WORD_LANGS: readonly string[] = [...FILE_LANGS, 'de', 'es'];

/** One language's lists, words folded as tokens are (`Token.key`). */
interface PlaceWordLists {
  readonly prepositions: ReadonlySet<string>;
  readonly townPrepositions: ReadonlySet<string>;
  readonly indefinites: ReadonlySet<string>;
}

/** The place words a document is read with. */
export interface PlaceWords extends PlaceWordLists {
  /** Nouns of place names, of every language: a place keeps its name in any article. */
  readonly placeNouns: ReadonlySet<string>;
}

export interface PlaceWordsModel {
  readonly byLang: ReadonlyMap<string, PlaceWordLists>;
  readonly placeNouns: ReadonlySet<string>;
  /** Merged lists by language key ("en", "de+fr+en+ru+uk"), built on first use. */
  readonly merged: Map<string, PlaceWords>;
}

export function loadPlaceWords(dataDir: string): PlaceWordsModel {
  const byLang = new Map<string, PlaceWordLists>();
  const placeNouns = new Set<string>();
  for (const lang of PLACE_WORD_LANGS) {
    const lists: Record<PlaceWordKind, Set<string>> = {
      'place-preposition': new Set(),
      'town-preposition': new Set(),
      'place-noun': placeNouns,
      indefinite: new Set(),
    };
    for (const e of readLexicon(dataDir, lang, {
      kind: 'place-words',
      minFields: 2,
      maxFields: 2,
      required: lang === 'en' || lang === 'fr',
      check: ([kind, word]) =>
        !(KINDS as readonly string[]).includes(kind ?? '')
          ? `unknown kind "${kind}" (one of ${KINDS.join(', ')})`
          : phraseKeys(word ?? '').length === 1
            ? null
            : `one word a line: "${word}"`,
    })) {
      const [kind, word] = e.fields as [PlaceWordKind, string];
      lists[kind].add(phraseKeys(word)[0] as string);
    }
    byLang.set(lang, { prepositions: lists['place-preposition'], townPrepositions: lists['town-preposition'], indefinites: lists.indefinite });
  }
  return { byLang, placeNouns, merged: new Map() };
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** The place words of the languages a document is read with, and of its own language when it has a list. */
export function placeWordsFor(model: PlaceWordsModel, langs: readonly string[], docLang: string | null): PlaceWords {
  const all = docLang !== null && !langs.includes(docLang) && model.byLang.has(docLang) ? [docLang, ...langs] : langs;
  const key = all.join('+');
  let words = model.merged.get(key);
  if (!words) {
    const lists = all.flatMap((l) => {
      const found = model.byLang.get(l);
      return found ? [found] : [];
    });
    const union = (pick: (l: PlaceWordLists) => ReadonlySet<string>): ReadonlySet<string> => {
      const out = new Set(lists.flatMap((l) => [...pick(l)]));
      return out.size > 0 ? out : NO_WORDS;
    };
    words = {
      prepositions: union((l) => l.prepositions),
      townPrepositions: union((l) => l.townPrepositions),
      indefinites: union((l) => l.indefinites),
      placeNouns: model.placeNouns,
    };
    model.merged.set(key, words);
  }
  return words;
}
