import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, type Fixture } from './testing.js';
import { openApiPath } from './openapi.js';

describe('documented response shapes match real answers', () => {
  let f: Fixture;
  before(async () => (f = await fixture()));
  after(() => f.dispose());

  test('every GET route with a response schema answers (as admin and viewer) in that shape', async () => {
    const sample: Record<string, string> = { id: 'd1', a: 'IND', b: 'PAK' };
    const cfs = (await (await f.req('/api/ceasefires', 'viewer')).json()) as Array<{ id: string }>;
    assert.ok(cfs[0], 'the fixture has a ceasefire');
    const query: Record<string, string> = { '/api/actors': '?q=pak', '/api/search': '?q=synthetic' };
    let checked = 0;
    for (const spec of f.app.registry.routes.filter((r) => r.method === 'get' && r.response)) {
      const ids: Record<string, string> = spec.path.startsWith('/api/engagements/') ? { ...sample, id: String(f.engagementIds.confidential) }
        : spec.path.startsWith('/api/ceasefires/') ? { ...sample, id: encodeURIComponent(cfs[0]!.id) } : sample;
      const url = openApiPath(spec.path).replace(/\{(\w+)\}/g, (_, k: string) => ids[k as keyof typeof ids] ?? 'x') + (query[spec.path] ?? '');
      for (const role of spec.path.startsWith('/api/engagements/') ? (['admin'] as const) : (['admin', 'viewer'] as const)) {
        if (spec.roles !== 'public' && !spec.roles.includes(role)) continue;
        const res = await f.req(url, role);
        assert.equal(res.status, 200, `${role} ${url}`);
        const parsed = spec.response!.safeParse(await res.json());
        assert.ok(parsed.success, `${url}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))}`);
        checked++;
      }
    }
    assert.ok(checked >= 15, `checked ${checked}`);
  });
});
