/** Documents: list, ingest with analysis (text, HTML, URL via the SSRF-safe fetcher, NDJSON), get with report. */
import { Readable } from 'node:stream';
import type { Hono } from 'hono';
import { z } from 'zod';
import { BrinkError } from '../../domain/errors.js';
import type { Document } from '../../domain/types.js';
import { ingest, type ItemReport } from '../../engine/ingest.js';
import { toArticleAnalysis } from '../../engine/analyze.js';
import { refreshAlerts } from '../../engine/alerts.js';
import { DEFAULT_ALERT_CONFIG } from '../../analytics/index.js';
import type { ArticleReport } from '../../story/index.js';
import type { AppDeps, Env } from '../context.js';
import { ALL, WRITERS, type Registry } from '../registry.js';
import { cursor, idParam, limit } from '../schemas.js';
import { documentOut, documentSummaryOut, pageOf } from '../shapes.js';

const meta = {
  title: z.string().max(10_000).optional(),
  outlet: z.string().max(1000).optional(),
  published: z.string().max(100).optional().describe('publication date or instant (needed for analysis)'),
};

export const documentInput = z.union([
  z.object({ text: z.string().min(1), ...meta, url: z.string().max(8192).optional() }).strict(),
  z.object({ html: z.string().min(1), ...meta, url: z.string().max(8192).optional() }).strict(),
  z.object({ url: z.string().url().max(8192), outlet: meta.outlet, published: meta.published }).strict(),
  z.object({ ndjson: z.string().min(1) }).strict(),
]);
type DocumentInput = z.infer<typeof documentInput>;

const REPORT_CACHE = 200;
const reports = new WeakMap<AppDeps, Map<string, ArticleReport | null>>();

/** The article report, re-run on the stored text and cached by id and analyzer version. */
async function reportFor(deps: AppDeps, doc: Document): Promise<ArticleReport | null> {
  if (!doc.supported || !doc.published) return null;
  const analyzer = await deps.analyzer();
  const key = `${doc.id}@${analyzer.version}`;
  let cache = reports.get(deps);
  if (!cache) reports.set(deps, (cache = new Map()));
  if (cache.has(key)) return cache.get(key) ?? null;
  let report: ArticleReport | null;
  try {
    report = analyzer(doc).report;
  } catch {
    report = null;
  }
  cache.set(key, report);
  if (cache.size > REPORT_CACHE) cache.delete(cache.keys().next().value as string);
  return report;
}

function sourcesOf(body: DocumentInput): { inputs: string[]; stdin?: Readable; published?: string; outlet?: string } {
  if ('ndjson' in body) return { inputs: ['-'], stdin: Readable.from([Buffer.from(body.ndjson)]) };
  if ('text' in body || 'html' in body) return { inputs: ['-'], stdin: Readable.from([Buffer.from(JSON.stringify(body) + '\n')]) };
  const url = new URL(body.url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BrinkError('BAD_URL', { detail: url.protocol });
  return { inputs: [body.url], ...(body.published ? { published: body.published } : {}), ...(body.outlet ? { outlet: body.outlet } : {}) };
}

async function ingestBody(deps: AppDeps, body: DocumentInput, who: string): Promise<ItemReport[]> {
  const analyzer = await deps.analyzer();
  const src = sourcesOf(body);
  const out: ItemReport[] = [];
  const gen = ingest(deps.store, src.inputs, {
    analyze: (d) => toArticleAnalysis(analyzer(d)),
    version: analyzer.version,
    allowPrivate: deps.config.allowPrivateFetch ?? false,
    maxBytes: deps.config.maxBodyBytes ?? 5 * 1024 * 1024,
    ...(src.stdin ? { stdin: src.stdin } : {}),
    ...(src.published ? { published: src.published } : {}),
    ...(src.outlet ? { outlet: src.outlet } : {}),
  });
  for (let r = await gen.next(); !r.done; r = await gen.next()) out.push(r.value);
  await deps.store.auth.audit({ who, action: 'documents.ingest', detail: { items: out.length, ok: out.filter((r) => r.status === 'ok').length } });
  return out;
}

async function afterIngest(deps: AppDeps): Promise<void> {
  if (deps.config.refreshAlertsOnIngest === false) return;
  const fresh = await refreshAlerts(deps.store, deps.config.alertSettings ?? { ...DEFAULT_ALERT_CONFIG, webhooks: [] }, deps.now());
  if (fresh.length) deps.bus.notify();
}

export function documentRoutes(app: Hono<Env>, r: Registry): void {
  r.add(
    app,
    { method: 'get', path: '/api/documents', tag: 'documents', roles: ALL, summary: 'stored documents, newest first', response: pageOf(documentSummaryOut), query: z.object({ limit: limit(1000, 50), after: cursor.optional() }) },
    ({ query, deps }) => deps.store.documents.list({ limit: query.limit, ...(query.after ? { after: query.after } : {}) }),
  );

  r.add(
    app,
    {
      method: 'post', path: '/api/documents', tag: 'documents', roles: WRITERS, body: documentInput,
      summary: 'ingest with analysis: {text,...} | {html,...} | {url} (fetched; private addresses refused) | {ndjson}',
      response: z.array(z.object({ origin: z.string(), status: z.string(), docId: z.string().optional(), error: z.object({ code: z.string(), message: z.string() }).optional() })),
    },
    async ({ body, deps, principal }) => {
      const items = await ingestBody(deps, body, principal!.user.name);
      deps.cache.invalidate();
      if (items.some((i) => i.status === 'ok' || i.status === 'near-duplicate')) await afterIngest(deps);
      return items.map((i) => ({
        origin: i.origin, status: i.status,
        ...(i.docId ? { docId: i.docId } : {}), ...(i.nearOf ? { nearOf: i.nearOf } : {}),
        ...(i.events !== undefined ? { events: i.events } : {}), ...(i.note ? { note: i.note } : {}), ...(i.error ? { error: i.error } : {}),
      }));
    },
  );

  r.add(
    app,
    { method: 'get', path: '/api/documents/:id', tag: 'documents', roles: ALL, params: idParam, response: documentOut, summary: 'a document with its actors, role conflicts, events and article report' },
    async ({ params, deps }) => {
      const doc = await deps.store.documents.get(params.id);
      if (!doc) throw new BrinkError('NOT_FOUND_RECORD', { what: 'document', id: params.id });
      const [actors, roleConflicts, events] = await Promise.all([deps.store.articles.actors(doc.id), deps.store.articles.roleConflicts(doc.id), deps.store.events.byDoc(doc.id)]);
      const { html: _html, ...document } = doc;
      return { document, actors, roleConflicts, events, report: await reportFor(deps, doc) };
    },
  );
}
