/** Producer flow control: pause above the high-water mark, resume below the low-water mark. */

export interface Water {
  /** Pause enqueueing when this many jobs are waiting. */
  high: number;
  /** Resume when fewer than this many are waiting. */
  low: number;
}

export const DEFAULT_WATER: Water = { high: 20_000, low: 10_000 };

/** True when the producer should be (or stay) paused, with hysteresis between the marks. */
export function decideFlow(waiting: number, paused: boolean, water: Water): boolean {
  const low = Math.min(water.low, water.high);
  return paused ? waiting >= low : waiting > water.high;
}

/** Reads `--high-water` / `--low-water` style values; defaults fill the gaps, low never above high. */
export function waterFrom(high?: number, low?: number): Water {
  const h = high !== undefined && Number.isFinite(high) && high > 0 ? Math.floor(high) : DEFAULT_WATER.high;
  const l = low !== undefined && Number.isFinite(low) && low >= 0 ? Math.floor(low) : Math.min(DEFAULT_WATER.low, Math.floor(h / 2));
  return { high: h, low: Math.min(l, h) };
}
