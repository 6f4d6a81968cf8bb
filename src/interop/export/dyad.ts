/** Dyad series CSV: one row per period (period, events, q1..q4, goldstein_sum, goldstein_mean, escalation). */
import { csvLine, writeChunks } from './chunks.js';

export interface DyadRow {
  period: string;
  events: number;
  quad: [number, number, number, number];
  goldsteinSum: number;
  goldsteinMean: number;
  escalation?: number | null;
}

export const DYAD_COLUMNS = [
  'period',
  'events',
  'q1',
  'q2',
  'q3',
  'q4',
  'goldstein_sum',
  'goldstein_mean',
  'escalation',
];

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

async function* asAsync<T>(items: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T> {
  yield* items;
}

export function toDyadCsv(series: Iterable<DyadRow> | AsyncIterable<DyadRow>): AsyncGenerator<string> {
  return writeChunks(
    asAsync(series),
    (r) =>
      csvLine([
        r.period,
        r.events,
        ...r.quad,
        round(r.goldsteinSum),
        round(r.goldsteinMean),
        r.escalation ?? null,
      ]),
    { head: csvLine(DYAD_COLUMNS) },
  );
}
