/**
 * English spellings of Cyrillic personal names the gazetteer does not know.
 *
 * Actor and speaker names are English (SIGNALS.md §3), so "посол Пакистана
 * Мухаммад Халид Джамали" must come out as "Muhammad Khalid Jamali": a name
 * left in Cyrillic can never match. Each language has its own scheme
 * (`data/<lang>/romanization.txt`: Russian Юрий → Yury by the press's
 * convention, Ukrainian Георгій → Heorhii by the national one) and a list of
 * given names the press writes otherwise (`data/<lang>/first-names.txt`:
 * Александр → Alexander, Джон → John), found in any case form. After a given
 * name written in another case than the nominative («по словам Александра
 * Богомаза»), the other words are put back in the nominative by the
 * language's endings (`data/<lang>/name-cases.txt`: Богомаза → Богомаз,
 * Соколовой → Соколова) before they are transliterated.
 */
import { FILE_LANGS, readLexicon, type FileLang } from '../../lexicon/index.ts';
import { caseForms } from './inflect.ts';
import { foldWord } from './tokens.ts';

interface Rule {
  readonly from: string;
  readonly to: string;
  readonly initial: boolean;
  readonly final: boolean;
  readonly afterVowel: boolean;
}

/** A case ending of the words after a given name, and the nominative's ending in its place. */
interface CaseEnding {
  readonly oblique: string;
  readonly nominative: string;
}

/** A given name in one case form: its English form, whether the form is the nominative, the gender. */
interface GivenForm {
  readonly english: string;
  readonly nominative: boolean;
  readonly female: boolean;
}

interface Scheme {
  /** Rules by first letter, longest `from` first and, for one `from`, those with a context first. */
  readonly rules: ReadonlyMap<string, readonly Rule[]>;
  readonly vowels: ReadonlySet<string>;
}

export interface Romanizer {
  /** The name in Latin letters by the first of `langs` with a scheme; a name with no Cyrillic letter as it is. */
  name(text: string, langs: readonly FileLang[]): string;
  /** Is the folded word a given name of `first-names.txt` of one of `langs`, in any case form ("Ирина", "Андрея")? */
  givenName(key: string, langs: readonly FileLang[]): boolean;
}

const CYRILLIC = /[\u0400-\u04ff]/u;
/** What separates a name's words and a double name's parts: kept as written. */
const WORD_BREAK = /([\s\u00a0-]+)/u;

export function loadRomanizer(dataDir: string): Romanizer {
  /** Each language's scheme, with its given names and the case endings of the words after them. */
  const byLang = new Map<FileLang, { scheme: Scheme; names: Map<string, GivenForm>; cases: { m: CaseEnding[]; f: CaseEnding[] } }>();
  for (const lang of FILE_LANGS) {
    const scheme = loadScheme(dataDir, lang);
    if (!scheme) continue;
    const names = new Map<string, GivenForm>();
    const entries = readLexicon(dataDir, lang, {
      kind: 'first-names',
      minFields: 2,
      maxFields: 3,
      required: false,
      check: ([, , gender]) => (gender === undefined || gender === 'm' || gender === 'f' ? null : `gender is m or f, not "${gender}"`),
    });
    // A name ending in -а or -я is a woman's unless the entry says m (Никита, Илья).
    const female = (nom: string, gender: string | undefined): boolean => (gender ?? (/[ая]$/u.test(nom) ? 'f' : 'm')) === 'f';
    // `Павел/Павл`: the nominative, and the stem its other cases are formed from where it changes
    // (Павла, Льва, Ігоря).
    const forms = (e: (typeof entries)[number]): [string, string] => {
      const [nom, stem] = (e.fields[0] as string).split('/') as [string, string | undefined];
      return [foldWord(nom), foldWord(stem ?? nom)];
    };
    // Nominatives first: a case form of one name never hides another name's own form.
    for (const e of entries) {
      const [nom] = forms(e);
      names.set(nom, { english: e.fields[1] as string, nominative: true, female: female(nom, e.fields[2]) });
    }
    for (const e of entries) {
      const [nom, stem] = forms(e);
      // The changed stem alone (павл) is no form of the name.
      for (const form of caseForms(stem).filter((f) => f !== stem || stem === nom)) {
        if (!names.has(form)) names.set(form, { english: e.fields[1] as string, nominative: false, female: female(nom, e.fields[2]) });
      }
    }
    byLang.set(lang, { scheme, names, cases: loadCases(dataDir, lang) });
  }
  return {
    givenName: (key, langs) => langs.some((l) => byLang.get(l)?.names.has(key) === true),
    name(text, langs) {
      if (!CYRILLIC.test(text)) return text;
      // The scheme's own language's given names only: Russian Юлия → Yulia is not Ukrainian Юлія.
      const lang = langs.find((l) => byLang.has(l)) ?? FILE_LANGS.find((l) => byLang.has(l));
      const own = lang === undefined ? undefined : byLang.get(lang);
      if (!own) return text;
      const parts = text.split(WORD_BREAK);
      // A given name first, in another case than the nominative: the words after it are in that case too.
      const first = own.names.get(foldWord(parts[0] ?? ''));
      const endings = first && !first.nominative ? (first.female ? own.cases.f : own.cases.m) : null;
      return parts
        .map((part, k) => {
          if (k % 2 === 1 || !CYRILLIC.test(part)) return part;
          const capital = part[0] !== part[0]?.toLowerCase();
          const word = k > 0 && endings && capital ? nominative(part.toLowerCase(), endings, own.scheme.vowels) : part.toLowerCase();
          const given = own.names.get(foldWord(word));
          if (given !== undefined) return given.english;
          const latin = transliterate(word, own.scheme);
          return capital ? latin.charAt(0).toUpperCase() + latin.slice(1) : latin;
        })
        .join('');
    },
  };
}

