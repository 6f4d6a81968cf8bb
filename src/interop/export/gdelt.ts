/**
 * GDELT-style TSV: the 61 GDELT 2.0 event columns, no header (as GDELT files), one line per event.
 * Filled from what Brink has; the rest is empty. Mapping in docs/interop.md.
 */
import { createHash } from 'node:crypto';
import type { Event, EventActor } from '../../domain/types.js';
import { iso3ToFips } from '../codes.js';
import { G, GDELT_COLUMNS } from '../gdelt-columns.js';
import type { GdeltMentions } from '../types.js';
import { writeChunks } from './chunks.js';
import { type DocLookup, sourceUrl } from './docinfo.js';
import { eventDate, sectorOf } from './flat.js';

const clean = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');

function fraction(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  const days = (Date.UTC(y + 1, 0, 1) - start) / 864e5;
  return (y + (Date.UTC(y, m - 1, d) - start) / 864e5 / days).toFixed(4);
}

function setActor(cols: string[], n: 1 | 2, a: EventActor | null): void {
  if (!a) return;
  const set = (k: string, v: string): void => void (cols[G[`Actor${n}${k}`] ?? -1] = clean(v));
  set('Code', a.code);
  set('Name', (a.name ?? '').toUpperCase());
  set('CountryCode', a.country);
  set('Type1Code', sectorOf(a.code, a.country));
}

/** GLOBALEVENTID must be an integer: imported GDELT ids are kept, other ids get a stable 52-bit hash. */
export function numericId(id: string): string {
  if (/^gdelt:\d+$/.test(id)) return id.slice(6);
  if (/^\d+$/.test(id)) return id;
  return String(parseInt(createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 13), 16));
}

function compactInstant(iso: string | undefined): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return '';
  return (iso.replace(/[-:TZ]/g, '').slice(0, 14) + '000000').slice(0, 14);
}

/** One GDELT line (without newline). */
export function gdeltRow(e: Event & { gdelt?: GdeltMentions }, url = '', published?: string): string {
  const cols = GDELT_COLUMNS.map(() => '');
  const set = (k: string, v: string | number): void => void (cols[G[k] ?? -1] = clean(String(v)));
  set('GLOBALEVENTID', numericId(e.id));
  const date = eventDate(e);
  if (date) {
    set('SQLDATE', date.replace(/-/g, ''));
    set('MonthYear', date.slice(0, 7).replace('-', ''));
    set('Year', date.slice(0, 4));
    set('FractionDate', fraction(date));
  }
  setActor(cols, 1, e.source);
  setActor(cols, 2, e.target);
  const m = e.gdelt;
  set('IsRootEvent', m ? (m.isRoot ? 1 : 0) : e.sentence < 3 ? 1 : 0);
  set('EventCode', e.cameo);
  set('EventBaseCode', e.cameo.slice(0, 3));
  set('EventRootCode', e.cameo.slice(0, 2));
  set('QuadClass', e.quad);
  set('GoldsteinScale', e.goldstein);
  set('NumMentions', m?.mentions ?? e.mentions ?? 1);
  set('NumSources', m?.sources ?? 1);
  set('NumArticles', m?.articles ?? 1);
  if (m) set('AvgTone', m.avgTone);
  const w = e.where;
  if (w) {
    set('ActionGeo_Type', w.country && w.placeId.toUpperCase() === w.country ? 1 : 4);
    set('ActionGeo_FullName', w.name);
    set('ActionGeo_CountryCode', iso3ToFips(w.country));
    set('ActionGeo_Lat', w.lat);
    set('ActionGeo_Long', w.lon);
    set('ActionGeo_FeatureID', w.placeId.startsWith('gdelt:') ? w.placeId.slice(6) : w.placeId);
  }
  set('DATEADDED', compactInstant(published));
  set('SOURCEURL', url);
  return cols.join('\t');
}

export function toGdelt(
  events: AsyncIterable<Event>,
  opts: { docs?: DocLookup } = {},
): AsyncGenerator<string> {
  const docs = opts.docs;
  return writeChunks(events, async (e) => {
    const d = docs ? await docs(e.docId) : null;
    return gdeltRow(e, sourceUrl(e.evidence, d), d?.published) + '\n';
  });
}
