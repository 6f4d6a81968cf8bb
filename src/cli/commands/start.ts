import type { Command } from 'commander';
import { openEngineStore } from '../../engine/store.js';
import { ingest } from '../../engine/ingest.js';
import { createAnalyzer, toArticleAnalysis } from '../../engine/analyze.js';
import { SAMPLE_CORPUS } from '../../engine/sample.js';
import { loadAlertSettings, refreshAlerts } from '../../engine/alerts.js';
import { ceasefireViews, loadHappenings as loadEvents, reclusterStore } from '../../engine/corpus.js';
import { escalationSeries, sparkline, topDyads } from '../../analytics/index.js';
import { progress } from '../progress.js';
import { ceasefireSummary } from '../truces.js';
import { dbOption, type DbOpts } from '../options.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { ROOT } from '../../engine/paths.js';
import { DEFAULT_PORT, startServer } from '../../server/index.js';
import { addUser } from '../../server/auth/users.js';

export default function register(program: Command): void {
  dbOption(
    program
      .command('start')
      .description('the main job: on first run ingest the bundled sample corpus into the store, evaluate alerts, and show the result')
      .option('--corpus <dir>', 'corpus to ingest on first run', SAMPLE_CORPUS)
      .option('--no-serve', 'do not start the dashboard')
      .option('--port <n>', 'dashboard port', String(DEFAULT_PORT)),
  ).action(async (flags: DbOpts & { corpus: string; serve: boolean; port: string }) => {
    const store = await openEngineStore(flags.db);
    try {
      if ((await store.documents.count()) === 0) {
        console.log(`first run: ingesting ${flags.corpus}`);
        const analyzer = await createAnalyzer();
        const bar = progress({ label: 'ingest' });
        const counts = { ok: 0, failed: 0 };
        const gen = ingest(store, [flags.corpus], { analyze: (d) => toArticleAnalysis(analyzer(d)), version: analyzer.version });
        for (let r = await gen.next(); !r.done; r = await gen.next()) {
          if (r.value.status === 'failed') {
            counts.failed++;
            bar.log(`failed: ${r.value.error?.code} ${r.value.origin}: ${r.value.error?.message}`);
          } else counts.ok++;
          bar.tick(counts);
        }
        bar.done();
        await reclusterStore(store);
      }
      const fresh = await refreshAlerts(store, loadAlertSettings());
      await summary(store, fresh.length);
      if (!flags.serve) return;
      const login = await firstAdmin(store);
      buildDashboard();
      const running = await startServer({ store, port: Number(flags.port) });
      console.log(`\ndashboard: ${running.url}${login ? `  (sign in as "admin" with password ${login}; it is shown only this once)` : ''}`);
      console.log('press Ctrl-C to stop');
      await new Promise<void>((done) => {
        process.once('SIGINT', done);
        process.once('SIGTERM', done);
      });
      await running.close();
    } finally {
      await store.close();
    }
  });
}

/** On a store without users, creates "admin" with a random password and returns it (once). */
async function firstAdmin(store: Awaited<ReturnType<typeof openEngineStore>>): Promise<string | null> {
  if ((await store.auth.listUsers()).length > 0) return null;
  const password = randomBytes(12).toString('base64url');
  await addUser(store, { name: 'admin', password, role: 'admin' });
  return password;
}

/** Builds the dashboard with Vite when no build exists yet (first run after npm install). */
function buildDashboard(): void {
  if (existsSync(join(ROOT, 'src', 'web', 'dist', 'index.html'))) return;
  console.log('building the dashboard (first run)…');
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(ROOT, 'src', 'web', 'vite.config.ts'), '--logLevel', 'warn'], { stdio: 'inherit', cwd: ROOT });
  if (r.status !== 0) console.error('brink: the dashboard build failed; the API still runs (npm run build:web to retry)');
}

async function summary(store: Awaited<ReturnType<typeof openEngineStore>>, freshAlerts: number): Promise<void> {
  const docs = await store.documents.count();
  const events = await loadEvents(store);
  console.log(`\nstore: ${docs} documents, ${events.length} asserted events`);
  const last = events.reduce((m, e) => (e.date > m ? e.date : m), '0000-00-00');
  const pairs = topDyads(events, { now: last, windowDays: 3650, limit: 50 })
    .map((d) => ({ ...d, series: escalationSeries(events, { a: d.a, b: d.b, to: last }) }))
    .map((d) => ({ ...d, peak: Math.max(...d.series.map((r) => r.index)) }))
    .filter((d) => d.peak >= 5)
    .sort((x, y) => y.peak - x.peak)
    .slice(0, 5);
  if (pairs.length) {
    console.log('\ndyads by peak escalation (index per day, sparkline to the last day of data):');
    for (const d of pairs) {
      const peakDay = d.series.find((r) => r.index === d.peak)?.date;
      console.log(`  ${d.a}–${d.b}  ${sparkline(d.series.map((r) => r.index)).slice(-60)}  peak ${d.peak} on ${peakDay}, now ${d.series.at(-1)?.index}`);
    }
  }
  const alerts = await store.alerts.list({ limit: 8 });
  console.log(`\nalerts: ${freshAlerts} new; latest:`);
  for (const a of alerts) console.log(`  ${a.firedAt} ${a.rule} ${a.dyad}: ${(a.explanation as { message?: string }).message ?? ''}`);
  const cfs = await ceasefireViews(store, new Date().toISOString());
  console.log('\nceasefires:');
  for (const c of cfs) console.log(`  ${ceasefireSummary(c)}`);
  if (cfs.length === 0) console.log('  none');
}
