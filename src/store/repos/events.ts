import type { EventFilter, EventStore } from '../types.js';
import { type Db, clampLimit, decodeCursor, encodeCursor, guard } from '../util.js';
import { eventFromRow } from './event-rows.js';

export function eventStore(db: Db): EventStore {
  return {
    query: (filter: EventFilter = {}) =>
      guard(undefined, async () => {
        const limit = clampLimit(filter.limit, 100, 5000);
        let q = db.selectFrom('events').selectAll('events');
        if (filter.outlet !== undefined) {
          const outlet = filter.outlet;
          q = q.where((eb) =>
            eb.exists(
              eb
                .selectFrom('documents as d')
                .select('d.id')
                .whereRef('d.id', '=', 'events.doc_id')
                .where('d.outlet', '=', outlet),
            ),
          );
        }
        if (filter.source !== undefined) {
          const s = filter.source;
          q = q.where((eb) => eb.or([eb('events.source_code', '=', s), eb('events.source_country', '=', s)]));
        }
        if (filter.target !== undefined) {
          const t = filter.target;
          q = q.where((eb) => eb.or([eb('events.target_code', '=', t), eb('events.target_country', '=', t)]));
        }
        if (filter.dyad) {
          const [a, b] = filter.dyad;
          q = q.where((eb) => {
            const src = (x: string) =>
              eb.or([eb('events.source_code', '=', x), eb('events.source_country', '=', x)]);
            const tgt = (x: string) =>
              eb.or([eb('events.target_code', '=', x), eb('events.target_country', '=', x)]);
            return eb.or([eb.and([src(a), tgt(b)]), eb.and([src(b), tgt(a)])]);
          });
        }
        if (filter.cameo !== undefined) {
          const c = filter.cameo.replace(/[^0-9A-Za-z]/g, '');
          q = q.where('events.cameo', 'like', `${c}%`);
        }
        if (filter.root !== undefined) q = q.where('events.root', '=', filter.root);
        if (filter.quad !== undefined) q = q.where('events.quad', '=', filter.quad);
        if (filter.modality !== undefined) q = q.where('events.modality', '=', filter.modality);
        if (filter.from !== undefined) q = q.where('events.event_date', '>=', filter.from);
        if (filter.to !== undefined) q = q.where('events.event_date', '<=', filter.to);
        if (filter.after) {
          const [d, id] = decodeCursor(filter.after, 2) as [string | null, string];
          const key = String(id);
          q = q.where((eb) =>
            d === null
              ? eb.and([eb('events.event_date', 'is', null), eb('events.id', '<', key)])
              : eb.or([
                  eb('events.event_date', '<', String(d)),
                  eb.and([eb('events.event_date', '=', String(d)), eb('events.id', '<', key)]),
                  eb('events.event_date', 'is', null),
                ]),
          );
        }
        const rows = await q
          .orderBy('events.event_date', (ob) => ob.desc().nullsLast())
          .orderBy('events.id', 'desc')
          .limit(limit + 1)
          .execute();
        const page = rows.slice(0, limit);
        const last = page[page.length - 1];
        return {
          items: page.map(eventFromRow),
          nextCursor: rows.length > limit && last ? encodeCursor([last.event_date, last.id]) : null,
        };
      }),

    byDoc: (docId) =>
      guard(docId, async () => {
        const rows = await db
          .selectFrom('events')
          .selectAll()
          .where('doc_id', '=', docId)
          .orderBy('sentence')
          .orderBy('span_start')
          .orderBy('id')
          .execute();
        return rows.map(eventFromRow);
      }),

    get: (id) =>
      guard(id, async () => {
        const r = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
        return r ? eventFromRow(r) : null;
      }),
  };
}
