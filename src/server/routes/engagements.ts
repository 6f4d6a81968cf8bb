/**
 * The mediation log (engagements) and potential mediators. Viewers see public engagements only;
 * a record they may not see answers 404. Non-public reads and every change are audited.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { BrinkError } from '../../domain/errors.js';
import type { Engagement, EngagementInput } from '../../store/types.js';
import { potentialMediators, type AEvent } from '../../analytics/index.js';
import type { AppDeps, Env, Principal } from '../context.js';
import { ADMIN, ALL, WRITERS, type Registry } from '../registry.js';
import { actorCode, isoDate, limit, numericId, pairParams } from '../schemas.js';
import { auditSensitive, canSee, visible } from '../visibility.js';
import { engagementOut, mediatorsOut } from '../shapes.js';

const level = z.enum(['public', 'restricted', 'confidential']);
const fields = {
  mediator: actorCode,
  party: actorCode,
  date: isoDate,
  channel: z.string().min(1).max(60).optional(),
  onBehalfOf: actorCode.optional(),
  confidentiality: level,
  notes: z.string().max(20_000).optional(),
};
const createBody = z.object(fields).strict();
const patchBody = z.object(fields).partial().strict().refine((p) => Object.keys(p).length > 0, 'nothing to change');

const startsWithAny = (code: string, keys: string[]) => keys.some((k) => code.startsWith(k));

/** All engagements the principal may see that match the filter (the store caps a list at 5000). */
export async function visibleEngagements(deps: AppDeps, p: Principal, f: { mediator?: string; party?: string; from?: string; to?: string } = {}): Promise<Engagement[]> {
  const all = await deps.store.engagements.list({ ...(f.from ? { from: f.from } : {}), ...(f.to ? { to: f.to } : {}), limit: 5000 });
  return visible(p.user.role, all).filter((e) => (!f.mediator || e.mediator.startsWith(f.mediator)) && (!f.party || e.party.startsWith(f.party)));
}

async function getVisible(deps: AppDeps, p: Principal, id: number): Promise<Engagement> {
  const e = await deps.store.engagements.get(id);
  if (!e || !canSee(p.user.role, e)) throw new BrinkError('NOT_FOUND_RECORD', { what: 'engagement', id });
  return e;
}

async function audit(deps: AppDeps, p: Principal, action: string, e: Pick<Engagement, 'id' | 'confidentiality'>): Promise<void> {
  await deps.store.auth.audit({ who: p.user.name, action, record: `engagement:${e.id}`, detail: { level: e.confidentiality, userId: p.user.id } });
}

async function mediatorEvents(deps: AppDeps, a: string, b: string): Promise<AEvent[]> {
  const seen = new Map<string, AEvent>();
  for (const f of [{ source: a }, { target: a }, { source: b }, { target: b }]) for (const e of await deps.cache.events(f)) seen.set(e.id, e);
  return [...seen.values()];
}

export function engagementRoutes(app: Hono<Env>, r: Registry): void {
  r.add(
    app,
    {
      method: 'get', path: '/api/engagements', tag: 'engagements', roles: ALL, summary: 'the mediation log, newest first (viewers: public entries only)', response: z.array(engagementOut),
      query: z.object({ mediator: actorCode.optional(), party: actorCode.optional(), from: isoDate.optional(), to: isoDate.optional(), limit: limit(5000, 500) }),
    },
    async ({ query, deps, principal }) => {
      const list = (await visibleEngagements(deps, principal!, query)).slice(0, query.limit);
      await auditSensitive(deps.store, principal!, 'engagement.read', list);
      return list;
    },
  );

  r.add(app, { method: 'post', path: '/api/engagements', tag: 'engagements', roles: WRITERS, body: createBody, response: engagementOut, summary: 'record a manual engagement' }, async ({ body, deps, principal }) => {
    const input: EngagementInput = { ...body, source: 'manual', createdBy: principal!.user.name };
    const id = await deps.store.engagements.insert(input);
    await audit(deps, principal!, 'engagement.create', { id, confidentiality: body.confidentiality });
    return deps.store.engagements.get(id);
  });

  r.add(app, { method: 'get', path: '/api/engagements/:id', tag: 'engagements', roles: ALL, params: numericId, response: engagementOut, summary: 'one engagement (404 when the caller may not see it)' }, async ({ params, deps, principal }) => {
    const e = await getVisible(deps, principal!, params.id);
    await auditSensitive(deps.store, principal!, 'engagement.read', [e]);
    return e;
  });

  r.add(app, { method: 'patch', path: '/api/engagements/:id', tag: 'engagements', roles: WRITERS, params: numericId, body: patchBody, response: engagementOut, summary: 'change an engagement' }, async ({ params, body, deps, principal }) => {
    const before = await getVisible(deps, principal!, params.id);
    await deps.store.engagements.update(params.id, body);
    const after = await getVisible(deps, principal!, params.id);
    await deps.store.auth.audit({ who: principal!.user.name, action: 'engagement.update', record: `engagement:${after.id}`, detail: { from: before.confidentiality, level: after.confidentiality, fields: Object.keys(body) } });
    return after;
  });

  r.add(app, { method: 'delete', path: '/api/engagements/:id', tag: 'engagements', roles: ADMIN, params: numericId, summary: 'delete an engagement' }, async ({ params, deps, principal }) => {
    const e = await getVisible(deps, principal!, params.id);
    await deps.store.engagements.delete(e.id);
    await audit(deps, principal!, 'engagement.delete', e);
    return { ok: true };
  });

  r.add(
    app,
    { method: 'get', path: '/api/mediators/:a/:b', tag: 'engagements', roles: ALL, params: pairParams, response: mediatorsOut, summary: 'potential mediators between two countries, with the events behind each rank and the engagements the caller may see' },
    async ({ params, deps, principal }) => {
      const [a, b] = [params.a.slice(0, 3), params.b.slice(0, 3)];
      const ranks = potentialMediators(await mediatorEvents(deps, a, b), a, b, { limit: 10 });
      const actors = ranks.map((m) => m.actor);
      const engagements = (await visibleEngagements(deps, principal!)).filter((e) => startsWithAny(e.mediator, actors) && startsWithAny(e.party, [a, b]));
      await auditSensitive(deps.store, principal!, 'engagement.read', engagements);
      return { a, b, mediators: ranks, engagements };
    },
  );
}
