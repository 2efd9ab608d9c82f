/**
 * The fields of a candidate signal other than type and actor (SIGNALS.md §3,
 * §4): date, severity, modality, sourcing, target.
 */
import type { ActorRef, Published, SignalType, Sourcing, Span, TimeExpression } from '../../document/index.ts';
import type { PhraseSet } from '../../lexicon/index.ts';
import type { Escalator, SignalLexicon, SourcingKind } from './lexicons.ts';

/** States on the Russian side of the confrontation; everyone else with a country is the other side. */
export const EAST = new Set(['RU', 'BY', 'KP', 'CN', 'IR']);

export type Side = 'east' | 'west';

export function sideOf(country: string | null): Side | null {
  if (country === null) return null;
  return EAST.has(country.toUpperCase()) ? 'east' : 'west';
}

/** A collective party (the West, NATO, the EU) stands for its leading state when sides are compared. */
export function blocOf(code: string): string {
  return code === 'WEST' || code === 'NATO' || code === 'EU' || code === 'G7' ? 'US' : code;
}

/**
 * States aligned with the West in the confrontation (NATO and EU members, US treaty allies, Ukraine)
 * and the collective parties of that side. Every other state that is neither this nor `EAST` (India,
 * Pakistan, Israel…) is aligned with neither: its adversary is whichever other state the text sets
 * against it.
 */
export const WEST_ALIGNED = new Set([
  'WEST', 'NATO', 'EU', 'G7', 'US', 'GB', 'FR', 'DE', 'PL', 'UA', 'IT', 'ES', 'PT', 'NL', 'BE', 'LU', 'DK', 'NO', 'SE', 'FI', 'IS',
  'EE', 'LV', 'LT', 'CZ', 'SK', 'HU', 'RO', 'BG', 'SI', 'HR', 'GR', 'TR', 'AL', 'ME', 'MK', 'IE', 'AT', 'CA', 'JP', 'KR', 'AU', 'NZ',
]);

/**
 * Organisations a signal is not aimed at: bodies that mediate, verify or host (the UN, the IAEA), as
 * opposed to the parties of the confrontation (NATO, the EU, the West).
 */
const NOT_A_PARTY = new Set(['UN', 'IAEA', 'OSCE', 'CTBTO', 'G20', 'CSTO']);

/** Is the party a possible target of an act by an actor of that country: a state or bloc set against it? */
function opposedTo(country: string | null, code: string): boolean {
  if (NOT_A_PARTY.has(code)) return false;
  const actorCode = (country ?? '').toUpperCase();
  if (actorCode === '' || code === actorCode) return false;
  const bloc = (c: string): 'east' | 'west' | null => (EAST.has(c) ? 'east' : WEST_ALIGNED.has(c) ? 'west' : null);
  const a = bloc(actorCode);
  const b = bloc(code);
  // Two of the same camp are not each other's target; a state of neither camp (India, Pakistan)
  // can be set against anyone else.
  return a === null || b === null ? true : a !== b;
}

export function adversaries(a: string | null, b: string | null): boolean {
  const sa = sideOf(a);
  const sb = sideOf(b);
  return sa !== null && sb !== null && sa !== sb;
}

/**
 * Who can threaten nuclear use (§2 THREAT): nuclear-armed states, Belarus
 * (hosting Russian weapons) and NATO (nuclear alliance).
 */
export const THREAT_CAPABLE = new Set(['RU', 'BY', 'US', 'GB', 'FR', 'CN', 'KP', 'IN', 'PK', 'IL', 'NATO']);

/** Base severity per type (§4): the level a plain act of that type sits at. */
export const BASE_SEVERITY: Readonly<Record<SignalType, number>> = {
  THREAT: 3, // veiled threat
  WARNING: 2, // warning or condemnation
  REASSURANCE: 0, // de-escalation
  CONTACT: 1, // risk-reduction contact
  DOCTRINE: 1, // routine restatement
  POSTURE: 6, // posture change (deployment, alert)
  ARMS_CONTROL: 4, // treaty suspension
  ASSESSMENT: 1, // assessment of low risk or no indicators
  ACCUSATION: 2, // accusation without posture change
  PLANNING: 2, // contingency planning for the response
  USE: 9, // nuclear use
};
/** A threat that names nuclear weapons (§4 level 4). */
export const EXPLICIT_THREAT = 4;
/** A threat naming targets or a deadline (§4 level 5). */
export const TARGETED_THREAT = 5;
/** A warning naming a concrete military response (§4 level 3). */
export const MILITARY_WARNING = 3;
/** Internal deliberation about using nuclear weapons, by the side that has them ready (§4 level 4). */
export const DELIBERATION_ABOUT_USE = 4;

