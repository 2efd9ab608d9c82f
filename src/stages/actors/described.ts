/**
 * Back-references by a noun of trade or office (`data/<lang>/person-nouns.txt`): "Депутат Верховной
 * рады Алексей Гончаренко … — сказал депутат", "Kazem Gharibabadi, Iran's deputy foreign minister …
 * the diplomat added", « le député LR Pierre Dupont … a ajouté le député ». The noun, used alone, is
 * the person it described last: the article names them with it once (before the name or in an
 * apposition after it) and then calls them by it, also after other people were named. Roles of the
 * gazetteer (`roles.txt`) already refer back to their holders; these nouns cover everyone else,
 * whoever the gazetteer knows of them.
 */
import type { ActorRef, Doc, Mention } from '../../document/index.ts';
import { FILE_LANGS, readLexicon, type FileLang } from '../../lexicon/index.ts';
import { caseForms } from './inflect.ts';
import { phraseKeys, type Token } from './tokens.ts';

/** One language's nouns: each case form → its noun, the nouns each refers back to, and the words that make it someone else. */
export interface PersonNouns {
  readonly forms: ReadonlyMap<string, string>;
  /**
   * Case forms of the words a noun's entry names that are no back-reference themselves, only a
   * description implying the noun («член комитета Госдумы … по словам депутата»: Госдума → депутат).
   */
  readonly describers: ReadonlyMap<string, string>;
  readonly refersTo: ReadonlyMap<string, ReadonlySet<string>>;
  /** Nouns that refer back to whoever led the last sentence naming someone, however described («написал политик»). */
  readonly anyone: ReadonlySet<string>;
  readonly other: ReadonlySet<string>;
}

export function loadPersonNouns(dataDir: string): Map<FileLang, PersonNouns> {
  const out = new Map<FileLang, PersonNouns>();
  for (const lang of FILE_LANGS) {
    const forms = new Map<string, string>();
    const refersTo = new Map<string, Set<string>>();
    const other = new Set<string>();
    const anyone = new Set<string>();
    const alsoWords: string[] = [];
    for (const e of readLexicon(dataDir, lang, {
      kind: 'person-nouns',
      minFields: 2,
      maxFields: 3,
      required: false,
      check: ([kind, word, also]) =>
        kind !== 'noun' && kind !== 'other' && kind !== 'any'
          ? `kind is noun, any or other, not "${kind}"`
          : phraseKeys(word ?? '').length !== 1
            ? `one word: "${word}"`
            : kind !== 'noun' && also !== undefined
              ? `only a noun takes a third field: "${also}"`
              : null,
    })) {
      const [kind, word, also] = e.fields as [string, string, string | undefined];
      const key = phraseKeys(word)[0] as string;
      if (kind === 'other') {
        for (const f of caseForms(key)) other.add(f);
        continue;
      }
      for (const f of caseForms(key)) if (!forms.has(f)) forms.set(f, key);
      if (kind === 'any') anyone.add(key);
      else refersTo.set(key, new Set([key, ...phraseKeys(also ?? '')]));
      alsoWords.push(...phraseKeys(also ?? ''));
    }
    const describers = new Map<string, string>();
    for (const w of alsoWords) if (![...refersTo.keys()].includes(w)) for (const f of caseForms(w)) if (!forms.has(f)) describers.set(f, w);
    out.set(lang, { forms, describers, refersTo, anyone, other });
  }
  return out;
}

