/**
 * MinHash with locality-sensitive banding, for near-duplicate detection at scale.
 *
 * 128 min-hashes over the story's 3-word shingles, cut into 32 bands of 4 rows. Two texts with
 * shingle Jaccard similarity s share a given band with probability s⁴, so the number of shared
 * bands estimates s (s ≈ (shared/32)^¼) and a store can find candidates by indexed band equality
 * instead of comparing every pair. A lightly edited wire story (a new headline, a sentence added,
 * a few words changed) keeps s ≈ 0.6–0.9 and shares 4–20 bands; two different stories about the
 * same event have s < 0.1 and share none.
 */
import { shingleHashes } from './simhash.js';

export const MINHASH_HASHES = 128;
export const MINHASH_BANDS = 32;
export const MINHASH_ROWS = MINHASH_HASHES / MINHASH_BANDS;
/** Shared bands from which two documents count as near-duplicates (estimated Jaccard ≥ ~0.6). */
export const NEAR_DUPLICATE_MIN_BANDS = 4;

// Fixed seeds (from a linear congruential sequence) so band keys are stable across runs and versions.
const SEEDS = (() => {
  const out = new Uint32Array(MINHASH_HASHES);
  let x = 0x9e3779b9;
  for (let i = 0; i < MINHASH_HASHES; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x;
  }
  return out;
})();

/** murmur3's 32-bit finalizer: a cheap, well-mixing permutation of 32-bit integers. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function minhash(text: string): Uint32Array {
  const sig = new Uint32Array(MINHASH_HASHES).fill(0xffffffff);
  for (const x of shingleHashes(text)) {
    for (let i = 0; i < MINHASH_HASHES; i++) {
      const v = mix(x ^ (SEEDS[i] as number));
      if (v < (sig[i] as number)) sig[i] = v;
    }
  }
  return sig;
}

/** The 32 band keys of a text (`<band>:<hash of its 4 rows>`); empty when the text has no words. */
export function minhashBands(text: string): string[] {
  const sig = minhash(text);
  if (sig[0] === 0xffffffff) return [];
  const out: string[] = [];
  for (let b = 0; b < MINHASH_BANDS; b++) {
    let h = b + 1;
    for (let r = 0; r < MINHASH_ROWS; r++) h = mix(h ^ (sig[b * MINHASH_ROWS + r] as number)) + r;
    out.push(`${b.toString(36)}:${(h >>> 0).toString(36)}`);
  }
  return out;
}

/** Jaccard similarity estimated from the number of shared bands. */
export function similarityFromBands(shared: number): number {
  return Math.min(1, (shared / MINHASH_BANDS) ** (1 / MINHASH_ROWS));
}
