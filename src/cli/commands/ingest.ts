import type { Command } from 'commander';
import { openEngineStore } from '../../engine/store.js';
import { ingest, type ItemReport, type RunSummary } from '../../engine/ingest.js';
import { createAnalyzer, toArticleAnalysis } from '../../engine/analyze.js';
import { reclusterStore } from '../../engine/corpus.js';
import { loadAlertSettings, refreshAlerts } from '../../engine/alerts.js';
import { progress } from '../progress.js';
import { BrinkError } from '../../domain/errors.js';
import { dbOption, type DbOpts } from '../options.js';

interface IngestFlags extends DbOpts {
  published?: string;
  outlet?: string;
  allowPrivate?: boolean;
  maxBytes?: string;
  json?: boolean;
  code?: boolean;
}

export default function register(program: Command): void {
  dbOption(
    program
      .command('ingest')
      .description('ingest news from files, directories, URLs or stdin (-) into the store')
      .argument('<sources...>', 'files (txt, md, html, rss/atom, ndjson), directories (walked), http(s) URLs, or - for stdin')
      .option('--published <date>', 'publication date/time for sources that lack one (ISO 8601)')
      .option('--outlet <name>', 'outlet name for sources that lack one')
      .option('--max-bytes <n>', 'size cap per input in bytes', String(20 * 1024 * 1024))
      .option('--allow-private', 'allow fetching private, loopback and link-local addresses (testing only)')
      .option('--json', 'print one JSON object per item and a JSON summary')
      .option('--no-code', 'store documents only; do not annotate and code them')
      .addHelpText('after', '\nEach item prints: ok / duplicate / near-duplicate of X / failed: CODE reason.'),
  ).action(async (sources: string[], flags: IngestFlags) => {
    if (flags.published && Number.isNaN(Date.parse(flags.published))) throw new BrinkError('BAD_DATE', { value: flags.published });
    const maxBytes = Number(flags.maxBytes);
    if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new BrinkError('BAD_REQUEST', { detail: `--max-bytes must be a positive number` });
    const store = await openEngineStore(flags.db);
    try {
      const summary = await runIngest(store, sources, flags, maxBytes);
      if (flags.code !== false && summary.ok + summary.nearDuplicate > 0) {
        const { clusters } = await reclusterStore(store);
        const fresh = await refreshAlerts(store, loadAlertSettings());
        if (!flags.json) console.log(`${clusters} happenings across outlets; ${fresh.length} new alert${fresh.length === 1 ? '' : 's'} (brink alerts)`);
      }
      if (summary.failed > 0) process.exitCode = 1;
    } finally {
      await store.close();
    }
  });
}

async function runIngest(store: Awaited<ReturnType<typeof openEngineStore>>, sources: string[], flags: IngestFlags, maxBytes: number): Promise<RunSummary> {
  const bar = progress({ label: 'ingest' });
  const counts = { ok: 0, duplicate: 0, near: 0, failed: 0 };
  const analyzer = flags.code === false ? null : await createAnalyzer();
  const gen = ingest(store, sources, {
    ...(analyzer ? { analyze: (doc) => toArticleAnalysis(analyzer(doc)), version: analyzer.version } : {}),
    published: flags.published,
    outlet: flags.outlet,
    maxBytes,
    allowPrivate: Boolean(flags.allowPrivate),
    stdin: process.stdin,
  });
  for (;;) {
    const next = await gen.next();
    if (next.done) {
      bar.done();
      printSummary(next.value, Boolean(flags.json));
      return next.value;
    }
    const item = next.value;
    if (item.status === 'near-duplicate') counts.near++;
    else counts[item.status]++;
    bar.log(flags.json ? JSON.stringify(item) : describe(item));
    bar.tick(counts);
  }
}

export function describe(item: ItemReport): string {
  const id = item.docId ? item.docId.slice(0, 12) : '';
  const title = item.title ? `  “${item.title.slice(0, 70)}”` : '';
  switch (item.status) {
    case 'ok':
      return `ok              ${id}  ${item.origin}${title}${item.events !== undefined ? `  ${item.events} events` : ''}${item.note ? `  (${item.note})` : ''}`;
    case 'duplicate':
      return `duplicate       ${id}  ${item.origin}`;
    case 'near-duplicate':
      return `near-duplicate  ${id}  ${item.origin}  of ${item.nearOf?.slice(0, 12)}`;
    case 'failed':
      return `failed: ${item.error?.code} ${item.origin}: ${item.error?.message}`;
  }
}

function printSummary(s: RunSummary, json: boolean): void {
  if (json) {
    console.log(JSON.stringify({ summary: s }));
    return;
  }
  console.log(
    `\nrun ${s.runId}: ${s.total} items — ${s.ok} stored, ${s.nearDuplicate} near-duplicates stored and linked, ${s.duplicate} duplicates skipped, ${s.failed} failed`,
  );
}
