/**
 * Name matching of SIGNALS.md §8 for quote speakers and signal actors: after
 * normalisation and accent folding, two names match when they have the same
 * family name and, if both give one, the same first name, in either order
 * (family-name-first spellings such as "Shoigu Sergei"); middle initials are
 * ignored. "James M. Acton" = "James Acton"; "Biden" = "Joe Biden";
 * "Joe Biden" ≠ "Hunter Biden".
 */
import { foldAccents, normalizeText } from './normalize.ts';

/** Name words: normalised, accent-folded, split on spaces and dots; hyphenated names stay one word. */
function nameWords(name: string): string[] {
  return foldAccents(normalizeText(name))
    .split(/[\s.,]+/u)
    .filter((w) => w.length > 0);
}

/** A lone letter ("M" of "James M. Acton") is an initial, ignored wherever it stands. */
function isInitial(word: string): boolean {
  return /^\p{L}$/u.test(word);
}

interface SplitName {
  readonly first: string | null;
  /** Several words for "von der Leyen", "Vladimirovich Putin". */
  readonly family: readonly string[];
}

/** Both readings of a name: given name first, and (for two words or more) family name first. */
function readings(words: readonly string[]): SplitName[] {
  if (words.length === 1) return [{ first: null, family: words }];
  return [
    { first: words[0] ?? null, family: words.slice(1) },
    { first: words[words.length - 1] ?? null, family: words.slice(0, -1) },
  ];
}

/**
 * Family names agree when the shorter is a tail of the longer, so a middle
 * name or patronymic on one side only ("Vladimir Vladimirovich Putin" vs
 * "Vladimir Putin", "Ursula von der Leyen" vs "Leyen") does not break a match.
 */
function sameFamily(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  const offset = long.length - short.length;
  return short.every((w, i) => long[offset + i] === w);
}

export function namesMatch(a: string, b: string): boolean {
  const wa = nameWords(a).filter((w) => !isInitial(w));
  const wb = nameWords(b).filter((w) => !isInitial(w));
  if (wa.length === 0 || wb.length === 0) return false;
  if (wa.join(' ') === wb.join(' ')) return true;
  const rb = readings(wb);
  return readings(wa).some((x) =>
    rb.some((y) => sameFamily(x.family, y.family) && (x.first === null || y.first === null || x.first === y.first)),
  );
}
