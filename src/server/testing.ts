/**
 * Test fixture for the API: a temp SQLite store with synthetic documents, events, a ceasefire,
 * engagements of each confidentiality (notes carry SECRET markers), an alert, and a user plus
 * an API token per role. Invented text only.
 */
import type { Document, Event, QuadClass } from '../domain/types.js';
import { harness } from '../store/test-fixtures.js';
import type { Store } from '../store/types.js';
import { createApp, type BrinkApp, type CreateAppOptions } from './app.js';
import type { Role, ServerConfig } from './context.js';
import { addToken, addUser } from './auth/users.js';

export const PASSWORD = 'correct horse battery';
/** Markers in non-public engagement notes: none may ever reach a viewer. */
export const SECRETS = ['SECRET-RESTRICTED-7731', 'SECRET-CONFIDENTIAL-9042'];
export const PUBLIC_NOTE = 'PUBLIC-NOTE-1188';

export interface Fixture {
  store: Store;
  app: BrinkApp;
  tokens: Record<Role, string>;
  engagementIds: { public: number; restricted: number; confidential: number };
  dispose(): Promise<void>;
  /** A request with a role's bearer token (or none). */
  req(path: string, role?: Role | null, init?: RequestInit): Promise<Response>;
}

function doc(id: string, text: string, over: Partial<Document> = {}): Document {
  return { id, language: 'en', supported: true, text, kind: 'text', title: `Title ${id}`, outlet: 'Example Wire', published: '2026-05-10', ...over };
}

export function ev(docId: string, id: string, src: string, tgt: string | null, cameo: string, quad: QuadClass, goldstein: number, date: string, extra: Partial<Event> = {}): Event {
  return {
    id, docId, sentence: 0, span: [0, 10], evidence: `Evidence ${id} ${src} ${tgt ?? ''}`,
    source: { code: src, country: src.slice(0, 3) }, target: tgt ? { code: tgt, country: tgt.slice(0, 3) } : null,
    cameo, plover: 'CONSULT', quad, goldstein, when: { date, precision: 'day', inferred: false }, modality: 'asserted', rule: 'test', confidence: 0.9, ...extra,
  };
}

export async function seed(store: Store): Promise<Fixture['engagementIds']> {
  await store.documents.put(doc('d1', 'Synthetic report one about border shelling and talks.'));
  await store.documents.put(doc('d2', 'Synthetic report two: 100% sure_thing of a phone call.', { published: '2026-05-11' }));
  const kashmir = { placeId: 'p1', name: 'Testplace', country: 'IND', lat: 34.1, lon: 74.8 };
  await store.articles.save('d1', {
    events: [
      ev('d1', 'e1', 'INDMIL', 'PAKMIL', '190', 4, -10, '2026-05-08', { where: kashmir }),
      ev('d1', 'e2', 'PAKMIL', 'INDMIL', '190', 4, -10, '2026-05-09'),
      ev('d1', 'e3', 'USAGOV', 'INDGOV', '042', 1, 1.9, '2026-05-09'),
      ev('d1', 'e4', 'USAGOV', 'PAKGOV', '042', 1, 1.9, '2026-05-09'),
    ],
    actors: [], roleConflicts: [],
    ceasefires: [{ id: 'd1:cf0', parties: ['IND', 'PAK'], mediators: ['USA'], effectiveUtc: '2026-05-10T11:30:00Z', status: 'announced', evidence: [{ start: 0, end: 5, text: 'cease' }], firstDocId: 'd1',
      // (the end it was given when declared: the API and the dashboard show it)
      statements: [{ docId: 'd1', party: 'IND+PAK', kind: 'until', statedTime: '2026-05-18T18:30:00Z', evidence: { start: 0, end: 5, text: 'cease' } }] }],
  }, 'v-test');
  await store.articles.save('d2', { events: [ev('d2', 'e5', 'SAUGOV', 'PAKGOV', '043', 1, 2.8, '2026-05-10'), ev('d2', 'e6', 'SAUGOV', 'INDGOV', '043', 1, 2.8, '2026-05-10')], actors: [], roleConflicts: [] }, 'v-test');
  const base = { mediator: 'USAGOV', party: 'PAKGOV', date: '2026-05-09', source: 'manual' as const, channel: 'phone-call' };
  const ids = {
    public: await store.engagements.insert({ ...base, confidentiality: 'public', notes: PUBLIC_NOTE }),
    restricted: await store.engagements.insert({ ...base, mediator: 'SAUGOV', confidentiality: 'restricted', notes: `${SECRETS[0]} back channel` }),
    confidential: await store.engagements.insert({ ...base, mediator: 'GBRGOV', party: 'INDGOV', confidentiality: 'confidential', notes: `${SECRETS[1]} shelling talks` }),
  };
  await store.alerts.insert({ rule: 'test-rule', dyad: 'IND-PAK', firedAt: '2026-05-09', score: 20, explanation: { key: 'k0', message: 'seeded' }, eventIds: ['e1'] });
  return ids;
}

export async function fixture(config: ServerConfig = {}, extra: Partial<CreateAppOptions> = {}, kind: 'sqlite' | 'postgres' = 'sqlite'): Promise<Fixture> {
  const h = harness(kind);
  const store = await h.open();
  const engagementIds = await seed(store);
  const tokens = {} as Record<Role, string>;
  for (const role of ['viewer', 'analyst', 'admin'] as const) {
    await addUser(store, { name: role, password: PASSWORD, role });
    tokens[role] = (await addToken(store, role)).token;
  }
  const stub = Object.assign(() => {
    throw new Error('no analyzer in this test');
  }, { version: 'stub' });
  const app = createApp({ store, analyzer: stub, now: () => '2026-05-12T00:00:00.000Z', config: { refreshAlertsOnIngest: false, ...config }, ...extra });
  const req = (path: string, role: Role | null = null, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (role) headers.set('authorization', `Bearer ${tokens[role]}`);
    return Promise.resolve(app.request(`http://localhost${path}`, { ...init, headers }));
  };
  return {
    store, app, tokens, engagementIds, req,
    dispose: async () => {
      await store.close();
      await h.dispose();
    },
  };
}

/** POST/PATCH JSON init. */
export function json(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } };
}

/** Reads a streamed body for at most `ms`, then cancels it. */
export async function readFor(res: Response, ms: number, until?: (text: string) => boolean): Promise<string> {
  const reader = res.body!.getReader();
  const dec = new TextDecoder();
  let text = '';
  const deadline = Date.now() + ms;
  try {
    while (Date.now() < deadline && !(until?.(text) ?? false)) {
      const r = await Promise.race([reader.read(), new Promise<null>((resolve) => setTimeout(() => resolve(null), Math.max(1, deadline - Date.now())))]);
      if (r === null || r.done) break;
      text += dec.decode(r.value, { stream: true });
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return text;
}