export interface SeverityInput {
  readonly type: SignalType;
  /** Severities the matched cues imply. */
  readonly cueSeverities: readonly number[];
  readonly explicitWeapon: boolean;
  readonly escalators: ReadonlySet<Escalator>;
  readonly actorSide: Side | null;
}

export function severityOf({ type, cueSeverities, explicitWeapon, escalators, actorSide }: SeverityInput): number {
  let level = cueSeverities.length > 0 ? Math.max(...cueSeverities) : BASE_SEVERITY[type];
  switch (type) {
    case 'THREAT':
      level = Math.max(level, BASE_SEVERITY.THREAT);
      if (explicitWeapon && !escalators.has('veiled')) level = Math.max(level, EXPLICIT_THREAT);
      if (escalators.has('target')) level = Math.max(level, TARGETED_THREAT);
      break;
    case 'WARNING':
      if (escalators.has('military')) level = Math.max(level, MILITARY_WARNING);
      break;
    case 'PLANNING':
      if (actorSide === 'east') level = Math.max(level, DELIBERATION_ABOUT_USE);
      break;
    default:
      break;
  }
  return Math.min(9, Math.max(0, level));
}

/** Precedence when several sourcing cues apply: the weakest claim to being on record wins. */
const SOURCING_RANK: Readonly<Record<Sourcing, number>> = { on_record: 0, anonymous: 1, reported: 2, disputed: 3 };

export function strongerSourcing(a: Sourcing, b: Sourcing): Sourcing {
  return SOURCING_RANK[b] > SOURCING_RANK[a] ? b : a;
}

export interface SourcingInput {
  readonly cues: readonly { readonly value: SourcingKind; readonly start: number }[];
  /** The actor is a named person (anonymous cues then describe someone else). */
  readonly namedActor: boolean;
  /** A media outlet is named in the sentence. */
  readonly mediaNamed: boolean;
  /** For a denial cue: is the party just before it someone other than the actor? */
  readonly deniedByOther: (position: number) => boolean;
}

export function sourcingOf({ cues, namedActor, mediaNamed, deniedByOther }: SourcingInput): Sourcing {
  let out: Sourcing = 'on_record';
  for (const cue of cues) {
    switch (cue.value) {
      case 'disputed':
        out = strongerSourcing(out, 'disputed');
        break;
      case 'denial':
        if (deniedByOther(cue.start)) out = strongerSourcing(out, 'disputed');
        break;
      case 'reported':
        out = strongerSourcing(out, 'reported');
        break;
      case 'attribution':
        if (mediaNamed) out = strongerSourcing(out, 'reported');
        break;
      case 'anonymous':
      case 'anonymous-source':
        if (!namedActor) out = strongerSourcing(out, 'anonymous');
        break;
    }
  }
  return out;
}

/** Types addressed to nobody in particular. */
const UNADDRESSED: ReadonlySet<SignalType> = new Set(['REASSURANCE', 'DOCTRINE']);

/** The party the act is aimed at: the first adversary the sentence names, else the actor's usual adversary. */
export function targetOf(type: SignalType, actor: ActorRef, parties: readonly { code: string; span: Span }[], actorSpan: Span | null): string | null {
  if (UNADDRESSED.has(type)) return null;
  if (actor.kind === 'expert' || actor.kind === 'media') return null;
  for (const p of parties) {
    if (actorSpan && p.span.start < actorSpan.end && p.span.end > actorSpan.start) continue;
    if (opposedTo(actor.country, p.code)) return p.code;
  }
  const code = (actor.country ?? '').toUpperCase();
  if (EAST.has(code)) return 'WEST';
  if (WEST_ALIGNED.has(code)) return 'RU';
  return null;
}

