/**
 * Language codes: the Latin-script languages Brink reads, and callers' tags
 * ("fr-FR", "en_US", "rus") to the ISO 639-1 the output contract uses.
 */

/**
 * The Latin-script languages Brink reads (its own six, plus Italian,
 * Portuguese and Polish, frequent in European coverage of the subject), as
 * ISO 639-1. The language model is restricted to these unless a long text
 * is clearly in another language.
 */
export const LATIN_KNOWN: readonly string[] = ['fr', 'en', 'de', 'es', 'it', 'pt', 'pl'];

/** ISO 639-3 → 639-1 for the three-letter tags callers use (ISO 639-2/T, and macro-language members). */
const ISO3_TO_ISO1: Readonly<Record<string, string>> = {
  fra: 'fr', eng: 'en', deu: 'de', spa: 'es', ita: 'it', por: 'pt', pol: 'pl', rus: 'ru', ukr: 'uk',
  cmn: 'zh', zho: 'zh', arb: 'ar', ara: 'ar', jpn: 'ja', kor: 'ko', ind: 'id', zlm: 'ms', msa: 'ms',
  nld: 'nl', tur: 'tr', ron: 'ro', hun: 'hu', ces: 'cs', swe: 'sv', vie: 'vi', jav: 'jv', sun: 'su',
  swh: 'sw', hau: 'ha', yor: 'yo', ibo: 'ig', zul: 'zu', som: 'so', kin: 'rw', run: 'rn', nya: 'ny',
  lin: 'ln', plt: 'mg', tgl: 'tl', bos: 'bs', hrv: 'hr', srp: 'sr', uzn: 'uz', azj: 'az', ckb: 'ku',
  qug: 'qu', fuv: 'ff', zyb: 'za', bel: 'be', bul: 'bg', kaz: 'kk', urd: 'ur', pes: 'fa', pbu: 'ps',
  hin: 'hi', mar: 'mr', npi: 'ne', mai: 'mai', ben: 'bn', tel: 'te', tam: 'ta', guj: 'gu', kan: 'kn',
  mal: 'ml', mya: 'my', pan: 'pa', amh: 'am', tha: 'th', sin: 'si', ell: 'el', heb: 'he',
};

/** The ISO 639-1 code of an ISO 639-3 code, or null when it has none (or is not in the table). */
export function toIso1(iso3: string): string | null {
  return ISO3_TO_ISO1[iso3] ?? null;
}

/** Languages written in a script other than Latin: a hint naming one cannot describe a Latin text. */
const NON_LATIN = new Set(['ru', 'uk', 'be', 'bg', 'kk', 'mk', 'sr', 'ar', 'fa', 'ur', 'ps', 'zh', 'ja', 'ko', 'el', 'he', 'hi', 'mr', 'ne', 'th']);

export function isLatinScriptLanguage(iso1: string): boolean {
  return !NON_LATIN.has(iso1);
}

/**
 * A caller's language tag to ISO 639-1: the primary subtag of a BCP 47 tag
 * ("fr-FR", "en_US" → fr, en), or a three-letter ISO 639 code ("rus", "fra").
 * Null for anything else ("", "x-default", "français").
 */
export function normaliseLanguageTag(tag: string): string | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (/^[a-z]{2}$/.test(primary)) return primary;
  if (/^[a-z]{3}$/.test(primary)) return toIso1(primary);
  return null;
}
