import { hamming, simhash } from './simhash.js';

/**
 * Default near-duplicate threshold in SimHash bits (out of 64).
 *
 * Measured (bench/ingest/dedup.ts, 300 trials per length; 3 words changed + one sentence added):
 *   story words    edited median / p90 / p95 / max    same-vocabulary different story min / p5
 *   ~144           9 / 13 / 13 / 17                     22 / 23
 *   ~270           7 / 11 / 12 / 12                     25 / 25
 *   ~450           5 /  8 / 10 / 14                     26 / 27
 *   ~720           4 /  9 / 11 / 12                     21 / 25
 * and in dedup.test.ts an invented ~400-word wire story with a new headline (titles are not
 * hashed), two words changed, punctuation edits, a sentence added and different boilerplate is
 * 8 bits away, while another outlet's story on the same event is 31 bits away.
 * The classic web-crawl threshold of 3 misses most real light edits (it only catches
 * punctuation/case/boilerplate changes); 10 keeps ~90–95% of light edits on stories of 270+
 * words and stays ≥ 10 bits below the closest different story seen.
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
