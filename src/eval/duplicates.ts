/**
 * Duplicates (SIGNALS.md §8): pairwise precision, recall and F1 of "same
 * cluster" over the evaluated documents.
 *
 * Gold shape: a file named `duplicates.json` in the gold directory (a name no
 * document may take), `{"duplicates": [["docA", "docB"], ["docB", "docC"], …]}`,
 * each entry two or more document ids (gold file names without `.json`) that
 * are near-duplicates. Entries chain: the gold clusters are their transitive
 * closure, so A~B and B~C make A, B, C one cluster and A~C a gold pair.
 * Predicted pairs are documents whose output `cluster` is equal and not null.
 * Pairs naming a document outside the evaluated set are ignored.
 */
import { GoldError } from './gold.ts';
import type { MatchCounts } from './figures.ts';

export const DUPLICATES_FILE = 'duplicates.json';

export function parseDuplicates(value: unknown): string[][] {
  const groups = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)['duplicates'] : undefined;
  if (!Array.isArray(groups) || !groups.every((g) => Array.isArray(g) && g.length >= 2 && g.every((id) => typeof id === 'string'))) {
    throw new GoldError(`${DUPLICATES_FILE}: expected {"duplicates": [["docA", "docB"], ...]}`);
  }
  return groups as string[][];
}

function goldClusters(docs: readonly string[], groups: readonly (readonly string[])[]): Map<string, string> {
  const parent = new Map<string, string>(docs.map((d) => [d, d]));
  const find = (d: string): string => {
    let root = d;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(d, root);
    return root;
  };
  for (const group of groups) {
    const present = group.filter((d) => parent.has(d));
    for (const d of present.slice(1)) parent.set(find(d), find(present[0] ?? d));
  }
  return new Map(docs.map((d) => [d, find(d)]));
}

/** `predicted` maps each evaluated document id to its output cluster. */
export function duplicateCounts(predicted: ReadonlyMap<string, string | null>, groups: readonly (readonly string[])[]): MatchCounts {
  const docs = [...predicted.keys()];
  const gold = goldClusters(docs, groups);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const a = docs[i] as string;
      const b = docs[j] as string;
      const ca = predicted.get(a) ?? null;
      const same = ca !== null && ca === (predicted.get(b) ?? null);
      const goldSame = gold.get(a) === gold.get(b);
      if (same && goldSame) tp++;
      else if (same) fp++;
      else if (goldSame) fn++;
    }
  }
  return { tp, fp, fn };
}
