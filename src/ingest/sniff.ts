/** Byte-level and text-level format sniffing. Pure functions. */

export type Format = 'text' | 'markdown' | 'html' | 'feed' | 'ndjson';

const MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive (docx/xlsx/odt/jar)', [0x50, 0x4b, 0x03, 0x04]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['gzip archive', [0x1f, 0x8b]],
  ['Windows executable', [0x4d, 0x5a, 0x90, 0x00]],
  ['OLE document (doc/xls)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['7z archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['WebP/RIFF media', [0x52, 0x49, 0x46, 0x46]],
  ['bzip2 archive', [0x42, 0x5a, 0x68]],
  ['xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
  ['Mach-O executable', [0xcf, 0xfa, 0xed, 0xfe]],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];

/** The kind of binary a buffer starts with, by magic number, or null. */
export function magicKind(buf: Buffer): string | null {
  for (const [name, sig] of MAGIC) {
    if (buf.length >= sig.length && sig.every((b, i) => buf[i] === b)) return name;
  }
  return null;
}

/** UTF-16 without BOM: every other byte NUL over mostly ASCII text. */
export function utf16Guess(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 512) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.7 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.7 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Why a buffer looks binary (magic number, NUL bytes, many control bytes), or null when it
 * looks like text. Buffers with a UTF-16 BOM or a UTF-16 pattern are text.
 */
export function binaryReason(buf: Buffer): string | null {
  const magic = magicKind(buf);
  if (magic) return magic;
  if (hasUtf16Bom(buf) || utf16Guess(buf)) return null;
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return 'NUL bytes';
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  if (n > 0 && control / n > 0.05) return `${Math.round((100 * control) / n)}% control bytes`;
  return null;
}

export function hasUtf16Bom(buf: Buffer): boolean {
  return buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
}

const EXT: Record<string, Format> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', mdown: 'markdown',
  html: 'html', htm: 'html', xhtml: 'html', xml: 'feed', rss: 'feed', atom: 'feed',
  ndjson: 'ndjson', jsonl: 'ndjson', json: 'ndjson',
};

/** Format implied by a file extension, `unknown` for an extension we don't read, null for none. */
export function formatFromFilename(name: string | undefined): Format | 'unknown' | null {
  if (!name) return null;
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return null;
  return EXT[base.slice(dot + 1).toLowerCase()] ?? 'unknown';
}

/** Format implied by a Content-Type header, or null when it says nothing useful. */
export function formatFromContentType(ct: string | undefined): Format | null {
  const t = (ct ?? '').split(';')[0]!.trim().toLowerCase();
  if (!t) return null;
  if (t === 'text/html' || t === 'application/xhtml+xml') return 'html';
  if (t.includes('rss') || t.includes('atom') || t === 'application/xml' || t === 'text/xml') return 'feed';
  if (t.includes('ndjson') || t.includes('jsonl') || t === 'application/json' || t.endsWith('+json')) return 'ndjson';
  if (t === 'text/markdown' || t === 'text/x-markdown') return 'markdown';
  if (t === 'text/plain') return 'text';
  return null;
}

/** Format of decoded text by its first bytes. */
export function sniffText(text: string): Format {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  const lower = head.slice(0, 2048).toLowerCase();
  if (/^<\?xml/.test(lower) || /^<(rss|feed|rdf:rdf)[\s>]/.test(lower)) {
    return /<(rss|feed|rdf:rdf)[\s>]/.test(lower) || !/<html[\s>]/.test(lower) ? 'feed' : 'html';
  }
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]|^<!--/.test(lower)) return 'html';
  if (/^<(div|p|article|section|meta|title|h[1-6])[\s>]/.test(lower)) return 'html';
  if (/^[{[]/.test(head) && /^\s*[{[]/.test(head) && looksJson(head)) return 'ndjson';
  if (looksMarkdown(head)) return 'markdown';
  return 'text';
}

function looksJson(head: string): boolean {
  return /^\s*(\{\s*"|\[\s*(\{|\]))/.test(head);
}

function looksMarkdown(head: string): boolean {
  let score = 0;
  if (/^#{1,6} \S/m.test(head)) score += 2;
  if (/\[[^\]\n]+\]\([^)\s]+\)/.test(head)) score += 2;
  if (/^\s*[-*+] \S/m.test(head)) score += 1;
  if (/\*\*[^*\n]+\*\*|__[^_\n]+__/.test(head)) score += 1;
  if (/^```/m.test(head)) score += 2;
  if (/^> \S/m.test(head)) score += 1;
  return score >= 2;
}
