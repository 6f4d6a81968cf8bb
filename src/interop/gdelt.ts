/**
 * GDELT 2.0 event export reader: 61 tab-separated columns per line, plain or zipped, streamed line
 * by line. Each line becomes a Brink Event (rule `import.gdelt`) with its synthetic document, or an
 * error naming `file:line`; a bad line never stops the import.
 */
import { BrinkError } from '../domain/errors.js';
import { lookup } from '../domain/ontology.js';
import type { Event, EventActor } from '../domain/types.js';
import { fipsToIso3, gdeltCountry } from './codes.js';
import { fromDateAdded, fromSqlDate } from './dates.js';
import { gdeltDoc, hostOf } from './docs.js';
import { RowFault, fault, rowError } from './errors.js';
import { G, GDELT_COLUMNS } from './gdelt-columns.js';
import { bytes, inputName, lines, type ImportInput } from './source.js';
import type { ImportRow, ImportedEvent } from './types.js';

export const GDELT_RULE = 'import.gdelt';
export const GDELT_VERSION = 'gdelt-2.0';
/** A file whose first lines all have the wrong shape is another format: stop after this many. */
const GIVE_UP = 20;

export interface ReadOptions {
  /** Name used in error items (`name:line`); defaults to the file's base name. */
  name?: string;
}

export async function* readGdelt(input: ImportInput, opts: ReadOptions = {}): AsyncGenerator<ImportRow> {
  const name = inputName(input, opts.name);
  let line = 0;
  let good = 0;
  let shapeless = 0;
  for await (const text of lines(bytes(input))) {
    line++;
    if (text.trim() === '') continue;
    if (
      good === 0 &&
      text.split('\t', GDELT_COLUMNS.length + 1).length !== GDELT_COLUMNS.length &&
      ++shapeless > GIVE_UP
    ) {
      yield {
        line,
        error: new BrinkError(
          'UNKNOWN_FORMAT',
          {
            detail: `not a GDELT 2.0 event export: none of the first ${GIVE_UP} lines has ${GDELT_COLUMNS.length} tab-separated columns; reading stopped`,
          },
          `${name}:${line}`,
        ),
      };
      return;
    }
    try {
      const cols = text.split('\t');
      const event = gdeltEvent(cols);
      const url = col(cols, 'SOURCEURL');
      const doc = gdeltDoc(url, fromDateAdded(col(cols, 'DATEADDED')), `gdelt:${name}`);
      event.docId = doc.id;
      good++;
      yield { line, event, doc };
    } catch (e) {
      if (!(e instanceof RowFault)) throw e;
      yield { line, error: rowError(name, line, e.problem) };
    }
  }
}

function col(cols: string[], name: string): string {
  return (cols[G[name] ?? -1] ?? '').trim();
}

function actor(cols: string[], n: 1 | 2): EventActor | null {
  const code = col(cols, `Actor${n}Code`);
  const name = col(cols, `Actor${n}Name`);
  if (!code && !name) return null;
  const a: EventActor = { code, country: gdeltCountry(code, col(cols, `Actor${n}CountryCode`)) };
  if (name) a.name = name;
  return a;
}

function num(cols: string[], name: string): number | null {
  const s = col(cols, name);
  if (s === '') return null;
  const v = Number(s);
  if (!Number.isFinite(v)) fault({ kind: 'row', detail: `${name} is not a number: ${JSON.stringify(s)}` });
  return v;
}

function coords(cols: string[], prefix: string): { lat: number; lon: number } | null {
  const lat = num(cols, `${prefix}Geo_Lat`);
  const lon = num(cols, `${prefix}Geo_Long`);
  if (lat === null || lon === null) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180)
    fault({ kind: 'row', detail: `${prefix}Geo coordinates out of range: ${lat}, ${lon}` });
  return { lat, lon };
}

function where(cols: string[]): Event['where'] | undefined {
  coords(cols, 'Actor1');
  coords(cols, 'Actor2');
  const c = coords(cols, 'Action');
  if (!c) return undefined;
  const feature = col(cols, 'ActionGeo_FeatureID');
  return {
    placeId: `gdelt:${feature || `${c.lat},${c.lon}`}`,
    name: col(cols, 'ActionGeo_FullName'),
    country: fipsToIso3(col(cols, 'ActionGeo_CountryCode')),
    lat: c.lat,
    lon: c.lon,
  };
}

/** Maps one split line to an Event (docId is filled by the reader). Throws RowFault. */
export function gdeltEvent(cols: string[]): ImportedEvent {
  if (cols.length !== GDELT_COLUMNS.length)
    fault({
      kind: 'row',
      detail: `expected ${GDELT_COLUMNS.length} tab-separated columns, found ${cols.length}`,
    });
  const id = col(cols, 'GLOBALEVENTID');
  if (!/^\d+$/.test(id))
    fault({ kind: 'row', detail: `GLOBALEVENTID is not a number: ${JSON.stringify(id)}` });
  const date = fromSqlDate(col(cols, 'SQLDATE'));
  if (!date) fault({ kind: 'date', value: col(cols, 'SQLDATE') });
  const cameo = col(cols, 'EventCode');
  const entry = lookup(cameo);
  if (!entry) fault({ kind: 'code', value: cameo });
  // QuadClass and GoldsteinScale follow from the code in GDELT too; the ontology keeps Brink consistent.
  num(cols, 'QuadClass');
  num(cols, 'GoldsteinScale');
  const url = col(cols, 'SOURCEURL');
  const host = hostOf(url);
  const source = actor(cols, 1) ?? { code: '', country: '' };
  const e: ImportedEvent = {
    id: `gdelt:${id}`,
    docId: '',
    sentence: 0,
    span: [0, 0],
    evidence: url,
    source,
    target: actor(cols, 2),
    cameo,
    plover: entry.plover,
    quad: entry.quad,
    goldstein: entry.goldstein,
    when: { date, precision: 'day', inferred: false },
    modality: 'asserted',
    attribution: { named: false, chain: host ? [host] : [], ...(host ? { outlet: host } : {}) },
    rule: GDELT_RULE,
    confidence: 0.5,
    version: GDELT_VERSION,
    gdelt: {
      mentions: num(cols, 'NumMentions') ?? 0,
      sources: num(cols, 'NumSources') ?? 0,
      articles: num(cols, 'NumArticles') ?? 0,
      avgTone: num(cols, 'AvgTone') ?? 0,
      isRoot: col(cols, 'IsRootEvent') === '1',
    },
  };
  if (entry.ploverMode) e.ploverMode = entry.ploverMode;
  if (entry.ploverContext) e.ploverContext = entry.ploverContext;
  const w = where(cols);
  if (w) e.where = w;
  return e;
}
