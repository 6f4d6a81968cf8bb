/**
 * ConfliBERT 5-way set: `{id, text, pentaclass}` per line. The predicted class is that of the main
 * event (see metrics.mainEvent). A sentence with no event at all falls back to class 0 ("make a
 * statement"): news sentences the coder finds nothing in are most often reports of what someone said.
 */
import type { Event } from '../domain/types.js';
import { LabelCounts, macroF1, mainEvent, pentaclass, round, type Prf } from './metrics.js';

export interface QuadItem { id: string; text: string; pentaclass: number }
export interface QuadMiss { id: string; text: string; gold: number; predicted: number; rule?: string }
export interface QuadReport {
  set: 'quad';
  n: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<string, Prf>;
  /** confusion[gold][predicted] */
  confusion: number[][];
  fallbacks: number;
  misses: QuadMiss[];
}

export const QUAD_FALLBACK = 0;

export function scoreQuad(items: QuadItem[], code: (item: QuadItem) => Event[]): QuadReport {
  const confusion = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  const counts = new LabelCounts();
  const misses: QuadMiss[] = [];
  let correct = 0;
  let fallbacks = 0;
  for (const item of items) {
    const main = mainEvent(code(item));
    const predicted = main ? pentaclass(main.cameo) : QUAD_FALLBACK;
    if (!main) fallbacks++;
    const gold = item.pentaclass;
    (confusion[gold] as number[])[predicted]! += 1;
    if (predicted === gold) { correct++; counts.add(String(gold), 'tp'); }
    else {
      counts.add(String(predicted), 'fp');
      counts.add(String(gold), 'fn');
      misses.push({ id: item.id, text: item.text, gold, predicted, ...(main ? { rule: main.rule } : {}) });
    }
  }
  const perClass = counts.table();
  // worst misses first: confident wrong codes across the cooperation/conflict divide
  const distance = (m: QuadMiss): number => Math.abs(m.gold - m.predicted) + (m.rule ? 1 : 0);
  misses.sort((a, b) => distance(b) - distance(a));
  return {
    set: 'quad', n: items.length, accuracy: round(items.length ? correct / items.length : 0),
    macroF1: macroF1(perClass, ['0', '1', '2', '3', '4']), perClass, confusion, fallbacks, misses: misses.slice(0, 10),
  };
}
