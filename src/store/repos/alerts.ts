import type { Selectable } from 'kysely';
import type { AlertDeliveriesTable, AlertsTable } from '../schema.js';
import type { Alert, AlertDelivery, AlertStore } from '../types.js';
import { type Db, clampLimit, fromJson, guard, num, opt, toJson } from '../util.js';

function fromRow(r: Selectable<AlertsTable>): Alert {
  return {
    id: num(r.id),
    rule: r.rule,
    dyad: r.dyad,
    firedAt: r.fired_at,
    score: r.score,
    explanation: fromJson(r.explanation) ?? null,
    eventIds: fromJson<string[]>(r.event_ids) ?? [],
    status: r.status,
  };
}

function deliveryFromRow(r: Selectable<AlertDeliveriesTable>): AlertDelivery {
  const d: AlertDelivery = {
    alertId: num(r.alert_id),
    url: r.url,
    attempt: num(r.attempt),
    ok: r.ok === 1,
    at: r.at,
  };
  opt(d, 'statusCode', r.status_code);
  opt(d, 'error', r.error);
  return d;
}

export function alertStore(db: Db): AlertStore {
  return {
    insert: (a) =>
      guard(a.rule, async () => {
        const r = await db
          .insertInto('alerts')
          .values({
            rule: a.rule,
            dyad: a.dyad,
            fired_at: a.firedAt,
            score: a.score,
            explanation: toJson(a.explanation),
            event_ids: toJson(a.eventIds),
            status: a.status ?? 'open',
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return num(r.id);
      }),

    get: (id) =>
      guard(String(id), async () => {
        const r = await db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
        return r ? fromRow(r) : null;
      }),

    list: (opts = {}) =>
      guard(undefined, async () => {
        let q = db.selectFrom('alerts').selectAll();
        if (opts.status !== undefined) q = q.where('status', '=', opts.status);
        if (opts.rule !== undefined) q = q.where('rule', '=', opts.rule);
        const rows = await q
          .orderBy('fired_at', 'desc')
          .orderBy('id', 'desc')
          .limit(clampLimit(opts.limit, 100, 5000))
          .execute();
        return rows.map(fromRow);
      }),

    setStatus: (id, status) =>
      guard(String(id), async () => {
        const r = await db.updateTable('alerts').set({ status }).where('id', '=', id).executeTakeFirst();
        return num(r.numUpdatedRows) > 0;
      }),

    addDelivery: (d) =>
      guard(String(d.alertId), async () => {
        await db
          .insertInto('alert_deliveries')
          .values({
            alert_id: d.alertId,
            url: d.url,
            attempt: d.attempt,
            status_code: d.statusCode ?? null,
            ok: d.ok ? 1 : 0,
            error: d.error ?? null,
            at: d.at,
          })
          .execute();
      }),

    deliveries: (alertId) =>
      guard(String(alertId), async () => {
        const rows = await db
          .selectFrom('alert_deliveries')
          .selectAll()
          .where('alert_id', '=', alertId)
          .orderBy('id')
          .execute();
        return rows.map(deliveryFromRow);
      }),
  };
}
