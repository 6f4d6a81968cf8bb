/**
 * Time-zone table (data/time/zones.json): abbreviations and names → UTC offsets, with the countries
 * whose local time each is and their daylight-saving rules. See src/nlp/README.md for the format.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR } from '../../engine/paths.js';
import { BrinkError } from '../../domain/errors.js';
import type { IsoDate } from '../../domain/types.js';
import { dstActive, type DstRule } from './calendar.js';

export interface ZoneEntry {
  abbr: string;
  offsetMinutes: number;
  /** ISO3 countries using this zone; the first entry listing a country is its main zone. */
  countries: string[];
  names: string[];
  /** Daylight-saving variant; applies to `countries` of the rule (default: all) when the zone is used as local time. */
  dst?: { rule: DstRule; offsetMinutes: number; abbr?: string; countries?: string[] };
  /** The abbreviation names the zone in every season (ET, PT): its dst applies even when stated. */
  seasonal?: boolean;
}

export interface ZoneTable {
  /** abbreviation → candidate entries, in file order */
  byAbbr: Map<string, ZoneEntry[]>;
  /** lower-cased name → entry ("india time") */
  byName: Map<string, ZoneEntry>;
  /** ISO3 → main zone entry */
  byCountry: Map<string, ZoneEntry>;
  /** longest name in words, for matching */
  maxNameWords: number;
}

/** A zone as applied to one expression. */
export interface AppliedZone {
  zone: string;
  offsetMinutes: number;
}

export function zoneTable(entries: ZoneEntry[]): ZoneTable {
  const byAbbr = new Map<string, ZoneEntry[]>();
  const byName = new Map<string, ZoneEntry>();
  const byCountry = new Map<string, ZoneEntry>();
  let maxNameWords = 1;
  for (const e of entries) {
    const list = byAbbr.get(e.abbr) ?? [];
    list.push(e);
    byAbbr.set(e.abbr, list);
    for (const n of e.names) {
      const key = n.toLowerCase();
      if (!byName.has(key)) byName.set(key, e);
      maxNameWords = Math.max(maxNameWords, n.split(' ').length);
    }
    for (const c of e.countries) if (!byCountry.has(c)) byCountry.set(c, e);
  }
  return { byAbbr, byName, byCountry, maxNameWords };
}

let defaultTable: ZoneTable | null = null;

/** Reads and validates a zones file (default data/time/zones.json). */
export function loadZones(file = resolve(DATA_DIR, 'time', 'zones.json')): ZoneTable {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new BrinkError('BAD_DATA_FILE', { file, detail: e instanceof Error ? e.message : String(e) }, file);
  }
  const entries = (raw as { entries?: unknown }).entries;
  if (!Array.isArray(entries)) throw new BrinkError('BAD_DATA_FILE', { file, detail: 'no entries array' }, file);
  entries.forEach((e: Partial<ZoneEntry>, i) => {
    if (typeof e.abbr !== 'string' || typeof e.offsetMinutes !== 'number' || !Array.isArray(e.countries) || !Array.isArray(e.names)) {
      throw new BrinkError('BAD_DATA_FILE', { file, detail: `entry ${i} lacks abbr/offsetMinutes/countries/names` }, file);
    }
  });
  return zoneTable(entries as ZoneEntry[]);
}

/** The bundled table, loaded once. */
export function defaultZones(): ZoneTable {
  if (defaultTable === null) defaultTable = loadZones();
  return defaultTable;
}

/** Picks the entry for an abbreviation: the one whose countries rank first in `countries`, else the first. */
export function pickAbbr(table: ZoneTable, abbr: string, countries: readonly string[]): ZoneEntry | null {
  const list = table.byAbbr.get(abbr);
  if (!list || list.length === 0) return null;
  if (list.length === 1) return list[0]!;
  for (const c of countries) {
    const hit = list.find((e) => e.countries.includes(c));
    if (hit) return hit;
  }
  return list[0]!;
}

/** Offset of `entry` on `date`: daylight saving applies when used as `country`'s local time or when seasonal. */
export function applyEntry(entry: ZoneEntry, date: IsoDate, country?: string): AppliedZone {
  const d = entry.dst;
  const local = country !== undefined || entry.seasonal === true;
  if (d && local && (!d.countries || country === undefined || d.countries.includes(country)) && dstActive(d.rule, date)) {
    return { zone: d.abbr ?? entry.abbr, offsetMinutes: d.offsetMinutes };
  }
  return { zone: entry.abbr, offsetMinutes: entry.offsetMinutes };
}

/** The local zone of a country on a date, or null when the table does not know it. */
export function countryZone(table: ZoneTable, country: string, date: IsoDate): AppliedZone | null {
  const e = table.byCountry.get(country);
  return e ? applyEntry(e, date, country) : null;
}

/** `+05:30` / `-04:00` */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
