import { hamming, simhash } from './simhash.js';

/**
 * Default near-duplicate threshold in SimHash bits (out of 64).
 *
 * Measured (bench/ingest/dedup.ts, 300 trials per length; 3 words changed + one sentence added):
 *   story words    edited median / p90 / p95 / max    unrelated-but-same-vocabulary min / p5
 *   ~270           7 / 10 / 11 / 13                     25 / 26
 *   ~450           5 /  9 / 10 / 10                     23 / 26
 *   ~720           5 /  9 /  9 / 10                     25 / 27
 * and in dedup.test.ts an invented ~400-word wire story with a new headline (titles are not
 * hashed), two words changed, punctuation edits, a sentence added and different boilerplate is
 * 4 bits away, while a rewrite of the same event by another outlet is 20+ bits away.
 * A threshold of 3 (the classic web-crawl figure) misses most real light edits; 10 keeps ~95% of
 * them on stories of 270+ words with a clear gap (≥ 10 bits) to different stories.
 */
export const NEAR_DUPLICATE_BITS = 10;

/** True when two texts (or two 16-hex-digit SimHashes) are within `maxDistance` bits. */
export function isNearDuplicate(a: string, b: string, maxDistance = NEAR_DUPLICATE_BITS): boolean {
  const ha = isHash(a) ? a : simhash(a);
  const hb = isHash(b) ? b : simhash(b);
  return hamming(ha, hb) <= maxDistance;
}

function isHash(s: string): boolean {
  return /^[0-9a-f]{16}$/.test(s);
}
