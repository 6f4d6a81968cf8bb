import type { Selectable } from 'kysely';
import { BrinkError } from '../../domain/errors.js';
import type { IngestItemsTable, IngestRunsTable } from '../schema.js';
import type { IngestItem, IngestRun, IngestStatus, RunStore } from '../types.js';
import { type Db, atomic, clampLimit, fromJson, guard, now, num, opt, toJson } from '../util.js';

function runFromRow(r: Selectable<IngestRunsTable>): IngestRun {
  const run: IngestRun = {
    id: num(r.id),
    startedAt: r.started_at,
    args: fromJson(r.args) ?? null,
    counts: { ok: num(r.ok), duplicate: num(r.duplicate), near: num(r.near), failed: num(r.failed) },
  };
  opt(run, 'finishedAt', r.finished_at);
  return run;
}

function itemFromRow(r: Selectable<IngestItemsTable>): IngestItem & { seq: number } {
  const it: IngestItem & { seq: number } = {
    seq: num(r.seq),
    origin: r.origin,
    status: r.status as IngestStatus,
  };
  opt(it, 'docId', r.doc_id);
  opt(it, 'nearOf', r.near_of);
  opt(it, 'errorCode', r.error_code);
  opt(it, 'errorMessage', r.error_message);
  return it;
}

const COUNT_COLUMN: Record<string, 'ok' | 'duplicate' | 'near' | 'failed'> = {
  ok: 'ok',
  duplicate: 'duplicate',
  'near-duplicate': 'near',
  failed: 'failed',
};

export function runStore(db: Db): RunStore {
  const get = async (runId: number): Promise<IngestRun | null> => {
    const r = await db.selectFrom('ingest_runs').selectAll().where('id', '=', runId).executeTakeFirst();
    return r ? runFromRow(r) : null;
  };

  return {
    start: (args) =>
      guard(undefined, async () => {
        const r = await db
          .insertInto('ingest_runs')
          .values({ started_at: now(), args: toJson(args), ok: 0, duplicate: 0, near: 0, failed: 0 })
          .returning('id')
          .executeTakeFirstOrThrow();
        return num(r.id);
      }),

    item: (runId, item) =>
      guard(`run ${runId}`, () =>
        atomic(db, async (trx) => {
          // Bumping the live count first locks the run row (PostgreSQL) or the database (SQLite),
          // so concurrent items of one run get distinct sequence numbers.
          const col = COUNT_COLUMN[item.status] ?? 'failed';
          const bumped = await trx
            .updateTable('ingest_runs')
            .set((eb) => ({ [col]: eb(col, '+', 1) }))
            .where('id', '=', runId)
            .executeTakeFirst();
          if (num(bumped.numUpdatedRows) === 0)
            throw new BrinkError('NOT_FOUND_RECORD', { what: 'ingest run', id: runId }, String(runId));
          const m = await trx
            .selectFrom('ingest_items')
            .select((eb) => eb.fn.max('seq').as('m'))
            .where('run_id', '=', runId)
            .executeTakeFirst();
          const seq = num(m?.m ?? 0) + 1;
          await trx
            .insertInto('ingest_items')
            .values({
              run_id: runId,
              seq,
              origin: item.origin,
              status: item.status,
              doc_id: item.docId ?? null,
              near_of: item.nearOf ?? null,
              error_code: item.errorCode ?? null,
              error_message: item.errorMessage ?? null,
            })
            .execute();
          return seq;
        }),
      ),

    finish: (runId) =>
      guard(`run ${runId}`, () =>
        atomic(db, async (trx) => {
          const rows = await trx
            .selectFrom('ingest_items')
            .select(['status', (eb) => eb.fn.countAll().as('n')])
            .where('run_id', '=', runId)
            .groupBy('status')
            .execute();
          const c = (s: IngestStatus): number => num(rows.find((r) => r.status === s)?.n ?? 0);
          const res = await trx
            .updateTable('ingest_runs')
            .set({
              finished_at: now(),
              ok: c('ok'),
              duplicate: c('duplicate'),
              near: c('near-duplicate'),
              failed: c('failed'),
            })
            .where('id', '=', runId)
            .executeTakeFirst();
          if (num(res.numUpdatedRows) === 0)
            throw new BrinkError('NOT_FOUND_RECORD', { what: 'ingest run', id: runId }, String(runId));
          const r = await trx
            .selectFrom('ingest_runs')
            .selectAll()
            .where('id', '=', runId)
            .executeTakeFirstOrThrow();
          return runFromRow(r);
        }),
      ),

    get: (runId) =>
      guard(`run ${runId}`, async () => {
        const run = await get(runId);
        if (!run) return null;
        const items = await db
          .selectFrom('ingest_items')
          .selectAll()
          .where('run_id', '=', runId)
          .orderBy('seq')
          .execute();
        return { ...run, items: items.map(itemFromRow) };
      }),

    list: (opts = {}) =>
      guard(undefined, async () => {
        const rows = await db
          .selectFrom('ingest_runs')
          .selectAll()
          .orderBy('id', 'desc')
          .limit(clampLimit(opts.limit, 50, 1000))
          .execute();
        return rows.map(runFromRow);
      }),
  };
}
