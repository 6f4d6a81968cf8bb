import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ev, fixture, type Fixture } from './testing.js';

describe('GET /api/events with imported GDELT/ACLED events', () => {
  let f: Fixture;
  before(async () => {
    f = await fixture();
    await f.store.documents.put({ id: 'imp1', language: 'en', supported: true, text: '', kind: 'import', outlet: 'Example Monitor', published: '2026-05-12' });
    await f.store.articles.save('imp1', {
      events: [
        ev('imp1', 'acled:T1', 'RWAMIL', 'COD', '1823', 4, -10, '2026-05-12', { rule: 'import.acled' }),
        ev('imp1', 'acled:T2', 'RWAMIL', 'COD', '190', 4, -10, '2026-05-12', { rule: 'import.acled' }),
      ],
      actors: [],
      roleConflicts: [],
    }, 'import-acled');
    await f.store.importFacts.put([
      { eventId: 'acled:T1', dataset: 'acled', acled: { fatalities: 4, eventType: 'Violence against civilians', subEventType: 'Attack', civilianTargeting: true } },
    ]);
  });
  after(() => f.dispose());

  test('each imported event carries its dataset facts; events without any do not', async () => {
    const res = await f.req('/api/events?source=RWA', 'viewer');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { items: Array<{ id: string; imported?: { dataset: string; acled?: { fatalities: number; civilianTargeting: boolean } } }> };
    const byId = new Map(body.items.map((e) => [e.id, e]));
    assert.deepEqual(byId.get('acled:T1')?.imported, {
      dataset: 'acled',
      acled: { fatalities: 4, eventType: 'Violence against civilians', subEventType: 'Attack', civilianTargeting: true },
    });
    assert.equal(byId.get('acled:T2')?.imported, undefined);
    assert.equal(await f.store.importFacts.fatalities({ a: 'RWA', b: 'COD' }), 4);
  });

  test("Brink's own events are unchanged", async () => {
    const body = (await (await f.req('/api/events?source=IND', 'viewer')).json()) as { items: Array<Record<string, unknown>> };
    assert.ok(body.items.length > 0);
    for (const e of body.items) assert.equal('imported' in e, false);
  });
});
