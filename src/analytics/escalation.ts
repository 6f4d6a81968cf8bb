/**
 * The escalation index of a dyad — documented, explainable, reproducible.
 *
 *   E(T) = Σ_{e ≤ T} w(e) · λ^(T − day(e)),   w(e) = −goldstein(e) · s(e),   λ = 0.5^(1/h)
 *
 * - only asserted events count; each event's weight is its Goldstein score with the sign flipped,
 *   so conflict (negative Goldstein) raises the index and cooperation lowers it;
 * - s(e) = 1 + ln(sources) rewards a happening reported by several distinct outlets (s = 1 for one);
 * - the past decays with a half-life of h days (default 3): a strike a week ago weighs ~20 %.
 * Because E is a sum, every value is explained exactly by its terms: `explain` lists each event's
 * contribution, and the contributions add up to the index.
 *
 * Levels (on the default half-life): < 5 calm, 5–15 tense, 15–30 high, ≥ 30 crisis.
 */
import type { IsoDate } from '../domain/types.js';
import { type AEvent, countryOf, dateOfDay, dayNumber } from './types.js';
import { type DyadQuery, dyadEvents, round } from './dyads.js';

export interface EscalationOptions {
  halfLifeDays?: number;
}

export interface EscalationRow {
  date: IsoDate;
  index: number;
  /** Change from the previous day. */
  delta: number;
  /** Events of that day. */
  events: number;
  level: Level;
}

export type Level = 'calm' | 'tense' | 'high' | 'crisis';

export interface Contribution {
  event: AEvent;
  weight: number;
  contribution: number;
}

export function decay(opts: EscalationOptions = {}): number {
  return 0.5 ** (1 / (opts.halfLifeDays ?? 3));
}

export function weight(e: AEvent): number {
  const s = 1 + Math.log(Math.max(e.sources ?? 1, 1));
  return -e.goldstein * s;
}

export function level(index: number): Level {
  if (index >= 30) return 'crisis';
  if (index >= 15) return 'high';
  if (index >= 5) return 'tense';
  return 'calm';
}

/** Daily index over [from, to] (default: first event day to last). */
export function escalationSeries(events: Iterable<AEvent>, q: DyadQuery & EscalationOptions): EscalationRow[] {
  const picked = dyadEvents(events, { ...q, from: undefined, to: q.to });
  if (picked.length === 0) return [];
  const byDay = new Map<number, number[]>();
  for (const e of picked) {
    const d = dayNumber(e.date);
    const list = byDay.get(d) ?? [];
    list.push(weight(e));
    byDay.set(d, list);
  }
  const days = [...byDay.keys()].sort((x, y) => x - y);
  const first = days[0] as number;
  const last = q.to ? dayNumber(q.to) : (days[days.length - 1] as number);
  const from = q.from ? dayNumber(q.from) : first;
  const lambda = decay(q);
  const rows: EscalationRow[] = [];
  let e = 0;
  for (let d = Math.min(first, from); d <= last; d++) {
    const today = byDay.get(d) ?? [];
    const prev = e;
    e = e * lambda + today.reduce((s, w) => s + w, 0);
    if (d >= from) rows.push({ date: dateOfDay(d), index: round(e), delta: round(e - prev), events: today.length, level: level(e) });
  }
  return rows;
}

/** The index on `date` and each event's share of it, largest first. Contributions sum to the index. */
export function explain(
  events: Iterable<AEvent>,
  q: DyadQuery & EscalationOptions & { date: IsoDate },
): { index: number; level: Level; contributions: Contribution[] } {
  const picked = dyadEvents(events, { ...q, from: undefined, to: q.date });
  const lambda = decay(q);
  const t = dayNumber(q.date);
  const contributions = picked.map((event) => {
    const w = weight(event);
    return { event, weight: round(w), contribution: w * lambda ** (t - dayNumber(event.date)) };
  });
  const index = contributions.reduce((s, c) => s + c.contribution, 0);
  contributions.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  for (const c of contributions) c.contribution = round(c.contribution, 3);
  return { index: round(index), level: level(index), contributions };
}

export interface HeatingDyad {
  a: string;
  b: string;
  index: number;
  previous: number;
  change: number;
  events: number;
}

/**
 * Country pairs heating up fastest: change of the index over the last `windowDays` (default 7)
 * up to `now`. Pairs with fewer than `minEvents` events in the window are left out.
 */
export function topDyads(
  events: Iterable<AEvent>,
  opts: EscalationOptions & { now: IsoDate; windowDays?: number; limit?: number; minEvents?: number },
): HeatingDyad[] {
  const window = opts.windowDays ?? 7;
  const now = dayNumber(opts.now);
  const start = now - window;
  const lambda = decay(opts);
  const acc = new Map<string, { a: string; b: string; nowIdx: number; prevIdx: number; events: number }>();
  for (const e of events) {
    if (e.modality !== 'asserted' || !e.targetCode) continue;
    const d = dayNumber(e.date);
    if (d > now) continue;
    const [a, b] = [countryOf(e.sourceCode), countryOf(e.targetCode)].sort() as [string, string];
    if (a === b || !a) continue; // ('' sorts first: a party with no country makes no pair)
    const k = `${a}-${b}`;
    let r = acc.get(k);
    if (!r) acc.set(k, (r = { a, b, nowIdx: 0, prevIdx: 0, events: 0 }));
    const w = weight(e);
    r.nowIdx += w * lambda ** (now - d);
    if (d <= start) r.prevIdx += w * lambda ** (start - d);
    else r.events++;
  }
  return [...acc.values()]
    .filter((r) => r.events >= (opts.minEvents ?? 1))
    .map((r) => ({ a: r.a, b: r.b, index: round(r.nowIdx), previous: round(r.prevIdx), change: round(r.nowIdx - r.prevIdx), events: r.events }))
    .sort((x, y) => y.change - x.change)
    .slice(0, opts.limit ?? 10);
}
