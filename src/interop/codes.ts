/** Country and actor-code helpers shared by the importers. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR } from '../engine/paths.js';
import { mapOf } from './data.js';

let fips: Map<string, string> | null = null;
let numeric: Map<string, string> | null = null;
let names: Map<string, string> | null = null;

/** FIPS 10-4 (GDELT geography) → ISO alpha-3, or '' when unknown. */
export function fipsToIso3(code: string): string {
  fips ??= mapOf<{ fips: string; iso3: string }>(
    'fips-iso3.json',
    (e) => e.fips,
    (e) => e.iso3,
  );
  return fips.get(code.trim().toUpperCase()) ?? '';
}

/** ISO 3166 numeric (ACLED `iso`) → alpha-3, or ''. */
export function numericToIso3(code: string): string {
  numeric ??= mapOf<{ numeric: number; iso3: string }>(
    'iso-numeric.json',
    (e) => String(e.numeric),
    (e) => e.iso3,
  );
  const n = Number(code);
  return Number.isInteger(n) ? (numeric.get(String(n)) ?? '') : '';
}

function norm(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Country name (or alias) → alpha-3 through data/actors/countries.json, or ''. */
export function countryByName(name: string): string {
  if (!names) {
    names = new Map();
    try {
      const env = JSON.parse(readFileSync(resolve(DATA_DIR, 'actors', 'countries.json'), 'utf8')) as {
        entries: Array<{ code: string; name: string; aliases?: string[] }>;
      };
      for (const e of env.entries) for (const n of [e.name, ...(e.aliases ?? [])]) names.set(norm(n), e.code);
    } catch {
      // Without the dictionary only codes resolve; names stay unknown.
    }
  }
  return names.get(norm(name)) ?? '';
}

/** CAMEO actor type codes that can open a GDELT actor code without a country. */
const TYPE_CODES = new Set(
  (
    'GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LAB LEG HLH HLT REF MOD RAD AGR ELI ENV HRI ' +
    'IGO INS NGO NGM SET UAF REL UIS IMG'
  ).split(' '),
);

/** Country part of a GDELT actor code: the stated country, else its first three letters unless a type. */
export function gdeltCountry(code: string, stated: string): string {
  if (stated) return stated;
  const head = code.slice(0, 3);
  return head.length === 3 && !TYPE_CODES.has(head) ? head : '';
}

let toFips: Map<string, string> | null = null;

/** ISO alpha-3 → FIPS 10-4 (first listed when several map to one ISO code), or ''. */
export function iso3ToFips(iso3: string): string {
  if (!toFips) {
    toFips = new Map();
    fips ??= mapOf<{ fips: string; iso3: string }>(
      'fips-iso3.json',
      (e) => e.fips,
      (e) => e.iso3,
    );
    for (const [f, i] of fips) if (!toFips.has(i)) toFips.set(i, f);
  }
  return toFips.get(iso3) ?? '';
}

export interface KnownActor {
  id: string;
  code: string;
  country: string;
}

let known: Map<string, KnownActor> | null = null;

function readEntries<T>(file: string): T[] {
  try {
    return (JSON.parse(readFileSync(resolve(DATA_DIR, 'actors', file), 'utf8')) as { entries: T[] }).entries;
  } catch {
    return [];
  }
}

/** An organization or armed group of Brink's dictionary (igos.json, groups.json) by name or alias. */
export function knownActor(name: string): KnownActor | null {
  if (!known) {
    known = new Map();
    type Entry = { id: string; code: string; name: string; aliases?: string[]; country?: string };
    for (const e of readEntries<Entry>('igos.json')) {
      for (const n of [e.name, ...(e.aliases ?? [])])
        known.set(norm(n), { id: e.id, code: e.code, country: 'IGO' });
    }
    for (const e of readEntries<Entry>('groups.json')) {
      const country = e.country ?? e.code.slice(0, 3);
      for (const n of [e.name, ...(e.aliases ?? [])])
        if (!known.has(norm(n))) known.set(norm(n), { id: e.id, code: e.code, country });
    }
  }
  return known.get(norm(name)) ?? null;
}
