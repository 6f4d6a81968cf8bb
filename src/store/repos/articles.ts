/** articles.save: replaces the stored analysis of one document in one transaction. */
import type { ActorKind, ActorMention, Resolution, RoleConflict } from '../../domain/types.js';
import { CompiledQuery } from 'kysely';
import type { DialectName } from '../dialect.js';
import type { ArticleAnalysis, ArticleStore, Ceasefire, DocActor } from '../types.js';
import { type Db, atomic, fromJson, guard, now, opt, toJson } from '../util.js';
import { eventToRow } from './event-rows.js';

/** Rows per multi-row INSERT, well under SQLite's bound-parameter limit for the widest table. */
const CHUNK = 100;

async function insertChunked<T>(items: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) await insert(items.slice(i, i + CHUNK));
}

/** Groups mentions by (actorId, code); the first mention gives name, kind, role and how. */
export function groupActors(docId: string, mentions: ActorMention[]): DocActor[] {
  const byKey = new Map<string, DocActor>();
  for (const m of mentions) {
    const key = `${m.actorId}\u0000${m.code}`;
    let a = byKey.get(key);
    if (!a) {
      a = { docId, actorId: m.actorId, code: m.code, name: m.name, kind: m.kind, how: m.how, mentions: [] };
      opt(a, 'role', m.role);
      byKey.set(key, a);
    }
    a.mentions.push({ start: m.start, end: m.end, text: m.text });
  }
  return [...byKey.values()];
}

async function clear(trx: Db, docId: string): Promise<void> {
  await trx.deleteFrom('events').where('doc_id', '=', docId).execute();
  await trx.deleteFrom('doc_actors').where('doc_id', '=', docId).execute();
  await trx.deleteFrom('role_conflicts').where('doc_id', '=', docId).execute();
  await trx.deleteFrom('ceasefire_statements').where('doc_id', '=', docId).execute();
  await trx.deleteFrom('engagements').where('doc_id', '=', docId).where('source', '=', 'derived').execute();
  // Ceasefires first seen in this document that no other document speaks of any more.
  await trx
    .deleteFrom('ceasefires')
    .where('first_doc_id', '=', docId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('ceasefire_statements as s')
            .select('s.id')
            .whereRef('s.ceasefire_id', '=', 'ceasefires.id'),
        ),
      ),
    )
    .execute();
}

/** The upsert of one ceasefire (compiled, not yet run) and the rows of its statements. */
function ceasefireQueries(trx: Db, docId: string, c: Ceasefire) {
  const values = {
    parties: toJson(c.parties),
    mediators: toJson(c.mediators),
    announced_utc: c.announcedUtc ?? null,
    agreed_utc: c.agreedUtc ?? null,
    effective_utc: c.effectiveUtc ?? null,
    effective_text: c.effectiveText ?? null,
    status: c.status,
    extended_until: c.extendedUntil ?? null,
    conditions: c.conditions ?? null,
    evidence: toJson(c.evidence),
  };
  const upsert = trx
    .insertInto('ceasefires')
    .values({ id: c.id, ...values, first_doc_id: c.firstDocId ?? docId })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .compile();
  const stmts = c.statements.map((s) => ({
    ceasefire_id: c.id,
    doc_id: docId,
    party: s.party,
    kind: s.kind,
    stated_time: s.statedTime ?? null,
    evidence: toJson(s.evidence),
  }));
  return { upsert, statements: stmts };
}

async function saveCeasefire(trx: Db, docId: string, c: Ceasefire): Promise<void> {
  const q = ceasefireQueries(trx, docId, c);
  await trx.executeQuery(q.upsert);
  await insertChunked(q.statements, (chunk) => trx.insertInto('ceasefire_statements').values(chunk).execute());
}

/**
 * Bound parameters per combined statement (PostgreSQL allows 65,535); an analysis above it is
 * written table by table in chunks instead.
 */
const MAX_PARAMS = 30_000;

/**
 * PostgreSQL: the row inserts (and ceasefire upserts) of several tables as ONE statement — each insert but the last a
 * data-modifying CTE (`with w0 as (insert …), w1 as (insert …) insert …`), which PostgreSQL
 * always runs, foreign keys checked at the end of the statement — so a document's analysis costs
 * one round trip instead of one per table. Same rows, same values as separate inserts.
 * Returns false (nothing written) when there are too many values for one statement.
 */
async function insertCombined(trx: Db, inserts: CompiledQuery[]): Promise<boolean> {
  const params = inserts.reduce((n, q) => n + q.parameters.length, 0);
  if (params > MAX_PARAMS) return false;
  if (inserts.length === 0) return true;
  const values: unknown[] = [];
  const parts = inserts.map((q) => {
    const offset = values.length;
    values.push(...q.parameters);
    // Kysely's PostgreSQL insert of plain values: quoted identifiers and $n placeholders only.
    return q.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
  });
  const last = parts.pop()!;
  const text = parts.length ? `with ${parts.map((p, i) => `w${i} as (${p})`).join(', ')} ${last}` : last;
  await trx.executeQuery(CompiledQuery.raw(text, values));
  return true;
}

