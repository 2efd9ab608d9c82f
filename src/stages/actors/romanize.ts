/**
 * English spellings of Cyrillic personal names the gazetteer does not know.
 *
 * Actor and speaker names are English (SIGNALS.md §3), so "посол Пакистана
 * Мухаммад Халид Джамали" must come out as "Muhammad Khalid Jamali": a name
 * left in Cyrillic can never match. Each language has its own scheme
 * (`data/<lang>/romanization.txt`: Russian Юрий → Yury by the press's
 * convention, Ukrainian Георгій → Heorhii by the national one) and a list of
 * given names the press writes otherwise (`data/<lang>/first-names.txt`:
 * Александр → Alexander, Джон → John), found in any case form. Family names
 * are transliterated as written: the text's case form stays.
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

interface Scheme {
  /** Rules by first letter, longest `from` first and, for one `from`, those with a context first. */
  readonly rules: ReadonlyMap<string, readonly Rule[]>;
  readonly vowels: ReadonlySet<string>;
}

export interface Romanizer {
  /** The name in Latin letters by the first of `langs` with a scheme; a name with no Cyrillic letter as it is. */
  name(text: string, langs: readonly FileLang[]): string;
}

const CYRILLIC = /[\u0400-\u04ff]/u;
/** What separates a name's words and a double name's parts: kept as written. */
const WORD_BREAK = /([\s\u00a0-]+)/u;

export function loadRomanizer(dataDir: string): Romanizer {
  /** Each language's scheme, with the given names that language's press writes otherwise. */
  const byLang = new Map<FileLang, { scheme: Scheme; names: Map<string, string> }>();
  for (const lang of FILE_LANGS) {
    const scheme = loadScheme(dataDir, lang);
    if (!scheme) continue;
    const names = new Map<string, string>();
    const entries = readLexicon(dataDir, lang, { kind: 'first-names', minFields: 2, maxFields: 2, required: false });
    // Nominatives first: a case form of one name never hides another name's own form.
    for (const e of entries) names.set(foldWord(e.fields[0] as string), e.fields[1] as string);
    for (const e of entries) {
      for (const form of caseForms(foldWord(e.fields[0] as string))) if (!names.has(form)) names.set(form, e.fields[1] as string);
    }
    byLang.set(lang, { scheme, names });
  }
  return {
    name(text, langs) {
      if (!CYRILLIC.test(text)) return text;
      // The scheme's own language's given names only: Russian Юлия → Yulia is not Ukrainian Юлія.
      const lang = langs.find((l) => byLang.has(l)) ?? FILE_LANGS.find((l) => byLang.has(l));
      const own = lang === undefined ? undefined : byLang.get(lang);
      if (!own) return text;
      return text
        .split(WORD_BREAK)
        .map((part, k) => {
          if (k % 2 === 1 || !CYRILLIC.test(part)) return part;
          const english = own.names.get(foldWord(part));
          if (english !== undefined) return english;
          const latin = transliterate(part.toLowerCase(), own.scheme);
          return part[0] !== part[0]?.toLowerCase() ? latin.charAt(0).toUpperCase() + latin.slice(1) : latin;
        })
        .join('');
    },
  };
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
