/**
 * Character-level normalisation of every candidate line, so that later
 * stages (boilerplate rules, quote finding, lexicon look-ups) see one
 * spelling of each thing: mojibake repaired, Unicode NFC, control and
 * invisible characters removed, exotic spaces made plain and collapsed, rare
 * quote-mark variants mapped to the usual ones.
 *
 * Quote marks keep their direction: « » “ ” ‘ ’ „ ‚ are left as they are,
 * because the quotes stage needs to know where a quotation opens and closes;
 * only variants with the same role but an unusual code point are mapped.
 */
import type { Doc } from '../../document/index.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { repairMojibake } from './mojibake.ts';

/** Spaces other than U+0020 that news text carries (no-break, thin, narrow no-break, ideographic, line/paragraph separators, tab). */
const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;

/**
 * Invisible characters deleted outright: soft hyphen, zero-width space /
 * joiners, word joiner, BOM, Mongolian vowel separator, and bidirectional
 * marks and embeddings. None carries meaning in Brink's languages, and left
 * in place they split words ("nuclé\u00adaire") and defeat lexicon matches.
 */
const INVISIBLES = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** C0 and C1 controls (tab is handled as a space above); what remains of binary junk in a line. */
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

/**
 * Rare quote-mark variants → the usual mark with the same direction.
 * ‹ › are single guillemets (open/close), ‟ and 〝 open, 〞 and 〟 close,
 * ‛ is a reversed single opening mark; full-width marks are CJK-keyboard
 * stand-ins for the ASCII ones.
 */
const QUOTE_VARIANTS: Readonly<Record<string, string>> = {
  '\u2039': '\u2018', // ‹ → ‘
  '\u203a': '\u2019', // › → ’
  '\u201f': '\u201c', // ‟ → “
  '\u201b': '\u2018', // ‛ → ‘
  '\u301d': '\u201c', // 〝 → “
  '\u301e': '\u201d', // 〞 → ”
  '\u301f': '\u201d', // 〟 → ”
  '\uff02': '"', // ＂ → "
  '\uff07': "'", // ＇ → '
};
const QUOTE_VARIANT = new RegExp(`[${Object.keys(QUOTE_VARIANTS).join('')}]`, 'g');

/**
 * A › standing alone between spaces in a line with no ‹ is a breadcrumb's
 * arrow ("Главная › Новости › Политика"), not a closing guillemet: it stays,
 * so the clean stage can still see the navigation line.
 */
function isBreadcrumbArrow(mark: string, at: number, text: string): boolean {
  return mark === '\u203a' && !text.includes('\u2039') && /\s/.test(text.charAt(at - 1)) && /\s/.test(text.charAt(at + 1));
}

/**
 * Double and single primes typed as quote marks (″quoted″); after a digit
 * they are what they are, seconds or inches (5″, 3′), and stay.
 */
const PRIME_AS_QUOTE = /(?<!\d)[\u2033\u2032]/g;

/**
 * An acute accent, grave accent or modifier-letter apostrophe between two
 * letters is an apostrophe typed with the wrong key (l´arme, don`t, Ukrainian
 * м'ясо written with ʼ): made the typographic apostrophe, as news sites write it.
 */
const APOSTROPHE_VARIANT = /(?<=\p{L})[\u00b4`\u02bc\u02b9](?=\p{L})/gu;
/** One of APOSTROPHE_VARIANT's marks anywhere in the line. */
const APOSTROPHE_MARK = /[\u00b4`\u02bc\u02b9]/;

const SPACE_RUN = / {2,}/g;

/**
 * Printable ASCII but the backtick: mojibake, Unicode forms, invisibles, odd
 * spaces, controls, quote and apostrophe variants are all outside it, so such
 * a line (most lines of English text) needs only its space runs collapsed.
 */
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

/**
 * Any character one of the replacements below acts on (INVISIBLES,
 * ODD_SPACES, CONTROLS, QUOTE_VARIANT, PRIME_AS_QUOTE): a line with none of
 * them (most lines with curly quotes or accents) skips those five scans.
 */
const REPLACED = new RegExp(`${INVISIBLES.source}|${ODD_SPACES.source}|${CONTROLS.source}|${QUOTE_VARIANT.source}|[\u2033\u2032]`);

/** Normalises one line (no newlines inside). Exported for other stages' tests and callers. */
export function normalizeLine(line: string): string {
  if (PLAIN_ASCII.test(line)) return line.replace(SPACE_RUN, ' ').trim();
  const composed = repairMojibake(line).normalize('NFC');
  const text = !REPLACED.test(composed)
    ? composed
    : composed
        .replace(INVISIBLES, '')
        .replace(ODD_SPACES, ' ')
        .replace(CONTROLS, '')
        .replace(QUOTE_VARIANT, (q, at: number, text: string) => (isBreadcrumbArrow(q, at, text) ? q : (QUOTE_VARIANTS[q] ?? q)))
        .replace(PRIME_AS_QUOTE, (p) => (p === '\u2033' ? '"' : "'"));
  // The variant's look-behind is tried at every position of the line: most lines have none of its marks.
  return (APOSTROPHE_MARK.test(text) ? text.replace(APOSTROPHE_VARIANT, '\u2019') : text).replace(SPACE_RUN, ' ').trim();
}

/** The normalize stage: every line of `doc.lines` through `normalizeLine`. */
export function createNormalize(): Stage {
  return (doc: Doc): Doc => ({ ...doc, lines: doc.lines.map(normalizeLine) });
}
