/**
 * The fast path for large stores: dyad series and the escalation index from per-day, per-quad
 * aggregates computed by the database (count and Goldstein sum), instead of from every event.
 * Same formulas as dyads.ts and escalation.ts with s(e) = 1 (each stored event counts once: the
 * aggregate cannot see cross-outlet clusters).
 */
import type { IsoDate } from '../domain/types.js';
import { dateOfDay, dayNumber } from './types.js';
import { round, seriesOf, type SeriesRow } from './dyads.js';
import { decay, level, type EscalationOptions, type EscalationRow } from './escalation.js';

export interface DailyAggregate {
  date: IsoDate;
  quad: number;
  n: number;
  goldsteinSum: number;
}

export function seriesFromDaily(rows: DailyAggregate[], q: { from?: IsoDate; to?: IsoDate; granularity?: 'day' | 'week' }): SeriesRow[] {
  return seriesOf(rows, q);
}

/** E(d) = λ·E(d−1) + Σ −goldstein over the day's events, from the first aggregated day. */
export function escalationFromDaily(rows: DailyAggregate[], q: EscalationOptions & { from?: IsoDate; to?: IsoDate }): EscalationRow[] {
  const byDay = new Map<number, { w: number; n: number }>();
  for (const r of rows) {
    const d = dayNumber(r.date);
    const x = byDay.get(d) ?? { w: 0, n: 0 };
    x.w += -r.goldsteinSum;
    x.n += r.n;
    byDay.set(d, x);
  }
  if (byDay.size === 0) return [];
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const from = q.from ? dayNumber(q.from) : (days[0] as number);
  const last = q.to ? dayNumber(q.to) : (days[days.length - 1] as number);
  const lambda = decay(q);
  const out: EscalationRow[] = [];
  let e = 0;
  for (let d = Math.min(days[0] as number, from); d <= last; d++) {
    const today = byDay.get(d);
    const prev = e;
    e = e * lambda + (today?.w ?? 0);
    if (d >= from) out.push({ date: dateOfDay(d), index: round(e), delta: round(e - prev), events: today?.n ?? 0, level: level(e) });
  }
  return out;
}
