import type { EventFilter, EventStore } from '../types.js';
import { type Db, clampLimit, decodeCursor, encodeCursor, guard } from '../util.js';
import { eventFromRow } from './event-rows.js';

/** The page order: newest event date first, undated last, then id descending (byte order, as in SQL). */
function byDateDescIdDesc(
  x: { event_date: string | null; id: string },
  y: { event_date: string | null; id: string },
): number {
  if (x.event_date !== y.event_date) {
    if (x.event_date === null) return 1;
    if (y.event_date === null) return -1;
    return x.event_date < y.event_date ? 1 : -1;
  }
  return x.id < y.id ? 1 : x.id > y.id ? -1 : 0;
}

export function eventStore(db: Db): EventStore {
  return {
    query: (filter: EventFilter = {}) =>
      guard(undefined, async () => {
        const limit = clampLimit(filter.limit, 100, 5000);
        const base = () => {
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
          // A 3-letter key is a country (every code of that country); a longer key is a full code.
          // One column per key keeps each condition indexable (events_dyad_date / events_code_dyad).
          if (filter.source !== undefined) {
            const s = filter.source;
            q = q.where(s.length === 3 ? 'events.source_country' : 'events.source_code', '=', s);
          }
          if (filter.target !== undefined) {
            const t = filter.target;
            q = q.where(t.length === 3 ? 'events.target_country' : 'events.target_code', '=', t);
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
          return q;
        };
        const ordered = (q: ReturnType<typeof base>) =>
          q
            .orderBy('events.event_date', (ob) => ob.desc().nullsLast())
            .orderBy('events.id', 'desc')
            .limit(limit + 1)
            .execute();
        let rows: Awaited<ReturnType<typeof ordered>>;
        if (filter.dyad) {
          // One ordered, indexed lookup per direction (events_dyad_date / events_code_dyad), merged:
          // an OR of both directions would make the database sort every event of the dyad.
          const [a, b] = filter.dyad;
          const dir = (x: string, y: string) =>
            ordered(
              base()
                .where(x.length === 3 ? 'events.source_country' : 'events.source_code', '=', x)
                .where(y.length === 3 ? 'events.target_country' : 'events.target_code', '=', y),
            );
          const both = a === b ? await dir(a, b) : [...(await dir(a, b)), ...(await dir(b, a))];
          rows = both.sort(byDateDescIdDesc).slice(0, limit + 1);
        } else {
          rows = await ordered(base());
        }
        const page = rows.slice(0, limit);
        const last = page[page.length - 1];
        return {
          items: page.map(eventFromRow),
          nextCursor: rows.length > limit && last ? encodeCursor([last.event_date, last.id]) : null,
        };
      }),

    daily: (f) =>
      guard(undefined, async () => {
        const [a, b] = f.dyad;
        const side = (col: 'source' | 'target', x: string) =>
          x.length === 3 ? (`${col}_country` as const) : (`${col}_code` as const);
        const run = (x: string, y: string) => {
          let q = db
            .selectFrom('events')
            .select((eb) => [
              'event_date',
              'quad',
              eb.fn.countAll().as('n'),
              eb.fn.sum<number>('goldstein').as('g'),
            ])
            .where(side('source', x), '=', x)
            .where(side('target', y), '=', y)
            .where('modality', '=', f.modality ?? 'asserted')
            .where('event_date', 'is not', null);
          if (f.from) q = q.where('event_date', '>=', f.from);
          if (f.to) q = q.where('event_date', '<=', f.to);
          return q.groupBy(['event_date', 'quad']).execute();
        };
        const rows = [...(await run(a, b)), ...(f.directed || a === b ? [] : await run(b, a))];
        const merged = new Map<string, { date: string; quad: number; n: number; goldsteinSum: number }>();
        for (const r of rows) {
          const k = `${r.event_date}|${r.quad}`;
          const m = merged.get(k) ?? {
            date: String(r.event_date),
            quad: Number(r.quad),
            n: 0,
            goldsteinSum: 0,
          };
          m.n += Number(r.n);
          m.goldsteinSum += Number(r.g);
          merged.set(k, m);
        }
        return [...merged.values()].sort((x, y) =>
          x.date < y.date ? -1 : x.date > y.date ? 1 : x.quad - y.quad,
        );
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