/** Words a noun may stand before the name it describes ("Депутат Верховной рады Алексей Гончаренко": 3). */
const DESCRIBED_BEFORE = 5;
/** Words after the comma of an apposition before its noun ("Adam Smith, a Democratic lawmaker"). */
const APPOSITION_WORDS = 3;
/** Words between the article and a back-reference ("the former ambassador", "the Democratic lawmaker"). */
const ARTICLE_GAP = 2;
/** Between the words of one noun phrase: spaces, quotation marks of a party's name, parentheses. */
const PHRASE_GAP = /^[\s«»"“”„()]*$/u;
/** Right before the name: a comma too ("the lawmaker, Adam Smith"). */
const LAST_GAP = /^[\s«»"“”„(),]*$/u;

export interface DescribedContext {
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly nouns: readonly PersonNouns[];
  /** Definite articles of the document's languages: where there are any, a back-reference needs one. */
  readonly definite: ReadonlySet<string>;
  /** Spans between quotation marks: a noun there is the quoted speaker's word. */
  readonly inQuote: (offset: number) => boolean;
  readonly sentenceAt: (offset: number) => number;
  /** Offset where the sentence holding `offset` starts. */
  readonly sentenceStart: (offset: number) => number;
}

const PERSON_VIAS: ReadonlySet<string> = new Set(['name', 'alias', 'surname', 'role']);

export function describedBackReferences(doc: Doc, ctx: DescribedContext): Mention[] {
  const { tokens, mentions, nouns } = ctx;
  if (nouns.length === 0 || nouns.every((n) => n.forms.size === 0)) return [];
  const nounOf = (t: Token): string | undefined => {
    for (const n of nouns) {
      const noun = n.forms.get(t.key);
      if (noun !== undefined) return noun;
    }
    return undefined;
  };
  // Before a name, a word that only describes ("Госдумы") tells the noun as well as a noun does.
  const descriptionOf = (t: Token): string | undefined => {
    const noun = nounOf(t);
    if (noun !== undefined) return noun;
    for (const n of nouns) {
      const word = n.describers.get(t.key);
      if (word !== undefined) return word;
    }
    return undefined;
  };
  const people = mentions.filter((m) => PERSON_VIAS.has(m.via) && m.actor.kind !== 'media');
  if (people.length === 0) return [];
  const text = doc.text;
  const tokenIndex = (offset: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid] as Token).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const covered = (t: Token): boolean => mentions.some((m) => m.start <= t.start && t.end <= m.end);
  const personOtherThan = (t: Token, actor: ActorRef): boolean => people.some((m) => m.start <= t.start && t.end <= m.end && m.actor.name !== actor.name);

  // The nouns each person is described by, where: the token indices used so are descriptions, not back-references.
  const descriptions: { noun: string; actor: ActorRef; at: number }[] = [];
  const describing = new Set<number>();
  for (const m of people) {
    const first = tokenIndex(m.start);
    let last = first;
    while (last + 1 < tokens.length && (tokens[last + 1] as Token).end <= m.end) last++;
    // Before the name, in its noun phrase (or inside the role phrase that names them).
    for (let k = first - 1, words = 0; k >= 0 && words < DESCRIBED_BEFORE; k--, words++) {
      const t = tokens[k] as Token;
      const gap = text.slice(t.end, (tokens[k + 1] as Token).start);
      if (!(k === first - 1 ? LAST_GAP : PHRASE_GAP).test(gap) || personOtherThan(t, m.actor)) break;
      const noun = descriptionOf(t);
      if (noun !== undefined) {
        descriptions.push({ noun, actor: m.actor, at: m.start });
        describing.add(k);
        break;
      }
    }
    if (m.via === 'role') {
      for (let k = first; k <= last; k++) {
        const noun = nounOf(tokens[k] as Token);
        if (noun !== undefined) {
          descriptions.push({ noun, actor: m.actor, at: m.start });
          describing.add(k);
        }
      }
    }
    // After it, in an apposition ("Алексей Гончаренко, депутат Верховной рады").
    const next = tokens[last + 1];
    if (next && /^\s*,\s*$/u.test(text.slice((tokens[last] as Token).end, next.start))) {
      for (let k = last + 1; k < tokens.length && k <= last + APPOSITION_WORDS; k++) {
        const t = tokens[k] as Token;
        if (k > last + 1 && !PHRASE_GAP.test(text.slice((tokens[k - 1] as Token).end, t.start))) break;
        if (personOtherThan(t, m.actor)) break;
        const noun = nounOf(t);
        if (noun !== undefined) {
          descriptions.push({ noun, actor: m.actor, at: m.start });
          describing.add(k);
          break;
        }
      }
    }
  }
  if (descriptions.length === 0 && nouns.every((n) => n.anyone.size === 0)) return [];
  /** The person named first, outside quotations, in the last sentence before `offset` that names someone. */
  const lastLead = (offset: number): ActorRef | null => {
    let lead: Mention | null = null;
    for (const m of people) {
      if (m.start >= offset) break;
      if (ctx.inQuote(m.start)) continue;
      if (!lead || m.sentence !== lead.sentence) lead = m;
    }
    return lead?.actor ?? null;
  };

  const out: Mention[] = [];
  tokens.forEach((t, i) => {
    if (describing.has(i)) return;
    const noun = nounOf(t);
    if (noun === undefined || covered(t) || ctx.inQuote(t.start)) return;
    // Lower case but at a sentence's start; a capitalised name right after makes it a description of someone the gazetteer and the name finder missed.
    if (t.capital && ctx.sentenceStart(t.start) !== t.start) return;
    const after = tokens[i + 1];
    if (after?.capital && /^[ \u00a0]+$/u.test(text.slice(t.end, after.start))) return;
    if (!articleBefore(i, ctx)) return;
    if (nouns.some((n) => n.anyone.has(noun))) {
      const lead = lastLead(t.start);
      if (lead) out.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), actor: lead, via: 'role', sentence: ctx.sentenceAt(t.start) });
      return;
    }
    const refers = nouns.map((n) => n.refersTo.get(noun)).find((s) => s !== undefined);
    // The person this noun described who was named last before it: "after another name intervenes" too.
    let best: { actor: ActorRef; at: number } | null = null;
    for (const d of descriptions) {
      if (d.at >= t.start || !refers?.has(d.noun)) continue;
      const lastNamed = people.filter((m) => m.actor.name === d.actor.name && m.start < t.start).reduce((a, m) => Math.max(a, m.start), d.at);
      if (!best || lastNamed > best.at) best = { actor: d.actor, at: lastNamed };
    }
    if (best) out.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), actor: best.actor, via: 'role', sentence: ctx.sentenceAt(t.start) });
  });
  return out;
}

/**
 * In a language with articles, a definite one stands before the noun, maybe with a word or two
 * between ("the former ambassador"); in every language, no word making it someone else ("another
 * expert", «другой эксперт», « l'autre expert ») stands right before it.
 */
function articleBefore(i: number, ctx: DescribedContext): boolean {
  const { tokens, nouns } = ctx;
  const prev = tokens[i - 1];
  if (prev && nouns.some((n) => n.other.has(prev.key))) return false;
  if (ctx.definite.size === 0) return true;
  for (let k = i - 1; k >= 0 && k >= i - 1 - ARTICLE_GAP; k--) {
    const t = tokens[k] as Token;
    if (ctx.definite.has(t.key)) return true;
    if (nouns.some((n) => n.other.has(t.key))) return false;
  }
  return false;
}
