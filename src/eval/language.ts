/**
 * Language (SIGNALS.md §8): the output `lang` equals the gold one, compared on
 * the primary subtag ("fr-FR" counts as "fr"), case-insensitively.
 */
import type { Gold } from './gold.ts';

/**
 * Language assumed for an HTML page whose gold gives none. The HTML gold we
 * have is the article-extraction-benchmark's, whose pages are all English and
 * whose files carry only `body` (corpus README); gold for pages in another
 * language must say `lang` (or be listed in a languages file given to
 * `brink eval --langs`, such as `test/gold/html-langs.json`). Text gold with no `lang` is left out instead:
 * we hold no corpus-wide fact about it.
 */
export const HTML_GOLD_DEFAULT_LANG = 'en';

export function goldLanguage(gold: Gold, format: 'text' | 'html'): string | undefined {
  return gold.lang ?? (format === 'html' ? HTML_GOLD_DEFAULT_LANG : undefined);
}

/** The gold with a language from `langs` when it has none of its own: the gold file's own `lang` wins. */
export function withLang(gold: Gold, langs: ReadonlyMap<string, string>): Gold {
  const lang = gold.lang ?? langs.get(gold.doc);
  return lang === gold.lang ? gold : { ...gold, lang };
}

function primary(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

export function languageMatches(predicted: string | null, gold: string): boolean {
  return predicted !== null && primary(predicted) === primary(gold);
}
