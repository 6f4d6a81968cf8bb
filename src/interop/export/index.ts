/** Streaming exporters: AsyncIterable<Event> in, AsyncIterable<string> chunks out, constant memory. */
import type { Event } from '../../domain/types.js';
import { toCsv } from './csv.js';
import type { DocLookup } from './docinfo.js';
import { toGdelt } from './gdelt.js';
import { toGeoJson } from './geojson.js';
import { toHxl } from './hxl.js';
import { toNdjson } from './ndjson.js';
import { toPlover } from './plover.js';

export const EXPORT_FORMATS = ['csv', 'ndjson', 'plover', 'gdelt', 'geojson', 'hxl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** Document facts (URL, publication time) for the formats that carry them (plover, gdelt). */
  docs?: DocLookup;
}

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

export function exportEvents(
  format: ExportFormat,
  events: AsyncIterable<Event>,
  opts: ExportOptions = {},
): AsyncGenerator<string> {
  switch (format) {
    case 'csv':
      return toCsv(events);
    case 'ndjson':
      return toNdjson(events);
    case 'plover':
      return toPlover(events, opts);
    case 'gdelt':
      return toGdelt(events, opts);
    case 'geojson':
      return toGeoJson(events);
    case 'hxl':
      return toHxl(events);
  }
}

/** File extension for a format. */
export const EXTENSIONS: Record<ExportFormat, string> = {
  csv: 'csv',
  ndjson: 'ndjson',
  plover: 'json',
  gdelt: 'tsv',
  geojson: 'geojson',
  hxl: 'csv',
};

export { toCsv, toNdjson, toPlover, toGdelt, toGeoJson, toHxl };
export { toDyadCsv, type DyadRow } from './dyad.js';
export { cachedLookup, type DocInfo, type DocLookup } from './docinfo.js';
export { FLAT_COLUMNS, flatten } from './flat.js';
export { HXL_TAGS } from './hxl.js';
