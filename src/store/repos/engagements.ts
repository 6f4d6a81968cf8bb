import type { Selectable } from 'kysely';
import type { EngagementsTable } from '../schema.js';
import type { Confidentiality, Engagement, EngagementSource, EngagementStore } from '../types.js';
import { type Db, clampLimit, guard, now, num, opt } from '../util.js';

function fromRow(r: Selectable<EngagementsTable>): Engagement {
  const e: Engagement = {
    id: num(r.id),
    mediator: r.mediator,
    party: r.party,
    date: r.date,
    source: r.source as EngagementSource,
    confidentiality: r.confidentiality as Confidentiality,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
  opt(e, 'channel', r.channel);
  opt(e, 'onBehalfOf', r.on_behalf_of);
  opt(e, 'notes', r.notes);
  opt(e, 'eventId', r.event_id);
  opt(e, 'docId', r.doc_id);
  opt(e, 'createdBy', r.created_by);
  return e;
}

export function engagementStore(db: Db): EngagementStore {
  return {
    insert: (g) =>
      guard(undefined, async () => {
        const at = now();
        const r = await db
          .insertInto('engagements')
          .values({
            mediator: g.mediator,
            party: g.party,
            channel: g.channel ?? null,
            on_behalf_of: g.onBehalfOf ?? null,
            date: g.date,
            source: g.source,
            confidentiality: g.confidentiality,
            notes: g.notes ?? null,
            event_id: g.eventId ?? null,
            doc_id: g.docId ?? null,
            created_by: g.createdBy ?? null,
            created_at: at,
            updated_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return num(r.id);
      }),

    get: (id) =>
      guard(String(id), async () => {
        const r = await db.selectFrom('engagements').selectAll().where('id', '=', id).executeTakeFirst();
        return r ? fromRow(r) : null;
      }),

    list: (opts = {}) =>
      guard(undefined, async () => {
        let q = db.selectFrom('engagements').selectAll();
        if (opts.mediator !== undefined) q = q.where('mediator', '=', opts.mediator);
        if (opts.party !== undefined) q = q.where('party', '=', opts.party);
        if (opts.from !== undefined) q = q.where('date', '>=', opts.from);
        if (opts.to !== undefined) q = q.where('date', '<=', opts.to);
        const rows = await q
          .orderBy('date', 'desc')
          .orderBy('id', 'desc')
          .limit(clampLimit(opts.limit, 100, 5000))
          .execute();
        return rows.map(fromRow);
      }),

    update: (id, p) =>
      guard(String(id), async () => {
        const set: Partial<Selectable<EngagementsTable>> = { updated_at: now() };
        if (p.mediator !== undefined) set.mediator = p.mediator;
        if (p.party !== undefined) set.party = p.party;
        if (p.channel !== undefined) set.channel = p.channel;
        if (p.onBehalfOf !== undefined) set.on_behalf_of = p.onBehalfOf;
        if (p.date !== undefined) set.date = p.date;
        if (p.confidentiality !== undefined) set.confidentiality = p.confidentiality;
        if (p.notes !== undefined) set.notes = p.notes;
        if (p.eventId !== undefined) set.event_id = p.eventId;
        if (p.docId !== undefined) set.doc_id = p.docId;
        if (p.createdBy !== undefined) set.created_by = p.createdBy;
        const r = await db.updateTable('engagements').set(set).where('id', '=', id).executeTakeFirst();
        return num(r.numUpdatedRows) > 0;
      }),

    delete: (id) =>
      guard(String(id), async () => {
        const r = await db.deleteFrom('engagements').where('id', '=', id).executeTakeFirst();
        return num(r.numDeletedRows) > 0;
      }),
  };
}
