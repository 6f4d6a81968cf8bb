/** NDJSON export: one Event object (as stored) per line. */
import type { Event } from '../../domain/types.js';
import { writeChunks } from './chunks.js';

export function toNdjson(events: AsyncIterable<Event>): AsyncGenerator<string> {
  return writeChunks(events, (e) => JSON.stringify(e) + '\n');
}
