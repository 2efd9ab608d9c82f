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
 * Session 12, on text the model had not seen (holdout-6..8, -9, -10..11, each scored with the model
 * file of before that set became training data): of 367 rule signals (155 right by strict gold, 133
 * wrong) the veto dropped 62, 54 wrong and 3 right. Other floors: 0.005 drops 2 right and 49 wrong,
 * 0.02 4 and 61. Sparing signals whose cue has 3 words or more keeps the 3 right and 12 wrong more;
 * requiring the model's own type at 0.9 or more keeps 1 right and 15 wrong more. A relative clause's
 * background act ("responding to Putin, who had threatened…", THREAT at 0.0099) is optional in the
 * gold, so dropping it costs nothing.
 */
export const VETO_TYPE_PROBABILITY = 0.01;

/**
 * Training sentences of a type under which the model has no say on it: a type the gold has (almost)
 * never seen — USE, which no event of the corpus is — gets a near-zero probability in every sentence
 * from its bias alone, which is ignorance, not evidence against the rule.
 */
export const VETO_MIN_EXAMPLES = 20;

/**
 * The rule signals less those whose type the model finds most unlikely in every evidence sentence,
 * among the types it was trained on enough to judge.
 */
export function withoutUnlikelyTypes(signals: readonly Signal[], model: SignalModel, floor: number = VETO_TYPE_PROBABILITY): Signal[] {
  return signals.filter(
    (s) =>
      model.examplesOf(s.type) < VETO_MIN_EXAMPLES ||
      s.evidence.some((e) => (model.typeOf(e.text).ranked.find((r) => r.type === s.type)?.p ?? 0) >= floor),
  );
}
