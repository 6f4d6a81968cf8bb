import type { Command } from 'commander';
import { openEngineStore } from '../../engine/store.js';
import { createAnalyzer } from '../../engine/analyze.js';
import { recode } from '../../engine/recode.js';
import { dbOption, type DbOpts } from '../options.js';

export default function register(program: Command): void {
  dbOption(
    program
      .command('recode')
      .description('re-code stored documents whose events came from older dictionaries/patterns, and report what changed')
      .option('--all', 're-code every document, not only stale ones')
      .option('--json', 'one JSON line per document'),
  ).action(async (flags: DbOpts & { all?: boolean; json?: boolean }) => {
    const analyzer = await createAnalyzer();
    const store = await openEngineStore(flags.db);
    let docs = 0;
    let changed = 0;
    try {
      for await (const c of recode(store, analyzer, { all: Boolean(flags.all) })) {
        docs++;
        if (c.added.length || c.removed.length) changed++;
        if (flags.json) console.log(JSON.stringify(c));
        else if (c.error) console.log(`failed ${c.docId.slice(0, 12)}: ${c.error}`);
        else if (c.added.length || c.removed.length) console.log(`${c.docId.slice(0, 12)}  ${c.before} → ${c.after} events  +[${c.added.join(' ')}]  -[${c.removed.join(' ')}]`);
      }
      if (!flags.json) console.log(`recoded ${docs} document(s) with data ${analyzer.version}; ${changed} changed`);
    } finally {
      await store.close();
    }
  });
}
