/**
 * Language stage: the document's language as an ISO 639-1 code.
 *
 * Script first, because it is certain and cheap: Hangul is Korean, kana is
 * Japanese, Han alone Chinese, Arabic script Arabic (or Persian / Urdu when
 * the text is long and says so), Greek, Hebrew, Devanagari, Thai. Cyrillic is
 * Russian or Ukrainian, told apart by the letters only one of them has (і ї
 * є ґ against ы э ъ ё), then by the n-gram model when both occur. Latin
 * script is eld's n-gram model (60 languages), restricted to the Latin
 * languages Brink reads unless a long text is clearly in another one.
 *
 * The caller's or page's `meta.lang` is a hint: it stands for short texts,
 * where n-gram statistics are noise, and yields when the text is long and
 * clearly in another language (pages are often tagged with the site's
 * default language whatever the article is in).
 */
// eld's "small" data: as accurate as "medium" on Brink's texts (the same labels on every
// eval set, the same share of right lines of 30–300 characters), 0.1 s less start-up and
// 45 MB less memory; "large" is better only on lines under 60 characters and costs 1 s
// and 390 MB; "extrasmall" misses German lines (89 % right at 60 characters, 96 % small).
import { eld } from 'eld/small';
import { type Doc, withMessage } from '../../document/index.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { isLatinScriptLanguage, LATIN_KNOWN, normaliseLanguageTag } from './codes.ts';

export { normaliseLanguageTag };

/** Letters needed before the model's Latin guess is used at all; below it a hint, else null. */
export const MIN_TEXT_LETTERS = 20;
/**
 * Letters from which a text is long enough to overrule the hint and to be
 * put outside Brink's languages: n-gram models are reliable on a paragraph,
 * not on a headline.
 */
export const LONG_TEXT_LETTERS = 150;
/**
 * eld scores each language from 0 to 1 (about 0.8 for the right one on a
 * paragraph; the runner-up of a clear case is 0.1–0.3 lower, of a close pair
 * such as Spanish and Portuguese or Russian and Bulgarian 0.02–0.15 lower).
 * The hint (or the best of Brink's languages) is overruled only when it
 * scores this far below the best.
 */
export const CLEAR_GAP = 0.05;
/**
 * The same for a Cyrillic text against Russian and Ukrainian: the Cyrillic
 * languages' scores crowd closer (a Russian paragraph scores 0.82–0.84, its
 * Bulgarian runner-up 0.02–0.04 lower; a Bulgarian, Belarusian or Serbian
 * paragraph beats Russian or Ukrainian by 0.03–0.04).
 */
export const CYRILLIC_GAP = 0.02;
/** Share of a script's letters among all letters from which that script decides the language. */
export const SCRIPT_MAJORITY = 0.5;
/**
 * eld reads one call's text up to the first space after 350 bytes of UTF-8
 * (50–60 words of a Latin language, half that of Cyrillic): the sample is
 * cut at spaces into pieces a little shorter, so that the piece's last word
 * is still read, and their scores are averaged.
 */
const CHUNK_BYTES = 320;
/**
 * Pieces read at most: three (about 1,000 characters of Latin text) outweigh
 * a first line in another language — a title, a dateline, a quoted phrase —
 * which one piece alone does not.
 */
export const MAX_CHUNKS = 3;
/** Characters of the text looked at: enough for MAX_CHUNKS pieces after stripped noise. */
const SAMPLE_CHARS = 3000;
/**
 * When the first two pieces are each reliable, name the same language and
 * lead their runner-up by at least this much, the third is not read. It
 * weighs about a third of the average: to overturn a lead the first two
 * pieces both give, it must lead the other way by twice as much — a
 * passage in another language, not the title or dateline MAX_CHUNKS is set
 * against (a title in another language makes the first two pieces
 * disagree, and the third is read). Each piece is most of the stage's cost
 * (eld scores its n-grams against every language). On Brink's evaluation
 * sets (496 documents) the third piece is skipped on 361 and no label
 * changes; on 2,000 generated documents (sentences swapped between stories
 * of several languages) on 1,735, none changing. No margin at all changed
 * none either (a few more skipped): 0.1 is a safety margin, not a fit.
 */
