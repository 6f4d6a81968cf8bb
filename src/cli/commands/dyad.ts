import type { Command } from 'commander';
import { openEngineStore } from '../../engine/store.js';
import { loadHappenings as loadEvents } from '../../engine/corpus.js';
import { dyadSeries, escalationSeries, explain, sparkline, topDyads } from '../../analytics/index.js';
import { BrinkError } from '../../domain/errors.js';
import { dbOption, type DbOpts } from '../options.js';

interface Flags extends DbOpts {
  from?: string;
  to?: string;
  week?: boolean;
  json?: boolean;
  directed?: boolean;
}

const ACTOR = /^[A-Z]{3}[A-Z0-9]*$/;

export default function register(program: Command): void {
  dbOption(
    program
      .command('dyad')
      .description('daily (or weekly) series for an actor pair: events per quad class, Goldstein, escalation index with a sparkline')
      .argument('<a>', 'actor: a country (IND) or a code prefix (INDMIL)')
      .argument('<b>', 'the other actor')
      .option('--from <date>', 'first day (YYYY-MM-DD)')
      .option('--to <date>', 'last day (YYYY-MM-DD)')
      .option('--week', 'weekly instead of daily rows')
      .option('--directed', 'only events from <a> to <b>')
      .option('--json', 'JSON output'),
  ).action(async (a: string, b: string, flags: Flags) => {
    for (const x of [a, b]) if (!ACTOR.test(x)) throw new BrinkError('BAD_REQUEST', { detail: `actor "${x}" must be a code like IND or INDMIL` });
    for (const d of [flags.from, flags.to]) if (d && !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new BrinkError('BAD_DATE', { value: d });
    const store = await openEngineStore(flags.db);
    try {
      const events = await loadEvents(store);
      const q = { a, b, ...(flags.from ? { from: flags.from } : {}), ...(flags.to ? { to: flags.to } : {}), directed: Boolean(flags.directed) };
      const series = dyadSeries(events, { ...q, granularity: flags.week ? 'week' : 'day' });
      const esc = escalationSeries(events, q);
      const escBy = new Map(esc.map((r) => [r.date, r]));
      const last = esc.at(-1);
      const why = last ? explain(events, { ...q, date: last.date }) : null;
      if (flags.json) {
        console.log(JSON.stringify({ a, b, series, escalation: esc, explanation: why && { ...why, contributions: why.contributions.slice(0, 10) } }, null, 2));
        return;
      }
      if (series.length === 0) {
        console.log(`no asserted events between ${a} and ${b}`);
        return;
      }
      console.log(`${a} – ${b}  escalation ${sparkline(esc.map((r) => r.index))}  (${esc[0]?.date} … ${last?.date})`);
      console.log('period       events  vcoop mcoop vconf mconf  goldstein  mean   escalation');
      for (const r of series) {
        const e = escBy.get(r.period);
        console.log(`${r.period}  ${pad(r.events, 6)}  ${r.quad.map((n) => pad(n, 5)).join(' ')}  ${pad(r.goldsteinSum, 9)}  ${pad(r.goldsteinMean, 5)}  ${e ? `${pad(e.index, 8)} ${e.level}` : ''}`);
      }
      if (why) {
        console.log(`\nindex on ${last?.date}: ${why.index} (${why.level}); largest contributions:`);
        for (const c of why.contributions.slice(0, 5)) console.log(`  ${pad(c.contribution, 8)}  ${c.event.date} ${c.event.sourceCode}→${c.event.targetCode ?? '-'} ${c.event.cameo}  ${(c.event.evidence ?? '').slice(0, 90)}`);
      }
    } finally {
      await store.close();
    }
  });

  dbOption(
    program
      .command('dyads')
      .description('country pairs heating up fastest (change of the escalation index over a window)')
      .option('--top <n>', 'how many pairs', '10')
      .option('--now <date>', 'the day to measure at (default: the latest event day)')
      .option('--window <days>', 'window in days', '7')
      .option('--json', 'JSON output'),
  ).action(async (flags: DbOpts & { top: string; now?: string; window: string; json?: boolean }) => {
    const store = await openEngineStore(flags.db);
    try {
      const events = await loadEvents(store);
      const now = flags.now ?? events.reduce((m, e) => (e.date > m ? e.date : m), '0000-00-00');
      const top = topDyads(events, { now, windowDays: Number(flags.window), limit: Number(flags.top) });
      if (flags.json) return void console.log(JSON.stringify({ now, dyads: top }, null, 2));
      console.log(`pairs heating up fastest, ${flags.window} days to ${now}`);
      for (const d of top) console.log(`  ${d.a}–${d.b}  index ${pad(d.index, 7)}  change ${d.change >= 0 ? '+' : ''}${d.change}  (${d.events} events)`);
    } finally {
      await store.close();
    }
  });
}

function pad(x: number, n: number): string {
  return String(x).padStart(n);
}
