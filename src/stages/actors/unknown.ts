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
import type { FileLang } from '../../lexicon/index.ts';
import type { CueSet } from './cues.ts';
import type { RawMatch } from './matcher.ts';
import type { Romanizer } from './romanize.ts';
import type { Token } from './tokens.ts';

export type SpeechCue = 'say' | 'according' | 'according-start' | 'noun' | 'complementizer' | 'clause-break' | 'anaphor';

export interface UnknownLexicon {
  readonly speech: CueSet<SpeechCue>;
  /** Folded title → implied gender. */
  readonly titles: ReadonlyMap<FileLang, ReadonlyMap<string, 'm' | 'f' | null>>;
  readonly descriptors: ReadonlyMap<FileLang, ReadonlySet<string>>;
  /** Folded words that open sentences: never a name's first word. */
  readonly starters: ReadonlySet<string>;
  /** Folded words that are never part of a name (days, months, Ministry, Council…). */
  readonly notNames: ReadonlySet<string>;
  /** Folded one-word state adjectives of the gazetteer ("American", "russe"): never a lone surname ("said American submarines…"). */
  readonly adjectives?: ReadonlySet<string>;
  /** English spellings of Cyrillic names: a speaker's or actor's name is English (SIGNALS.md §3). */
  readonly romanizer: Romanizer;
  /** Folded lower-case particles inside names, by language (`name-particles.txt`: "von der Leyen", «фон дер Ляйен»). */
  readonly particles: ReadonlyMap<FileLang, ReadonlySet<string>>;
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
/** Particles in a row before a family name: "de la", "van der", "von der". */
const MAX_PARTICLES = 2;
/** Letters of a party's or body's acronym between a descriptor and a name ("député LR", "MP SNP"). */
const ACRONYM_MAX_LETTERS = 5;
/** Words between a comma and the descriptor of an apposition ("a senior", "the former"). */
const APPOSITION_LEAD = 3;
/** The token an English possessive leaves after the apostrophe ("committee's" is "committee", "s"). */
const POSSESSIVE_ENDING = 's';
/**
 * Words before the comma of a name set off by commas in which a descriptor is looked for ("Its
 * chief executive, Julia Pyke, said", "the chairman of the House Intelligence Committee, Mike
 * Turner, warned"): the descriptor and what qualifies it.
 */
const APPOSITION_BEFORE_WORDS = 6;
/** Words a descriptor may stand before a name that opens with a known given name ("губернатора Курской области Павла Сидорова": 3). */
const DESCRIPTOR_REACH = 4;
/** Words a speech verb may stand before a name that opens with a known given name (the inverted speaker's description between). */
const SPEAKER_REACH = 12;
/** What ends a clause after a name: a stop, comma, semicolon, colon, closing bracket or quotation mark. */
const CLAUSE_END = /^\s*[.,;:!?…)»”"]/u;

function nameWord(t: Token | undefined): boolean {
  return t !== undefined && t.capital && !t.allCaps && !/^\d/.test(t.key);
}

export function findUnknownPeople(
  text: string,
  tokens: readonly Token[],
  matches: readonly RawMatch[],
  lex: UnknownLexicon,
  langs: readonly FileLang[],
  famous: (person: number) => boolean,
  serving: (people: readonly number[]) => boolean = () => false,
): UnknownPerson[] {
  // Words the gazetteer names are not part of unknown names, except a lone surname of someone not
  // famous, which may be another person's ("Coach Bruce Boudreau" is not Tammy Bruce).
  const covered = new Uint8Array(tokens.length);
  /** Lone gazetteer surnames: a one-word unknown name there would shadow the gazetteer's person ("Kimball said"). */
  const gazetteerSurname = new Uint8Array(tokens.length);
  const namedInFull = new Set<number>();
  /**
   * Words of the gazetteer's full names the document gives ("Kim Jong Un"): one of them alone later
   * ("Kim, who toured the ship, said") is that person, even opening a sentence.
   */
  const knownNameWords = new Set<string>();
  for (const m of matches) {
    if (m.kind !== 'name' || m.payload.kind !== 'person') continue;
    namedInFull.add(m.payload.ids[0] as number);
    if (m.end - m.start >= 2) for (let k = m.start; k < m.end; k++) knownNameWords.add((tokens[k] as Token).key);
  }
  const lone: RawMatch[] = [];
  /** Role phrases by the index of their last token: an apposition's head ("the defence minister, Kim Yong-hyun,"). */
  const phraseEnds = new Set<number>();
  /** Role phrases by the index of their first token: "Jane Doe, the French foreign ministry spokeswoman,". */
  const phraseStarts = new Set<number>();
  for (const m of matches) {
    if (m.kind === 'pronoun') continue;
    // Role phrases only: an institution or unnamed officials after a comma ("…, the U.S. military
    // operation") says nothing of the words before being a person.
    if (m.kind === 'phrase' && m.payload.kind === 'role') {
      phraseEnds.add(m.end - 1);
      phraseStarts.add(m.start);
    }
    if (m.kind === 'name' && m.payload.kind === 'surname' && !m.payload.ids.some((id) => famous(id))) {
      lone.push(m);
      continue;
    }
    for (let i = m.start; i < m.end; i++) covered[i] = 1;
  }
  // A famous family name written first before given names no entry holds is another person's
  // ("Kim Yong-hyun", South Korea's defence minister, is not Kim Jong Un): it may open a name.
  for (const m of matches) {
    if (m.kind !== 'name' || m.payload.kind !== 'surname' || m.end - m.start !== 1 || m.end >= tokens.length) continue;
    const next = tokens[m.end] as Token;
    if (!covered[m.end] && nameWord(next) && !lex.notNames.has(next.key) && joined(text, tokens[m.start] as Token, next)) covered[m.start] = 0;
  }
  const titles = langs.map((l) => lex.titles.get(l)).filter((m): m is ReadonlyMap<string, 'm' | 'f' | null> => m !== undefined);
  const descriptors = langs.map((l) => lex.descriptors.get(l)).filter((s): s is ReadonlySet<string> => s !== undefined);
  const particles = langs.map((l) => lex.particles.get(l)).filter((s): s is ReadonlySet<string> => s !== undefined);
  const particle = (t: Token): boolean => particles.some((s) => s.has(t.key));
  const titleOf = (t: Token | undefined): 'm' | 'f' | null | undefined => {
    if (!t) return undefined;
    for (const map of titles) if (map.has(t.key)) return map.get(t.key) ?? null;
    return undefined;
  };
  // Only when the article names that person in full, or the surname names one person holding an
  // office at the document's date ("Sullivan said…" in 2022), is the lone surname theirs ("Smith
  // agreed" is not Adam Smith in an article that never names him) — and not when the article writes
  // it after a given name the gazetteer does not know ("Dan Sullivan").
  const afterGivenName = (m: RawMatch): boolean => {
    const prev = tokens[m.start - 1];
    return prev !== undefined && !covered[m.start - 1] && nameWord(prev) && titleOf(prev) === undefined && !lex.notNames.has(prev.key) && joined(text, prev, tokens[m.start] as Token);
  };
  for (const m of lone) {
    if (m.kind !== 'name') continue;
    const ids = m.payload.ids;
    const sameSurname = lone.filter((o) => o.kind === 'name' && (tokens[o.start] as Token).key === (tokens[m.start] as Token).key);
    const theirs = ids.some((id) => namedInFull.has(id)) || (serving(ids) && !sameSurname.some(afterGivenName));
    if (theirs) for (let i = m.start; i < m.end; i++) gazetteerSurname[i] = 1;
  }
  const sayEndingAt = (end: number): boolean => {
    const cue = lex.speech.endingAt(tokens, end, langs, 3);
    return cue !== null && (cue.kind === 'say' || cue.kind === 'according');
  };
  const sayAt = (i: number): boolean => lex.speech.at(tokens, i, langs)?.kind === 'say';
  const gap = (a: number, b: number): string => text.slice((tokens[a] as Token).end, (tokens[b] as Token).start);

  // Runs of name words: [start, end) token ranges.
  const runs: { start: number; end: number; title: 'm' | 'f' | null | undefined }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !nameWord(tokens[i]) || titleOf(tokens[i]) !== undefined || lex.notNames.has((tokens[i] as Token).key)) continue;
    let end = i + 1;
    let words = 1;
    while (end < tokens.length && words < MAX_NAME_WORDS && !covered[end]) {
      const t = tokens[end] as Token;
      if (!joined(text, tokens[end - 1] as Token, t)) break;
      if (lex.notNames.has(t.key)) {
        // "the Interior Ministry": a run holding an institution word is no name at all.
        end = -1;
        break;
      }
      const hyphen = text.charCodeAt((tokens[end - 1] as Token).end) === 45;
      if (nameWord(t) || (hyphen && /^\p{L}/u.test(t.key))) {
        // After a hyphen the second part may be lower case ("Cheuk Hau-yip", "Kim Jong-un"). A title
        // or descriptor inside the run ends what comes before it: the name starts after it, so its
        // words are counted from there ("Air Vice Marshal K. Sethuraman", "Rear Admiral John P. Kirby").
        if (titleOf(t) !== undefined || descriptors.some((d) => d.has(t.key))) words = 0;
        else if (nameWord(t)) words++;
        end++;
      } else {
        // One or two particles before a family name ("Juan Ramon de la Fuente", "Ursula von der Leyen").
        let p = end;
        while (p < end + MAX_PARTICLES && p < tokens.length && particle(tokens[p] as Token) && joined(text, tokens[p - 1] as Token, tokens[p] as Token)) p++;
        if (p === end || !nameWord(tokens[p]) || covered[p] || !joined(text, tokens[p - 1] as Token, tokens[p] as Token)) break;
        end = p + 1;
        words++;
      }
    }
    // A descriptor written with a capital before a name is not part of it ("Coach Bruce Boudreau").
    let first = i;
    if (end < 0) {
      // Skip the institution's own words, not a name after its comma ("Committee, Mike Turner,").
      while (i + 1 < tokens.length && nameWord(tokens[i + 1]) && joined(text, tokens[i] as Token, tokens[i + 1] as Token)) i++;
      continue;
    }
    // A capitalised sentence opener before a name is not part of it ("For Jane Doe, …"), nor is a
    // capitalised role ("Interior Minister Wolfgang Peschorn", "Coach Bruce Boudreau"): the name
    // starts after the last descriptor or title in the run.
    while (end - first > 1 && lex.starters.has((tokens[first] as Token).key)) first++;
    for (let k = end - 2; k >= first; k--) {
      const key = (tokens[k] as Token).key;
      if (descriptors.some((d) => d.has(key)) || titles.some((t) => t.has(key))) {
        first = k + 1;
        break;
      }
    }
    // A run ending on a rank names no one ("The Air Vice Marshal said").
    if (titleOf(tokens[end - 1]) !== undefined) {
      i = end - 1;
      continue;
    }
    runs.push({ start: first, end, title: titleOf(tokens[first - 1]) });
    i = end - 1;
  }

  // Words the text also writes in lower case are common words, not surnames ("Officials said").
  let lowerKeys: Set<string> | null = null;
  const writtenLower = (key: string): boolean => {
    if (!lowerKeys) {
      lowerKeys = new Set();
      for (const t of tokens) if (!t.capital) lowerKeys.add(t.key);
    }
    return lowerKeys.has(key);
  };
  /** The token starts a sentence: nothing before it, or a stop (possibly followed by a closing quote), or a line break. */
  const opensSentence = (i: number): boolean => {
    const start = (tokens[i] as Token).start;
    const raw = text.slice(Math.max(0, start - 4), start);
    const before = raw.replace(/\s+$/u, '');
    return start < 4 ? before === '' : raw.includes('\n') || /[.!?…]["»”’]?$/u.test(before);
  };
  let midSentenceKeys: Set<string> | null = null;
  const writtenMidSentence = (key: string): boolean => {
    if (!midSentenceKeys) {
      midSentenceKeys = new Set();
      for (const r of runs) if (!opensSentence(r.start)) midSentenceKeys.add((tokens[r.end - 1] as Token).key);
    }
    return midSentenceKeys.has(key);
  };
  const lastWordOfLonger = new Map<string, { start: number; end: number }>();
  /**
   * First words of longer runs: a lone word naming the person whose name it opens, where the given
   * name, not a family name, is how the person is called ("Anwar said" after "Anwar Ibrahim", a
   * Malay name) or the family name comes first ("Yang said" after "Yang Moo-jin").
   */
  const firstWordOfLonger = new Map<string, { start: number; end: number }>();
  for (const r of runs) if (r.end - r.start >= 2 && !lex.starters.has((tokens[r.start] as Token).key)) {
    const key = (tokens[r.end - 1] as Token).key;
    if (!lastWordOfLonger.has(key)) lastWordOfLonger.set(key, r);
    const firstKey = (tokens[r.start] as Token).key;
    if (!firstWordOfLonger.has(firstKey)) firstWordOfLonger.set(firstKey, r);
  }

  // A speech verb right before the name (only spaces and commas between: "сказал: «Мир…" opens a
  // quotation, not a name) or right after it; asked only when the cheaper cues have not decided.
  const sayBefore = (i: number): boolean => sayEndingAt(i) && i > 0 && /^[\s,]*$/u.test(gap(i - 1, i));
  const sayAfter = (end: number, lastGap: string): boolean => end < tokens.length && /^\s+$/u.test(lastGap) && sayAt(end);

  const descriptorAt = (k: number): boolean => k >= 0 && descriptors.some((d) => d.has((tokens[k] as Token).key));

  const found: UnknownPerson[] = [];
  for (const r of runs) {
    const { start: i, end, title } = r;
    const first = tokens[i] as Token;
    const words = end - i;
    // A lone word needs a title or a speech verb next to it: test cheaply before looking closer.
    if (words === 1 && title === undefined && !lex.speech.mayStart(tokens[end]) && !lex.speech.mayEnd(tokens[i - 1]) && !knownNameWords.has(first.key)) continue;
    const lastGap = end < tokens.length ? gap(end - 1, end) : '';
    // The descriptor may carry an acronym of party or body before the name ("le député LR Pierre-Henri Dumont").
    const acronymBefore = i > 1 && (tokens[i - 1] as Token).allCaps && (tokens[i - 1] as Token).key.length <= ACRONYM_MAX_LETTERS && /^\s+$/u.test(gap(i - 2, i - 1));
    const descriptorBefore = i > 0 && /^\s+$/u.test(gap(i - 1, i)) && (descriptorAt(i - 1) || (acronymBefore && descriptorAt(i - 2)));
    // A role phrase right before the name describes it, its state and host country included ("посол
    // Пакистана в России Мухаммад Халид Джамали", "Pakistan's ambassador to Russia Muhammad Khalid Jamali").
    const roleBefore = i > 0 && phraseEnds.has(i - 1) && /^\s+$/u.test(gap(i - 1, i));
    // A known given name opening a run that ends its clause: the inverted speaker after a long
    // description ("— считает научный сотрудник Института Китая РАН Ирина Лосева.", "— добавил член
    // комитета Госдумы по обороне Андрей Ведерников.").
    // So is one a descriptor stands a few words before, its complement between ("по словам губернатора
    // Курской области Павла Сидорова", "заявление депутата Госдумы Ивана Петрова").
    const given = words <= 3 && lex.romanizer.givenName(first.key, langs);
    const givenNameEnding = given && (end === tokens.length || CLAUSE_END.test(lastGap));
    const givenNameDescribed = given && descriptorWithin(i);
    // … or a speech verb opens its clause, the speaker's description between ("— пообещал первый
    // зампред комитета Госдумы по делам СНГ Виктор Водолацкий в беседе с …").
    const givenNameSpeaking = given && sayWithin(i);
    let name: string | null = null;
    if (words >= 2 && !lex.starters.has(first.key)) {
      const cue =
        title !== undefined ||
        descriptorBefore ||
        roleBefore ||
        givenNameEnding ||
        givenNameDescribed ||
        givenNameSpeaking ||
        sayBefore(i) ||
        sayAfter(end, lastGap) ||
        (end < tokens.length && /^\s*,\s*$/u.test(lastGap) && (apposition(tokens, end, descriptors) || phraseStarts.has(end) || phraseStarts.has(end + 1))) ||
        setOffAfterDescriptor(i, end);
      if (cue) name = text.slice(first.start, (tokens[end - 1] as Token).end);
    } else if (words === 1 && !gazetteerSurname[i] && (title !== undefined || ((sayBefore(i) || sayAfter(end, lastGap) || knownInApposition(first, end, lastGap)) && plausibleSurname(first, i)))) {
      // A lone surname at a speech verb ("Boudreau said"): the full name if the text gives it somewhere.
      const longer = lastWordOfLonger.get(first.key) ?? firstWordOfLonger.get(first.key);
      name = longer ? text.slice((tokens[longer.start] as Token).start, (tokens[longer.end - 1] as Token).end) : text.slice(first.start, first.end);
    }
    if (name !== null) found.push({ start: i, end, name: lex.romanizer.name(name.replace(/\s+/gu, ' '), langs), gender: title ?? guessGender(tokens, end), surname: words === 1 });
  }

  /**
   * A name set off by commas right after a descriptor or a role phrase: "Its chief executive, Julia
   * Pyke, said", "The French foreign ministry spokesman, Christophe Lemoine, dismissed", "the
   * chairman of the House Intelligence Committee, Mike Turner, warned". The descriptor stands within
   * `APPOSITION_BEFORE_WORDS` words before the first comma, in the same sentence.
   */
  function setOffAfterDescriptor(i: number, end: number): boolean {
    if (i < 2 || end >= tokens.length || !/^\s*,\s*$/u.test(gap(i - 1, i)) || !/^\s*,/u.test(gap(end - 1, end))) return false;
    // After a role phrase, a gazetteer surname inside is better read as that person, whom the role
    // may name ("the defence secretary, Austin Lloyd,").
    if (phraseEnds.has(i - 1)) return !lone.some((m) => m.start >= i && m.start < end);
    for (let k = i - 1; k >= Math.max(0, i - APPOSITION_BEFORE_WORDS); k--) {
      const key = (tokens[k] as Token).key;
      if (descriptors.some((d) => d.has(key))) return true;
      if (k > 0 && /[.!?;:\n]/u.test(gap(k - 1, k))) return false;
    }
    return false;
  }

  /** A descriptor within `DESCRIPTOR_REACH` words before token `i`, in the same phrase (spaces only between). */
  function descriptorWithin(i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - DESCRIPTOR_REACH); k--) {
      if (!/^\s+$/u.test(gap(k, k + 1))) return false;
      if (descriptorAt(k)) return true;
    }
    return false;
  }

  /** A speech verb ending within `SPEAKER_REACH` words before token `i`, in the same clause (no stop, colon or quotation mark between). */
  function sayWithin(i: number): boolean {
    for (let k = i; k > 0 && k >= i - SPEAKER_REACH; k--) {
      if (/[.!?;:«»"“”„]/u.test(gap(k - 1, k))) return false;
      if (sayEndingAt(k)) return true;
    }
    return false;
  }

  function plausibleSurname(t: Token, i: number): boolean {
    if (lex.starters.has(t.key) || t.key.length < 3 || writtenLower(t.key) || lex.adjectives?.has(t.key)) return false;
    return !opensSentence(i) || lastWordOfLonger.has(t.key) || firstWordOfLonger.has(t.key) || writtenMidSentence(t.key) || knownNameWords.has(t.key);
  }

  /** A word of a known full name set off by a comma and an apposition ("Kim, who toured the ship,"). */
  function knownInApposition(t: Token, end: number, lastGap: string): boolean {
    return knownNameWords.has(t.key) && end < tokens.length && /^\s*,\s*$/u.test(lastGap) && apposition(tokens, end, descriptors);
  }

  // Later one-word mentions of the same people ("Doe said"), when the word stands alone.
  const surnames = new Map<string, UnknownPerson>();
  const out: UnknownPerson[] = [];
  let next = 0;
  const alone = (i: number): boolean =>
    !(i > 0 && nameWord(tokens[i - 1]) && /^[ \u00a0]$/u.test(gap(i - 1, i))) &&
    !(i + 1 < tokens.length && nameWord(tokens[i + 1]) && /^[ \u00a0]$/u.test(gap(i, i + 1)));
  for (let i = 0; i < tokens.length; i++) {
    const hit = found[next];
    if (hit && hit.start === i) {
      out.push(hit);
      if (!surnames.has((tokens[hit.end - 1] as Token).key)) surnames.set((tokens[hit.end - 1] as Token).key, hit);
      next++;
      i = hit.end - 1;
      continue;
    }
    const t = tokens[i] as Token;
    const person = surnames.get(t.key);
    if (person && !covered[i] && nameWord(t) && alone(i)) {
      out.push({ start: i, end: i + 1, name: person.name, gender: person.gender, surname: true });
    }
  }
  return out;
}

/**
 * Two tokens belong to one name when one space, an initial's ". ", a hyphen
 * (Jean-Yves) or an apostrophe (O'Brien) separates them; never a line break.
 */
function joined(text: string, a: Token, b: Token): boolean {
  const width = b.start - a.end;
  if (width === 1) {
    const c = text.charCodeAt(a.end);
    return c === 32 || c === 0xa0 || c === 45 || c === 39 || c === 0x2019;
  }
  return width === 2 && a.end - a.start === 1 && text.charCodeAt(a.end) === 46 && text.charCodeAt(a.end + 1) === 32;
}

function apposition(tokens: readonly Token[], comma: number, descriptors: readonly ReadonlySet<string>[]): boolean {
  // An owner's possessive ending is no word of the lead ("Jane Doe, the committee's chair,").
  let reach = comma + APPOSITION_LEAD;
  for (let k = comma; k < Math.min(tokens.length, reach); k++) {
    const key = (tokens[k] as Token).key;
    if (key === POSSESSIVE_ENDING) reach++;
    else if (descriptors.some((d) => d.has(key))) return true;
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
