/**
 * The learned model's veto over the cue rules' types: a rule signal whose
 * type the model's TYPE head finds most unlikely in every one of its evidence
 * sentences is dropped. The model does not re-type or add signals: offline
 * (trained on dev + seeds, tested on holdout 1–5) its own types were right
 * less often than the rules' (76 % against 89 % on the same sentences), and
 * signals proposed by its DETECTION head on sentences the rules left empty
 * were right about half the time (test/dev-corpus/EXPERIMENTS.md, session 8).
 */
import type { Signal } from '../../../document/index.ts';
import type { SignalModel } from './model.ts';

/**
 * Type probability under which the model vetoes a rule signal. Offline (trained on dev + seeds,
 * tested on holdout 1–5) a rule type the model gives under 1% is wrong three times in four.
 */
export const VETO_TYPE_PROBABILITY = 0.01;

/** The rule signals less those whose type the model finds most unlikely in every evidence sentence. */
export function withoutUnlikelyTypes(signals: readonly Signal[], model: SignalModel, floor: number = VETO_TYPE_PROBABILITY): Signal[] {
  return signals.filter((s) =>
    s.evidence.some((e) => (model.typeOf(e.text).ranked.find((r) => r.type === s.type)?.p ?? 0) >= floor),
  );
}
