/**
 * Bytes to text: which encoding a document is in, and whether it is text at all.
 *
 * Order of evidence, strongest first: a byte-order mark; the NUL-byte pattern
 * of BOM-less UTF-16; strict UTF-8 (a random Windows-1252 text almost never
 * decodes as valid UTF-8 once it holds a non-ASCII letter); an HTML
 * `<meta charset>`; and Windows-1252 as the last resort, since it maps every
 * byte and is what legacy Western European pages are in. Node ships full ICU,
 * so `TextDecoder` knows every label a page may declare.
 */
import iconv from 'iconv-lite';

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly error: string };

/** How many leading bytes the sniffers look at: enough for a pattern, cheap on a 20 MB file. */
const SNIFF_BYTES = 4096;

/**
 * BOM-less UTF-16 shows as NUL bytes at one parity only (the high byte of
 * ASCII spaces and punctuation) with none at the other: at least this share
 * of NULs at the high-byte parity...
 */
const UTF16_NUL_SHARE = 0.05;
/** ...at most this share at the other parity (binary formats put NULs at both)... */
const UTF16_OTHER_PARITY_MAX = 0.01;
/**
 * ...and the high bytes concentrated on two values, since one script lives in
 * one 256-code-point block (0x00 and 0x04 for Russian, 0x00 alone for French).
 */
const UTF16_HIGH_BYTE_SHARE = 0.6;

/**
 * Share of control characters (other than tab, newlines, form feed and escape)
 * above which decoded content is binary rather than text. Real text has
 * almost none; scraped text may carry a stray one, hence not zero.
 */
export const BINARY_CONTROL_SHARE = 0.1;

export const BINARY_ERROR = 'binary content, not text';

// Control characters a text file does not contain: C0 except \t \n \v \f \r and ESC, plus DEL.
const CONTROL_CHAR = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f]/g;

// `<meta charset="x">` or `<meta http-equiv="Content-Type" content="text/html; charset=x">`.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

function utf16Parity(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  const pairs = n / 2;
  // How often each byte value occurs at even and at odd offsets.
  const even = new Uint32Array(256);
  const odd = new Uint32Array(256);
  for (let i = 0; i < n; i += 2) {
    even[bytes[i]!]!++;
    odd[bytes[i + 1]!]!++;
  }
  const topTwoShare = (c: Uint32Array) => {
    const sorted = [...c].sort((a, b) => b - a);
    return ((sorted[0] ?? 0) + (sorted[1] ?? 0)) / pairs;
  };
  const looksLike = (high: Uint32Array, low: Uint32Array) =>
    high[0]! / pairs >= UTF16_NUL_SHARE && low[0]! / pairs <= UTF16_OTHER_PARITY_MAX && topTwoShare(high) >= UTF16_HIGH_BYTE_SHARE;
  if (looksLike(odd, even)) return 'utf-16le';
  if (looksLike(even, odd)) return 'utf-16be';
  return null;
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/** The charset an HTML page declares in its first bytes, if the runtime knows it. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const m = META_CHARSET.exec(head);
  if (!m?.[1]) return null;
  try {
    return new TextDecoder(m[1]).encoding;
  } catch {
    return null; // an unknown label: fall back to detection
  }
}

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  const sample = text.length > SNIFF_BYTES * 4 ? text.slice(0, SNIFF_BYTES * 4) : text;
  return (sample.match(CONTROL_CHAR)?.length ?? 0) / sample.length;
}

function decodeWith(bytes: Uint8Array, encoding: string, fatal = false): string {
  // Node's TextDecoder decodes 'windows-1252' (and the labels WHATWG maps to it, latin1 and
  // ascii among them) as ISO-8859-1, losing curly quotes and dashes in 0x80-0x9F: use iconv-lite.
  if (encoding === 'windows-1252') return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1252');
  // ignoreBOM: false (the default) strips a matching BOM, which is what we want.
  return new TextDecoder(encoding, { fatal }).decode(bytes);
}

function finish(text: string, encoding: string): Decoded {
  if (controlShare(text) > BINARY_CONTROL_SHARE) return { ok: false, error: BINARY_ERROR };
  if (text.trim().length === 0) return { ok: false, error: 'empty' };
  return { ok: true, text, encoding };
}

/**
 * Decodes a whole document. `html` says the bytes are (or look like) HTML, so
 * a declared `<meta charset>` is honoured when the bytes are not valid UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, options: { readonly html?: boolean } = {}): Decoded {
  if (bytes.length === 0) return { ok: false, error: 'empty' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return finish(decodeWith(bytes, 'utf-8'), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(decodeWith(bytes, 'utf-16le'), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(decodeWith(bytes, 'utf-16be'), 'utf-16be');
  const utf16 = utf16Parity(bytes);
  if (utf16) return finish(decodeWith(bytes, utf16), utf16);
  // Text in any 8-bit encoding or UTF-8 never contains NUL; binary formats nearly always do.
  if (hasNul(bytes)) return { ok: false, error: BINARY_ERROR };
  try {
    return finish(decodeWith(bytes, 'utf-8', true), 'utf-8');
  } catch {
    // Not UTF-8: a legacy 8-bit encoding.
  }
  const declared = options.html || looksLikeHtml(bytes) ? declaredCharset(bytes) : null;
  if (declared && declared !== 'utf-8') return finish(decodeWith(bytes, declared), declared);
  return finish(decodeWith(bytes, 'windows-1252'), 'windows-1252');
}

// A page starts with `<!doctype html` or `<html`, after blanks, an XML declaration or comments.
const HTML_SNIFF = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;
/** Whether the (decoded or raw ASCII-compatible) start of a document is an HTML page. */
export function looksLikeHtml(start: Uint8Array | string): boolean {
  const head =
    typeof start === 'string' ? start.slice(0, SNIFF_BYTES) : new TextDecoder('latin1').decode(start.subarray(0, SNIFF_BYTES));
  return HTML_SNIFF.test(head.replace(/^\ufeff|^\u00ef\u00bb\u00bf/, ''));
}
