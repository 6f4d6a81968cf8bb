/**
 * What ONE delivery of each document stores: the documents analyzed in this process and stored
 * once into an in-memory SQLite store. The e2e tests compare the workers' PostgreSQL rows to it.
 */
import { createAnalyzer, toArticleAnalysis } from '../../src/engine/analyze.js';
import { storeDocument } from '../../src/engine/store-document.js';
import { openStore } from '../../src/store/index.js';
import type { Document } from '../../src/domain/types.js';
import { count, type Sandbox } from './helpers.js';

export interface Snapshot {
  documents: number;
  events: number;
  eventIds: string[];
  docActors: number;
  roleConflicts: number;
  engagements: number;
  ceasefires: number;
}

let analyzer: Awaited<ReturnType<typeof createAnalyzer>> | null = null;

export async function reference(docs: Document[]): Promise<Snapshot> {
  analyzer ??= await createAnalyzer();
  const a = analyzer;
  const store = await openStore({ kind: 'sqlite', path: ':memory:' });
  try {
    for (const d of docs) await storeDocument(store, 'ref', d, { analyze: (doc) => toArticleAnalysis(a(doc)), version: a.version });
    const n = async (t: 'events' | 'doc_actors' | 'role_conflicts' | 'engagements' | 'ceasefires'): Promise<number> =>
      Number((await store.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
    const ids = await store.db.selectFrom('events').select('id').orderBy('id').execute();
    return {
      documents: await store.documents.count(),
      events: await n('events'),
      eventIds: ids.map((r) => r.id),
      docActors: await n('doc_actors'),
      roleConflicts: await n('role_conflicts'),
      engagements: await n('engagements'),
      ceasefires: await n('ceasefires'),
    };
  } finally {
    await store.close();
  }
}

export async function snapshot(box: Sandbox): Promise<Snapshot> {
  const ids = await box.sql<{ id: string }>('select id from $S.events order by id collate "C"');
  return {
    documents: await count(box, 'documents'),
    events: await count(box, 'events'),
    eventIds: ids.map((r) => r.id),
    docActors: await count(box, 'doc_actors'),
    roleConflicts: await count(box, 'role_conflicts'),
    engagements: await count(box, 'engagements'),
    ceasefires: await count(box, 'ceasefires'),
  };
}
