/**
 * Recoding: after the dictionaries or patterns change (the data version moves), re-analyze stored
 * documents and replace their analysis, one transaction per document, reporting what changed.
 */
import type { Store } from '../store/types.js';
import type { Event } from '../domain/types.js';
import { toArticleAnalysis, type Analyzer } from './analyze.js';

export interface RecodeChange {
  docId: string;
  before: number;
  after: number;
  added: string[];
  removed: string[];
  error?: string;
}

const sig = (e: Event) => `${e.source.code}>${e.target?.code ?? '-'}:${e.cameo}:${e.modality}`;

export async function* recode(store: Store, analyze: Analyzer & { version: string }, opts: { all?: boolean } = {}): AsyncGenerator<RecodeChange> {
  let after: string | undefined;
  do {
    const page = await store.documents.list({ limit: 200, ...(after ? { after } : {}) });
    for (const summary of page.items) {
      const old = await store.events.byDoc(summary.id);
      if (!opts.all && old.length > 0 && old.every((e) => e.version === analyze.version)) continue;
      const doc = await store.documents.get(summary.id);
      if (!doc || !doc.supported || !doc.published) continue;
      try {
        const analysis = toArticleAnalysis(analyze(doc));
        await store.transaction((tx) => tx.articles.save(doc.id, analysis, analyze.version));
        const before = new Set(old.map(sig));
        const now = new Set(analysis.events.map(sig));
        yield { docId: doc.id, before: old.length, after: analysis.events.length, added: [...now].filter((s) => !before.has(s)), removed: [...before].filter((s) => !now.has(s)) };
      } catch (e) {
        yield { docId: doc.id, before: old.length, after: old.length, added: [], removed: [], error: e instanceof Error ? e.message : String(e) };
      }
    }
    after = page.nextCursor ?? undefined;
  } while (after);
}