export interface DateInput {
  /** Time expressions of the sentence that date an act (not "since", not future). */
  readonly sentenceTimes: readonly TimeExpression[];
  /** Those of earlier sentences of the same paragraph, nearest last. */
  readonly paragraphTimes: readonly TimeExpression[];
  readonly cue: Span;
  readonly undatedPast: boolean;
  readonly published: Published | null;
  /** The year a retrospective text narrates, when it is not the publication's (see `narrativeYear`). */
  readonly narrativeYear: string | null;
}

export interface ActDate {
  readonly date: string | null;
  /** The date comes from a time expression of the text (not the publication fallback). */
  readonly explicit: boolean;
}

/**
 * The act's date (§3): a time expression of the sentence (the one nearest the
 * cue), else of the paragraph before it; else null for an unspecified past;
 * else the publication date at month precision (a plain reporting verb).
 */
export function dateOf({ sentenceTimes: allSentenceTimes, paragraphTimes: allParagraphTimes, cue, undatedPast, published, narrativeYear }: DateInput): ActDate {
  // A reported act has happened by the time it is reported: a date after publication ("the treaty
  // expires in 2026", "the drills will start on 10 May") is the content's, not the act's.
  const sentenceTimes = allSentenceTimes.filter((t) => !afterPublication(t, published));
  const paragraphTimes = allParagraphTimes.filter((t) => !afterPublication(t, published));
  if (sentenceTimes.length > 0) {
    const nearest = [...sentenceTimes].sort((a, b) => distance(a, cue) - distance(b, cue))[0] as TimeExpression;
    return { date: nearest.date, explicit: true };
  }
  if (undatedPast) return { date: null, explicit: false };
  const last = paragraphTimes[paragraphTimes.length - 1];
  if (last) return { date: last.date, explicit: true };
  if (narrativeYear) return { date: narrativeYear, explicit: false };
  if (!published) return { date: null, explicit: false };
  return { date: published.precision === 'year' ? published.date.slice(0, 4) : published.date.slice(0, 7), explicit: false };
}

/** Is the time expression later than the publication date, compared at the coarser of their precisions? */
function afterPublication(t: TimeExpression, published: Published | null): boolean {
  if (!published) return false;
  const n = Math.min(t.date.length, published.date.length);
  return t.date.slice(0, n) > published.date.slice(0, n);
}

/**
 * A retrospective text ("the United States prepared for a nuclear attack in
 * late 2022", published in 2024) narrates its undated acts in its own time
 * frame: at least this many of its dated expressions…
 */
export const NARRATIVE_MIN_MENTIONS = 2;
/** … and at least this share of them fall in one year before the publication's. */
export const NARRATIVE_MIN_SHARE = 0.5;

/** The year most of the text's act dates fall in, when it is earlier than the publication's; else null. */
export function narrativeYear(times: readonly TimeExpression[], published: Published | null): string | null {
  if (!published) return null;
  const counts = new Map<string, number>();
  for (const t of times) counts.set(t.date.slice(0, 4), (counts.get(t.date.slice(0, 4)) ?? 0) + 1);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!best) return null;
  const [year, count] = best;
  if (count < NARRATIVE_MIN_MENTIONS || count / times.length < NARRATIVE_MIN_SHARE) return null;
  return year < published.date.slice(0, 4) ? year : null;
}

function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/**
 * Escalators found in a span, except those in an adverbial clause opened after the cue by a
 * comma and a subordinator ("…the Dead Hand system, after the U.S. president set a deadline"):
 * that clause is someone else's circumstance, not the act's.
 */
export function escalatorsIn(set: PhraseSet<Escalator>, folded: string, span: Span, cue?: Span, subordinators?: PhraseSet<true>): Set<Escalator> {
  const matches = set.matchAll(folded, span.start, span.end);
  if (!cue || !subordinators) return new Set(matches.map((m) => m.value));
  const clauseStart = subordinators
    .matchAll(folded, cue.end, span.end)
    .find((m) => /,\s*$/.test(folded.slice(Math.max(cue.end, m.start - 3), m.start)))?.start;
  return new Set(matches.filter((m) => clauseStart === undefined || m.start < clauseStart).map((m) => m.value));
}

export type { SignalLexicon };
