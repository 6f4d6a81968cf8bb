/** One flat record per event: the columns of the CSV, HXL and GeoJSON exports. */
import type { Event } from '../../domain/types.js';

export type Cell = string | number | boolean | null;

/** Column names in export order. */
export const FLAT_COLUMNS = [
  'id',
  'doc_id',
  'date',
  'utc',
  'precision',
  'time_inferred',
  'source_code',
  'source_country',
  'source_name',
  'target_code',
  'target_country',
  'target_name',
  'cameo',
  'root',
  'plover',
  'plover_mode',
  'plover_context',
  'quad',
  'goldstein',
  'modality',
  'place_id',
  'place_name',
  'place_country',
  'lat',
  'lon',
  'outlet',
  'speaker',
  'attribution_named',
  'evidence',
  'rule',
  'confidence',
  'mentions',
  'version',
] as const;

export type FlatColumn = (typeof FLAT_COLUMNS)[number];
export type FlatEvent = Record<FlatColumn, Cell>;

/** Event day: the stated date, else the day of the UTC instant, else null. */
export function eventDate(e: Event): string | null {
  return e.when.date ?? e.when.utc?.slice(0, 10) ?? null;
}

/** Sector part of an actor code (`INDMIL` with country IND → `MIL`). */
export function sectorOf(code: string, country: string): string {
  if (country && code.startsWith(country)) return code.slice(country.length);
  return code.length > 3 ? code.slice(3) : '';
}

export function flatten(e: Event): FlatEvent {
  const t = e.target;
  const w = e.where;
  return {
    id: e.id,
    doc_id: e.docId,
    date: eventDate(e),
    utc: e.when.utc ?? null,
    precision: e.when.precision,
    time_inferred: e.when.inferred,
    source_code: e.source.code,
    source_country: e.source.country,
    source_name: e.source.name ?? null,
    target_code: t?.code ?? null,
    target_country: t?.country ?? null,
    target_name: t?.name ?? null,
    cameo: e.cameo,
    root: e.cameo.slice(0, 2),
    plover: e.plover,
    plover_mode: e.ploverMode ?? null,
    plover_context: e.ploverContext ?? null,
    quad: e.quad,
    goldstein: e.goldstein,
    modality: e.modality,
    place_id: w?.placeId ?? null,
    place_name: w?.name ?? null,
    place_country: w?.country ?? null,
    lat: w?.lat ?? null,
    lon: w?.lon ?? null,
    outlet: e.attribution?.outlet ?? null,
    speaker: e.attribution?.speaker?.name ?? null,
    attribution_named: e.attribution ? e.attribution.named : null,
    evidence: e.evidence,
    rule: e.rule,
    confidence: e.confidence,
    mentions: e.mentions ?? null,
    version: e.version ?? null,
  };
}
