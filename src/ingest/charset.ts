import { BrinkError } from '../domain/errors.js';
import { utf16Guess } from './sniff.js';

export interface DecodeHint {
  origin: string;
  contentType?: string;
  /** html / feed: look for an in-document declaration. */
  format?: 'html' | 'feed' | null;
}

export interface Decoded {
  text: string;
  encoding: string;
}

/** charset=... of a Content-Type header. */
export function charsetFromContentType(ct: string | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(ct ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** `<meta charset>` / `http-equiv` declaration in the first 4 KB of an HTML document. */
export function charsetFromHtml(head: string): string | null {
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** `encoding="..."` of an XML declaration. */
export function charsetFromXml(head: string): string | null {
  const m = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function bom(buf: Buffer): { encoding: string; skip: number } | null {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

function known(label: string | null): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** The declared (or BOM-signalled) encoding of a buffer, null when nothing says. */
export function declaredEncoding(buf: Buffer, hint: DecodeHint): { encoding: string; skip: number } | null {
  const b = bom(buf);
  if (b) return b;
  const fromHeader = known(charsetFromContentType(hint.contentType));
  if (fromHeader) return { encoding: fromHeader, skip: 0 };
  const guess16 = utf16Guess(buf);
  if (guess16) return { encoding: guess16, skip: 0 };
  const head = buf.subarray(0, 4096).toString('latin1');
  const inDoc = known(charsetFromXml(head)) ?? (hint.format !== 'feed' ? known(charsetFromHtml(head)) : null);
  // An ASCII-compatible document cannot really be UTF-16 if its declaration was readable as ASCII.
  if (inDoc && !inDoc.startsWith('utf-16')) return { encoding: inDoc, skip: 0 };
  return null;
}

/**
 * Decodes bytes to text: BOM, then the HTTP charset, then the in-document declaration, else
 * UTF-8. UTF-8 (declared or assumed) is decoded strictly: invalid bytes are BAD_ENCODING.
 * A declared legacy charset (windows-1252, iso-8859-x, shift_jis, ...) is decoded as declared.
 */
export function decode(buf: Buffer, hint: DecodeHint): Decoded {
  const declared = declaredEncoding(buf, hint);
  const encoding = declared?.encoding ?? 'utf-8';
  const body = buf.subarray(declared?.skip ?? 0);
  const strict = encoding === 'utf-8';
  if (encoding === 'windows-1252') return { text: decodeWindows1252(body), encoding };
  try {
    const text = new TextDecoder(encoding, { fatal: strict, ignoreBOM: true }).decode(body);
    return { text, encoding };
  } catch (e) {
    const detail = declared ? 'invalid byte sequence' : 'invalid byte sequence; no charset declared';
    throw new BrinkError('BAD_ENCODING', { encoding, detail }, hint.origin, { cause: e });
  }
}

// Node 20's TextDecoder decodes windows-1252 as ISO-8859-1 (C1 controls instead of “ ” – — €):
// map 0x80–0x9F by hand. Undefined positions (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(buf: Buffer): string {
  const latin1 = buf.toString('latin1');
  return /[\u0080-\u009F]/.test(latin1) ? latin1.replace(/[\u0080-\u009F]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]!) : latin1;
}
