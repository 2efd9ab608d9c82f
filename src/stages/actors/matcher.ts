/**
 * The compiled gazetteer: token tries walked once over a document.
 *
 * Two tries, built when the pipeline is built:
 * - the name trie holds every person, state and organisation name (all
 *   languages at once: a French article names "Jake Sullivan" and "Kyiv"
 *   too), with Russian and Ukrainian words in all their case forms. Names are
 *   matched only where the text capitalises them as the gazetteer does, and
 *   acronyms only in capitals ("AP", not "ap");
 * - the phrase trie holds the role, institution and official phrases of each
 *   language, case-insensitive, with slots for state adjectives, state names
 *   and people.
 * At each word the longest match wins (names and phrases compete), so "Washington
 * Post" is the newspaper, "le porte-parole du Kremlin" a role rather than the
 * Kremlin, "Israel Katz" a person rather than Israel.
 */
import type { FileLang } from '../../lexicon/index.ts';
import type { Gazetteer } from './gazetteer.ts';
import { caseForms } from './inflect.ts';
import { PREFIX_MIN, type PatternStep, type SlotKind } from './phrases.ts';
import { tokenize, type Token } from './tokens.ts';

/** What a name trie entry names. `ids` index `people`, `states` or `organisations`. */
export interface NamePayload {
  readonly kind: 'person' | 'surname' | 'state' | 'org';
  readonly ids: readonly number[];
  /** The name is written with a capital: the text must capitalise its first word. */
  readonly capital: boolean;
  /** Word positions written as acronyms (NATO, ФСБ): the text must write them in capitals too. */
  readonly caps: readonly number[];
  /** For people: the canonical name itself (via `name`) rather than an alias. */
  readonly canonical: boolean;
}

export interface PhrasePayload {
  /** `document`: a treaty or agreement named after a place ("the Budapest Memorandum"), which names no actor. */
  readonly kind: 'role' | 'institution' | 'officials' | 'document';
  /** Role key for roles. */
  readonly role: string | null;
  /** State code the phrase gives when no slot does; `prev` for "ces responsables". */
  readonly code: string | null;
  /**
   * Other states with a body of the same name (`US/KR | joint chiefs of staff`): when the article
   * is theirs (its dateline, or the state of the last body it named with its state), the body is
   * theirs, not `code`'s.
   */
  readonly shared?: readonly string[];
  readonly langs: ReadonlySet<FileLang>;
  readonly file: string;
  readonly line: number;
}

interface Node<P> {
  readonly next: Map<string, Node<P>>;
  prefixes: [string, Node<P>][] | null;
  slots: Map<SlotKind, Node<P>> | null;
  out: P[] | null;
}

function node<P>(): Node<P> {
  return { next: new Map(), prefixes: null, slots: null, out: null };
}

/** One match of the scan, in token indexes (`end` exclusive). */
export type RawMatch =
  | { readonly kind: 'name'; readonly start: number; readonly end: number; readonly payload: NamePayload }
  | {
      readonly kind: 'phrase';
      readonly start: number;
      readonly end: number;
      readonly payload: PhrasePayload;
      /** The state or organisation the phrase's slot named, if it has one. */
      readonly slotCode: string | null;
    }
  | { readonly kind: 'pronoun'; readonly start: number; readonly end: number; readonly gender: 'm' | 'f' }
  | { readonly kind: 'unknown'; readonly start: number; readonly end: number; readonly name: string; readonly gender: 'm' | 'f' | null; readonly surname: boolean };

export interface PronounRule {
  readonly gender: 'm' | 'f';
  /** Following word sequences that make the pronoun impersonal ("il y a", "il faut"). */
  readonly impersonal: readonly (readonly string[])[];
}

export interface PhraseEntry {
  readonly steps: readonly PatternStep[];
  readonly payload: PhrasePayload;
}

export interface AdjectiveEntry {
  readonly code: string;
  readonly lang: FileLang;
  readonly text: string;
}