/** Shortest stem left when a case ending is taken off: shorter, the word was no case form. */
const STEM_MIN = 3;

/**
 * The nominative of a name word in an oblique case: the longest ending of `endings` it has, replaced
 * by the nominative's; an ending whose nominative is empty or a soft sign (consonant stems: Богомаза →
 * Богомаз, Коваля → Коваль) only where a consonant is left before it, one whose nominative is -й only
 * where a vowel is (Гайдая → Гайдай).
 */
function nominative(word: string, endings: readonly CaseEnding[], vowels: ReadonlySet<string>): string {
  // Endings are compared as the lexicon files compare words, ё as е (Горбачёва has -ева).
  const plain = word.replace(/ё/gu, 'е');
  for (const e of endings) {
    if (!plain.endsWith(e.oblique)) continue;
    const stem = word.slice(0, word.length - e.oblique.length);
    // A consonant stem (no ending, or a soft sign: Коваля → Коваль) is left by a consonant; a stem in
    // -й (Гайдая → Гайдай) by a vowel.
    const afterVowel = vowels.has(stem[stem.length - 1] as string);
    if (stem.length < STEM_MIN || ((e.nominative === '' || e.nominative === 'ь') && afterVowel) || (e.nominative === 'й' && !afterVowel)) continue;
    return stem + e.nominative;
  }
  return word;
}

function loadCases(dataDir: string, lang: FileLang): { m: CaseEnding[]; f: CaseEnding[] } {
  const out: { m: CaseEnding[]; f: CaseEnding[] } = { m: [], f: [] };
  for (const e of readLexicon(dataDir, lang, {
    kind: 'name-cases',
    minFields: 3,
    maxFields: 3,
    required: false,
    check: ([gender]) => (gender === 'm' || gender === 'f' ? null : `gender is m or f, not "${gender}"`),
  })) {
    const [gender, oblique, nom] = e.fields as ['m' | 'f', string, string];
    out[gender].push({ oblique, nominative: nom === '-' ? '' : nom });
  }
  for (const list of [out.m, out.f]) list.sort((a, b) => b.oblique.length - a.oblique.length);
  return out;
}

function transliterate(word: string, scheme: Scheme): string {
  let out = '';
  let p = 0;
  while (p < word.length) {
    const rule = scheme.rules.get(word[p] as string)?.find(
      (r) =>
        word.startsWith(r.from, p) &&
        (!r.initial || p === 0) &&
        (!r.final || p + r.from.length === word.length) &&
        (!r.afterVowel || (p > 0 && scheme.vowels.has(word[p - 1] as string))),
    );
    if (!rule) {
      out += word[p];
      p++;
      continue;
    }
    out += rule.to;
    p += rule.from.length;
  }
  return out;
}

function loadScheme(dataDir: string, lang: FileLang): Scheme | null {
  const rules: Rule[] = [];
  let vowels = new Set<string>();
  for (const e of readLexicon(dataDir, lang, {
    kind: 'romanization',
    minFields: 2,
    maxFields: 2,
    required: false,
    check: ([latin, letters]) => {
      if (latin !== 'vowels' && latin !== '-' && !/^[a-z]+$/u.test(latin ?? '')) return `"${latin}": lower-case Latin letters, - for none, or vowels`;
      const bad = (letters ?? '').split(/\s+/u).find((l) => l.replace(/^[\^+]/u, '').replace(/\$$/u, '') === '' || l !== l.toLowerCase());
      return bad === undefined ? null : `"${bad}": lower-case letters, maybe after ^ or + or before $`;
    },
  })) {
    const [latin, letters] = e.fields as [string, string];
    if (latin === 'vowels') {
      vowels = new Set(letters.split(/\s+/u));
      continue;
    }
    for (const source of letters.split(/\s+/u)) {
      const initial = source.startsWith('^');
      const afterVowel = source.startsWith('+');
      const final = source.endsWith('$');
      rules.push({ from: source.slice(initial || afterVowel ? 1 : 0, final ? -1 : undefined), to: latin === '-' ? '' : latin, initial, final, afterVowel });
    }
  }
  if (rules.length === 0) return null;
  const byLetter = new Map<string, Rule[]>();
  const context = (r: Rule): number => (r.initial || r.final || r.afterVowel ? 0 : 1);
  for (const r of [...rules].sort((a, b) => b.from.length - a.from.length || context(a) - context(b))) {
    const list = byLetter.get(r.from[0] as string) ?? [];
    list.push(r);
    byLetter.set(r.from[0] as string, list);
  }
  return { rules: byLetter, vowels };
}
