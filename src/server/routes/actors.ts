/** Actor dictionary search and entries; the event network and map over asserted events. */
import type { Hono } from 'hono';
import { z } from 'zod';
import { BrinkError } from '../../domain/errors.js';
import type { Event } from '../../domain/types.js';
import type { EventFilter, Store } from '../../store/types.js';
import { getActor, searchActors } from '../../engine/actors.js';
import { countryOf } from '../../analytics/index.js';
import type { Env } from '../context.js';
import { ALL, type Registry } from '../registry.js';
import { idParam, isoDate, range } from '../schemas.js';
import { actorHitOut, mapOut, networkOut } from '../shapes.js';

const MAP_CAP = 20_000;

/** Asserted events with coordinates, as GeoJSON features (at most MAP_CAP). */
async function mapFeatures(store: Store, f: Omit<EventFilter, 'limit' | 'after'>): Promise<unknown[]> {
  const out: unknown[] = [];
  let after: string | undefined;
  do {
    const page = await store.events.query({ ...f, modality: 'asserted', limit: 5000, ...(after ? { after } : {}) });
    for (const e of page.items) if (e.where && out.length < MAP_CAP) out.push(feature(e));
    after = out.length < MAP_CAP ? (page.nextCursor ?? undefined) : undefined;
  } while (after);
  return out;
}

function feature(e: Event): unknown {
  const w = e.where!;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [w.lon, w.lat] },
    properties: { id: e.id, date: e.when.date ?? e.when.utc?.slice(0, 10) ?? null, cameo: e.cameo, quad: e.quad, source: e.source.code, target: e.target?.code ?? null, evidence: e.evidence, place: w.name },
  };
}

export function actorRoutes(app: Hono<Env>, r: Registry): void {
  r.add(
    app,
    { method: 'get', path: '/api/actors', tag: 'actors', roles: ALL, summary: 'dictionary search: name or alias prefix, case-insensitive', response: z.array(actorHitOut), query: z.object({ q: z.string().min(1).max(100), limit: z.coerce.number().int().min(1).max(100).default(20) }) },
    ({ query }) => searchActors(query.q, query.limit),
  );

  r.add(app, { method: 'get', path: '/api/actors/:id', tag: 'actors', roles: ALL, params: idParam, summary: 'a dictionary entry with its dated roles' }, ({ params }) => {
    const e = getActor(params.id);
    if (!e) throw new BrinkError('NOT_FOUND_RECORD', { what: 'actor', id: params.id });
    return e;
  });

  r.add(
    app,
    { method: 'get', path: '/api/network', tag: 'analytics', roles: ALL, query: range, response: networkOut, summary: 'country network of asserted events: nodes with event counts, edges with cooperation/conflict counts' },
    async ({ query, deps }) => {
      const events = await deps.cache.events({ ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) });
      const nodes = new Map<string, number>();
      const edges = new Map<string, { a: string; b: string; cooperation: number; conflict: number; events: number }>();
      for (const e of events) {
        const s = countryOf(e.sourceCode);
        if (!s) continue; // a party with no country is no node
        nodes.set(s, (nodes.get(s) ?? 0) + 1);
        if (!e.targetCode) continue;
        const t = countryOf(e.targetCode);
        if (!t) continue;
        if (t !== s) nodes.set(t, (nodes.get(t) ?? 0) + 1);
        if (t === s) continue;
        const [a, b] = [s, t].sort() as [string, string];
        const k = `${a}-${b}`;
        const edge = edges.get(k) ?? { a, b, cooperation: 0, conflict: 0, events: 0 };
        edge.events++;
        if (e.quad <= 2) edge.cooperation++;
        else edge.conflict++;
        edges.set(k, edge);
      }
      return {
        nodes: [...nodes].map(([id, n]) => ({ id, events: n })).sort((x, y) => y.events - x.events || x.id.localeCompare(y.id)),
        edges: [...edges.values()].sort((x, y) => y.events - x.events),
      };
    },
  );

  r.add(
    app,
    { method: 'get', path: '/api/map', tag: 'analytics', roles: ALL, query: z.object({ from: isoDate.optional(), to: isoDate.optional() }), response: mapOut, summary: `GeoJSON FeatureCollection of asserted events with coordinates (at most ${MAP_CAP})` },
    async ({ query, deps }) => ({
      type: 'FeatureCollection',
      features: await mapFeatures(deps.store, { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) }),
    }),
  );
}
