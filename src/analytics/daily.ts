/**
 * The fast path for large stores: dyad series and the escalation index from per-day, per-quad
 * aggregates computed by the database (count and Goldstein sum), instead of from every event.
 * Same formulas as dyads.ts and escalation.ts with s(e) = 1 (each stored event counts once: the
 * aggregate cannot see cross-outlet clusters).
 */
import type { IsoDate } from '../domain/types.js';
import { dateOfDay, dayNumber, weekStart } from './types.js';
import { round, type SeriesRow } from './dyads.js';
import { decay, level, type EscalationOptions, type EscalationRow } from './escalation.js';

export interface DailyAggregate {
  date: IsoDate;
  quad: number;
  n: number;
  goldsteinSum: number;
}

export function seriesFromDaily(rows: DailyAggregate[], q: { from?: IsoDate; to?: IsoDate; granularity?: 'day' | 'week' }): SeriesRow[] {
  const key = q.granularity === 'week' ? weekStart : (d: IsoDate) => d;
  const acc = new Map<IsoDate, SeriesRow>();
  for (const r of rows) {
    const p = key(r.date);
    let s = acc.get(p);
    if (!s) acc.set(p, (s = { period: p, events: 0, quad: [0, 0, 0, 0], goldsteinSum: 0, goldsteinMean: 0 }));
    s.events += r.n;
    s.quad[(r.quad - 1) as 0 | 1 | 2 | 3] += r.n;
    s.goldsteinSum += r.goldsteinSum;
  }
  const dates = [...acc.keys()].sort();
  const first = q.from ? key(q.from) : dates[0];
  const last = q.to ? key(q.to) : dates[dates.length - 1];
  if (!first || !last) return [];
  const step = q.granularity === 'week' ? 7 : 1;
  const out: SeriesRow[] = [];
  for (let d = dayNumber(first); d <= dayNumber(last); d += step) {
    const p = dateOfDay(d);
    const s = acc.get(p) ?? { period: p, events: 0, quad: [0, 0, 0, 0] as [number, number, number, number], goldsteinSum: 0, goldsteinMean: 0 };
    s.goldsteinSum = round(s.goldsteinSum);
    s.goldsteinMean = s.events ? round(s.goldsteinSum / s.events) : 0;
    out.push(s);
  }
  return out;
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