export const AGREEMENT_MARGIN = 0.1;

// Not language: links, handles, hashtags, e-mail addresses, numbers. Stripped so they do not skew n-gram counts.
const LINK = String.raw`\b(?:https?:\/\/|www\.)\S+`;
const HANDLE = String.raw`[@#][\p{L}\p{N}_]+`;
const EMAIL = String.raw`\S+@\S+\.\S+`;
const NUMBER = String.raw`\p{N}+`;

/**
 * The noise pattern for a sample, without the alternatives that need a
 * character the sample lacks: they could match nowhere in it, so leaving
 * them out changes no match, and the e-mail one (`\S+@` retried from every
 * character of every word) is most of the pattern's cost. Most samples have
 * no "@", "#" or link and are scanned for numbers only.
 */
const noiseVariants = new Map<number, RegExp>();

function noiseFor(sample: string): RegExp {
  const link = sample.includes('http') || sample.includes('www.');
  const at = sample.includes('@');
  const hash = sample.includes('#');
  const key = (link ? 1 : 0) | (at ? 2 : 0) | (hash ? 4 : 0);
  let re = noiseVariants.get(key);
  if (!re) {
    const parts = [...(link ? [LINK] : []), ...(at || hash ? [HANDLE] : []), ...(at ? [EMAIL] : []), NUMBER];
    noiseVariants.set(key, (re = new RegExp(parts.join('|'), 'gu')));
  }
  return re;
}

const SCRIPTS: readonly [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/gu],
  ['Cyrillic', /\p{Script=Cyrillic}/gu],
  ['Han', /\p{Script=Han}/gu],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['Hangul', /\p{Script=Hangul}/gu],
  ['Arabic', /\p{Script=Arabic}/gu],
  ['Greek', /\p{Script=Greek}/gu],
  ['Hebrew', /\p{Script=Hebrew}/gu],
  ['Devanagari', /\p{Script=Devanagari}/gu],
  ['Thai', /\p{Script=Thai}/gu],
];

/** Scripts that name their language outright. */
const SCRIPT_LANGUAGE: Readonly<Record<string, string>> = {
  Hangul: 'ko',
  Greek: 'el',
  Hebrew: 'he',
  Devanagari: 'hi',
  Thai: 'th',
};

const SPACES = /\s+/g;

const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/gu;
const RUSSIAN_ONLY = /[ыэъёЫЭЪЁ]/gu;

/**
 * The letters that settle a long Cyrillic text without the n-gram model,
 * which is there to find a text in a Cyrillic language other than Russian
 * and Ukrainian (eld's others: Bulgarian, Belarusian, Serbian). ы э ё are
 * written by Russian and Belarusian only (not ъ: Bulgarian writes it too);
 * ї є ґ by Ukrainian only (not і: Belarusian writes it too); Belarusian
 * always writes і and ў, Serbian (and Macedonian) ј љ њ and the rest of
 * OTHER_CYRILLIC. A text with DECIDING_LETTERS of one set and none of the
 * other languages' letters can only be that language.
 */
const RUSSIAN_MARKS = /[ыэёЫЭЁ]/gu;
const UKRAINIAN_MARKS = /[їєґЇЄҐ]/gu;
const OTHER_CYRILLIC = /[ўђјљњћџѓќѕЎЂЈЉЊЋЏЃЌЅ]/u;
/** How many of its marks a long text needs before they decide: a quoted name or two does not. */
export const DECIDING_LETTERS = 3;

