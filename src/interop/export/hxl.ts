/**
 * HXL-tagged CSV: the CSV export's columns with a second row of HXL hashtags (HXL 1.1 core tags and
 * attributes; +first/+second mark the two parties as in ACLED's HXL on HDX). Tags per column are
 * listed in HXL_TAGS and documented in docs/interop.md.
 */
import type { Event } from '../../domain/types.js';
import { csvLine, writeChunks } from './chunks.js';
import { type FlatColumn, flatten } from './flat.js';

export const HXL_TAGS: ReadonlyArray<[FlatColumn, string]> = [
  ['id', '#event+id'],
  ['date', '#date+occurred'],
  ['precision', '#date+precision'],
  ['source_code', '#group+code+first'],
  ['source_name', '#group+name+first'],
  ['source_country', '#country+code+first'],
  ['target_code', '#group+code+second'],
  ['target_name', '#group+name+second'],
  ['target_country', '#country+code+second'],
  ['cameo', '#event+code+cameo'],
  ['plover', '#event+type+plover'],
  ['plover_mode', '#event+type+mode'],
  ['quad', '#indicator+quad'],
  ['goldstein', '#indicator+goldstein+num'],
  ['modality', '#status+modality'],
  ['place_name', '#loc+name'],
  ['place_country', '#country+code'],
  ['lat', '#geo+lat'],
  ['lon', '#geo+lon'],
  ['outlet', '#meta+source'],
  ['evidence', '#description+evidence'],
  ['doc_id', '#meta+doc+id'],
  ['rule', '#meta+rule'],
  ['confidence', '#meta+confidence+num'],
];

export function toHxl(events: AsyncIterable<Event>): AsyncGenerator<string> {
  const head = csvLine(HXL_TAGS.map(([c]) => c)) + csvLine(HXL_TAGS.map(([, t]) => t));
  return writeChunks(
    events,
    (e) => {
      const f = flatten(e);
      return csvLine(HXL_TAGS.map(([c]) => f[c]));
    },
    { head },
  );
}
