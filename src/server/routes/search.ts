/**
 * Search: documents (title or text), events (evidence) and the engagements the caller may see
 * (mediator, party, notes). Case-insensitive substring match; `%`, `_` and `\` are escaped.
 */
import type { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Env } from '../context.js';
import { ALL, type Registry } from '../registry.js';
import { auditSensitive } from '../visibility.js';
import { visibleEngagements } from './engagements.js';
import { searchOut } from '../shapes.js';

export function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

export function snippet(text: string, q: string, radius = 80): string {
  const i = text.toLowerCase().indexOf(q.toLowerCase());
  if (i < 0) return text.slice(0, radius * 2);
  const start = Math.max(0, i - radius);
  const end = Math.min(text.length, i + q.length + radius);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

export function searchRoutes(app: Hono<Env>, r: Registry): void {
  r.add(
    app,
    {
      method: 'get', path: '/api/search', tag: 'search', roles: ALL, response: searchOut, summary: 'documents (title/text), events (evidence) and visible engagements (notes) containing q',
      query: z.object({ q: z.string().trim().min(2).max(200), limit: z.coerce.number().int().min(1).max(100).default(20) }),
    },
    async ({ query, deps, principal }) => {
      const p = likePattern(query.q);
      const like = (col: string) => sql<boolean>`lower(${sql.ref(col)}) like ${p} escape '\\'`;
      const docs = await deps.store.db
        .selectFrom('documents')
        .select(['id', 'title', 'outlet', 'published', 'url', 'text'])
        .where((eb) => eb.or([like('title'), like('text')]))
        .orderBy('ingested_at', 'desc')
        .limit(query.limit)
        .execute();
      const eventRows = await deps.store.db.selectFrom('events').select('id').where(like('evidence')).orderBy('event_date', 'desc').limit(query.limit).execute();
      const events = (await Promise.all(eventRows.map((row) => deps.store.events.get(row.id)))).filter((e) => e !== null);
      const needle = query.q.toLowerCase();
      const engagements = (await visibleEngagements(deps, principal!))
        .filter((e) => [e.notes ?? '', e.mediator, e.party].some((s) => s.toLowerCase().includes(needle)))
        .slice(0, query.limit);
      await auditSensitive(deps.store, principal!, 'engagement.search', engagements);
      return {
        documents: docs.map((d) => ({ id: d.id, title: d.title, outlet: d.outlet, published: d.published, url: d.url, snippet: snippet(d.text, query.q) })),
        events,
        engagements,
      };
    },
  );
}