export class Matcher {
  private readonly names = node<NamePayload>();
  private readonly phrases = node<PhrasePayload>();
  private readonly adjectives = node<{ code: string; lang: FileLang; caps: readonly number[] }>();
  private readonly pronouns = new Map<FileLang, Map<string, PronounRule>>();
  /** First words that can start anything, for a cheap skip of most words. */
  private readonly starters = new Set<string>();
  /**
   * A bit per (first two units, length) of the starters (see shapeOf): most
   * words of a text are no starter, and this says so without hashing the
   * word's string and probing a set of fifteen thousand (the scan's test of
   * each word was its costliest line). A set bit proves nothing: the set decides.
   */
  private readonly starterShapes = new Uint8Array(SHAPE_BITS >> 3);
  /** Phrases whose first word is a stem (`министр*`), indexed by the stem's first letters. */
  private readonly rootPrefixes = new Map<string, [string, Node<PhrasePayload>][]>();
  /** First letters (char codes) of those stems: a cheap test before slicing a word. */
  private readonly prefixLetters = new Set<number>();

  constructor(
    readonly gazetteer: Gazetteer,
    phrases: readonly PhraseEntry[],
    adjectives: readonly AdjectiveEntry[],
    pronouns: ReadonlyMap<FileLang, ReadonlyMap<string, PronounRule>>,
  ) {
    gazetteer.people.forEach((p, id) => {
      for (const n of p.names) this.addName(n, { kind: 'person', ids: [id], canonical: n === p.actor.name });
      for (const s of p.surnames) this.addName(s, { kind: 'surname', ids: [id], canonical: false });
    });
    gazetteer.states.forEach((s, id) => {
      for (const n of s.names) this.addName(n, { kind: 'state', ids: [id], canonical: n === s.actor.name });
    });
    gazetteer.organisations.forEach((o, id) => {
      for (const n of o.names) this.addName(n, { kind: 'org', ids: [id], canonical: n === o.actor.name });
    });
    for (const a of adjectives) this.addAdjective(a);
    for (const e of phrases) this.addPhrase(e);
    for (const [lang, map] of pronouns) {
      this.pronouns.set(lang, new Map(map));
      for (const k of map.keys()) this.starters.add(k);
    }
    for (const k of this.starters) {
      const shape = shapeOf(k);
      this.starterShapes[shape >> 3]! |= 1 << (shape & 7);
    }
  }

  /** Whether a word of key `key` can start a name, an adjective, a phrase or a pronoun. */
  private isStarter(key: string): boolean {
    const shape = shapeOf(key);
    return (this.starterShapes[shape >> 3]! & (1 << (shape & 7))) !== 0 && this.starters.has(key);
  }

  /** Whether a word of key `key`, no starter, starts a phrase by a stem of its first word (`министр*`). */
  private startsRootStem(key: string): boolean {
    if (!this.prefixLetters.has(key.charCodeAt(0))) return false;
    const prefixes = this.rootPrefixes.get(key.slice(0, PREFIX_MIN));
    return prefixes !== undefined && prefixes.some(([prefix]) => key.startsWith(prefix));
  }

  private addName(text: string, base: Pick<NamePayload, 'kind' | 'ids' | 'canonical'>): void {
    const tokens = tokenize(text);
    if (tokens.length === 0) return;
    const capital = tokens[0]?.capital === true;
    const caps = tokens.flatMap((t, i) => (t.allCaps ? [i] : []));
    const end = insertPath(this.names, tokens.map((t) => caseForms(t.key)), (k) => this.starters.add(k));
    const out = (end.out ??= []);
    // One payload per (kind, capital, caps): people sharing a surname share its payload.
    const same = out.find((p) => p.kind === base.kind && p.capital === capital && sameList(p.caps, caps) && p.canonical === base.canonical);
    if (same && base.kind === 'surname') {
      if (!same.ids.includes(base.ids[0] as number)) (same.ids as number[]).push(base.ids[0] as number);
      return;
    }
    if (same && same.ids[0] === base.ids[0]) return;
    out.push({ ...base, ids: [...base.ids], capital, caps });
  }

  private addAdjective(a: AdjectiveEntry): void {
    const tokens = tokenize(a.text);
    if (tokens.length === 0) return;
    const caps = tokens.flatMap((t, i) => (t.allCaps ? [i] : []));
    // Phrases may start with an {adj} slot, so an adjective's first word is worth a look.
    const end = insertPath(this.adjectives, tokens.map((t) => caseForms(t.key)), (k) => this.starters.add(k));
    (end.out ??= []).push({ code: a.code, lang: a.lang, caps });
  }

