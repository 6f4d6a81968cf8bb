/** Imported datasets' own facts (migration 0004): GDELT counts and tone, ACLED fatalities and typology. */
import type { EventImportFactsTable } from '../schema.js';
import type { ImportFacts, ImportFactStore } from '../types.js';
import { type Db, guard } from '../util.js';

const CHUNK = 500;

function toRow(f: ImportFacts): EventImportFactsTable {
  return {
    event_id: f.eventId,
    dataset: f.dataset,
    mentions: f.gdelt?.mentions ?? null,
    sources: f.gdelt?.sources ?? null,
    articles: f.gdelt?.articles ?? null,
    avg_tone: f.gdelt?.avgTone ?? null,
    is_root: f.gdelt ? (f.gdelt.isRoot ? 1 : 0) : null,
    fatalities: f.acled?.fatalities ?? null,
    event_type: f.acled?.eventType ?? null,
    sub_event_type: f.acled?.subEventType ?? null,
    disorder_type: f.acled?.disorderType ?? null,
    interaction: f.acled?.interaction ?? null,
    civilian_targeting: f.acled ? (f.acled.civilianTargeting ? 1 : 0) : null,
    tags: f.acled?.tags ?? null,
  };
}

function fromRow(r: EventImportFactsTable): ImportFacts {
  const f: ImportFacts = { eventId: r.event_id, dataset: r.dataset === 'acled' ? 'acled' : 'gdelt' };
  if (r.mentions !== null || r.avg_tone !== null)
    f.gdelt = {
      mentions: r.mentions ?? 0,
      sources: r.sources ?? 0,
      articles: r.articles ?? 0,
      avgTone: r.avg_tone ?? 0,
      isRoot: r.is_root === 1,
    };
  if (r.fatalities !== null || r.event_type !== null) {
    f.acled = {
      fatalities: r.fatalities ?? 0,
      eventType: r.event_type ?? '',
      subEventType: r.sub_event_type ?? '',
      civilianTargeting: r.civilian_targeting === 1,
    };
    if (r.disorder_type !== null) f.acled.disorderType = r.disorder_type;
    if (r.interaction !== null) f.acled.interaction = r.interaction;
    if (r.tags !== null) f.acled.tags = r.tags;
  }
  return f;
}

export function importFactStore(db: Db): ImportFactStore {
  return {
    put: (facts) =>
      guard(undefined, async () => {
        for (let i = 0; i < facts.length; i += CHUNK) {
          const rows = facts.slice(i, i + CHUNK).map(toRow);
          await db
            .insertInto('event_import_facts')
            .values(rows)
            .onConflict((oc) =>
              oc.column('event_id').doUpdateSet((eb) => ({
                dataset: eb.ref('excluded.dataset'),
                mentions: eb.ref('excluded.mentions'),
                sources: eb.ref('excluded.sources'),
                articles: eb.ref('excluded.articles'),
                avg_tone: eb.ref('excluded.avg_tone'),
                is_root: eb.ref('excluded.is_root'),
                fatalities: eb.ref('excluded.fatalities'),
                event_type: eb.ref('excluded.event_type'),
                sub_event_type: eb.ref('excluded.sub_event_type'),
                disorder_type: eb.ref('excluded.disorder_type'),
                interaction: eb.ref('excluded.interaction'),
                civilian_targeting: eb.ref('excluded.civilian_targeting'),
                tags: eb.ref('excluded.tags'),
              })),
            )
            .execute();
        }
      }),
    byEvents: (ids) =>
      guard(undefined, async () => {
        const out: ImportFacts[] = [];
        for (let i = 0; i < ids.length; i += CHUNK) {
          const rows = await db
            .selectFrom('event_import_facts')
            .selectAll()
            .where('event_id', 'in', ids.slice(i, i + CHUNK))
            .execute();
          for (const r of rows) out.push(fromRow(r));
        }
        return out;
      }),
    fatalities: (opts = {}) =>
      guard(undefined, async () => {
        let q = db
          .selectFrom('event_import_facts as f')
          .innerJoin('events as e', 'e.id', 'f.event_id')
          .select((eb) => eb.fn.sum<number | string | null>('f.fatalities').as('n'));
        const { a, b } = opts;
        if (a !== undefined && b !== undefined)
          q = q.where((eb) =>
            eb.or([
              eb.and([eb('e.source_country', '=', a), eb('e.target_country', '=', b)]),
              eb.and([eb('e.source_country', '=', b), eb('e.target_country', '=', a)]),
            ]),
          );
        else if (a !== undefined) q = q.where((eb) => eb.or([eb('e.source_country', '=', a), eb('e.target_country', '=', a)]));
        if (opts.from !== undefined) q = q.where('e.event_date', '>=', opts.from);
        if (opts.to !== undefined) q = q.where('e.event_date', '<=', opts.to);
        const row = await q.executeTakeFirst();
        return Number(row?.n ?? 0);
      }),
  };
}
