/** Loads the interop tables in data/interop/ (envelope format of data/README.md). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BrinkError } from '../domain/errors.js';
import { DATA_DIR } from '../engine/paths.js';

export interface Envelope<T> {
  version: string;
  description: string;
  sources: string[];
  entries: T[];
}

const cache = new Map<string, unknown>();

/** Reads `data/interop/<name>` once; throws BAD_DATA_FILE when it is not an envelope. */
export function loadTable<T>(name: string): Envelope<T> {
  const hit = cache.get(name);
  if (hit) return hit as Envelope<T>;
  const file = resolve(DATA_DIR, 'interop', name);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new BrinkError('BAD_DATA_FILE', { file, detail: e instanceof Error ? e.message : String(e) }, file);
  }
  const env = raw as Partial<Envelope<T>>;
  if (typeof env.version !== 'string' || !Array.isArray(env.entries) || !Array.isArray(env.sources)) {
    throw new BrinkError('BAD_DATA_FILE', { file, detail: 'missing version, sources or entries' }, file);
  }
  cache.set(name, env);
  return env as Envelope<T>;
}

/** A `{from → to}` map built from a table's entries. */
export function mapOf<T>(name: string, key: (e: T) => string, value: (e: T) => string): Map<string, string> {
  const m = new Map<string, string>();
  for (const e of loadTable<T>(name).entries) m.set(key(e), value(e));
  return m;
}
