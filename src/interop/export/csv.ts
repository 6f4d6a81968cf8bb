/**
 * CSV export: RFC 4180 (CRLF records, quoted cells where needed), a header row, UTF-8 without BOM,
 * ISO dates, one row per event with the columns of FLAT_COLUMNS.
 */
import type { Event } from '../../domain/types.js';
import { csvCell, csvLine, writeChunks } from './chunks.js';
import { FLAT_COLUMNS, flatten } from './flat.js';

export function csvRow(e: Event): string {
  const f = flatten(e);
  let out = '';
  for (const c of FLAT_COLUMNS) out += ',' + csvCell(f[c]);
  return out.slice(1) + '\r\n';
}

export function toCsv(events: AsyncIterable<Event>): AsyncGenerator<string> {
  return writeChunks(events, csvRow, { head: csvLine(FLAT_COLUMNS) });
}
