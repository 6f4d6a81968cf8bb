/** NDJSON export: one Event object (as stored) per line. */
import type { Event } from '../../domain/types.js';
import { chunked } from './chunks.js';

async function* lines(events: AsyncIterable<Event>): AsyncGenerator<string> {
  for await (const e of events) yield JSON.stringify(e) + '\n';
}

export function toNdjson(events: AsyncIterable<Event>): AsyncGenerator<string> {
  return chunked(lines(events));
}
