/**
 * Dyad series: for an actor pair, events per quad class, Goldstein sum and mean, per day or week.
 * A dyad is undirected unless `directed` is set: A→B and B→A both count.
 */
import type { IsoDate } from '../domain/types.js';
import { type AEvent, type ActorKey, dateOfDay, dayNumber, matches, weekStart } from './types.js';

export interface DyadQuery {
  a: ActorKey;
  b: ActorKey;
  from?: IsoDate;
  to?: IsoDate;
  directed?: boolean;
  granularity?: 'day' | 'week';
  /** Count only asserted events (default true): negated, hypothetical... are not events. */
  assertedOnly?: boolean;
}

export interface SeriesRow {
  period: IsoDate;
  events: number;
  quad: [number, number, number, number];
  goldsteinSum: number;
  goldsteinMean: number;
}

export function inDyad(e: AEvent, a: ActorKey, b: ActorKey, directed = false): boolean {
  if (matches(e.sourceCode, a) && matches(e.targetCode, b)) return true;
  return !directed && matches(e.sourceCode, b) && matches(e.targetCode, a);
}

export function dyadEvents(events: Iterable<AEvent>, q: DyadQuery): AEvent[] {
  const out: AEvent[] = [];
  for (const e of events) {
    if ((q.assertedOnly ?? true) && e.modality !== 'asserted') continue;
    if (q.from && e.date < q.from) continue;
    if (q.to && e.date > q.to) continue;
    if (inDyad(e, q.a, q.b, q.directed)) out.push(e);
  }
  return out;
}

/** A dense series: every period between the first and last (or from/to) is present, empty or not. */
export function dyadSeries(events: Iterable<AEvent>, q: DyadQuery): SeriesRow[] {
  return seriesOf(
    dyadEvents(events, q).map((e) => ({ date: e.date, quad: e.quad, n: 1, goldsteinSum: e.goldstein })),
    q,
  );
}

/** Counts per day and quad class (one event, or a database aggregate of many). */
export interface QuadCount {
  date: IsoDate;
  quad: number;
  n: number;
  goldsteinSum: number;
}

/** Folds per-day counts into a dense daily or weekly series between from/to (or the data's span). */
export function seriesOf(counts: Iterable<QuadCount>, q: { from?: IsoDate; to?: IsoDate; granularity?: 'day' | 'week' }): SeriesRow[] {
  const key = q.granularity === 'week' ? weekStart : (d: IsoDate) => d;
  const rows = new Map<IsoDate, SeriesRow>();
  for (const c of counts) {
    const p = key(c.date);
    let r = rows.get(p);
    if (!r) rows.set(p, (r = emptyRow(p)));
    r.events += c.n;
    r.quad[(c.quad - 1) as 0 | 1 | 2 | 3] += c.n;
    r.goldsteinSum += c.goldsteinSum;
  }
  const dates = [...rows.keys()].sort();
  const first = q.from ? key(q.from) : dates[0];
  const last = q.to ? key(q.to) : dates[dates.length - 1];
  if (!first || !last) return [];
  const step = q.granularity === 'week' ? 7 : 1;
  const out: SeriesRow[] = [];
  for (let d = dayNumber(first); d <= dayNumber(last); d += step) {
    const p = dateOfDay(d);
    const r = rows.get(p) ?? emptyRow(p);
    r.goldsteinSum = round(r.goldsteinSum);
    r.goldsteinMean = r.events ? round(r.goldsteinSum / r.events) : 0;
    out.push(r);
  }
  return out;
}

function emptyRow(period: IsoDate): SeriesRow {
  return { period, events: 0, quad: [0, 0, 0, 0], goldsteinSum: 0, goldsteinMean: 0 };
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Eight-level sparkline of a numeric series. */
export function sparkline(values: number[]): string {
  const ticks = '▁▂▃▄▅▆▇█';
  if (values.length === 0) return '';
  // zero is always on the scale, so a flat or tiny series does not look like a crisis
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const range = hi - lo || 1;
  return values.map((v) => ticks[Math.round(((v - lo) / range) * 7)]).join('');
}