  private addPhrase(e: PhraseEntry): void {
    let at = this.phrases;
    e.steps.forEach((step, i) => {
      if (i === 0 && step.kind === 'word') this.starters.add(step.key);
      if (step.kind === 'word') {
        let child = at.next.get(step.key);
        if (!child) at.next.set(step.key, (child = node()));
        at = child;
      } else if (step.kind === 'prefix') {
        let list: [string, Node<PhrasePayload>][];
        if (i === 0) {
          const index = step.key.slice(0, PREFIX_MIN);
          this.prefixLetters.add(step.key.charCodeAt(0));
          list = this.rootPrefixes.get(index) ?? [];
          this.rootPrefixes.set(index, list);
        } else {
          list = at.prefixes ??= [];
        }
        let pair = list.find(([k]) => k === step.key);
        if (!pair) list.push((pair = [step.key, node()]));
        at = pair[1];
      } else {
        at.slots ??= new Map();
        let child = at.slots.get(step.slot);
        if (!child) at.slots.set(step.slot, (child = node()));
        at = child;
      }
    });
    (at.out ??= []).push(e.payload);
  }

  /**
   * Every match starting at each word, longest first, non-overlapping: the
   * scan moves past a match before looking again.
   */
  scan(tokens: readonly Token[], langs: readonly FileLang[]): RawMatch[] {
    const out: RawMatch[] = [];
    const pronouns = langs.map((l) => this.pronouns.get(l)).filter((m): m is Map<string, PronounRule> => m !== undefined);
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i] as Token;
      // A word that is no starter can only begin a phrase by a stem: no name, adjective or pronoun.
      if (!this.isStarter(t.key) && !this.startsRootStem(t.key)) {
        i++;
        continue;
      }
      let best: RawMatch | null = null;
      for (const m of this.namesAt(tokens, i)) if (!best || m.end > best.end) best = m;
      for (const m of this.phrasesAt(tokens, i, langs)) if (!best || m.end > best.end) best = m;
      if (!best) {
        for (const map of pronouns) {
          const rule = map.get(t.key);
          if (rule && !isImpersonal(tokens, i, rule)) {
            best = { kind: 'pronoun', start: i, end: i + 1, gender: rule.gender };
            break;
          }
        }
      }
      if (best) {
        out.push(best);
        i = best.end;
      } else {
        i++;
      }
    }
    return out;
  }

  private cacheTokens: readonly Token[] | null = null;
  private cacheIndex = -1;
  private cacheFound: RawMatch[] = [];

  /** Name matches starting at token `i`, every length (the last position is cached: slots ask again). */
  namesAt(tokens: readonly Token[], i: number): RawMatch[] {
    if (tokens === this.cacheTokens && i === this.cacheIndex) return this.cacheFound;
    const found: RawMatch[] = [];
    this.cacheTokens = tokens;
    this.cacheIndex = i;
    this.cacheFound = found;
    let at: Node<NamePayload> | undefined = this.names;
    for (let j = i; j < tokens.length && at; j++) {
      at = at.next.get((tokens[j] as Token).key);
      if (!at?.out) continue;
      for (const p of at.out) if (caseFits(tokens, i, p.capital, p.caps)) found.push({ kind: 'name', start: i, end: j + 1, payload: p });
    }
    return found;
  }

  private adjectivesAt(tokens: readonly Token[], i: number, langs: readonly FileLang[]): { end: number; code: string }[] {
    const found: { end: number; code: string }[] = [];
    let at: Node<{ code: string; lang: FileLang; caps: readonly number[] }> | undefined = this.adjectives;
    for (let j = i; j < tokens.length && at; j++) {
      at = at.next.get((tokens[j] as Token).key);
      if (!at?.out) continue;
      for (const a of at.out) if (langs.includes(a.lang) && caseFits(tokens, i, false, a.caps)) found.push({ end: j + 1, code: a.code });
    }
    return found;
  }

  private slotAt(slot: SlotKind, tokens: readonly Token[], i: number, langs: readonly FileLang[]): { end: number; code: string }[] {
    if (slot === 'adj') return this.adjectivesAt(tokens, i, langs);
    const found: { end: number; code: string }[] = [];
    const g = this.gazetteer;
    for (const m of this.namesAt(tokens, i)) {
      if (m.kind !== 'name') continue;
      const p = m.payload;
      const id = p.ids[0] as number;
      if (slot === 'state' && p.kind === 'state') found.push({ end: m.end, code: g.states[id]?.code as string });
      if (slot === 'state' && p.kind === 'org') {
        const code = g.organisations[id]?.actor.country;
        if (code) found.push({ end: m.end, code });
      }
      if (slot === 'person' && (p.kind === 'person' || (p.kind === 'surname' && p.ids.length === 1))) {
        const code = g.people[id]?.actor.country;
        if (code) found.push({ end: m.end, code });
      }
    }
    return found;
  }

  private phrasesAt(tokens: readonly Token[], i: number, langs: readonly FileLang[]): RawMatch[] {
    const found: RawMatch[] = [];
    this.walkPhrase(this.phrases, tokens, i, i, null, langs, found);
    return found;
  }

  /** Depth-first walk of the phrase trie from token `j`; words first, then stems, then slots. */
  private walkPhrase(
    at: Node<PhrasePayload>,
    tokens: readonly Token[],
    i: number,
    j: number,
    slotCode: string | null,
    langs: readonly FileLang[],
    found: RawMatch[],
  ): void {
    if (at.out && j > i) {
      for (const p of at.out) {
        if (langs.some((l) => p.langs.has(l))) found.push({ kind: 'phrase', start: i, end: j, payload: p, slotCode });
      }
    }
    if (j >= tokens.length) return;
    const key = (tokens[j] as Token).key;
    const child = at.next.get(key);
    if (child) this.walkPhrase(child, tokens, i, j + 1, slotCode, langs, found);
    const prefixes = at === this.phrases ? this.rootPrefixes.get(key.slice(0, PREFIX_MIN)) : at.prefixes;
    if (prefixes) for (const [prefix, next] of prefixes) if (key.startsWith(prefix)) this.walkPhrase(next, tokens, i, j + 1, slotCode, langs, found);
    // Slots start with a name or an adjective: skip them when this word can start neither.
    if (at.slots && (this.names.next.has(key) || this.adjectives.next.has(key))) {
      for (const [slot, next] of at.slots) {
        // A destination is named like a state but is not the phrase's state: the code stays.
        if (slot === 'to') for (const s of this.slotAt('state', tokens, j, langs)) this.walkPhrase(next, tokens, i, s.end, slotCode, langs, found);
        else for (const s of this.slotAt(slot, tokens, j, langs)) this.walkPhrase(next, tokens, i, s.end, s.code, langs, found);
      }
    }
  }
}

