import type { Selectable } from 'kysely';
import type { EventClustersTable } from '../schema.js';
import type { ClusterStore, EventCluster } from '../types.js';
import { type Db, atomic, clampLimit, fromJson, guard, num, opt, toJson } from '../util.js';

function fromRow(r: Selectable<EventClustersTable>): EventCluster {
  const c: EventCluster = {
    id: r.id,
    sourceCode: r.source_code,
    cameo3: r.cameo3,
    mentions: num(r.mentions),
    articles: num(r.articles),
    sources: fromJson<string[]>(r.sources) ?? [],
  };
  opt(c, 'targetCode', r.target_code);
  opt(c, 'eventDate', r.event_date);
  return c;
}

export function clusterStore(db: Db): ClusterStore {
  return {
    save: (clusters, assignments) =>
      guard(undefined, () =>
        atomic(db, async (trx) => {
          for (const c of clusters) {
            const values = {
              source_code: c.sourceCode,
              target_code: c.targetCode ?? null,
              cameo3: c.cameo3,
              event_date: c.eventDate ?? null,
              mentions: c.mentions,
              articles: c.articles,
              sources: toJson(c.sources),
            };
            await trx
              .insertInto('event_clusters')
              .values({ id: c.id, ...values })
              .onConflict((oc) => oc.column('id').doUpdateSet(values))
              .execute();
          }
          for (const a of assignments) {
            await trx
              .updateTable('events')
              .set({ cluster_id: a.clusterId })
              .where('id', '=', a.eventId)
              .execute();
          }
          await trx
            .deleteFrom('event_clusters')
            .where((eb) =>
              eb.not(
                eb.exists(
                  eb
                    .selectFrom('events as e')
                    .select('e.id')
                    .whereRef('e.cluster_id', '=', 'event_clusters.id'),
                ),
              ),
            )
            .execute();
        }),
      ),

    get: (id) =>
      guard(id, async () => {
        const r = await db.selectFrom('event_clusters').selectAll().where('id', '=', id).executeTakeFirst();
        return r ? fromRow(r) : null;
      }),

    list: (opts = {}) =>
      guard(undefined, async () => {
        let q = db.selectFrom('event_clusters').selectAll();
        if (opts.source !== undefined) q = q.where('source_code', '=', opts.source);
        if (opts.target !== undefined) q = q.where('target_code', '=', opts.target);
        if (opts.from !== undefined) q = q.where('event_date', '>=', opts.from);
        if (opts.to !== undefined) q = q.where('event_date', '<=', opts.to);
        const rows = await q
          .orderBy('event_date', (ob) => ob.desc().nullsLast())
          .orderBy('id')
          .limit(clampLimit(opts.limit, 100, 5000))
          .execute();
        return rows.map(fromRow);
      }),
  };
}
