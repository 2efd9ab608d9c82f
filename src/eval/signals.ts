/**
 * Signals (SIGNALS.md §8). A prediction can match a gold signal only with the
 * same `type`; strict matching also needs the same actor (name rule of
 * names.ts), coarse the same actor country (null = null). Among candidates,
 * pairs are chosen one-to-one by evidence overlap (Dice), then by date
 * agreement. There is no minimum overlap: the spec fixes the candidates by
 * type and actor, and overlap only decides which of them pair up. Optional
 * gold signals absorb a prediction without counting, as for quotes. Field
 * accuracies are measured over strict, non-optional matches.
 */
import type { Signal } from '../document/index.ts';
import type { GoldSignal } from './gold.ts';
import { share, type MatchCounts, type Share } from './figures.ts';
import { greedyMatch, type Candidate, type Pair } from './matching.ts';
import { namesMatch } from './names.ts';
import { diceOverlap } from './overlap.ts';
import { signalDateMatches } from './dates.ts';

export type PredictedSignal = Pick<Signal, 'type' | 'date' | 'severity' | 'modality' | 'sourcing'> & {
  readonly actor: Pick<Signal['actor'], 'name' | 'country'>;
  readonly evidence: readonly { readonly text: string }[];
};

/** Severity is an ordinal judgement; a neighbouring level is still a fair reading (spec: within ±1). */
export const SEVERITY_TOLERANCE = 1;

export interface SignalCounts {
  readonly strict: MatchCounts;
  readonly coarse: MatchCounts;
  /** Over strict matches whose gold date is not null. */
  readonly date: Share;
  readonly severity: Share;
  readonly modality: Share;
  readonly sourcing: Share;
}

function sameCountry(a: string | null, b: string | null): boolean {
  return (a ?? '').toUpperCase() === (b ?? '').toUpperCase();
}

function countsOf(pairs: readonly Pair[], predicted: number, gold: readonly GoldSignal[]): { counts: MatchCounts; required: Pair[] } {
  const required = pairs.filter((p) => gold[p.gold]?.optional === false);
  const absorbed = pairs.length - required.length;
  const goldRequired = gold.filter((g) => !g.optional).length;
  return {
    counts: { tp: required.length, fp: predicted - required.length - absorbed, fn: goldRequired - required.length },
    required,
  };
}

function match(predicted: readonly PredictedSignal[], gold: readonly GoldSignal[], sameActor: (p: PredictedSignal, g: GoldSignal) => boolean): Pair[] {
  const evidence = predicted.map((p) => p.evidence.map((e) => e.text).join(' '));
  const candidates: Candidate[] = [];
  predicted.forEach((p, pi) =>
    gold.forEach((g, gi) => {
      if (p.type !== g.type || !sameActor(p, g)) return;
      const dateAgrees = g.date !== null && signalDateMatches(p.date, g.date) ? 1 : 0;
      candidates.push({ pred: pi, gold: gi, score: [diceOverlap(evidence[pi] ?? '', g.evidence), dateAgrees, g.optional ? 0 : 1] });
    }),
  );
  return greedyMatch(candidates);
}

export function scoreSignals(predicted: readonly PredictedSignal[], gold: readonly GoldSignal[]): SignalCounts {
  const strict = countsOf(match(predicted, gold, (p, g) => namesMatch(p.actor.name, g.actor)), predicted.length, gold);
  const coarse = countsOf(match(predicted, gold, (p, g) => sameCountry(p.actor.country, g.country)), predicted.length, gold);
  let dateHits = 0;
  let dated = 0;
  let severity = 0;
  let severityTotal = 0;
  let modality = 0;
  let modalityTotal = 0;
  let sourcing = 0;
  let sourcingTotal = 0;
  for (const pair of strict.required) {
    const p = predicted[pair.pred];
    const g = gold[pair.gold];
    if (!p || !g) continue;
    if (g.date !== null) {
      dated++;
      if (signalDateMatches(p.date, g.date)) dateHits++;
    }
    // A field the gold leaves unset cannot be judged; it is left out of that accuracy.
    if (g.severity !== null) {
      severityTotal++;
      if (Math.abs(p.severity - g.severity) <= SEVERITY_TOLERANCE) severity++;
    }
    if (g.modality !== null) {
      modalityTotal++;
      if (p.modality === g.modality) modality++;
    }
    if (g.sourcing !== null) {
      sourcingTotal++;
      if (p.sourcing === g.sourcing) sourcing++;
    }
  }
  return {
    strict: strict.counts,
    coarse: coarse.counts,
    date: share(dateHits, dated),
    severity: share(severity, severityTotal),
    modality: share(modality, modalityTotal),
    sourcing: share(sourcing, sourcingTotal),
  };
}
