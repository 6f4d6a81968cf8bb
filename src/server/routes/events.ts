/** Events, dyads (heating pairs; one pair's series, escalation and explanation), ceasefires. */
import type { Hono } from 'hono';
import { z } from 'zod';
import { BrinkError } from '../../domain/errors.js';
import { ceasefireClaims, ceasefireViews } from '../../engine/corpus.js';
import { dyadSeries, escalationSeries, explain, mergeCeasefires, topDyads, type AEvent } from '../../analytics/index.js';
import type { AppDeps, Env } from '../context.js';
import { ALL, type Registry } from '../registry.js';
import { eventQuery, idParam, isoDate, pairParams, toEventFilter } from '../schemas.js';
import { ceasefireOut, dyadOut, eventOut, heatingOut, pageOf } from '../shapes.js';

/** The day of the latest stored event, not after today; today when there is none. */
export function defaultNow(events: AEvent[], today: string): string {
  let last = '';
  for (const e of events) if (e.date > last && e.date <= today) last = e.date;
  return last || today;
}

const involves = (parties: string[], x: string) => parties.some((p) => p === x || p.startsWith(x) || x.startsWith(p));

async function pairCeasefires(deps: AppDeps, a: string, b: string): Promise<Array<{ id: string; effectiveUtc: string | null }>> {
  const records = mergeCeasefires(await ceasefireClaims(deps.store));
  return records.filter((r) => involves(r.parties, a) && involves(r.parties, b)).map((r) => ({ id: r.id, effectiveUtc: r.effectiveUtc ?? null }));
}

async function pairView(deps: AppDeps, a: string, b: string, query: { from?: string | undefined; to?: string | undefined; granularity: 'day' | 'week' }): Promise<unknown> {
  const events = await deps.cache.events({ dyad: [a, b] });
  const q = { a, b, ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
  const series = dyadSeries(events, { ...q, granularity: query.granularity });
  const escalation = escalationSeries(events, q);
  const date = query.to ?? escalation.at(-1)?.date ?? deps.now().slice(0, 10);
  const ex = explain(events, { a, b, date });
  const contributions = ex.contributions.slice(0, 20).map((c) => ({
    eventId: c.event.id, date: c.event.date, cameo: c.event.cameo, source: c.event.sourceCode, target: c.event.targetCode,
    evidence: c.event.evidence ?? '', docId: c.event.docId ?? null, weight: c.weight, contribution: c.contribution,
  }));
  return { a, b, series, escalation, explanation: { date, index: ex.index, level: ex.level, contributions }, ceasefires: await pairCeasefires(deps, a, b) };
}

export function eventRoutes(app: Hono<Env>, r: Registry): void {
  r.add(
    app,
    { method: 'get', path: '/api/events', tag: 'events', roles: ALL, query: eventQuery, summary: 'coded events, newest event date first, keyset-paged (pass nextCursor as after)', response: pageOf(eventOut) },
    async ({ query, deps }) => {
      const page = await deps.store.events.query(toEventFilter(query));
      const imported = page.items.filter((e) => e.rule.startsWith('import.'));
      if (imported.length === 0) return page;
      const facts = new Map((await deps.store.importFacts.byEvents(imported.map((e) => e.id))).map((f) => [f.eventId, f]));
      return {
        ...page,
        items: page.items.map((e) => {
          const f = facts.get(e.id);
          if (!f) return e;
          const { eventId: _id, ...rest } = f;
          return { ...e, imported: rest };
        }),
      };
    },
  );

  r.add(
    app,
    {
      method: 'get', path: '/api/dyads', tag: 'dyads', roles: ALL, summary: 'country pairs heating up fastest (escalation index change over the window)', response: heatingOut,
      description: '`now` defaults to the day of the latest stored event (not after today).',
      query: z.object({ top: z.coerce.number().int().min(1).max(100).default(10), window: z.coerce.number().int().min(1).max(365).default(7), now: isoDate.optional() }),
    },
    async ({ query, deps }) => {
      const events = await deps.cache.events();
      const now = query.now ?? defaultNow(events, deps.now().slice(0, 10));
      return { now, dyads: topDyads(events, { now, windowDays: query.window, limit: query.top }) };
    },
  );

  r.add(
    app,
    {
      method: 'get', path: '/api/dyads/:a/:b', tag: 'dyads', roles: ALL, params: pairParams, response: dyadOut,
      summary: 'one pair: event series, escalation index, the explanation of the latest index (top 20 contributions) and their ceasefires',
      query: z.object({ from: isoDate.optional(), to: isoDate.optional(), granularity: z.enum(['day', 'week']).default('day') }),
    },
    ({ params, query, deps }) => deps.cache.memo(`dyad:${params.a}:${params.b}:${JSON.stringify(query)}`, () => pairView(deps, params.a, params.b, query)),
  );

  r.add(
    app,
    { method: 'get', path: '/api/ceasefires', tag: 'ceasefires', roles: ALL, response: z.array(ceasefireOut), query: z.object({ now: z.string().datetime({ offset: true }).or(isoDate).optional() }), summary: 'merged ceasefires with their status at now' },
    async ({ query, deps }) => ceasefireViews(deps.store, query.now ?? deps.now()),
  );

  r.add(
    app,
    { method: 'get', path: '/api/ceasefires/:id', tag: 'ceasefires', roles: ALL, params: idParam, response: ceasefireOut, query: z.object({ now: z.string().datetime({ offset: true }).or(isoDate).optional() }), summary: 'one merged ceasefire' },
    async ({ params, query, deps }) => {
      const found = (await ceasefireViews(deps.store, query.now ?? deps.now())).find((c) => c.id === params.id);
      if (!found) throw new BrinkError('NOT_FOUND_RECORD', { what: 'ceasefire', id: params.id });
      return found;
    },
  );
}
