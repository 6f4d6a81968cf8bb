import type { Command } from 'commander';
import { openEngineStore } from '../../engine/store.js';
import { loadAlertSettings, refreshAlerts } from '../../engine/alerts.js';
import { dbOption, type DbOpts } from '../options.js';

interface Flags extends DbOpts {
  refresh?: boolean;
  config?: string;
  json?: boolean;
  limit: string;
}

export default function register(program: Command): void {
  dbOption(
    program
      .command('alerts')
      .description('list alerts with the events behind them; --refresh evaluates the rules first and delivers new alerts')
      .option('--refresh', 'evaluate the alert rules over the stored events and deliver new alerts to the webhooks')
      .option('--config <file>', 'alert rules and webhooks (default: brink.alerts.json when present, else built-in defaults)')
      .option('--limit <n>', 'how many alerts', '50')
      .option('--json', 'JSON output'),
  ).action(async (flags: Flags) => {
    const settings = loadAlertSettings(flags.config);
    const store = await openEngineStore(flags.db);
    try {
      if (flags.refresh) {
        const fresh = await refreshAlerts(store, settings);
        if (!flags.json) console.log(`${fresh.length} new alert${fresh.length === 1 ? '' : 's'}`);
      }
      const list = await store.alerts.list({ limit: Number(flags.limit) });
      if (flags.json) return void console.log(JSON.stringify(list, null, 2));
      for (const a of list) {
        const x = a.explanation as { message?: string; events?: Array<{ date: string; cameo: string; sourceCode: string; targetCode: string | null; evidence?: string }> };
        console.log(`#${a.id} ${a.firedAt} ${a.rule} ${a.dyad} score ${a.score}: ${x.message ?? ''}`);
        for (const e of (x.events ?? []).slice(0, 3)) console.log(`    ${e.date} ${e.sourceCode}→${e.targetCode ?? '-'} ${e.cameo}  ${(e.evidence ?? '').slice(0, 100)}`);
      }
      if (list.length === 0) console.log('no alerts');
    } finally {
      await store.close();
    }
  });
}
