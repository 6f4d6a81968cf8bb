/**
 * CAMEO/PLOVER ontology access: pure data lookups over data/ontology/cameo.json.
 * Imports only node:fs/path, ./types.js and ./errors.js (an agreed exception to the domain rule).
 */
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QuadClass } from './types.js';
import { BrinkError } from './errors.js';

export interface CameoCode {
  code: string;
  name: string;
  /** Two-digit root. */
  root: string;
  level: 2 | 3 | 4;
  quad: QuadClass;
  goldstein: number;
  plover: string;
  ploverMode?: string;
  ploverContext?: string;
}

export interface Ontology {
  version: string;
  codes: ReadonlyMap<string, CameoCode>;
}

const DEFAULT_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'ontology', 'cameo.json');
let cached: Ontology | null = null;

/** Loads (once) and validates the ontology file. Throws BAD_DATA_FILE when malformed. */
export function loadOntology(file: string = DEFAULT_FILE): Ontology {
  if (cached && file === DEFAULT_FILE) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new BrinkError('BAD_DATA_FILE', { file, detail: e instanceof Error ? e.message : String(e) }, file);
  }
  const env = raw as { version?: unknown; entries?: unknown };
  if (typeof env.version !== 'string' || !Array.isArray(env.entries)) {
    throw new BrinkError('BAD_DATA_FILE', { file, detail: 'missing version or entries' }, file);
  }
  const codes = new Map<string, CameoCode>();
  for (const e of env.entries as CameoCode[]) {
    if (!/^\d{2,4}$/.test(e.code) || typeof e.plover !== 'string' || ![1, 2, 3, 4].includes(e.quad)) {
      throw new BrinkError('BAD_DATA_FILE', { file, detail: `bad entry ${JSON.stringify(e.code)}` }, file);
    }
    codes.set(e.code, e);
  }
  const ont: Ontology = { version: env.version, codes };
  if (file === DEFAULT_FILE) cached = ont;
  return ont;
}

/** The entry for a code, or null when the code is not CAMEO. */
export function lookup(code: string): CameoCode | null {
  return loadOntology().codes.get(code) ?? null;
}

/** Throws UNKNOWN_CODE unless the code exists; returns its entry. */
export function assertKnown(code: string): CameoCode {
  const c = lookup(code);
  if (!c) throw new BrinkError('UNKNOWN_CODE', { value: code }, code);
  return c;
}

/** Two-digit root of a code ("0871" → "08"). */
export function root(code: string): string {
  return code.slice(0, 2);
}

/** Quad class from the root: 01–05 → 1, 06–09 → 2, 10–14 → 3, 15–20 → 4. */
export function quadOf(code: string): QuadClass {
  const r = Number(root(code));
  if (!Number.isInteger(r) || r < 1 || r > 20) throw new BrinkError('UNKNOWN_CODE', { value: code }, code);
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}

/** PLOVER category, mode and context of a code. */
export function ploverOf(code: string): { category: string; mode?: string; context?: string } {
  const c = assertKnown(code);
  return { category: c.plover, ...(c.ploverMode ? { mode: c.ploverMode } : {}), ...(c.ploverContext ? { context: c.ploverContext } : {}) };
}

/** True when `specific` is `general` or one of its descendants ("0871" under "087" under "08"). */
export function isUnder(specific: string, general: string): boolean {
  return specific.startsWith(general);
}
