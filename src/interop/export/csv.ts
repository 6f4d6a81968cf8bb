/**
 * CSV export: RFC 4180 (CRLF records, quoted cells where needed), a header row, UTF-8 without BOM,
 * ISO dates, one row per event with the columns of FLAT_COLUMNS.
 */
import type { Event } from '../../domain/types.js';
import { chunked, csvLine } from './chunks.js';
import { FLAT_COLUMNS, flatten } from './flat.js';

async function* rows(events: AsyncIterable<Event>): AsyncGenerator<string> {
  yield csvLine(FLAT_COLUMNS);
  for await (const e of events) {
    const f = flatten(e);
    yield csvLine(FLAT_COLUMNS.map((c) => f[c]));
  }
}

export function toCsv(events: AsyncIterable<Event>): AsyncGenerator<string> {
  return chunked(rows(events));
}
