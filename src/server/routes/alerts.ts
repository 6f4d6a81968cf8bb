/** Alerts: the list with their events, and a Server-Sent Events stream of alerts stored after it opened. */
import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { Alert, Store } from '../../store/types.js';
import type { Env } from '../context.js';
import { safeStringify } from '../json.js';
import { ALL, WRITERS, type Registry } from '../registry.js';
import { BrinkError } from '../../domain/errors.js';
import { limit, numericId } from '../schemas.js';
import { stillValid } from '../auth/middleware.js';
import { alertOut } from '../shapes.js';

async function latestId(store: Store): Promise<number> {
  return (await store.alerts.list({ limit: 200 })).reduce((m, a) => Math.max(m, a.id), 0);
}

async function newerThan(store: Store, id: number): Promise<Alert[]> {
  return (await store.alerts.list({ limit: 200 })).filter((a) => a.id > id).sort((x, y) => x.id - y.id);
}

export function alertRoutes(app: Hono<Env>, r: Registry): void {
  r.add(
    app,
    { method: 'get', path: '/api/alerts', tag: 'alerts', roles: ALL, query: z.object({ limit: limit(500, 50), status: z.string().max(40).optional() }), summary: 'stored alerts, newest first, with their explanation and events', response: z.array(alertOut) },
    async ({ query, deps }) => {
      const alerts = await deps.store.alerts.list({ limit: query.limit, ...(query.status ? { status: query.status } : {}) });
      return Promise.all(
        alerts.map(async (a) => ({ ...a, events: (await Promise.all(a.eventIds.slice(0, 50).map((id) => deps.store.events.get(id)))).filter((e) => e !== null) })),
      );
    },
  );

  r.add(
    app,
    {
      method: 'patch', path: '/api/alerts/:id', tag: 'alerts', roles: WRITERS, params: numericId, response: alertOut.omit({ events: true }),
      summary: 'set an alert status (acknowledged, resolved, suppressed, open)', body: z.object({ status: z.enum(['open', 'acknowledged', 'resolved', 'suppressed']) }).strict(),
    },
    async ({ params, body, deps, principal }) => {
      if (!(await deps.store.alerts.setStatus(params.id, body.status))) throw new BrinkError('NOT_FOUND_RECORD', { what: 'alert', id: params.id });
      await deps.store.auth.audit({ who: principal!.user.name, action: 'alert.status', record: `alert:${params.id}`, detail: { status: body.status } });
      return deps.store.alerts.get(params.id);
    },
  );

  r.add(
    app,
    {
      method: 'get', path: '/api/alerts/stream', tag: 'alerts', roles: ALL, produces: 'text/event-stream',
      summary: 'Server-Sent Events: `event: alert` (data: the alert JSON) for alerts stored after the connection opened; `: ping` every 15 s',
    },
    ({ c, deps, principal }) =>
      streamSSE(c, async (stream) => {
        const pollMs = deps.config.sse?.pollMs ?? 1000;
        const pingMs = deps.config.sse?.pingMs ?? 15_000;
        const recheckMs = deps.config.sse?.recheckMs ?? 60_000;
        let wake: () => void = () => undefined;
        stream.onAbort(() => wake());
        const unsubscribe = deps.bus.subscribe(() => wake());
        try {
          let last = await latestId(deps.store);
          await stream.write(': open\n\n');
          let nextPing = Date.now() + pingMs;
          let nextCheck = Date.now() + recheckMs;
          while (!stream.aborted) {
            if (Date.now() >= nextCheck) {
              if (!(await stillValid(deps, principal!))) break;
              nextCheck = Date.now() + recheckMs;
            }
            for (const a of await newerThan(deps.store, last)) {
              await stream.writeSSE({ event: 'alert', id: String(a.id), data: safeStringify(a) });
              last = a.id;
            }
            if (Date.now() >= nextPing) {
              await stream.write(': ping\n\n');
              nextPing = Date.now() + pingMs;
            }
            await new Promise<void>((resolve) => {
              const t = setTimeout(resolve, Math.max(10, Math.min(pollMs, nextPing - Date.now(), nextCheck - Date.now())));
              wake = () => {
                clearTimeout(t);
                resolve();
              };
            });
          }
        } finally {
          unsubscribe();
        }
      }),
  );
}
