import type { Command } from 'commander';
import { openEngineStore } from '../../engine/store.js';
import { BrinkError } from '../../domain/errors.js';
import { dbOption, type DbOpts } from '../options.js';

const LEVELS = ['public', 'restricted', 'confidential'] as const;

export default function register(program: Command): void {
  const eng = program.command('engagement').description('the mediation log: contacts derived from events plus manual entries');
  dbOption(
    eng
      .command('add')
      .description('add a manual mediation-log entry')
      .requiredOption('--mediator <code>', 'who mediated (actor code, e.g. USAGOV)')
      .requiredOption('--party <code>', 'whom they engaged (actor code)')
      .requiredOption('--date <date>', 'day of the contact (YYYY-MM-DD)')
      .option('--channel <channel>', 'phone-call | visit | meeting | third-location-talks | message | public-post', 'meeting')
      .option('--on-behalf-of <actor>', 'on whose behalf')
      .option('--level <level>', 'confidentiality: public | restricted | confidential', 'restricted')
      .option('--notes <text>', 'notes')
      .option('--by <user>', 'who records it'),
  ).action(async (f: DbOpts & { mediator: string; party: string; date: string; channel: string; onBehalfOf?: string; level: string; notes?: string; by?: string }) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(f.date) || Number.isNaN(Date.parse(f.date))) throw new BrinkError('BAD_DATE', { value: f.date });
    if (!(LEVELS as readonly string[]).includes(f.level)) throw new BrinkError('BAD_REQUEST', { detail: `--level must be one of ${LEVELS.join(', ')}` });
    const store = await openEngineStore(f.db);
    try {
      const id = await store.engagements.insert({
        mediator: f.mediator, party: f.party, date: f.date, channel: f.channel, source: 'manual', confidentiality: f.level as (typeof LEVELS)[number],
        ...(f.onBehalfOf ? { onBehalfOf: f.onBehalfOf } : {}), ...(f.notes ? { notes: f.notes } : {}), ...(f.by ? { createdBy: f.by } : {}),
      });
      await store.auth.audit({ who: f.by ?? 'cli', action: 'engagement.create', record: `engagement:${id}`, detail: { level: f.level } });
      console.log(`engagement ${id} added`);
    } finally {
      await store.close();
    }
  });
  dbOption(
    eng
      .command('list')
      .description('list the mediation log (derived and manual)')
      .option('--mediator <code>')
      .option('--party <code>')
      .option('--json', 'JSON output'),
  ).action(async (f: DbOpts & { mediator?: string; party?: string; json?: boolean }) => {
    const store = await openEngineStore(f.db);
    try {
      const list = await store.engagements.list({ ...(f.mediator ? { mediator: f.mediator } : {}), ...(f.party ? { party: f.party } : {}), limit: 500 });
      if (f.json) return void console.log(JSON.stringify(list, null, 2));
      for (const e of list) console.log(`#${e.id} ${e.date} ${e.mediator} → ${e.party} ${e.channel ?? ''} [${e.source}, ${e.confidentiality}] ${(e.notes ?? '').slice(0, 80)}`);
      if (list.length === 0) console.log('the mediation log is empty');
    } finally {
      await store.close();
    }
  });
}