/** 'ru' or 'uk' when the letters alone decide (see RUSSIAN_MARKS), else null. */
function cyrillicByLetters(sample: string, uk: number, ru: number): 'ru' | 'uk' | null {
  if (OTHER_CYRILLIC.test(sample)) return null;
  if (uk === 0 && count(sample, RUSSIAN_MARKS) >= DECIDING_LETTERS) return 'ru';
  if (ru === 0 && count(sample, UKRAINIAN_MARKS) >= DECIDING_LETTERS) return 'uk';
  return null;
}

export interface Detection {
  readonly lang: string | null;
  /** What decided: the text's statistics, its script or letters, the hint, or nothing. */
  readonly via: 'text' | 'script' | 'hint' | 'none';
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * Which of SCRIPTS each character belongs to (a character has one script):
 * its index in SCRIPTS plus one, NO_SCRIPT for none of them, 0 while not yet
 * decided. Decided by the SCRIPTS regexes once per character met: counting
 * the scripts of a sample is then one pass over its characters instead of
 * ten regex passes that each build an array of their matches.
 */
const bmpScripts = new Uint8Array(0x10000);
const astralScripts = new Map<number, number>();
const NO_SCRIPT = 255;

function scriptOf(char: string): number {
  for (let i = 0; i < SCRIPTS.length; i++) {
    const re = (SCRIPTS[i] as [string, RegExp])[1];
    re.lastIndex = 0;
    if (re.test(char)) return i + 1;
  }
  return NO_SCRIPT;
}

/** For each of SCRIPTS, how many characters (code points, as the /u regexes count) of `text` it has. */
function scriptCounts(text: string): Int32Array {
  const counts = new Int32Array(SCRIPTS.length);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let script: number;
    const next = unit >= 0xd800 && unit <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    if (next >= 0xdc00 && next <= 0xdfff) {
      const code = (unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
      script = astralScripts.get(code) ?? 0;
      if (script === 0) astralScripts.set(code, (script = scriptOf(String.fromCodePoint(code))));
      i++;
    } else {
      script = bmpScripts[unit]!;
      if (script === 0) bmpScripts[unit] = script = scriptOf(String.fromCharCode(unit));
    }
    if (script !== NO_SCRIPT) counts[script - 1]!++;
  }
  return counts;
}

const KANA = SCRIPTS.findIndex(([name]) => name === 'Kana');
const HAN = SCRIPTS.findIndex(([name]) => name === 'Han');

/** The script most of the sample's letters are in (null if none has SCRIPT_MAJORITY), its letters, and each script's count. */
function dominantScript(text: string): { script: string | null; letters: number; counts: Int32Array } {
  const counts = scriptCounts(text);
  let letters = 0;
  for (const n of counts) letters += n;
  // Japanese mixes kanji and kana: any real share of kana makes the Han letters Japanese too.
  const kana = counts[KANA]!;
  if (kana > 0 && kana >= 0.1 * counts[HAN]!) {
    counts[KANA] = kana + counts[HAN]!;
    counts[HAN] = 0;
  }
  let best = -1;
  let bestCount = 0;
  for (let i = 0; i < counts.length; i++) {
    if (counts[i]! > bestCount) {
      best = i;
      bestCount = counts[i]!;
    }
  }
  const script = best >= 0 && bestCount >= letters * SCRIPT_MAJORITY ? (SCRIPTS[best] as [string, RegExp])[0] : null;
  return { script, letters: bestCount, counts };
}

/** The sample cut at spaces into at most MAX_CHUNKS pieces of about CHUNK_BYTES bytes of UTF-8 each. */
function chunksOf(sample: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < sample.length && chunks.length < MAX_CHUNKS; i++) {
    const unit = sample.charCodeAt(i);
    if (unit <= 32 && bytes >= CHUNK_BYTES) {
      chunks.push(sample.slice(start, i));
      start = i + 1;
      bytes = 0;
      continue;
    }
    // A surrogate pair is four bytes, two per half.
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3;
  }
  if (chunks.length < MAX_CHUNKS && bytes > 0) chunks.push(sample.slice(start));
  return chunks;
}

type LanguageResult = ReturnType<typeof eld.detect>;

