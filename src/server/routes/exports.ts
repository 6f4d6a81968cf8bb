/**
 * Streamed exports. Events (public data, every role) in the interop formats, paged through the
 * store with keyset cursors: memory stays flat whatever the size. Engagements as CSV for analysts
 * and admins only (viewers: 403); non-public rows in an export are audited.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { Event } from '../../domain/types.js';
import type { EventFilter, Store } from '../../store/types.js';
import { cachedLookup, exportEvents, isExportFormat, type ExportFormat } from '../../interop/export/index.js';
import type { Ctx, Env } from '../context.js';
import { ALL, WRITERS, type Registry } from '../registry.js';
import { eventExportQuery, toEventFilter } from '../schemas.js';
import { auditSensitive } from '../visibility.js';
import { visibleEngagements } from './engagements.js';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
  plover: 'application/json; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  gdelt: 'text/tab-separated-values; charset=utf-8',
  hxl: 'text/csv; charset=utf-8',
};

export async function* pagedEvents(store: Store, filter: EventFilter): AsyncGenerator<Event> {
  let after: string | undefined;
  do {
    const page = await store.events.query({ ...filter, limit: 1000, ...(after ? { after } : {}) });
    yield* page.items;
    after = page.nextCursor ?? undefined;
  } while (after);
}

/** A pull-based body: the next chunk is produced only when the client has taken the last one. */
export function streamBody(c: Ctx, chunks: AsyncIterator<string>, type: string, filename: string): Response {
  const enc = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      const r = await chunks.next();
      if (r.done) ctrl.close();
      else ctrl.enqueue(enc.encode(r.value));
    },
    async cancel() {
      await chunks.return?.(undefined);
    },
  });
  return c.body(body, 200, { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store' });
}

/** CSV cell: RFC 4180 quoting, and a leading quote on cells a spreadsheet would run as a formula. */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const ENGAGEMENT_COLUMNS = ['id', 'date', 'mediator', 'party', 'channel', 'onBehalfOf', 'source', 'confidentiality', 'notes', 'eventId', 'docId', 'createdBy', 'createdAt', 'updatedAt'] as const;

export function exportRoutes(app: Hono<Env>, r: Registry): void {
  r.add(
    app,
    {
      method: 'get', path: '/api/exports/:file{events\\.(?:csv|ndjson|plover|geojson|gdelt|hxl)}', tag: 'exports', roles: ALL, produces: 'application/octet-stream',
      summary: 'stream events as events.csv | events.ndjson | events.plover | events.geojson | events.gdelt | events.hxl, with the /api/events filters',
      params: z.object({ file: z.enum(['events.csv', 'events.ndjson', 'events.plover', 'events.geojson', 'events.gdelt', 'events.hxl']) }),
      query: eventExportQuery,
    },
    ({ params, query, deps, c }) => {
      const format = params.file.slice('events.'.length);
      if (!isExportFormat(format)) throw new Error('unreachable');
      const docs = cachedLookup(async (id) => {
        const d = await deps.store.documents.get(id);
        return d ? { ...(d.url ? { url: d.url } : {}), ...(d.outlet ? { outlet: d.outlet } : {}), ...(d.published ? { published: d.published } : {}) } : null;
      });
      const chunks = exportEvents(format, pagedEvents(deps.store, toEventFilter(query)), { docs });
      const ext = format === 'plover' ? 'json' : format === 'gdelt' ? 'tsv' : format === 'hxl' ? 'hxl.csv' : format;
      return streamBody(c, chunks, CONTENT_TYPES[format], `brink-events.${ext}`);
    },
  );

  r.add(
    app,
    { method: 'get', path: '/api/exports/engagements.csv', tag: 'exports', roles: WRITERS, produces: 'text/csv', summary: 'the mediation log as CSV (analysts and admins; all confidentiality levels, audited)' },
    async ({ deps, principal, c }) => {
      const list = await visibleEngagements(deps, principal!);
      await auditSensitive(deps.store, principal!, 'engagement.export', list);
      async function* rows(): AsyncGenerator<string> {
        yield ENGAGEMENT_COLUMNS.join(',') + '\r\n';
        for (const e of list) yield ENGAGEMENT_COLUMNS.map((k) => csvCell(e[k])).join(',') + '\r\n';
      }
      return streamBody(c, rows(), 'text/csv; charset=utf-8', 'brink-engagements.csv');
    },
  );
}