async function write(trx: Db, dialect: DialectName, docId: string, a: ArticleAnalysis, version: string): Promise<void> {
  const events = a.events.map((e) => eventToRow(e, docId, version));
  const actors = groupActors(docId, a.actors).map((x) => ({
    doc_id: docId,
    actor_id: x.actorId,
    code: x.code,
    name: x.name,
    kind: x.kind,
    role: x.role ?? null,
    how: x.how,
    mentions: toJson(x.mentions),
  }));
  const conflicts = a.roleConflicts.map((r) => ({
    doc_id: docId,
    actor_id: r.actorId,
    name: r.name,
    stated: r.statedInText,
    held: r.heldOnDate,
    date: r.date,
    evidence: toJson(r.evidence),
  }));
  const at = now();
  const engagements = (a.engagements ?? []).map((g) => ({
    mediator: g.mediator,
    party: g.party,
    channel: g.channel ?? null,
    on_behalf_of: g.onBehalfOf ?? null,
    date: g.date,
    source: 'derived',
    confidentiality: g.confidentiality,
    notes: g.notes ?? null,
    event_id: g.eventId ?? null,
    doc_id: docId,
    created_by: g.createdBy ?? null,
    created_at: at,
    updated_at: at,
  }));
  if (dialect === 'postgres') {
    const inserts: CompiledQuery[] = [];
    if (events.length) inserts.push(trx.insertInto('events').values(events).compile());
    if (actors.length) inserts.push(trx.insertInto('doc_actors').values(actors).compile());
    if (conflicts.length) inserts.push(trx.insertInto('role_conflicts').values(conflicts).compile());
    // Ceasefires join the statement when their ids are distinct (one upsert may not touch a
    // row twice); their statements' foreign key is checked at the end of the statement.
    const cfs = a.ceasefires ?? [];
    const together = new Set(cfs.map((c) => c.id)).size === cfs.length;
    if (together) {
      for (const c of cfs) {
        const q = ceasefireQueries(trx, docId, c);
        inserts.push(q.upsert);
        if (q.statements.length) inserts.push(trx.insertInto('ceasefire_statements').values(q.statements).compile());
      }
    }
    if (engagements.length) inserts.push(trx.insertInto('engagements').values(engagements).compile());
    if (await insertCombined(trx, inserts)) {
      if (!together) for (const c of cfs) await saveCeasefire(trx, docId, c);
      return;
    }
  }
  await insertChunked(events, (chunk) => trx.insertInto('events').values(chunk).execute());
  await insertChunked(actors, (chunk) => trx.insertInto('doc_actors').values(chunk).execute());
  await insertChunked(conflicts, (chunk) => trx.insertInto('role_conflicts').values(chunk).execute());
  for (const c of a.ceasefires ?? []) await saveCeasefire(trx, docId, c);
  await insertChunked(engagements, (chunk) => trx.insertInto('engagements').values(chunk).execute());
}

export function articleStore(db: Db, dialect: DialectName): ArticleStore {
  return {
    save: (docId, analysis, version, opts = {}) =>
      guard(docId, () =>
        atomic(db, async (trx) => {
          if (!opts.newDocument) await clear(trx, docId);
          await write(trx, dialect, docId, analysis, version);
        }),
      ),

    actors: (docId) =>
      guard(docId, async () => {
        const rows = await db
          .selectFrom('doc_actors')
          .selectAll()
          .where('doc_id', '=', docId)
          .orderBy('actor_id')
          .orderBy('code')
          .execute();
        return rows.map((r) => {
          const a: DocActor = {
            docId: r.doc_id,
            actorId: r.actor_id,
            code: r.code,
            name: r.name,
            kind: r.kind as ActorKind,
            how: r.how as Resolution,
            mentions: fromJson<DocActor['mentions']>(r.mentions) ?? [],
          };
          opt(a, 'role', r.role);
          return a;
        });
      }),

    roleConflicts: (docId) =>
      guard(docId, async () => {
        const rows = await db
          .selectFrom('role_conflicts')
          .selectAll()
          .where('doc_id', '=', docId)
          .orderBy('id')
          .execute();
        return rows.map((r): RoleConflict => ({
          actorId: r.actor_id,
          name: r.name,
          statedInText: r.stated,
          heldOnDate: r.held,
          date: r.date,
          evidence: fromJson<RoleConflict['evidence']>(r.evidence) ?? { start: 0, end: 0, text: '' },
        }));
      }),
  };
}
