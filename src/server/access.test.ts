import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, type Fixture } from './testing.js';
import type { RouteSpec } from './registry.js';
import { openApiPath } from './openapi.js';
import { SECURITY_HEADERS } from './headers.js';

const SAMPLE: Record<string, string> = { id: '999999', a: 'IND', b: 'PAK', file: 'events.csv' };

/** A concrete URL for a route: sample path params (an unknown id, so nothing is changed). */
function urlOf(spec: RouteSpec): string {
  return openApiPath(spec.path).replace(/\{(\w+)\}/g, (_, k: string) => SAMPLE[k] ?? 'x');
}

async function call(f: Fixture, spec: RouteSpec, role: 'viewer' | 'analyst' | 'admin' | null): Promise<number> {
  const init: RequestInit = { method: spec.method.toUpperCase() };
  if (spec.body) Object.assign(init, { body: '{}', headers: { 'content-type': 'application/json' } });
  const query = spec.path === '/api/actors' ? '?q=zz' : spec.path === '/api/search' ? '?q=zz' : '';
  const res = await f.req(urlOf(spec) + query, role, init);
  await res.body?.cancel();
  return res.status;
}

describe('every route × role', () => {
  let f: Fixture;
  before(async () => (f = await fixture()));
  after(() => f.dispose());

  test('unauthenticated requests get 401 everywhere except health and login', async () => {
    const routes = f.app.registry.routes;
    assert.ok(routes.length >= 30, `only ${routes.length} routes`);
    for (const spec of routes) {
      const status = await call(f, spec, null);
      if (spec.roles === 'public') assert.notEqual(status, 401, `${spec.method} ${spec.path}`);
      else assert.equal(status, 401, `${spec.method} ${spec.path}`);
    }
    assert.deepEqual(routes.filter((r) => r.roles === 'public').map((r) => r.path).sort(), ['/api/auth/login', '/api/health']);
  });

  for (const role of ['viewer', 'analyst', 'admin'] as const) {
    test(`${role}: 403 exactly on the routes its role may not use`, async () => {
      for (const spec of f.app.registry.routes) {
        if (spec.roles === 'public') continue;
        const status = await call(f, spec, role);
        const allowed = spec.roles.includes(role);
        assert.equal(status === 403, !allowed, `${role} ${spec.method} ${spec.path} → ${status}`);
        assert.notEqual(status, 401, `${role} ${spec.method} ${spec.path}`);
        assert.ok(status < 500, `${role} ${spec.method} ${spec.path} → ${status}`);
      }
    });
  }

  test('the role table: viewers read, analysts also write documents and engagements, admins also manage users, audit and deletes', () => {
    const roles = (m: string, p: string) => {
      const r = f.app.registry.routes.find((x) => x.method === m && x.path === p);
      assert.ok(r, `${m} ${p}`);
      return r.roles === 'public' ? 'public' : [...r.roles].sort().join(',');
    };
    assert.equal(roles('get', '/api/events'), 'admin,analyst,viewer');
    assert.equal(roles('post', '/api/documents'), 'admin,analyst');
    assert.equal(roles('post', '/api/engagements'), 'admin,analyst');
    assert.equal(roles('patch', '/api/engagements/:id'), 'admin,analyst');
    assert.equal(roles('delete', '/api/engagements/:id'), 'admin');
    assert.equal(roles('get', '/api/users'), 'admin');
    assert.equal(roles('post', '/api/users'), 'admin');
    assert.equal(roles('get', '/api/audit'), 'admin');
    assert.equal(roles('get', '/api/exports/engagements.csv'), 'admin,analyst');
  });

  test('security headers on JSON, errors, HTML and unknown paths', async () => {
    for (const [path, role] of [['/api/health', null], ['/api/events', null], ['/api/events', 'viewer'], ['/', null], ['/api/nope', 'viewer'], ['/some/page', null]] as const) {
      const res = await f.req(path, role);
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) assert.equal(res.headers.get(k), v, `${k} on ${path}`);
      assert.equal(res.headers.get('strict-transport-security'), null, 'no HSTS on plain http');
    }
    const res = await f.app.request('https://brink.example/api/health');
    assert.match(res.headers.get('strict-transport-security') ?? '', /max-age=\d+/);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'; style-src 'self'.*frame-ancestors 'none'/);
  });

  test('a bad bearer token is 401 and an expired one too', async () => {
    assert.equal((await f.app.request('/api/events', { headers: { authorization: 'Bearer brk_notarealtokennotarealtoken' } })).status, 401);
    assert.equal((await f.app.request('/api/events', { headers: { authorization: 'Basic abc' } })).status, 401);
    const { addToken } = await import('./auth/users.js');
    const old = await addToken(f.store, 'viewer', { days: 1, now: new Date('2026-01-01T00:00:00Z') });
    assert.equal((await f.app.request('/api/events', { headers: { authorization: `Bearer ${old.token}` } })).status, 401);
  });

  test('unknown API paths are JSON 404s; unknown page paths get the dashboard page', async () => {
    const api = await f.req('/api/nothing-here', 'viewer');
    assert.equal(api.status, 404);
    assert.equal((await api.json()).error.code, 'NOT_FOUND_RECORD');
    const page = await f.req('/dyads/IND/PAK');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
  });
});