/** Do two pieces' results both name one language reliably, each AGREEMENT_MARGIN ahead of its runner-up? */
function agree(a: LanguageResult, b: LanguageResult): boolean {
  if (a.language === '' || a.language !== b.language || !a.isReliable() || !b.isReliable()) return false;
  return lead(a) >= AGREEMENT_MARGIN && lead(b) >= AGREEMENT_MARGIN;
}

/** How far a result's best language scores above its second (eld's scores come best first). */
function lead(result: LanguageResult): number {
  const scores = Object.values(result.getScores());
  return (scores[0] ?? 0) - (scores[1] ?? 0);
}

/**
 * eld's ranking as [ISO 639-1, score] pairs, best first: each language's
 * score averaged over the sample's pieces, weighted by their length, and
 * kept to `only` when given.
 */
function rank(sample: string, only?: readonly string[]): [string, number][] {
  const total = new Map<string, number>();
  let weight = 0;
  // Runs of spaces (left by stripped noise, blank lines) would count as bytes of a piece.
  const chunks = chunksOf(sample.replace(SPACES, ' '));
  const results: { chunk: string; result: LanguageResult }[] = [];
  for (const chunk of chunks) {
    if (results.length === 2 && agree(results[0]!.result, results[1]!.result)) break;
    results.push({ chunk, result: eld.detect(chunk) });
  }
  // Pieces the model is unsure of (a table of names, a list of places) are left out when another piece is not.
  const reliable = results.filter(({ result }) => result.isReliable());
  for (const { chunk, result } of reliable.length > 0 ? reliable : results) {
    const scores = result.getScores();
    weight += chunk.length;
    for (const lang in scores) total.set(lang, (total.get(lang) ?? 0) + scores[lang]! * chunk.length);
  }
  const ranking: [string, number][] = [];
  for (const [lang, score] of total) if (!only || only.includes(lang)) ranking.push([lang, score / weight]);
  return ranking.sort((a, b) => b[1] - a[1]);
}

/**
 * Languages eld has no model of, and the one it gives them: its Malay model
 * is also Indonesian (one macrolanguage, largely the same words), so a hint
 * "id" is as good as its Malay score says.
 */
const MODELLED_AS: Readonly<Record<string, string>> = { id: 'ms' };

function scoreOf(ranking: readonly [string, number][], lang: string): number {
  const modelled = MODELLED_AS[lang] ?? lang;
  return ranking.find(([l]) => l === modelled)?.[1] ?? 0;
}

function detectCyrillic(sample: string, letters: number, hint: string | null): Detection {
  const uk = count(sample, UKRAINIAN_ONLY);
  const ru = count(sample, RUSSIAN_ONLY);
  if (letters >= LONG_TEXT_LETTERS) {
    const decided = cyrillicByLetters(sample, uk, ru);
    if (decided) return { lang: decided, via: 'script' };
    // A long text in another Cyrillic language (Bulgarian, Belarusian, Serbian…) says so clearly.
    const all = rank(sample);
    const [top, topScore] = all[0] ?? [null, 0];
    const bestKnown = Math.max(scoreOf(all, 'ru'), scoreOf(all, 'uk'));
    if (top !== 'ru' && top !== 'uk' && topScore - bestKnown > CYRILLIC_GAP) return { lang: top, via: 'text' };
  }
  if (uk > 0 && ru === 0) return { lang: 'uk', via: 'script' };
  if (ru > 0 && uk === 0) return { lang: 'ru', via: 'script' };
  if (uk > 0 && ru > 0) {
    // Both alphabets: a Ukrainian text quoting Russian or the other way round; the n-grams weigh it.
    const [top] = rank(sample, ['ru', 'uk'])[0] ?? [null];
    return { lang: top ?? 'ru', via: 'text' };
  }
  // Letters common to both: the hint, if it is one of the two; otherwise Russian, by far the more frequent.
  if (hint === 'uk' || hint === 'ru') return { lang: hint, via: 'hint' };
  return { lang: 'ru', via: 'script' };
}

