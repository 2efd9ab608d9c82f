/**
 * Alert rules over stored signals. A rule is a conjunction of conditions,
 * each field a list of accepted values (any of them); a field left out does
 * not constrain. Examples as config:
 *
 *   - {name: ru-threat, type: THREAT, country: RU, actor_kind: official, min_severity: 4}
 *   - {name: posture, type: [POSTURE, DOCTRINE]}
 *   - {name: newcomer, new_actor: true}
 *
 * Rules are compiled once (keywords to regexes), then run on every signal.
 */
import type { ActorRef, Modality, SignalType, Sourcing } from '../../document/index.ts';
import type { RuleConfig } from '../config/index.ts';

/** What a rule can look at: the stored signal, its reporting document, its evidence. */
export interface RuleInput {
  readonly type: SignalType;
  readonly actor: ActorRef;
  readonly target: string | null;
  readonly severity: number;
  readonly sourcing: Sourcing;
  readonly modality: Modality;
  readonly confidence: number;
  readonly quote: string | null;
  /** Language of the document that reported it. */
  readonly lang: string | null;
  readonly title: string | null;
  /** Evidence sentences in the reporting document. */
  readonly evidence: readonly string[];
  /** Whether this is the first signal ever stored for its actor. */
  readonly firstOfActor: boolean;
}

export type RuleMatcher = (input: RuleInput) => readonly RuleConfig[];

/**
 * Text compared case- and accent-insensitively (`nucléaire` = `nucleaire`,
 * `ядерный` = `ЯДЕРНЫЙ`, `ё` = `е`), so keywords need not spell diacritics
 * the way each outlet does.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е');
}

/** A keyword as a regex over folded text: whole words, or a word prefix with a trailing `*`. */
export function keywordPattern(keyword: string): RegExp {
  const prefix = keyword.trimEnd().endsWith('*');
  const words = foldText(keyword.trim().replace(/\*+$/, ''))
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}${prefix ? '' : '(?![\\p{L}\\p{N}])'}`, 'u');
}

function inList<T>(list: readonly T[] | undefined, value: T | null, fold: (v: T) => unknown = (v) => v): boolean {
  if (!list) return true;
  if (value === null) return false;
  const v = fold(value);
  return list.some((item) => fold(item) === v);
}

const upper = (s: string) => s.toUpperCase();
const lower = (s: string) => s.toLowerCase();

export function compileRules(rules: readonly RuleConfig[]): RuleMatcher {
  const compiled = rules.map((rule) => ({ rule, keywords: rule.keywords?.map(keywordPattern) }));
  return (input) => {
    let folded: string | null = null;
    const haystack = () => (folded ??= foldText([input.title ?? '', input.quote ?? '', ...input.evidence].join('\n')));
    return compiled
      .filter(({ rule, keywords }) => {
        if (!inList(rule.type, input.type)) return false;
        if (!inList(rule.actor, input.actor.name, lower)) return false;
        if (!inList(rule.country, input.actor.country, upper)) return false;
        if (!inList(rule.actorKind, input.actor.kind)) return false;
        if (!inList(rule.target, input.target, upper)) return false;
        if (rule.minSeverity !== undefined && input.severity < rule.minSeverity) return false;
        if (rule.maxSeverity !== undefined && input.severity > rule.maxSeverity) return false;
        if (!inList(rule.sourcing, input.sourcing)) return false;
        if (!inList(rule.modality, input.modality)) return false;
        if (!inList(rule.language, input.lang, lower)) return false;
        if (rule.minConfidence !== undefined && input.confidence < rule.minConfidence) return false;
        if (rule.newActor !== undefined && rule.newActor !== input.firstOfActor) return false;
        if (keywords && !keywords.some((k) => k.test(haystack()))) return false;
        return true;
      })
      .map(({ rule }) => rule);
  };
}
