/**
 * Loading the actor dictionary: data/actors/*.json plus people/*.json (format in data/README.md),
 * validated with zod; any invalid file or entry is a BAD_DATA_FILE error naming both.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import { BrinkError } from '../domain/errors.js';
import { DATA_DIR } from '../engine/paths.js';
import { compile } from './build.js';
import type { ActorDictionary } from './model.js';
import {
  agentFileEntrySchema, countrySchema, envelopeSchema, groupSchema, igoSchema, mediaSchema, personSchema, titleSchema,
  type DictionaryParts, type DictionaryPartsInput,
} from './schema.js';

export type { ActorDictionary, AgentInfo, NameHit, TitleInfo } from './model.js';
export type { DictionaryParts, DictionaryPartsInput } from './schema.js';

const FILES = {
  countries: countrySchema,
  igos: igoSchema,
  groups: groupSchema,
  media: mediaSchema,
  titles: titleSchema,
  agents: agentFileEntrySchema,
} as const;

type PartName = keyof typeof FILES | 'people';

function entryLabel(raw: unknown, i: number): string {
  if (raw && typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    const id = o['id'] ?? o['code'] ?? o['title'] ?? o['name'] ?? o['kind'];
    if (typeof id === 'string') return `entry ${i} (${id})`;
  }
  return `entry ${i}`;
}

/** Validates each entry; throws BAD_DATA_FILE naming the file and the first bad entry. */
export function parseEntries<S extends z.ZodType>(schema: S, entries: unknown[], file: string): z.infer<S>[] {
  return entries.map((raw, i) => {
    const r = schema.safeParse(raw);
    if (r.success) return r.data as z.infer<S>;
    const issue = r.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new BrinkError('BAD_DATA_FILE', { file, detail: `${entryLabel(raw, i)}: ${where}${issue?.message ?? 'invalid'}` }, file);
  });
}

function readEnvelope(path: string): { version: string; entries: unknown[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new BrinkError('BAD_DATA_FILE', { file: path, detail: e instanceof Error ? e.message : String(e) }, path, { cause: e });
  }
  const r = envelopeSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new BrinkError('BAD_DATA_FILE', { file: path, detail: `envelope: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim() }, path);
  }
  return r.data;
}

/** Validates parts given in code (fixtures) and compiles them. */
export function buildDictionary(parts: DictionaryPartsInput, version = 'inline'): ActorDictionary {
  const out: DictionaryParts = { version: parts.version as string | undefined ?? version };
  for (const name of Object.keys(FILES) as (keyof typeof FILES)[]) {
    const raw = parts[name];
    if (raw !== undefined) (out as Record<string, unknown>)[name] = parseEntries(FILES[name], raw as unknown[], name);
  }
  if (parts.people !== undefined) out.people = parseEntries(personSchema, parts.people as unknown[], 'people');
  return compile(out);
}

/**
 * Reads every actor file in `dir` (absent files are simply empty) and compiles the dictionary.
 * Throws NOT_FOUND when `dir` does not exist, BAD_DATA_FILE for an invalid file or entry.
 */
export function loadActorDictionary(dir: string = join(DATA_DIR, 'actors')): ActorDictionary {
  if (!existsSync(dir)) throw new BrinkError('NOT_FOUND', {}, dir);
  const parts: DictionaryParts = {};
  const versions: string[] = [];
  for (const name of Object.keys(FILES) as (keyof typeof FILES)[]) {
    const path = join(dir, `${name}.json`);
    if (!existsSync(path)) continue;
    const env = readEnvelope(path);
    versions.push(`${name}@${env.version}`);
    (parts as Record<PartName, unknown>)[name] = parseEntries(FILES[name], env.entries, path);
  }
  const peopleDir = join(dir, 'people');
  if (existsSync(peopleDir)) {
    parts.people = [];
    for (const f of readdirSync(peopleDir).filter((n) => n.endsWith('.json')).sort()) {
      const path = join(peopleDir, f);
      const env = readEnvelope(path);
      versions.push(`people/${basename(f, '.json')}@${env.version}`);
      parts.people.push(...parseEntries(personSchema, env.entries, path));
    }
  }
  parts.version = versions.join(';');
  return compile(parts);
}
