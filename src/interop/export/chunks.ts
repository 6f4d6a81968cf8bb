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

/** A cell as text: null → empty, booleans → true/false, numbers in plain decimal. */
export function cellText(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return String(v);
}

/** RFC 4180 quoting: quote when the cell has a comma, quote, CR or LF (or edge spaces). */
export function csvCell(v: Cell): string {
  const s = cellText(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}
