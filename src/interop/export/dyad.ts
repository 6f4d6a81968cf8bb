/** Dyad series CSV: one row per period (period, events, q1..q4, goldstein_sum, goldstein_mean, escalation). */
import { chunked, csvLine } from './chunks.js';

export interface DyadRow {
  period: string;
  events: number;
  quad: [number, number, number, number];
  goldsteinSum: number;
  goldsteinMean: number;
  escalation?: number | null;
}

export const DYAD_COLUMNS = ['period', 'events', 'q1', 'q2', 'q3', 'q4', 'goldstein_sum', 'goldstein_mean', 'escalation'];

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

async function* rows(series: Iterable<DyadRow> | AsyncIterable<DyadRow>): AsyncGenerator<string> {
  yield csvLine(DYAD_COLUMNS);
  for await (const r of series) {
    yield csvLine([r.period, r.events, ...r.quad, round(r.goldsteinSum), round(r.goldsteinMean), r.escalation ?? null]);
  }
}

export function toDyadCsv(series: Iterable<DyadRow> | AsyncIterable<DyadRow>): AsyncGenerator<string> {
  return chunked(rows(series));
}