/** Bits of Matcher's starter shapes: a power of two. */
const SHAPE_BITS = 1 << 16;

/** A word's first two UTF-16 units and length, mixed into SHAPE_BITS: no string hash is made. */
function shapeOf(key: string): number {
  const second = key.length > 1 ? key.charCodeAt(1) : 0;
  return (Math.imul(key.charCodeAt(0), 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b) ^ Math.imul(key.length, 0xc2b2ae35)) >>> 16;
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function caseFits(tokens: readonly Token[], i: number, capital: boolean, caps: readonly number[]): boolean {
  if (capital && !(tokens[i] as Token).capital) return false;
  for (const c of caps) if (!tokens[i + c]?.allCaps) return false;
  return true;
}

function isImpersonal(tokens: readonly Token[], i: number, rule: PronounRule): boolean {
  return rule.impersonal.some((words) => words.every((w, k) => tokens[i + 1 + k]?.key === w));
}

/**
 * Inserts a path whose step `j` may be any of `forms[j]`; all forms of a step
 * lead to the same node, so declined words share the rest of the name.
 */
function insertPath<P>(root: Node<P>, forms: readonly (readonly string[])[], onFirst: (key: string) => void): Node<P> {
  let at = root;
  forms.forEach((alternatives, j) => {
    let child: Node<P> | undefined;
    for (const f of alternatives) child ??= at.next.get(f);
    child ??= node();
    for (const f of alternatives) {
      if (!at.next.has(f)) at.next.set(f, child);
      if (j === 0) onFirst(f);
    }
    at = child;
  });
  return at;
}
