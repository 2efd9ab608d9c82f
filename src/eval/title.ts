/**
 * Title gold and metric (SIGNALS.md §8). Headlines may come from the gold
 * files' own `title` or from a separate titles file (a JSON map doc id →
 * headline, such as `test/gold/html-titles.json` for the HTML corpus, whose
 * gold files give only `body` and `url`).
 */
import { GoldError, type Gold } from './gold.ts';
import { normalizeText } from './normalize.ts';

/** Title (SIGNALS.md §8): equal after normalisation; a missing output title is wrong. */
export function titleMatches(predicted: string | null, gold: string): boolean {
  return predicted !== null && normalizeText(predicted) === normalizeText(gold);
}

/**
 * Reads a parsed supplementary gold file (titles, languages): an object
 * mapping doc ids to non-empty strings. `what` names the field in messages.
 */
export function parseDocStrings(value: unknown, where: string, what = 'title'): ReadonlyMap<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GoldError(`${where}: a ${what}s file must be a JSON object mapping doc ids to ${what}s`);
  }
  const map = new Map<string, string>();
  for (const [doc, text] of Object.entries(value)) {
    if (typeof text !== 'string' || text.trim() === '') throw new GoldError(`${where}: the ${what} of '${doc}' must be a non-empty string, got ${JSON.stringify(text)}`);
    map.set(doc, text);
  }
  return map;
}

/** The gold with a title from `titles` when it has none of its own: the gold file's own title wins. */
export function withTitle(gold: Gold, titles: ReadonlyMap<string, string>): Gold {
  const title = gold.title ?? titles.get(gold.doc);
  return title === gold.title ? gold : { ...gold, title };
}
