/**
 * People the gazetteer does not know. News quotes many speakers no list can
 * hold (a professor, a retired general, a local official), so a run of two to
 * four capitalised words is taken as a person's name when the text itself
 * says so:
 * - a title stands before it ("Mr.", "Mme", "г-н", "Dr."); after a title one
 *   word is enough ("Mr. Smith");
 * - a speech verb stands right next to it ("said Jane Doe", "Jane Doe said",
 *   "a déclaré Jean Dupont", "заявил Иван Петров"), or "according to" /
 *   "selon" / "по словам" right before it;
 * - an apposition follows it: a comma, then within three words a descriptor
 *   ("Jane Doe, a senior fellow at…", "Jean Dupont, ancien ambassadeur").
 * Words already matched by the gazetteer, words that open sentences ("The",
 * "Selon") and all-capital acronyms are never part of such a name. Once named
 * in full, the last word alone names the same person later in the document.
 * The actor is `{name, country: null, kind: 'expert'}`: the text gives no
 * reliable country, and most such speakers are analysts.
 */
import type { FileLang } from '../sentences/lexicon-file.ts';
import type { CueSet } from './cues.ts';
import type { RawMatch } from './matcher.ts';
import type { Token } from './tokens.ts';

export type SpeechCue = 'say' | 'according' | 'noun' | 'complementizer';

export interface UnknownLexicon {
  readonly speech: CueSet<SpeechCue>;
  /** Folded title → implied gender. */
  readonly titles: ReadonlyMap<FileLang, ReadonlyMap<string, 'm' | 'f' | null>>;
  readonly descriptors: ReadonlyMap<FileLang, ReadonlySet<string>>;
  /** Folded words that open sentences: never the first word of a name. */
  readonly starters: ReadonlySet<string>;
}

export interface UnknownPerson {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly gender: 'm' | 'f' | null;
  readonly surname: boolean;
}

/** Longest name without a gazetteer entry: given names, particles, family names. */
const MAX_NAME_WORDS = 4;
/** Lower-case particles inside names ("Ursula von der Leyen", "Jean de La Fontaine"). */
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'ben', 'da', 'di', 'dos']);
/** Words between a comma and the descriptor of an apposition ("a senior", "the former"). */
const APPOSITION_LEAD = 3;

function nameWord(t: Token | undefined): boolean {
  return t !== undefined && t.capital && !t.allCaps && !/^\d/.test(t.key);
}

export function findUnknownPeople(
  text: string,
  tokens: readonly Token[],
  matches: readonly RawMatch[],
  lex: UnknownLexicon,
  langs: readonly FileLang[],
): UnknownPerson[] {
  const covered = new Uint8Array(tokens.length);
  for (const m of matches) if (m.kind !== 'pronoun') for (let i = m.start; i < m.end; i++) covered[i] = 1;
  const titles = langs.map((l) => lex.titles.get(l)).filter((m): m is ReadonlyMap<string, 'm' | 'f' | null> => m !== undefined);
  const descriptors = langs.map((l) => lex.descriptors.get(l)).filter((s): s is ReadonlySet<string> => s !== undefined);
  const titleOf = (t: Token | undefined): 'm' | 'f' | null | undefined => {
    if (!t) return undefined;
    for (const map of titles) if (map.has(t.key)) return map.get(t.key) ?? null;
    return undefined;
  };
  const sayEndingAt = (end: number): boolean => {
    const cue = lex.speech.endingAt(tokens, end, langs, 3);
    return cue !== null && (cue.kind === 'say' || cue.kind === 'according');
  };
  const sayAt = (i: number): boolean => lex.speech.at(tokens, i, langs)?.kind === 'say';
  const gap = (a: number, b: number): string => text.slice((tokens[a] as Token).end, (tokens[b] as Token).start);

  const found: UnknownPerson[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !nameWord(tokens[i]) || titleOf(tokens[i]) !== undefined) continue;
    // Grow the run of name words (with particles inside, and initials "M.").
    let end = i + 1;
    let words = 1;
    while (end < tokens.length && words < MAX_NAME_WORDS && !covered[end]) {
      const t = tokens[end] as Token;
      const between = gap(end - 1, end);
      // One space, an initial's ". ", a hyphen (Jean-Yves) or an apostrophe (O'Brien); never a line break.
      if (!/^(?:[ \u00a0]|-|['’])$/u.test(between) && !(between === '. ' && (tokens[end - 1] as Token).key.length === 1)) break;
      if (nameWord(t)) {
        words++;
        end++;
      } else if (PARTICLES.has(t.key) && nameWord(tokens[end + 1]) && !covered[end + 1]) {
        end += 2;
        words++;
      } else break;
    }
    const title = titleOf(tokens[i - 1]);
    const first = tokens[i] as Token;
    if (title === undefined && (words < 2 || lex.starters.has(first.key))) {
      i = end - 1;
      continue;
    }
    const gender = title ?? guessGender(tokens, end);
    const lastGap = end < tokens.length ? gap(end - 1, end) : '';
    const cue =
      title !== undefined ||
      sayEndingAt(i) ||
      (end < tokens.length && /^\s+$/u.test(lastGap) && sayAt(end)) ||
      (end < tokens.length && /^\s*,\s*$/u.test(lastGap) && apposition(tokens, end, descriptors));
    if (cue) {
      const start = first.start;
      const stop = (tokens[end - 1] as Token).end;
      found.push({ start: i, end, name: text.slice(start, stop).replace(/\s+/gu, ' '), gender, surname: false });
    }
    i = end - 1;
  }

  // Later one-word mentions of the same people ("Doe said").
  const surnames = new Map<string, UnknownPerson>();
  const out: UnknownPerson[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    const full = found[next];
    if (full && full.start === i) {
      out.push(full);
      surnames.set((tokens[full.end - 1] as Token).key, full);
      next++;
      i = full.end - 1;
      continue;
    }
    const t = tokens[i] as Token;
    const person = surnames.get(t.key);
    if (person && !covered[i] && nameWord(t) && !nameWord(tokens[i + 1]) && !nameWord(tokens[i - 1])) {
      out.push({ start: i, end: i + 1, name: person.name, gender: person.gender, surname: true });
    }
  }
  return out;
}

function apposition(tokens: readonly Token[], comma: number, descriptors: readonly ReadonlySet<string>[]): boolean {
  for (let k = comma; k < Math.min(tokens.length, comma + APPOSITION_LEAD); k++) {
    const key = (tokens[k] as Token).key;
    if (descriptors.some((d) => d.has(key))) return true;
  }
  return false;
}

/** Russian and Ukrainian surnames say the gender; other names do not. */
function guessGender(tokens: readonly Token[], end: number): 'm' | 'f' | null {
  const last = (tokens[end - 1] as Token).key;
  if (/(?:ова|ева|ина|ына|ская|цкая|ська|цька)$/u.test(last)) return 'f';
  if (/(?:ов|ев|ин|ын|ский|цкий|ський|цький)$/u.test(last)) return 'm';
  return null;
}
