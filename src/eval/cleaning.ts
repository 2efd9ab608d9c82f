/**
 * Cleaning against line-labelled gold (SIGNALS.md §8). Gold `lines` index the
 * raw file split on "\n", counting blank lines (the seeds' gold labels lines
 * 0, 2, 4… of files whose paragraphs are separated by blank lines, and its
 * highest index is past the count of non-blank lines: "blank lines omitted" in
 * §7 means blank lines carry no label, not that they are skipped when
 * counting). A gold line "occurs in the output" when its normalised text is a
 * substring of the normalised output title + "\n" + text.
 *
 * One refinement of the spec's wording: a boilerplate line whose text also
 * occurs in the gold's own title+content (a repeated headline, a "Twitter"
 * share button on a page whose prose mentions Twitter) would count as kept
 * even for a perfect output. Such a line counts as removed when its text
 * occurs in the output no more often than in the gold title+content. For
 * every other boilerplate line this is the spec's rule (gold count 0: it must
 * not occur at all).
 */
import type { GoldLines } from './gold.ts';
import { share, type Share } from './figures.ts';
import { normalizeText } from './normalize.ts';

export interface CleaningCounts {
  /** Gold title+content lines found in the output. */
  readonly retained: Share;
  /** Gold boilerplate lines absent from the output. */
  readonly removed: Share;
  /** Labelled indexes past the end of the file (a gold/file mismatch worth reporting). */
  readonly outOfRange: number;
}

/** Non-overlapping occurrences of `needle` in `text`. */
function countOccurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

export function scoreCleaning(raw: string, lines: GoldLines, output: { readonly title: string | null; readonly text: string }): CleaningCounts {
  const rawLines = raw.split('\n');
  const haystack = normalizeText(`${output.title ?? ''}\n${output.text}`);
  const goldKept = normalizeText([...lines.title, ...lines.content].map((i) => rawLines[i] ?? '').join('\n'));
  let outOfRange = 0;
  const occurrences = (indexes: readonly number[], occurs: (needle: string) => boolean): { found: number; total: number } => {
    let found = 0;
    let total = 0;
    for (const i of indexes) {
      const line = rawLines[i];
      if (line === undefined) {
        outOfRange++;
        continue;
      }
      const needle = normalizeText(line);
      // A labelled line with no text would "occur" everywhere; it says nothing about cleaning.
      if (needle === '') continue;
      total++;
      if (occurs(needle)) found++;
    }
    return { found, total };
  };
  const kept = occurrences([...lines.title, ...lines.content], (needle) => haystack.includes(needle));
  const junk = occurrences(lines.boilerplate, (needle) => countOccurrences(haystack, needle) > countOccurrences(goldKept, needle));
  return { retained: share(kept.found, kept.total), removed: share(junk.total - junk.found, junk.total), outOfRange };
}
