/**
 * Phrase patterns of the per-language actor files (`data/<lang>/roles.txt`,
 * `institutions.txt`, `officials.txt`).
 *
 * A pattern is words separated by spaces, compared after the tokenisation of
 * `tokens.ts` (so "porte-parole" and "d’État" are two words each, case and
 * accents do not matter):
 * - `a/b/c`   one of several words; `_` joins words inside one alternative
 *             (`spokesman/press_secretary`); `|` separates the file's fields;
 * - `x?`      an optional element (also `a/b?`);
 * - `word*`   any word beginning with `word` (Russian case endings: `министр*`);
 * - `{adj}`   a state adjective of states.yaml ("russe", "American", "российского");
 * - `{state}` a state or organisation name ("la Russie" is `la? {state}`, "России");
 * - `{person}` a person of people.yaml ("l'administration {person}");
 * - `{to}`    a state or organisation the phrase is addressed to, which is not
 *             its state ("посол* {state} в {to}": Pakistan's ambassador in Russia).
 * The state a phrase points to comes from its last slot other than `{to}`, or
 * from the code the entry gives.
 */
import { phraseKeys } from './tokens.ts';

export type SlotKind = 'adj' | 'state' | 'person' | 'to';

/** One element of an expanded pattern: a word, a word prefix, or a slot. */
export type PatternStep =
  | { readonly kind: 'word'; readonly key: string }
  | { readonly kind: 'prefix'; readonly key: string }
  | { readonly kind: 'slot'; readonly slot: SlotKind };

/** A pattern expanding into more sequences than this is a mistake (use a slot). */
export const MAX_EXPANSIONS = 512;

/** Shortest stem a `*` word may have: shorter stems match unrelated words. Also the index key length. */
export const PREFIX_MIN = 3;

const SLOT = /^\{(adj|state|person|to)\}$/;

/** Expands a pattern into its step sequences; throws an Error naming the problem. */
export function expandPattern(pattern: string): PatternStep[][] {
  const parts = pattern.trim().split(/\s+/u);
  let sequences: PatternStep[][] = [[]];
  for (const raw of parts) {
    const optional = raw.endsWith('?') && raw.length > 1;
    const body = optional ? raw.slice(0, -1) : raw;
    const alternatives: PatternStep[][] = [];
    for (const alt of body.split('/')) {
      if (alt === '') throw new Error(`empty alternative in "${raw}"`);
      const slot = SLOT.exec(alt);
      if (slot) {
        alternatives.push([{ kind: 'slot', slot: slot[1] as SlotKind }]);
        continue;
      }
      if (/[{}]/.test(alt)) throw new Error(`unknown slot "${alt}" (expected {adj}, {state}, {person} or {to})`);
      // `_` joins words inside one alternative ("spokesman/press_secretary"); each may end in `*`.
      const steps: PatternStep[] = [];
      for (const part of alt.split('_')) {
        if (part === '') throw new Error(`empty word in "${alt}"`);
        if (part.endsWith('*')) {
          const keys = phraseKeys(part.slice(0, -1));
          if (keys.length !== 1) throw new Error(`a "*" word must be one word: "${part}"`);
          steps.push({ kind: 'prefix', key: keys[0] as string });
        } else {
          const keys = phraseKeys(part);
          if (keys.length === 0) throw new Error(`"${part}" has no letters`);
          for (const key of keys) steps.push({ kind: 'word', key });
        }
      }
      alternatives.push(steps);
    }
    if (optional) alternatives.push([]);
    const next: PatternStep[][] = [];
    for (const seq of sequences) for (const alt of alternatives) next.push([...seq, ...alt]);
    if (next.length > MAX_EXPANSIONS) throw new Error(`"${pattern}" expands to more than ${MAX_EXPANSIONS} phrases`);
    sequences = next;
  }
  sequences = sequences.filter((s) => s.length > 0);
  if (sequences.length === 0) throw new Error(`"${pattern}" can match nothing`);
  for (const s of sequences) {
    for (const step of s) {
      if (step.kind === 'prefix' && step.key.length < PREFIX_MIN) {
        throw new Error(`"${step.key}*" is too short a stem (at least ${PREFIX_MIN} letters)`);
      }
    }
  }
  return sequences;
}
