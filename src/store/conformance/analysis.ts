/** Conformance: articles.save (atomic replace), events queries, ceasefires, engagements, alerts, auth. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../domain/types.js';
import { doc, event, mention } from '../test-fixtures.js';
import type { ArticleAnalysis, Ceasefire, EventFilter, Store } from '../types.js';
import { isStoreFailed, withStore } from './documents.js';

type Kind = 'sqlite' | 'postgres';

function richEvent(docId: string): Event {
  const e = event(docId, {
    id: `${docId}:rich`,
    src: 'INDGOV',
    tgt: 'PAKMIL',
    cameo: '1951',
    quad: 4,
    utc: '2026-05-07T01:30:00Z',
  });
  e.goldstein = -9.5;
  e.ploverMode = 'air';
  e.ploverContext = 'military';
  e.target = { code: 'PAKMIL', country: 'PAK', name: 'Pakistani army', role: 'Army', actorId: 'pak-army' };
  e.when = {
    utc: '2026-05-07T01:30:00Z',
    precision: 'minute',
    partOfDay: 'night',
    text: 'early Wednesday',
    inferred: true,
  };
  e.where = { placeId: 'pl-1', name: 'Ålesund', country: 'NOR', lat: 62.47, lon: 6.15 };
  e.attribution = {
    speaker: { name: 'A spokesperson', code: 'INDGOV' },
    named: false,
    chain: ['Wire', 'officials'],
    evidence: { start: 1, end: 4 },
  };
  e.version = 'dict-2026.11.1';
  return e;
}

function analysis(docId: string, n: number): ArticleAnalysis {
  const events = Array.from({ length: n }, (_, i) =>
    event(docId, { id: `${docId}:e${i}`, src: 'IND', tgt: 'PAK', date: '2026-05-0' + (1 + i) }),
  );
  return {
    events,
    actors: [mention('india', 'IND', 0), mention('india', 'IND', 40), mention('pak-army', 'PAKMIL', 10)],
    roleConflicts: [
      {
        actorId: 'p1',
        name: 'Some One',
        statedInText: 'Prime Minister',
        heldOnDate: null,
        date: '2026-05-01',
        evidence: { start: 3, end: 9, text: 'PM One' },
      },
    ],
  };
}

const ceasefire = (docId: string): Ceasefire => ({
  id: 'cf-1',
  parties: ['IND', 'PAK'],
  mediators: ['USA'],
  announcedUtc: '2026-05-10T11:30:00Z',
  effectiveText: '17:00 IST',
  status: 'announced',
  evidence: [{ start: 0, end: 5, text: 'truce' }],
  statements: [
    {
      docId,
      party: 'IND',
      kind: 'confirm',
      statedTime: '2026-05-10',
      evidence: { start: 0, end: 5, text: 'truce' },
    },
  ],
});

export function analysisTests(kind: Kind): void {
  test('articles.save stores events, grouped actors and role conflicts; events round-trip', () =>
    withStore(kind, async (s) => {
      await s.documents.put(doc('a'));
      const a = analysis('a', 2);
      a.events.push(richEvent('a'));
      await s.articles.save('a', a, 'v1');
      const got = await s.events.byDoc('a');
      assert.equal(got.length, 3);
      const rich = await s.events.get('a:rich');
      assert.deepEqual(rich, richEvent('a'));
      assert.equal(got.find((e) => e.id === 'a:e0')?.version, 'v1', 'version defaults to the save version');
      const actors = await s.articles.actors('a');
      assert.deepEqual(
        actors.map((x) => [x.actorId, x.code, x.mentions.length]),
        [
          ['india', 'IND', 2],
          ['pak-army', 'PAKMIL', 1],
        ],
      );
      assert.deepEqual(await s.articles.roleConflicts('a'), a.roleConflicts);
    }));

  test('articles.save for a document inserted in the same transaction (newDocument) stores what a plain save does, small or large', () =>
    withStore(kind, async (s) => {
      const full = (id: string, n: number): ArticleAnalysis => {
        const a = analysis(id, n);
        a.events.push(richEvent(id));
        a.ceasefires = [{ ...ceasefire(id), id: `cf-${id}` }, { ...ceasefire(id), id: `cf-${id}-b`, status: 'in-effect' }];
        return a;
      };
      const stored = async (id: string) => ({
        events: await s.events.byDoc(id),
        actors: await s.articles.actors(id),
        conflicts: await s.articles.roleConflicts(id),
        ceasefire: await s.ceasefires.get(`cf-${id}`),
        second: await s.ceasefires.get(`cf-${id}-b`),
      });
      const strip = (x: Awaited<ReturnType<typeof stored>>, id: string) =>
        JSON.stringify(x).replaceAll(`"${id}`, '"ID').replaceAll(`cf-${id}`, 'cf-ID');
      // Reference: put, then a plain save (which clears first).
      await s.documents.put(doc('d7p'));
      await s.articles.save('d7p', full('d7p', 3), 'v1');
      await s.transaction(async (tx) => {
        const put = await tx.documents.put(doc('d7q'));
        assert.equal(put.status, 'inserted');
        await tx.articles.save('d7q', full('d7q', 3), 'v1', { newDocument: true });
      });
      assert.equal(strip(await stored('d7q'), 'd7q'), strip(await stored('d7p'), 'd7p'));
      assert.equal((await stored('d7q')).events.length, 4);
      // More values than one statement takes: written table by table, all of it.
      await s.transaction(async (tx) => {
        await tx.documents.put(doc('d7r'));
        await tx.articles.save('d7r', full('d7r', 1500), 'v1', { newDocument: true });
      });
      const r = await stored('d7r');
      assert.equal(r.events.length, 1501);
      assert.equal(r.actors.length, 2);
      assert.equal(r.conflicts.length, 1);
      assert.equal(r.ceasefire?.id, 'cf-d7r');
      assert.equal(r.second?.status, 'in-effect');
      // Two ceasefires of one analysis under the same id: the later one is what is stored.
      await s.transaction(async (tx) => {
        await tx.documents.put(doc('d7s'));
        const a = full('d7s', 1);
        a.ceasefires = [{ ...ceasefire('d7s'), id: 'cf-same' }, { ...ceasefire('d7s'), id: 'cf-same', status: 'in-effect' }];
        await tx.articles.save('d7s', a, 'v1', { newDocument: true });
      });
      assert.equal((await s.ceasefires.get('cf-same'))?.status, 'in-effect');
      assert.equal((await s.ceasefires.get('cf-same'))?.statements.length, 2);
    }));

  test('articles.save replaces the previous analysis; a failing save leaves it intact', () =>
    withStore(kind, async (s) => {
      await s.documents.put(doc('a'));
      await s.documents.put(doc('b'));
      await s.articles.save('a', analysis('a', 3), 'v1');
      await s.articles.save('b', analysis('b', 1), 'v1');
      await s.articles.save('a', analysis('a', 1), 'v2');
      assert.deepEqual(
        (await s.events.byDoc('a')).map((e) => e.id),
        ['a:e0'],
      );
      assert.equal((await s.events.byDoc('b')).length, 1, 'other documents untouched');

      const bad = analysis('a', 4);
      const broken = bad.events[2];
      assert.ok(broken);
      broken.quad = 9 as Event['quad']; // violates the quad CHECK mid-save
      await assert.rejects(s.articles.save('a', bad, 'v3'), isStoreFailed);
      const after = await s.events.byDoc('a');
      assert.deepEqual(
        after.map((e) => [e.id, e.version]),
        [['a:e0', 'v2']],
      );
      assert.equal((await s.articles.actors('a')).length, 2);

      const dup = analysis('a', 2);
      const e1 = dup.events[1];
      assert.ok(e1);
      e1.id = 'b:e0'; // another document's event id: primary-key violation
      await assert.rejects(s.articles.save('a', dup, 'v3'), isStoreFailed);
      assert.deepEqual(
        (await s.events.byDoc('a')).map((e) => e.id),
        ['a:e0'],
      );
    }));

  test('events.query filters and pages', () =>
    withStore(kind, async (s) => {
      await s.documents.put(doc('x', { outlet: 'Wire A' }));
      await s.documents.put(doc('y', { outlet: 'Wire B' }));
      const ev = (id: string, over: Parameters<typeof event>[1]) =>
        event(id.startsWith('x') ? 'x' : 'y', { ...over, id });
      await s.articles.save(
        'x',
        {
          actors: [],
          roleConflicts: [],
          events: [
            ev('x1', { id: '', src: 'INDGOV', tgt: 'PAKMIL', cameo: '190', quad: 4, date: '2026-05-07' }),
            ev('x2', { id: '', src: 'PAKMIL', tgt: 'IND', cameo: '1951', quad: 4, date: '2026-05-08' }),
            ev('x3', {
              id: '',
              src: 'USAGOV',
              tgt: 'IND',
              cameo: '042',
              quad: 1,
              date: '2026-05-09',
              modality: 'future-intent',
            }),
          ],
        },
        'v1',
      );
      await s.articles.save(
        'y',
        {
          actors: [],
          roleConflicts: [],
          events: [
            ev('y1', {
              id: '',
              src: 'IND',
              tgt: 'PAK',
              cameo: '036',
              quad: 1,
              date: '2026-05-10',
              modality: 'negated',
            }),
            ev('y2', { id: '', src: 'PAK', cameo: '010', quad: 1 }),
            ev('y3', { id: '', src: 'CHN', tgt: 'PAK', cameo: '042', quad: 1, utc: '2026-05-08T10:00:00Z' }),
          ],
        },
        'v1',
      );
      const ids = async (f: EventFilter) => (await s.events.query(f)).items.map((e) => e.id);
      assert.deepEqual(await ids({}), ['y1', 'x3', 'y3', 'x2', 'x1', 'y2'], 'date desc, undated last');
      assert.deepEqual(await ids({ source: 'IND' }), ['y1', 'x1']);
      assert.deepEqual(await ids({ source: 'INDGOV' }), ['x1']);
      assert.deepEqual(await ids({ target: 'PAK' }), ['y1', 'y3', 'x1']);
      assert.deepEqual(await ids({ dyad: ['PAK', 'IND'] }), ['y1', 'x2', 'x1']);
      assert.deepEqual(await ids({ cameo: '19' }), ['x2', 'x1']);
      assert.deepEqual(await ids({ cameo: '195' }), ['x2']);
      assert.deepEqual(await ids({ root: '04' }), ['x3', 'y3']);
      assert.deepEqual(await ids({ quad: 4 }), ['x2', 'x1']);
      assert.deepEqual(await ids({ modality: 'negated' }), ['y1']);
      assert.deepEqual(await ids({ from: '2026-05-08', to: '2026-05-09' }), ['x3', 'y3', 'x2']);
      assert.deepEqual(await ids({ outlet: 'Wire B' }), ['y1', 'y3', 'y2']);
      assert.deepEqual(await ids({ outlet: 'Wire B', quad: 1, from: '2026-05-09' }), ['y1']);
      const all: string[] = [];
      let after: string | undefined;
      for (let i = 0; i < 10; i++) {
        const page = await s.events.query({ limit: 2, ...(after ? { after } : {}) });
        all.push(...page.items.map((e) => e.id));
        if (!page.nextCursor) break;
        after = page.nextCursor;
      }
      assert.deepEqual(all, ['y1', 'x3', 'y3', 'x2', 'x1', 'y2']);
      const y3 = await s.events.get('y3');
      assert.deepEqual(
        y3?.when,
        { utc: '2026-05-08T10:00:00Z', precision: 'minute', inferred: false },
        'derived date not added to when',
      );
    }));

  test('clusters: saved with assignments, orphans pruned, listed', () =>
    withStore(kind, async (s) => {
      await s.documents.put(doc('k'));
      const evs = [1, 2, 3].map((i) =>
        event('k', { id: `k${i}`, src: 'IND', tgt: 'PAK', cameo: '190', date: '2026-05-07' }),
      );
      await s.articles.save('k', { events: evs, actors: [], roleConflicts: [] }, 'v1');
      const c1 = {
        id: 'c1',
        sourceCode: 'IND',
        targetCode: 'PAK',
        cameo3: '190',
        eventDate: '2026-05-07',
        mentions: 2,
        articles: 1,
        sources: ['Wire'],
      };
      const c2 = { id: 'c2', sourceCode: 'IND', cameo3: '190', mentions: 1, articles: 1, sources: [] };
      await s.clusters.save(
        [c1, c2],
        [
          { eventId: 'k1', clusterId: 'c1' },
          { eventId: 'k2', clusterId: 'c1' },
          { eventId: 'k3', clusterId: 'c2' },
        ],
      );
      assert.deepEqual(await s.clusters.get('c1'), c1);
      assert.deepEqual(
        (await s.clusters.list({ source: 'IND' })).map((c) => c.id),
        ['c1', 'c2'],
      );
      assert.deepEqual(
        (await s.clusters.list({ from: '2026-05-01' })).map((c) => c.id),
        ['c1'],
      );
      await s.clusters.save([{ ...c1, mentions: 3 }], [{ eventId: 'k3', clusterId: 'c1' }]);
      assert.equal(await s.clusters.get('c2'), null, 'no event points to c2 any more');
      assert.equal((await s.clusters.get('c1'))?.mentions, 3);
      await s.articles.save('k', { events: [], actors: [], roleConflicts: [] }, 'v2');
      await s.clusters.save([], []);
      assert.deepEqual(await s.clusters.list(), [], 'events gone, clusters pruned');
    }));

  test('ceasefires: saved with statements, replaced with the document, updatable', () =>
    withStore(kind, async (s) => {
      await s.documents.put(doc('c'));
      await s.articles.save(
        'c',
        { events: [], actors: [], roleConflicts: [], ceasefires: [ceasefire('c')] },
        'v1',
      );
      const got = await s.ceasefires.get('cf-1');
      assert.deepEqual(got, { ...ceasefire('c'), firstDocId: 'c' });
      assert.deepEqual(
        (await s.ceasefires.list({ party: 'PAK' })).map((c) => c.id),
        ['cf-1'],
      );
      assert.deepEqual(await s.ceasefires.list({ party: 'CHN' }), []);
      assert.equal(
        await s.ceasefires.update('cf-1', { status: 'in-effect', extendedUntil: '2026-05-20' }),
        true,
      );
      assert.equal((await s.ceasefires.get('cf-1'))?.status, 'in-effect');
      await s.articles.save('c', { events: [], actors: [], roleConflicts: [] }, 'v2');
      assert.equal(await s.ceasefires.get('cf-1'), null, 'no longer spoken of by any document');
    }));

  test('engagements: derived ones follow the document, manual ones stay; insert/get/list/update/delete', () =>
    withStore(kind, async (s) => {
      await s.documents.put(doc('g'));
      await s.articles.save(
        'g',
        {
          events: [],
          actors: [],
          roleConflicts: [],
          engagements: [
            {
              mediator: 'USA',
              party: 'IND',
              date: '2026-05-09',
              confidentiality: 'public',
              channel: 'phone',
            },
          ],
        },
        'v1',
      );
      const id = await s.engagements.insert({
        mediator: 'SAU',
        party: 'PAK',
        date: '2026-05-08',
        source: 'manual',
        confidentiality: 'restricted',
        notes: 'ü',
        createdBy: 'u1',
      });
      assert.deepEqual(
        (await s.engagements.list()).map((e) => [e.mediator, e.source]),
        [
          ['USA', 'derived'],
          ['SAU', 'manual'],
        ],
      );
      assert.equal((await s.engagements.get(id))?.notes, 'ü');
      assert.equal(
        await s.engagements.update(id, { notes: 'updated', confidentiality: 'confidential' }),
        true,
      );
      assert.equal((await s.engagements.get(id))?.confidentiality, 'confidential');
      await s.articles.save('g', { events: [], actors: [], roleConflicts: [] }, 'v2');
      assert.deepEqual(await s.engagements.list({ party: 'IND' }), []);
      assert.equal(
        (await s.engagements.list({ mediator: 'SAU', from: '2026-05-01', to: '2026-05-31' })).length,
        1,
      );
      await assert.rejects(
        s.engagements.update(id, { confidentiality: 'secret' as 'public' }),
        isStoreFailed,
      );
      assert.equal(await s.engagements.delete(id), true);
      assert.equal(await s.engagements.get(id), null);
    }));

  test('alerts and deliveries; users, tokens, sessions and the audit log', () =>
    withStore(kind, async (s) => storeAlertsAndAuth(s)));
}

async function storeAlertsAndAuth(s: Store): Promise<void> {
  const id = await s.alerts.insert({
    rule: 'escalation',
    dyad: 'IND-PAK',
    firedAt: '2026-05-07T02:00:00Z',
    score: 0.91,
    explanation: { why: ['spike'] },
    eventIds: ['e1', 'e2'],
  });
  assert.deepEqual(await s.alerts.get(id), {
    id,
    rule: 'escalation',
    dyad: 'IND-PAK',
    firedAt: '2026-05-07T02:00:00Z',
    score: 0.91,
    explanation: { why: ['spike'] },
    eventIds: ['e1', 'e2'],
    status: 'open',
  });
  assert.equal(await s.alerts.setStatus(id, 'acknowledged'), true);
  assert.deepEqual(
    (await s.alerts.list({ status: 'acknowledged' })).map((a) => a.id),
    [id],
  );
  await s.alerts.addDelivery({
    alertId: id,
    url: 'http://127.0.0.1:9/hook',
    attempt: 1,
    ok: false,
    error: 'refused',
    at: '2026-05-07T02:00:01Z',
  });
  await s.alerts.addDelivery({
    alertId: id,
    url: 'http://127.0.0.1:9/hook',
    attempt: 2,
    statusCode: 200,
    ok: true,
    at: '2026-05-07T02:00:05Z',
  });
  assert.deepEqual(
    (await s.alerts.deliveries(id)).map((d) => [d.attempt, d.ok, d.statusCode ?? null]),
    [
      [1, false, null],
      [2, true, 200],
    ],
  );
  await assert.rejects(
    s.alerts.addDelivery({ alertId: 999, url: 'x', attempt: 1, ok: true, at: 'now' }),
    isStoreFailed,
  );

  await s.auth.createUser({ id: 'u1', name: 'ana', role: 'analyst', passwordHash: 'h' });
  await assert.rejects(s.auth.createUser({ id: 'u2', name: 'ana', role: 'viewer' }), isStoreFailed);
  await assert.rejects(s.auth.createUser({ id: 'u3', name: 'bob', role: 'root' as 'admin' }), isStoreFailed);
  assert.equal((await s.auth.userByName('ana'))?.role, 'analyst');
  await s.auth.addToken({ tokenHash: 'th1', userId: 'u1', label: 'ci', expiresAt: '2030-01-01T00:00:00Z' });
  await s.auth.addToken({ tokenHash: 'th0', userId: 'u1', expiresAt: '2020-01-01T00:00:00Z' });
  assert.equal((await s.auth.userByToken('th1', '2026-01-01T00:00:00Z'))?.id, 'u1');
  assert.equal(await s.auth.userByToken('th0', '2026-01-01T00:00:00Z'), null, 'expired');
  await s.auth.addSession({ tokenHash: 'sh', userId: 'u1', expiresAt: '2030-01-01T00:00:00Z' });
  assert.equal((await s.auth.userBySession('sh', '2026-01-01T00:00:00Z'))?.name, 'ana');
  assert.equal(await s.auth.updateUser('u1', { disabled: true }), true);
  assert.equal(await s.auth.userByToken('th1', '2026-01-01T00:00:00Z'), null, 'disabled user');
  assert.equal(await s.auth.revokeToken('th1'), true);
  assert.equal(await s.auth.deleteSession('sh'), true);
  await s.auth.audit({
    who: 'u1',
    action: 'engagement.update',
    record: 'engagement:1',
    detail: { field: 'notes' },
  });
  const log = await s.auth.auditLog();
  assert.deepEqual(
    log.map((l) => [l.who, l.action, l.record, l.detail]),
    [['u1', 'engagement.update', 'engagement:1', { field: 'notes' }]],
  );
}