function detectLatin(sample: string, letters: number, hint: string | null): Detection {
  // A hint naming a language of another script is contradicted by the letters themselves.
  if (hint !== null && !isLatinScriptLanguage(hint)) hint = null;
  if (letters < MIN_TEXT_LETTERS) return hint ? { lang: hint, via: 'hint' } : { lang: null, via: 'none' };
  if (letters < LONG_TEXT_LETTERS) {
    if (hint) return { lang: hint, via: 'hint' };
    const [top] = rank(sample, LATIN_KNOWN)[0] ?? [null];
    return { lang: top, via: top ? 'text' : 'none' };
  }
  // Long text: one unrestricted ranking (every language scored on the same pieces).
  const all = rank(sample);
  const [top, topScore] = all[0] ?? [null, 0];
  if (hint !== null && topScore - scoreOf(all, hint) <= CLEAR_GAP) return { lang: hint, via: 'hint' };
  const [bestKnown, bestKnownScore] = all.find(([l]) => LATIN_KNOWN.includes(l)) ?? [null, 0];
  // Clearly in a language Brink does not read (Indonesian, Dutch, Turkish…): say which.
  if (top !== null && top !== bestKnown && topScore - bestKnownScore > CLEAR_GAP) return { lang: top, via: 'text' };
  return bestKnown ? { lang: bestKnown, via: 'text' } : { lang: top, via: top ? 'text' : 'none' };
}

/** The language of `text`, given the caller's hint (an ISO 639-1 code or null). */
export function detectLanguage(text: string, hint: string | null = null): Detection {
  const head = text.slice(0, SAMPLE_CHARS);
  const sample = head.replace(noiseFor(head), ' ');
  const { script, letters, counts } = dominantScript(sample);
  if (script === null) return hint ? { lang: hint, via: 'hint' } : { lang: null, via: 'none' };
  switch (script) {
    case 'Cyrillic':
      return detectCyrillic(sample, letters, hint);
    case 'Latin':
      return detectLatin(sample, letters, hint);
    case 'Kana':
      return { lang: 'ja', via: 'script' };
    case 'Han':
      return { lang: 'zh', via: 'script' };
    case 'Arabic': {
      if (letters >= LONG_TEXT_LETTERS) {
        const [top] = rank(sample, ['ar', 'fa', 'ur'])[0] ?? [null];
        if (top) return { lang: top, via: 'text' };
      }
      return { lang: hint === 'fa' || hint === 'ur' ? hint : 'ar', via: hint === 'fa' || hint === 'ur' ? 'hint' : 'script' };
    }
    default:
      return { lang: SCRIPT_LANGUAGE[script] ?? null, via: counts[SCRIPTS.findIndex(([name]) => name === script)] ? 'script' : 'none' };
  }
}

const STAGE = 'language';

export function createLanguage(): Stage {
  return (doc: Doc): Doc => {
    const body = doc.text !== '' ? doc.text : doc.lines.join('\n');
    // Only the first SAMPLE_CHARS are read: the whole body is not copied after the title.
    const text = doc.title ? `${doc.title}\n${body.slice(0, SAMPLE_CHARS)}` : body;
    const hint = doc.meta.lang ? normaliseLanguageTag(doc.meta.lang) : null;
    let out: Doc;
    const found = detectLanguage(text, hint);
    out = { ...doc, lang: found.lang };
    if (doc.meta.lang && hint === null) out = withMessage(out, 'warning', STAGE, `ignored unknown language tag ${JSON.stringify(doc.meta.lang)}`);
    if (hint !== null && found.lang !== null && found.lang !== hint) {
      out = withMessage(out, 'info', STAGE, `metadata says ${hint}, the text is ${found.lang}`);
    }
    if (found.lang === null) out = withMessage(out, 'info', STAGE, 'language undetermined');
    return out;
  };
}
