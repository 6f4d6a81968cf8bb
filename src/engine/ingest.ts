/**
 * Ingest wiring: sources → documents → dedup against the store → stored, with every run and
 * per-item result recorded. One document is one transaction; a failed item never stops the batch.
 */
import { readSources, type IngestOptions } from '../ingest/index.js';
import type { Store } from '../store/types.js';
import type { Document } from '../domain/types.js';
import { toBrinkError } from '../domain/errors.js';

export type ItemStatus = 'ok' | 'duplicate' | 'near-duplicate' | 'failed';

export interface ItemReport {
  origin: string;
  status: ItemStatus;
  docId?: string;
  title?: string;
  nearOf?: string;
  language?: string;
  supported?: boolean;
  error?: { code: string; message: string };
}

export interface RunSummary {
  runId: number;
  ok: number;
  duplicate: number;
  nearDuplicate: number;
  failed: number;
  total: number;
}

/** Hamming distance on 64-bit SimHashes under which two documents are the same story lightly edited. */
export const NEAR_DUPLICATE_DISTANCE = 3;

/** Called once per stored document (inside the caller's flow, after the document row exists). */
export type AfterStore = (doc: Document) => Promise<void>;

export async function* ingest(
  store: Store,
  inputs: string[],
  opts: IngestOptions & { afterStore?: AfterStore } = {},
): AsyncGenerator<ItemReport, RunSummary> {
  const runId = await store.runs.start({ inputs, published: opts.published, outlet: opts.outlet });
  const summary: RunSummary = { runId, ok: 0, duplicate: 0, nearDuplicate: 0, failed: 0, total: 0 };
  for await (const item of readSources(inputs, opts)) {
    const report = item.doc ? await storeOne(store, item.origin, item.doc, opts.afterStore) : failed(item.origin, item.error);
    summary.total++;
    if (report.status === 'ok') summary.ok++;
    else if (report.status === 'duplicate') summary.duplicate++;
    else if (report.status === 'near-duplicate') summary.nearDuplicate++;
    else summary.failed++;
    await store.runs.item(runId, {
      origin: report.origin,
      status: report.status,
      docId: report.docId,
      nearOf: report.nearOf,
      errorCode: report.error?.code,
      errorMessage: report.error?.message,
    });
    yield report;
  }
  await store.runs.finish(runId);
  return summary;
}

async function storeOne(store: Store, origin: string, doc: Document, afterStore?: AfterStore): Promise<ItemReport> {
  const base = { origin, docId: doc.id, title: doc.title, language: doc.language, supported: doc.supported };
  try {
    if (await store.documents.has(doc.id)) return { ...base, status: 'duplicate' };
    const near = doc.simhash ? await store.documents.findNear(doc.simhash, NEAR_DUPLICATE_DISTANCE) : [];
    const nearest = near.sort((a, b) => a.distance - b.distance)[0];
    const stored: Document = nearest ? { ...doc, nearDuplicateOf: nearest.id } : doc;
    const put = await store.documents.put(stored);
    if (put.status === 'duplicate') return { ...base, status: 'duplicate' };
    if (afterStore) await afterStore(stored);
    return nearest ? { ...base, status: 'near-duplicate', nearOf: nearest.id } : { ...base, status: 'ok' };
  } catch (e) {
    return failed(origin, e);
  }
}

function failed(origin: string, e: unknown): ItemReport {
  const err = toBrinkError(e, origin);
  return { origin, status: 'failed', error: { code: err.code, message: err.message } };
}
