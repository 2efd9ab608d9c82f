/**
 * Repair of mojibake: UTF-8 bytes that were decoded as a single-byte code
 * page somewhere upstream ("Ã©" for "é", "â€™" for "’", "Ð¿Ñ€Ð¸" for "при").
 *
 * Each multi-byte UTF-8 character becomes a lead character (bytes C2–F4)
 * followed by one to three continuation characters (bytes 80–BF) in the wrong
 * code page. We look for exactly that shape, turn the characters back into
 * their bytes and decode them as UTF-8, keeping the result only when it is
 * one valid, printable character. Ordinary text almost never has a Latin-1
 * capital followed by a symbol from the 80–BF row, so a match is strong
 * evidence; for Windows-1251 (Cyrillic read as Cyrillic) single pairs do occur
 * in real words ("Сі" in Ukrainian), so there a run of repairs is required.
 */
import iconv from 'iconv-lite';

interface Codepage {
  readonly name: string;
  /** Character → byte, for every byte 80–FF of the code page. */
  readonly toByte: ReadonlyMap<string, number>;
  readonly pattern: RegExp;
  /** Fewest mojibake characters a repaired run must span to be believed. */
  readonly minRun: number;
}

function escapeClass(chars: readonly string[]): string {
  return chars.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
}

function buildCodepage(name: string, encoding: string, minRun: number): Codepage {
  const toByte = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = iconv.decode(Buffer.from([b]), encoding);
    if (ch.length === 1 && ch !== '\ufffd') toByte.set(ch, b);
    // Bytes the code page leaves undefined survive as C1 controls when read as Latin-1.
    if (b < 0xa0 && !toByte.has(String.fromCharCode(b))) toByte.set(String.fromCharCode(b), b);
  }
  const charsIn = (lo: number, hi: number) => [...toByte].filter(([, b]) => b >= lo && b <= hi).map(([c]) => c);
  const cont = `[${escapeClass(charsIn(0x80, 0xbf))}]`;
  const lead2 = `[${escapeClass(charsIn(0xc2, 0xdf))}]`;
  const lead3 = `[${escapeClass(charsIn(0xe0, 0xef))}]`;
  const lead4 = `[${escapeClass(charsIn(0xf0, 0xf4))}]`;
  const seq = `(?:${lead4}${cont}{3}|${lead3}${cont}{2}|${lead2}${cont})`;
  return { name, toByte, pattern: new RegExp(`${seq}+`, 'g'), minRun };
}

/**
 * The code pages mojibake comes from in Brink's languages: Windows-1252 (and
 * Latin-1, its subset) for Western text, Windows-1251 for Cyrillic.
 */
const CODEPAGES: readonly Codepage[] = [
  buildCodepage('windows-1252', 'win1252', 2),
  // Three characters: one 3-byte sequence ("вЂ™") or two 2-byte ones ("РїСЂ"); a lone pair can be a real word.
  buildCodepage('windows-1251', 'win1251', 3),
];

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * What a repaired character may be: the scripts and symbols news text is
 * written in (Latin, Greek, Cyrillic, Hebrew, Arabic, punctuation, currency,
 * CJK, Hangul, full-width forms, emoji). A decode landing anywhere else (C1
 * controls, IPA, combining marks, Hebrew points, Syriac, private use) was a
 * coincidence of real text ("CAFÉ»", "SCHÖ“"), not mojibake.
 */
const PLAUSIBLE = /^(?:[\u00a0-\u024f\u0370-\u052f\u05d0-\u05ea\u0600-\u06ff\u1e00-\u1fff\u2000-\u2bff\u3000-\u30ff\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]|\ud83c[\udf00-\udfff]|\ud83d[\udc00-\udeff]|\ud83e[\udd00-\udeff])+$/;

/**
 * Three Cyrillic letters that happen to read as one 3-byte character in
 * Windows-1251 ("мії" of "армії" as 쳿, "лії" of "Італії" as 볿): Ukrainian
 * text, not mojibake, whose 3-byte runs always hold a symbol ("вЂ™").
 */
const THREE_LETTERS = /^[\u0400-\u04ff]{3}$/u;

/** Decodes one run of suspected mojibake, or returns null when it is not one. */
function repairRun(run: string, cp: Codepage): string | null {
  const bytes: number[] = [];
  for (const ch of run) {
    const b = cp.toByte.get(ch);
    if (b === undefined) return null;
    bytes.push(b);
  }
  let decoded: string;
  try {
    decoded = utf8.decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
  if (!PLAUSIBLE.test(decoded)) return null;
  if (run.length < cp.minRun) return null;
  if (cp.name === 'windows-1251' && THREE_LETTERS.test(run)) return null;
  return decoded;
}

/**
 * "â€" at the end of a run is what remains of ” (E2 80 9D) once a decoder
 * dropped the byte 9D it has no character for, or replaced it with U+FFFD;
 * nothing else produces it.
 */
const ORPHAN_RIGHT_QUOTE = /\u00e2\u20ac(?:\ufffd|(?![\u0080-\u00bf\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]))/g;

/**
 * "Ã" + space is "à" (C3 A0) whose no-break space became a space (then
 * followed by the word's own space, or collapsed with it): taken only in a
 * line that has other mojibake, since "Ã " alone could be real (Portuguese).
 */
const LOST_NBSP_A_GRAVE = /\u00c3  ?(?=\S)/g;

/** Most passes to make: text encoded wrongly twice ("Ã¢â‚¬â„¢") needs two. */
const MAX_PASSES = 2;

/** Returns the line with mojibake repaired, or the same string when there is none. */
export function repairMojibake(line: string): string {
  let out = line;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let repaired = 0;
    for (const cp of CODEPAGES) {
      out = out.replace(cp.pattern, (run) => {
        const fixed = repairRun(run, cp);
        if (fixed === null) return run;
        repaired++;
        return fixed;
      });
    }
    if (repaired === 0) break;
    out = out.replace(ORPHAN_RIGHT_QUOTE, '\u201d').replace(LOST_NBSP_A_GRAVE, 'à ');
  }
  return out;
}
