import type { Command } from 'commander';
import { openEngineStore } from '../../engine/store.js';
import { ceasefireViews } from '../../engine/corpus.js';
import { potentialMediators } from '../../analytics/index.js';
import { loadEvents } from '../../engine/corpus.js';
import { dbOption, type DbOpts } from '../options.js';
import { ceasefireHeadline } from '../truces.js';

export default function register(program: Command): void {
  dbOption(
    program
      .command('ceasefires')
      .description('ceasefires merged across articles, with effective times, disagreements, violations and status')
      .option('--now <instant>', 'evaluate the status at this instant (default: now)')
      .option('--json', 'JSON output'),
  ).action(async (flags: DbOpts & { now?: string; json?: boolean }) => {
    const store = await openEngineStore(flags.db);
    try {
      const views = await ceasefireViews(store, flags.now ?? new Date().toISOString());
      if (flags.json) return void console.log(JSON.stringify(views, null, 2));
      if (views.length === 0) console.log('no ceasefires');
      for (const c of views) {
        console.log(ceasefireHeadline(c));
        if (c.mediators.length) console.log(`  mediators: ${c.mediators.join(', ')}`);
        console.log(`  from ${c.docIds.length} article(s); history: ${c.status.history.map((h) => `${h.status} ${h.from}`).join(' → ')}`);
        for (const d of c.disagreements) console.log(`  disagreement (${d.kind}): ${d.detail}`);
        for (const e of c.status.incidents.slice(0, 5)) console.log(`  incident ${e.date} ${e.sourceCode}→${e.targetCode} ${e.cameo}: ${(e.evidence ?? '').slice(0, 90)}`);
        for (const e of c.status.accusations.slice(0, 5)) console.log(`  accusation ${e.date} ${e.sourceCode}→${e.targetCode} ${e.cameo}: ${(e.evidence ?? '').slice(0, 90)}`);
      }
    } finally {
      await store.close();
    }
  });

  dbOption(
    program
      .command('mediators')
      .description('potential mediators for a dyad, ranked by cooperative history with both sides (documented score)')
      .argument('<a>', 'country')
      .argument('<b>', 'country')
      .option('--json', 'JSON output'),
  ).action(async (a: string, b: string, flags: DbOpts & { json?: boolean }) => {
    const store = await openEngineStore(flags.db);
    try {
      const ranks = potentialMediators(await loadEvents(store), a, b);
      if (flags.json) return void console.log(JSON.stringify(ranks, null, 2));
      if (ranks.length === 0) console.log(`no actor has cooperated with both ${a} and ${b} in the store`);
      for (const r of ranks) {
        console.log(`${r.actor}  score ${r.score}  (cooperation with ${a} ${r.coopA}, with ${b} ${r.coopB}, hostile share ${r.hostileShare})`);
        for (const e of r.events) console.log(`    ${e.date} ${e.sourceCode}→${e.targetCode} ${e.cameo}: ${(e.evidence ?? '').slice(0, 90)}`);
      }
    } finally {
      await store.close();
    }
  });
}
