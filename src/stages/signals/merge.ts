/**
 * One signal per (actor, act) (SIGNALS.md §1, §2 ties): candidates from
 * several sentences that report the same act become one signal with several
 * evidence entries.
 */
import type { ActorRef, Evidence, Signal } from '../../document/index.ts';
import { strongerSourcing } from './fields.ts';

/** A signal candidate with what merging needs to know about it. */
export interface Candidate {
  readonly signal: Signal;
  /** Sentence indexes of its evidence. */
  readonly sentences: readonly number[];
  /** The date came from a time expression, not from the publication date. */
  readonly explicitDate: boolean;
  /** The actor is a named person (not a state, body or unnamed officials). */
  readonly person: boolean;
  /** The actor is a state (or speaks only for one): many officials, many occasions. */
  readonly state: boolean;
  /**
   * The actor is a spokesperson reporting a step someone else took ("Peskov said the doctrine
   * had been brought in line…"): the step is the state's or its leader's (SIGNALS.md §1).
   */
  readonly reporter?: boolean;
  /**
   * The act is told in a clause of background ("…, a month after Putin announced plans to deploy…"):
   * an earlier act, not a summary of the main clause's act, nor that act a summary of it.
   */
  readonly background?: true;
}

/**
 * A state's or body's acts of one type are one act only when reported close
 * together: states act through many officials on many occasions, and an
 * article can report several of them.
 */
export const STATE_MERGE_WINDOW = 2;
/**
 * A state's act summarised next to a named person's act of the same type and
 * country is that person's act (§2 ties) within this many sentences.
 */
export const TIE_WINDOW = 1;
/** Each extra sentence reporting the same act adds this much confidence. */
export const CORROBORATION_BONUS = 0.05;

function norm(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Equal at the coarser of the two precisions; null only with null. */
export function datesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

function gap(a: Candidate, b: Candidate): number {
  let best = Infinity;
  for (const x of a.sentences) for (const y of b.sentences) best = Math.min(best, Math.abs(x - y));
  return best;
}

function combine(into: Candidate, other: Candidate): Candidate {
  const a = into.signal;
  const b = other.signal;
  const evidence: Evidence[] = [...a.evidence];
  for (const e of b.evidence) if (!evidence.some((x) => x.start === e.start && x.end === e.end)) evidence.push(e);
  evidence.sort((x, y) => x.start - y.start);
  // The more precise explicit date wins; a publication fallback gives way to a date of the text.
  let date = a.date;
  let explicitDate = into.explicitDate;
  if ((other.explicitDate && !into.explicitDate) || (other.explicitDate === into.explicitDate && (b.date?.length ?? 0) > (a.date?.length ?? 0))) {
    date = b.date;
    explicitDate = other.explicitDate;
  }
  return {
    signal: {
      ...a,
      date,
      target: a.target ?? b.target,
      severity: Math.max(a.severity, b.severity),
      // Modality follows the surer report of the act (a sentence may mention private channels of someone else).
      modality: b.confidence > a.confidence ? b.modality : a.modality,
      sourcing: strongerSourcing(a.sourcing, b.sourcing),
      quote: a.quote ?? b.quote,
      evidence,
      confidence: Math.round(Math.min(0.99, Math.max(a.confidence, b.confidence) + CORROBORATION_BONUS) * 100) / 100,
    },
    sentences: [...new Set([...into.sentences, ...other.sentences])].sort((x, y) => x - y),
    explicitDate,
    person: into.person,
    state: into.state,
  };
}

function sameAct(a: Candidate, b: Candidate): boolean {
  if (a.signal.type !== b.signal.type || norm(a.signal.actor.name) !== norm(b.signal.actor.name)) return false;
  if (!datesCompatible(a.signal.date, b.signal.date)) return false;
  const sameDay = a.explicitDate && b.explicitDate && a.signal.date !== null && a.signal.date === b.signal.date && a.signal.date.length === 10;
  return !a.state || sameDay || gap(a, b) <= STATE_MERGE_WINDOW;
}

/**
 * A spokesperson's report of a step joins the same step taken by anyone of the same country in
 * the document (whatever the distance: the article reports the step first, the spokesperson's
 * gloss later); with none, it becomes the state's own step (`stateOf` gives the state).
 */
function settleReporters(candidates: readonly Candidate[], stateOf: (country: string) => ActorRef | null): Candidate[] {
  const out = candidates.filter((c) => !c.reporter);
  for (const r of candidates.filter((c) => c.reporter)) {
    const country = r.signal.actor.country;
    const i = out.findIndex(
      (c) => c.signal.type === r.signal.type && country !== null && c.signal.actor.country === country && datesCompatible(c.signal.date, r.signal.date),
    );
    if (i >= 0) {
      const owner = out[i] as Candidate;
      const joined = combine(owner, { ...r, explicitDate: false });
      // The report only adds evidence: the step keeps its own date, sourcing, modality and severity.
      out[i] = {
        ...joined,
        signal: {
          ...joined.signal,
          date: owner.signal.date,
          sourcing: owner.signal.sourcing,
          modality: owner.signal.modality,
          severity: owner.signal.severity,
        },
      };
      continue;
    }
    const state = country === null ? null : stateOf(country);
    out.push(state ? { ...r, signal: { ...r.signal, actor: state }, person: false, state: true, reporter: false } : { ...r, reporter: false });
  }
  return out.sort((a, b) => (a.sentences[0] ?? 0) - (b.sentences[0] ?? 0));
}

export function mergeCandidates(candidates: readonly Candidate[], stateOf: (country: string) => ActorRef | null = () => null): Signal[] {
  const merged: Candidate[] = [];
  for (const c of settleReporters(candidates, stateOf)) {
    const i = merged.findIndex((m) => sameAct(m, c));
    if (i >= 0) merged[i] = combine(merged[i] as Candidate, c);
    else merged.push(c);
  }
  // §2 ties: a state's summary next to its named official's act of the same type.
  const out: Candidate[] = [];
  const absorbed = new Set<number>();
  merged.forEach((c, i) => {
    if (!c.state) return;
    const j = merged.findIndex(
      (p, k) =>
        k !== i &&
        !absorbed.has(k) &&
        p.person &&
        p.background === c.background &&
        p.signal.type === c.signal.type &&
        p.signal.actor.country !== null &&
        p.signal.actor.country === c.signal.actor.country &&
        datesCompatible(p.signal.date, c.signal.date) &&
        gap(p, c) <= TIE_WINDOW,
    );
    if (j >= 0) {
      const person = merged[j] as Candidate;
      const joined = combine(person, { ...c, explicitDate: false });
      // The person's act keeps its own sourcing and modality: the summary only adds evidence. Its
      // date too, unless only the publication gave it and the summary says when ("Russia struck
      // on Thursday…, Putin said").
      const dated = !person.explicitDate && c.explicitDate;
      merged[j] = {
        ...joined,
        signal: {
          ...joined.signal,
          date: dated ? c.signal.date : person.signal.date,
          sourcing: person.signal.sourcing,
          modality: person.signal.modality,
        },
        explicitDate: person.explicitDate || dated,
      };
      absorbed.add(i);
    }
  });
  merged.forEach((c, i) => {
    if (!absorbed.has(i)) out.push(c);
  });
  return out.map((c) => c.signal);
}
