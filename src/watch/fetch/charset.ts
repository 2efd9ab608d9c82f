/**
 * Response bytes to text. The HTTP `charset` parameter is authoritative when
 * present (after a byte-order mark), then an XML declaration's `encoding`;
 * otherwise the input layer's detection decides (BOM, UTF-8, `<meta charset>`,
 * Windows-1252), so fetched pages decode exactly as files on disk do.
 */
import { decodeBytes, type Decoded } from '../../input/decode.ts';

const XML_DECL_ENCODING = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/** The `charset` parameter of a Content-Type header, lower-cased, or null. */
export function charsetOf(contentType: string | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** The media type of a Content-Type header (`text/html`), lower-cased, or '' when absent. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

function hasBom(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}

function decodeAs(bytes: Uint8Array, label: string): Decoded | null {
  let decoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return null; // a label the runtime does not know: let detection decide
  }
  // windows-1252 and its aliases decode badly in Node's TextDecoder; detection uses iconv for them.
  if (decoder.encoding === 'windows-1252') return null;
  const text = decoder.decode(bytes);
  if (text.trim() === '') return { ok: false, error: 'empty' };
  return { ok: true, text, encoding: decoder.encoding };
}

export function decodeResponse(bytes: Uint8Array, contentType: string | undefined, html: boolean): Decoded {
  if (bytes.length === 0) return { ok: false, error: 'empty' };
  if (!hasBom(bytes)) {
    const declared = charsetOf(contentType) ?? XML_DECL_ENCODING.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 256)))?.[1];
    if (declared) {
      const decoded = decodeAs(bytes, declared);
      if (decoded) return decoded;
    }
  }
  return decodeBytes(bytes, { html });
}
