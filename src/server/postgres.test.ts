import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pgSkip } from '../store/test-fixtures.js';
import { fixture, SECRETS, type Fixture } from './testing.js';

const skip = await pgSkip();

describe('the API on PostgreSQL', { skip }, () => {
  let f: Fixture;
  before(async () => (f = await fixture({}, {}, 'postgres')));
  after(() => f?.dispose());

  test('search escapes LIKE wildcards and keeps non-public engagements from viewers', async () => {
    const pct = (await (await f.req('/api/search?q=100%25', 'viewer')).json()) as { documents: Array<{ id: string }> };
    assert.deepEqual(pct.documents.map((d) => d.id), ['d2']);
    const us = (await (await f.req('/api/search?q=t_o', 'viewer')).json()) as { documents: unknown[] };
    assert.equal(us.documents.length, 0);
    const upper = (await (await f.req('/api/search?q=SYNTHETIC', 'viewer')).json()) as { documents: unknown[] };
    assert.equal(upper.documents.length, 2, 'case-insensitive');
    const text = await (await f.req('/api/search?q=SECRET', 'viewer')).text();
    for (const s of SECRETS) assert.ok(!text.includes(s));
    const analyst = (await (await f.req('/api/search?q=SECRET', 'analyst')).json()) as { engagements: unknown[] };
    assert.equal(analyst.engagements.length, 2);
  });

  test('dyads, network and exports work on the cached analytics path', async () => {
    const pair = (await (await f.req('/api/dyads/IND/PAK', 'viewer')).json()) as { explanation: { contributions: unknown[] } };
    assert.equal(pair.explanation.contributions.length, 2);
    const again = (await (await f.req('/api/dyads/IND/PAK', 'viewer')).json()) as unknown;
    assert.deepEqual(again, pair);
    const net = (await (await f.req('/api/network', 'viewer')).json()) as { edges: unknown[] };
    assert.ok(net.edges.length >= 3);
    const csv = await (await f.req('/api/exports/events.csv', 'viewer')).text();
    assert.equal(csv.trim().split('\n').length, 7);
  });
});
