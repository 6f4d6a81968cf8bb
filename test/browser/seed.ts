/**
 * Seeds a temporary SQLite store for the browser tests: sample articles ingested through the
 * engine (analysis included), alerts refreshed, users admin/analyst/viewer, plus one hostile
 * article whose title and text carry script payloads (they must render as inert text).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/engine/paths.js';
import { openEngineStore } from '../../src/engine/store.js';
import { ingest } from '../../src/engine/ingest.js';
import { createAnalyzer, toArticleAnalysis } from '../../src/engine/analyze.js';
import { refreshAlerts } from '../../src/engine/alerts.js';
import { DEFAULT_ALERT_CONFIG } from '../../src/analytics/index.js';
import { addUser } from '../../src/server/index.js';
import type { Store } from '../../src/store/types.js';

export const PASSWORDS = { admin: 'admin-password-1', analyst: 'analyst-password-1', viewer: 'viewer-password-1' } as const;
export const HOSTILE_TITLE = 'Border talks <script>window.__pwned="title"</script> <img src=x onerror="window.__pwned=\'title-img\'">';

/** Payloads that would run if any of it were parsed as HTML or followed as a link. */
export function hostileText(): string {
  return [
    'ISLAMABAD, May 14 — Pakistan accused India on Wednesday of violating the ceasefire along the Line of Control <script>window.__pwned="script"</script>, officials said.',
    '',
    'The Indian army shelled Pakistani posts on Tuesday night <img src=x onerror="window.__pwned=\'img\'"> according to the military.',
    '',
    'A statement linked to <a href="javascript:window.__pwned=\'link\'">the foreign ministry</a> and <div onmouseover="window.__pwned=\'hover\'" onclick="window.__pwned=\'click\'">a dossier</div> said India would respond. <svg onload="window.__pwned=\'svg\'"></svg> <iframe src="javascript:window.__pwned=\'iframe\'"></iframe>',
    '',
    'India rejected the accusation and said Pakistani troops fired first "><script>alert(1)</script> on Tuesday.',
  ].join('\n');
}

/** The same payloads as HTML markup (the ingester extracts text; none of it may survive as markup). */
export function hostileHtml(): string {
  return '<!doctype html><html><head><title>Shelling <script>window.__pwned="head"</script></title>'
    + '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=\'meta\'"></head>'
    + '<body onload="window.__pwned=\'body\'"><article><h1 onmouseover="window.__pwned=\'h1\'">Shelling across the Line of Control</h1>'
    + '<p>LAHORE, May 15 — Pakistani troops fired on Indian posts on Thursday <img src=x onerror="window.__pwned=\'html-img\'">, the Indian army said.</p>'
    + '<p><a href="javascript:window.__pwned=\'html-link\'">Read more</a> <script>window.__pwned="html-script"</script>'
    + '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe> India summoned the Pakistani envoy on Thursday.</p></article></body></html>';
}

/**
 * An invented wire report of a truce given an end by a weekday (published Wednesday 14 May 2025): the
 * board shows that end, the coming Sunday's close, as the truce's stated end.
 */
export const TRUCE_TEXT = 'YEREVAN, May 14 — Armenia and Azerbaijan agreed a truce until midnight on Sunday, officials in both capitals said on Wednesday.';

export interface Seeded { store: Store; dir: string; docIds: string[]; hostileId: string; hostileHtmlId: string; truceId: string }

/** Which sample lines to ingest (default: the whole India–Pakistan sample). */
function sampleLines(max: number): string[] {
  const file = join(ROOT, 'samples', 'corpus', 'india-pakistan-2025.ndjson');
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).slice(0, max);
}

export async function seed(opts: { articles?: number; now?: string } = {}): Promise<Seeded> {
  const dir = mkdtempSync(join(tmpdir(), 'brink-browser-'));
  const store = await openEngineStore(join(dir, 'brink.sqlite'));
  const analyzer = await createAnalyzer();
  const corpus = join(dir, 'sample.ndjson');
  writeFileSync(corpus, sampleLines(opts.articles ?? 60).join('\n') + '\n');
  const hostile = join(dir, 'hostile.ndjson');
  writeFileSync(hostile, [
    JSON.stringify({ title: HOSTILE_TITLE, outlet: 'Hostile <b>Outlet</b>', url: 'javascript:window.__pwned="url"', published: '2025-05-14T09:00:00Z', text: hostileText() }),
    JSON.stringify({ outlet: 'Hostile HTML', published: '2025-05-15T09:00:00Z', html: hostileHtml() }),
  ].join('\n') + '\n');
  const truce = join(dir, 'truce.ndjson');
  writeFileSync(truce, JSON.stringify({ title: 'Armenia and Azerbaijan agree truce', outlet: 'Invented Wire', published: '2025-05-14T08:00:00Z', text: TRUCE_TEXT }) + '\n');
  const docIds: string[] = [];
  const hostile2: string[] = [];
  let truceId = '';
  for (const input of [corpus, hostile, truce]) {
    const gen = ingest(store, [input], { analyze: (d) => toArticleAnalysis(analyzer(d)), version: analyzer.version });
    for (let r = await gen.next(); !r.done; r = await gen.next()) {
      if (!r.value.docId) continue;
      if (input === truce) truceId = r.value.docId;
      else if (input === hostile) hostile2.push(r.value.docId);
      else docIds.push(r.value.docId);
    }
  }
  await refreshAlerts(store, { ...DEFAULT_ALERT_CONFIG, webhooks: [] }, opts.now ?? '2025-05-21T00:00:00Z');
  for (const role of ['admin', 'analyst', 'viewer'] as const) await addUser(store, { name: role, password: PASSWORDS[role], role });
  return { store, dir, docIds, hostileId: hostile2[0] ?? '', hostileHtmlId: hostile2[1] ?? '', truceId };
}
