/** Small scoring helpers shared by the eval sets. Pure. */
import type { Event } from '../domain/types.js';

export interface Prf { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision: round(precision), recall: round(recall), f1: round(f1) };
}

export const round = (x: number): number => Math.round(x * 10000) / 10000;

/** Counts per label → P/R/F1 per label. */
export class LabelCounts {
  private m = new Map<string, { tp: number; fp: number; fn: number }>();
  add(label: string, kind: 'tp' | 'fp' | 'fn', n = 1): void {
    const c = this.m.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    c[kind] += n;
    this.m.set(label, c);
  }
  table(): Record<string, Prf> {
    const out: Record<string, Prf> = {};
    for (const k of [...this.m.keys()].sort()) {
      const c = this.m.get(k) as { tp: number; fp: number; fn: number };
      out[k] = prf(c.tp, c.fp, c.fn);
    }
    return out;
  }
}

/** The 5-way ConfliBERT class of a CAMEO code: 0 = root 01, 1 = 02–05, 2 = 06–09, 3 = 10–14, 4 = 15–20. */
export function pentaclass(cameo: string): number {
  const r = Number(cameo.slice(0, 2));
  return r === 1 ? 0 : r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}

/**
 * The main event of a sentence: asserted events first (non-asserted only when nothing is
 * asserted), then anything but a plain statement (010) — "X said Y attacked Z" is an attack —
 * then text order (the coder returns events in trigger order; the main verb usually comes first).
 */
export function mainEvent(events: Event[]): Event | null {
  const pool = events.some((e) => e.modality === 'asserted') ? events.filter((e) => e.modality === 'asserted') : events;
  let best: Event | null = null;
  const score = (e: Event): number => (e.cameo === '010' ? 0 : 10);
  for (const e of pool) if (!best || score(e) > score(best)) best = e;
  return best;
}

/** Macro-averaged F1 over the given labels. */
export function macroF1(table: Record<string, Prf>, labels: string[]): number {
  if (labels.length === 0) return 0;
  return round(labels.reduce((s, l) => s + (table[l]?.f1 ?? 0), 0) / labels.length);
}
