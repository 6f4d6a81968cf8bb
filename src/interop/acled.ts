/**
 * ACLED CSV export reader (csv-parse, streaming): each record becomes a Brink Event (rule
 * `import.acled`) coded through data/interop/acled-cameo.json, with its synthetic document (one per
 * source and date), or an error naming `file:line`. Bad records are skipped; the import goes on.
 */
import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { lookup } from '../domain/ontology.js';
import type { Event, Precision } from '../domain/types.js';
import { acledActor } from './acled-actors.js';
import { acledCameo } from './acled-table.js';
import { countryByName, numericToIso3 } from './codes.js';
import { fromAcledDate } from './dates.js';
import { acledDoc } from './docs.js';
import { RowFault, fault, rowError } from './errors.js';
import { bytes, inputName, type ImportInput } from './source.js';
import type { ImportRow, ImportedEvent } from './types.js';

export const ACLED_RULE = 'import.acled';
export const ACLED_VERSION = 'acled';
const REQUIRED = ['event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'actor1'];
const PRECISION: Record<string, Precision> = { '': 'day', '1': 'day', '2': 'week', '3': 'month' };

type Rec = Record<string, string>;

export async function* readAcled(
  input: ImportInput,
  opts: { name?: string } = {},
): AsyncGenerator<ImportRow> {
  const name = inputName(input, opts.name);
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    raw: true,
    skip_records_with_error: true,
  });
  const skipped: ImportRow[] = [];
  parser.on('skip', (err: CsvError & { lines?: number }) => {
    skipped.push({
      line: err.lines ?? 0,
      error: rowError(name, err.lines ?? 0, { kind: 'row', detail: err.message }),
    });
  });
  const src = Readable.from(bytes(input));
  src.on('error', (e) => parser.destroy(e));
  src.pipe(parser);
  let header: string[] | null = null;
  for await (const r of parser as AsyncIterable<{ record: string[]; info: { lines: number }; raw: string }>) {
    yield* skipped.splice(0);
    const line = startLine(r.info.lines, r.raw);
    if (!header) {
      header = r.record.map((h) => h.trim().toLowerCase());
      const missing = REQUIRED.filter((c) => !header?.includes(c));
      if (missing.length) {
        yield {
          line,
          error: rowError(name, line, {
            kind: 'row',
            detail: `not an ACLED export: missing column(s) ${missing.join(', ')}`,
          }),
        };
        return;
      }
      continue;
    }
    yield rowOf(name, line, header, r.record);
  }
  yield* skipped.splice(0);
}

/** The line a record starts on, from the line it ends on and its raw text. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

function rowOf(name: string, line: number, header: string[], cells: string[]): ImportRow {
  try {
    if (cells.length !== header.length)
      fault({ kind: 'row', detail: `expected ${header.length} columns, found ${cells.length}` });
    const rec: Rec = {};
    header.forEach((h, i) => (rec[h] = (cells[i] ?? '').trim()));
    const event = acledEvent(rec);
    const doc = acledDoc(rec.source ?? '', event.when.date ?? '', `acled:${name}`);
    event.docId = doc.id;
    return { line, event, doc };
  } catch (e) {
    if (!(e instanceof RowFault)) throw e;
    return { line, error: rowError(name, line, e.problem) };
  }
}

function coord(rec: Rec, key: 'latitude' | 'longitude', limit: number): number | null {
  const s = rec[key] ?? '';
  if (s === '') return null;
  const v = Number(s);
  if (!Number.isFinite(v) || Math.abs(v) > limit)
    fault({ kind: 'row', detail: `${key} is not a valid coordinate: ${JSON.stringify(s)}` });
  return v;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

function where(rec: Rec, country: string): Event['where'] | undefined {
  const lat = coord(rec, 'latitude', 90);
  const lon = coord(rec, 'longitude', 180);
  if (lat === null || lon === null) return undefined;
  const place = rec.location ?? '';
  const parts = [country, rec.admin1 ?? '', place].map(slug).filter(Boolean);
  return { placeId: `acled:${parts.join(':')}`, name: place || (rec.admin1 ?? ''), country, lat, lon };
}

/** Maps one ACLED record (lower-cased column names) to an Event. Throws RowFault. */
export function acledEvent(rec: Rec): ImportedEvent {
  const id = rec.event_id_cnty ?? '';
  if (!id) fault({ kind: 'row', detail: 'event_id_cnty is empty' });
  const date = fromAcledDate(rec.event_date ?? '');
  if (!date) fault({ kind: 'date', value: rec.event_date ?? '' });
  const precision = PRECISION[rec.time_precision ?? ''];
  if (!precision)
    fault({ kind: 'row', detail: `time_precision must be 1, 2 or 3: ${JSON.stringify(rec.time_precision)}` });
  const fatalities = rec.fatalities ? Number(rec.fatalities) : 0;
  if (!Number.isInteger(fatalities) || fatalities < 0)
    fault({ kind: 'row', detail: `fatalities is not a count: ${JSON.stringify(rec.fatalities)}` });
  const eventType = rec.event_type ?? '';
  const subEventType = rec.sub_event_type ?? '';
  const cameo = acledCameo(eventType, subEventType, fatalities);
  const entry = cameo ? lookup(cameo) : null;
  if (!cameo || !entry) fault({ kind: 'code', value: `${eventType} / ${subEventType}` });
  const country = numericToIso3(rec.iso ?? '') || countryByName(rec.country ?? '');
  const source = acledActor(rec.actor1 ?? '', rec.inter1 ?? '', country) ?? { code: '', country: '' };
  const outlet = rec.source ?? '';
  const e: ImportedEvent = {
    id: `acled:${id}`,
    docId: '',
    sentence: 0,
    span: [0, 0],
    evidence: rec.notes ?? '',
    source,
    target: acledActor(rec.actor2 ?? '', rec.inter2 ?? '', country),
    cameo,
    plover: entry.plover,
    quad: entry.quad,
    goldstein: entry.goldstein,
    when: { date, precision, inferred: false },
    modality: 'asserted',
    attribution: {
      named: Boolean(outlet),
      chain: outlet
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
      ...(outlet ? { outlet } : {}),
    },
    rule: ACLED_RULE,
    confidence: 0.8,
    version: ACLED_VERSION,
    acled: {
      fatalities,
      eventType,
      subEventType,
      civilianTargeting: /civilian/i.test(rec.civilian_targeting ?? ''),
      ...(rec.disorder_type ? { disorderType: rec.disorder_type } : {}),
      ...(rec.interaction ? { interaction: rec.interaction } : {}),
      ...(rec.tags ? { tags: rec.tags } : {}),
    },
  };
  if (entry.ploverMode) e.ploverMode = entry.ploverMode;
  if (entry.ploverContext) e.ploverContext = entry.ploverContext;
  const w = where(rec, country);
  if (w) e.where = w;
  return e;
}
