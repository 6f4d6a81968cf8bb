import type { ExpressionBuilder, Selectable } from 'kysely';
import type { Document } from '../../domain/types.js';
import type { DB, DocumentsTable } from '../schema.js';
import { bands, hamming, isSimhash } from '../simhash.js';
import type { DocumentStore, DocumentSummary, PutOptions } from '../types.js';
import { type Db, atomic, clampLimit, decodeCursor, encodeCursor, guard, now, num, opt } from '../util.js';
import type { DialectFeatures } from '../dialect.js';

type Row = Selectable<DocumentsTable>;

export function toRow(doc: Document, opts: PutOptions = {}): Row {
  const b = doc.simhash ? bands(doc.simhash) : null;
  return {
    id: doc.id,
    url: doc.url ?? null,
    title: doc.title ?? null,
    outlet: doc.outlet ?? null,
    published: doc.published ?? null,
    language: doc.language,
    supported: doc.supported ? 1 : 0,
    kind: doc.kind,
    origin: doc.origin ?? null,
    text: doc.text,
    html: doc.html ?? null,
    simhash: doc.simhash ? doc.simhash.toLowerCase() : null,
    b0: b?.[0] ?? null,
    b1: b?.[1] ?? null,
    b2: b?.[2] ?? null,
    b3: b?.[3] ?? null,
    near_duplicate_of: doc.nearDuplicateOf ?? null,
    ingested_at: opts.ingestedAt ?? now(),
    pipeline_version: opts.pipelineVersion ?? null,
  };
}

export function fromRow(r: Row): Document {
  const d: Document = {
    id: r.id,
    language: r.language,
    supported: r.supported === 1,
    text: r.text,
    kind: r.kind as Document['kind'],
  };
  opt(d, 'url', r.url);
  opt(d, 'title', r.title);
  opt(d, 'outlet', r.outlet);
  opt(d, 'published', r.published);
  opt(d, 'html', r.html);
  opt(d, 'origin', r.origin);
  opt(d, 'nearDuplicateOf', r.near_duplicate_of);
  opt(d, 'simhash', r.simhash);
  return d;
}

const SUMMARY = [
  'id',
  'title',
  'url',
  'outlet',
  'published',
  'language',
  'kind',
  'near_duplicate_of',
  'ingested_at',
] as const;

function toSummary(r: Pick<Row, (typeof SUMMARY)[number]>): DocumentSummary {
  const s: DocumentSummary = {
    id: r.id,
    language: r.language,
    kind: r.kind as Document['kind'],
    ingestedAt: r.ingested_at,
  };
  opt(s, 'title', r.title);
  opt(s, 'url', r.url);
  opt(s, 'outlet', r.outlet);
  opt(s, 'published', r.published);
  opt(s, 'nearDuplicateOf', r.near_duplicate_of);
  return s;
}

export function documentStore(db: Db, f: DialectFeatures): DocumentStore {
  /**
   * Documents within `maxDistance` bits of `simhash`, nearest first (band index up to 3 bits,
   * else a scan); with `alsoId`, that document too whatever its hash (distance ∞ when it has none).
   */
  async function near(simhash: string, maxDistance: number, alsoId?: string): Promise<Array<{ id: string; distance: number }>> {
    const b = bands(simhash);
    if (!b || !isSimhash(simhash)) return [];
    let q = db.selectFrom('documents').select(['id', 'simhash']);
    const close = maxDistance <= 3
      ? (eb: ExpressionBuilder<DB, 'documents'>) =>
          eb.and([eb('simhash', 'is not', null), eb.or([eb('b0', '=', b[0]), eb('b1', '=', b[1]), eb('b2', '=', b[2]), eb('b3', '=', b[3])])])
      : (eb: ExpressionBuilder<DB, 'documents'>) => eb('simhash', 'is not', null);
    q = alsoId === undefined ? q.where(close) : q.where((eb) => eb.or([eb('id', '=', alsoId), close(eb)]));
    const rows = await q.execute();
    return rows
      .map((r) => ({ id: r.id, distance: r.simhash ? hamming(simhash, r.simhash) : Infinity }))
      .filter((r) => r.distance <= maxDistance || r.id === alsoId)
      .sort((x, y) => x.distance - y.distance || (x.id < y.id ? -1 : 1));
  }

  return {
    put: (doc, opts) =>
      guard(doc.id, () =>
        atomic(db, async (trx) => {
          const res = await trx
            .insertInto('documents')
            .values(toRow(doc, opts))
            .onConflict((oc) => oc.column('id').doNothing())
            .executeTakeFirst();
          const inserted = num(res.numInsertedOrUpdatedRows) > 0;
          if (inserted && doc.bands?.length) {
            await trx.insertInto('doc_bands').values([...new Set(doc.bands)].map((band) => ({ doc_id: doc.id, band }))).execute();
          }
          return { status: inserted ? 'inserted' : 'duplicate', id: doc.id } as const;
        }).catch((e: unknown) => {
          if (f.isUniqueViolation(e)) return { status: 'duplicate', id: doc.id } as const;
          throw e;
        }),
      ),

    get: (id) =>
      guard(id, async () => {
        const r = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
        return r ? fromRow(r) : null;
      }),

    has: (id) =>
      guard(id, async () => {
        const r = await db.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst();
        return r !== undefined;
      }),

    count: () =>
      guard(undefined, async () => {
        const r = await db
          .selectFrom('documents')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow();
        return num(r.n);
      }),

    list: (opts = {}) =>
      guard(undefined, async () => {
        const limit = clampLimit(opts.limit, 50, 1000);
        let q = db.selectFrom('documents').select(SUMMARY);
        if (opts.after) {
          const [at, id] = decodeCursor(opts.after, 2).map(String) as [string, string];
          q = q.where((eb) =>
            eb.or([eb('ingested_at', '<', at), eb.and([eb('ingested_at', '=', at), eb('id', '<', id)])]),
          );
        }
        const rows = await q
          .orderBy('ingested_at', 'desc')
          .orderBy('id', 'desc')
          .limit(limit + 1)
          .execute();
        const page = rows.slice(0, limit);
        const last = page[page.length - 1];
        return {
          items: page.map(toSummary),
          nextCursor: rows.length > limit && last ? encodeCursor([last.ingested_at, last.id]) : null,
        };
      }),

    findSimilar: (bands, minShared) =>
      guard(undefined, async () => {
        const unique = [...new Set(bands)];
        if (unique.length === 0) return [];
        const rows = await db
          .selectFrom('doc_bands')
          .select((eb) => ['doc_id', eb.fn.countAll().as('n')])
          .where('band', 'in', unique)
          .groupBy('doc_id')
          .having((eb) => eb.fn.countAll(), '>=', minShared)
          .execute();
        return rows
          .map((r) => ({ id: r.doc_id, shared: num(r.n) }))
          .sort((x, y) => y.shared - x.shared || (x.id < y.id ? -1 : 1))
          .slice(0, 20);
      }),

    findNear: (simhash, maxDistance) => guard(simhash, () => near(simhash, maxDistance)),

    lookup: (id, simhash, maxDistance) =>
      guard(id, async () => {
        if (!simhash || !bands(simhash) || !isSimhash(simhash)) {
          const r = await db.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst();
          return { exists: r !== undefined, near: [] };
        }
        const found = await near(simhash, maxDistance, id);
        return { exists: found.some((r) => r.id === id), near: found.filter((r) => r.id !== id) };
      }),
  };
}
