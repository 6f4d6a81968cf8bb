/**
 * Fixed-window rate limits per (client IP, route) bucket, in memory. A bucket that has used its
 * allowance answers RATE_LIMITED with the seconds until its window ends (Retry-After).
 */
export interface Verdict {
  ok: boolean;
  retryAfterS: number;
  remaining: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { windowStart: number; count: number }>();

  constructor(private readonly windowMs = 60_000) {}

  hit(key: string, limit: number, nowMs: number): Verdict {
    let b = this.buckets.get(key);
    if (!b || nowMs - b.windowStart >= this.windowMs) {
      if (this.buckets.size > 50_000) this.sweep(nowMs);
      b = { windowStart: nowMs, count: 0 };
      this.buckets.set(key, b);
    }
    b.count++;
    const retryAfterS = Math.max(1, Math.ceil((b.windowStart + this.windowMs - nowMs) / 1000));
    return { ok: b.count <= limit, retryAfterS, remaining: Math.max(0, limit - b.count) };
  }

  private sweep(nowMs: number): void {
    for (const [k, b] of this.buckets) if (nowMs - b.windowStart >= this.windowMs) this.buckets.delete(k);
  }
}
