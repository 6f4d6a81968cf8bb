/**
 * `brink annotate <file> --published <date> [--json]`: what the annotation layer sees in a text —
 * sentences, actors (code, role, mentions with offsets and how each was resolved), role conflicts,
 * time expressions and places. For checking dictionaries and resolution rules by hand.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { BrinkError } from '../../domain/errors.js';
import type { ActorMention, AnnotatedDoc } from '../../domain/types.js';
import { createAnnotator } from '../../engine/annotate.js';

interface Flags {
  published?: string;
  json?: boolean;
  data?: string;
}

/** Reference day and, for an instant, the UTC instant; BAD_DATE otherwise. */
export function parsePublished(value: string | undefined): { published: string; publishedUtc?: string } {
  if (!value) throw new BrinkError('BAD_DATE', { value: '(none): give --published YYYY-MM-DD' });
  const t = Date.parse(value);
  if (Number.isNaN(t) || !/^\d{4}-\d{2}-\d{2}/.test(value)) throw new BrinkError('BAD_DATE', { value }, value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    if (new Date(t).toISOString().slice(0, 10) !== value) throw new BrinkError('BAD_DATE', { value }, value);
    return { published: value };
  }
  const iso = new Date(t).toISOString();
  return { published: iso.slice(0, 10), publishedUtc: iso };
}

function readText(file: string): string {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BrinkError('NOT_FOUND', {}, file);
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new BrinkError('READ_FAILED', { detail: e instanceof Error ? e.message : String(e) }, file, { cause: e });
  }
}

interface ActorGroup {
  actorId: string;
  code: string;
  name: string;
  kind: string;
  role?: string;
  mentions: { start: number; end: number; text: string; how: string; statedTitle?: string; members?: string[] }[];
}

/** Mentions grouped by actor, in order of first mention. */
export function groupActors(mentions: ActorMention[]): ActorGroup[] {
  const groups = new Map<string, ActorGroup>();
  for (const m of mentions) {
    const key = `${m.actorId}|${m.code}`;
    let g = groups.get(key);
    if (!g) {
      g = { actorId: m.actorId, code: m.code, name: m.name, kind: m.kind, mentions: [] };
      if (m.role) g.role = m.role;
      groups.set(key, g);
    }
    g.mentions.push({ start: m.start, end: m.end, text: m.text, how: m.how,
      ...(m.statedTitle ? { statedTitle: m.statedTitle } : {}), ...(m.members ? { members: m.members } : {}) });
  }
  return [...groups.values()];
}

export function annotationJson(doc: AnnotatedDoc): object {
  return {
    published: doc.published,
    ...(doc.publishedUtc ? { publishedUtc: doc.publishedUtc } : {}),
    sentences: doc.sentences.length,
    tokens: doc.tokens.length,
    countries: doc.countries,
    actors: groupActors(doc.actors),
    roleConflicts: doc.roleConflicts,
    times: doc.times,
    places: doc.places.map((p) => ({ start: p.start, end: p.end, text: p.text, id: p.place.id, kind: p.place.kind, country: p.place.country })),
  };
}

export function annotationText(doc: AnnotatedDoc): string {
  const out: string[] = [];
  out.push(`published ${doc.publishedUtc ?? doc.published} · ${doc.sentences.length} sentences · ${doc.tokens.length} tokens`);
  out.push(`countries: ${doc.countries.join(', ') || '(none)'}`, '', 'actors:');
  for (const g of groupActors(doc.actors)) {
    out.push(`  ${g.code.padEnd(8)} ${g.name}${g.role ? ` — ${g.role}` : ''} (${g.kind}, ${g.actorId})`);
    for (const m of g.mentions) {
      const extra = [m.statedTitle ? `stated "${m.statedTitle}"` : '', m.members ? `members ${m.members.join('+')}` : ''].filter(Boolean).join(', ');
      out.push(`    [${m.start}-${m.end}] "${m.text}" ${m.how}${extra ? ` (${extra})` : ''}`);
    }
  }
  out.push('', 'role conflicts:');
  if (doc.roleConflicts.length === 0) out.push('  (none)');
  for (const c of doc.roleConflicts) {
    out.push(`  ${c.name}: text says "${c.statedInText}", on ${c.date} held ${c.heldOnDate ?? 'no listed office'} [${c.evidence.start}-${c.evidence.end}] "${c.evidence.text}"`);
  }
  out.push('', 'times:');
  if (doc.times.length === 0) out.push('  (none)');
  for (const t of doc.times) {
    const when = t.utc ?? t.date ?? (t.range ? `${t.range.from}..${t.range.to}` : '?');
    out.push(`  [${t.start}-${t.end}] "${t.text}" → ${when} (${t.precision}${t.zone ? `, ${t.zone}` : ''}${t.inferred ? ', inferred' : ''}${t.role ? `, ${t.role}` : ''})`);
  }
  out.push('', 'places:');
  if (doc.places.length === 0) out.push('  (none)');
  for (const p of doc.places) out.push(`  [${p.start}-${p.end}] "${p.text}" → ${p.place.name} (${p.place.kind}, ${p.place.country})`);
  return out.join('\n');
}

export default function register(program: Command): void {
  program
    .command('annotate')
    .description('show what the annotation layer finds in a text: sentences, actors with roles on the date, role conflicts, times, places')
    .argument('<file>', 'a plain-text file')
    .requiredOption('--published <date>', 'publication date (YYYY-MM-DD or ISO instant): actors and relative times are resolved on it')
    .option('--json', 'machine-readable output')
    .option('--data <dir>', 'data directory (default: the repository data/)')
    .action((file: string, flags: Flags) => {
      const ref = parsePublished(flags.published);
      const text = readText(file);
      const annotate = createAnnotator(flags.data ? { dataDir: flags.data } : {});
      const doc = annotate({ text, ...ref });
      console.log(flags.json ? JSON.stringify(annotationJson(doc), null, 2) : annotationText(doc));
    });
}
