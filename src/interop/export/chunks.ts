/** Chunking and CSV cell helpers shared by the streaming writers. */
import type { Cell } from './flat.js';

/** Target size of a yielded chunk: big enough to be cheap, small enough to keep memory flat. */
export const CHUNK_CHARS = 64 * 1024;

/** Joins small pieces into chunks of about `size` characters, yielding as soon as one is full. */
export async function* chunked(pieces: AsyncIterable<string>, size = CHUNK_CHARS): AsyncGenerator<string> {
  let buf: string[] = [];
  let len = 0;
  for await (const p of pieces) {
    buf.push(p);
    len += p.length;
    if (len >= size) {
      yield buf.join('');
      buf = [];
      len = 0;
    }
  }
  if (len > 0) yield buf.join('');
}

/**
 * The common writer shape: `head`, one piece per item (or null to skip it), `between` pieces, `tail`,
 * gathered into chunks of about `size` characters in one generator (no per-item async hop).
 */
export async function* writeChunks<T>(
  items: AsyncIterable<T>,
  piece: (item: T) => string | null | Promise<string | null>,
  frame: { head?: string; between?: string; tail?: string } = {},
  size = CHUNK_CHARS,
): AsyncGenerator<string> {
  let buf = frame.head ?? '';
  let first = true;
  for await (const item of items) {
    const p = await piece(item);
    if (p === null) continue;
    buf += first || !frame.between ? p : frame.between + p;
    first = false;
    if (buf.length >= size) {
      yield buf;
      buf = '';
    }
  }
  buf += frame.tail ?? '';
  if (buf.length) yield buf;
}

/** A cell as text: null → empty, booleans → true/false, numbers in plain decimal. */
export function cellText(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return String(v);
}

const NEEDS_QUOTES = /[",\r\n]/;

/** RFC 4180 quoting: quote when the cell has a comma, quote, CR or LF (or edge whitespace). */
export function csvCell(v: Cell): string {
  if (v === null) return '';
  if (typeof v !== 'string') return cellText(v);
  if (v === '') return '';
  if (NEEDS_QUOTES.test(v) || v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32)
    return `"${v.replace(/"/g, '""')}"`;
  return v;
}

export function csvLine(cells: readonly Cell[]): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) out += (i ? ',' : '') + csvCell(cells[i] as Cell);
  return out + '\r\n';
}
