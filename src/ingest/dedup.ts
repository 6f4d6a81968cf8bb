import { hamming, simhash } from './simhash.js';

/**
 * Default near-duplicate threshold in SimHash bits (out of 64). Measured in dedup.test.ts:
 * a lightly edited wire story (new headline, an added sentence, a few words changed, different
 * boilerplate) lands within 3 bits of the original, while two different stories about the same
 * event are 15+ bits apart. Keep it small: SimHash distances of unrelated texts cluster around 32.
 */
export const NEAR_DUPLICATE_BITS = 3;

/** True when two texts (or two 16-hex-digit SimHashes) are within `maxDistance` bits. */
export function isNearDuplicate(a: string, b: string, maxDistance = NEAR_DUPLICATE_BITS): boolean {
  const ha = isHash(a) ? a : simhash(a);
  const hb = isHash(b) ? b : simhash(b);
  return hamming(ha, hb) <= maxDistance;
}

function isHash(s: string): boolean {
  return /^[0-9a-f]{16}$/.test(s);
}
