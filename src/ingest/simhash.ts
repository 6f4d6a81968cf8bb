import { words } from './text.js';

/** Shingle width used for SimHash: 3-word shingles over normalized lower-cased words. */
export const SHINGLE = 3;

/**
 * 64-bit hash of a shingle as two unsigned 32-bit halves [high, low] (cyrb53-style: two
 * multiplicative lanes over UTF-16 code units, cross-mixed). Fast and well spread; not
 * cryptographic, which SimHash does not need.
 */
function hash64(s: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

function shingles(ws: string[]): Map<string, number> {
  const out = new Map<string, number>();
  if (ws.length === 0) return out;
  if (ws.length < SHINGLE) {
    out.set(ws.join(' '), 1);
    return out;
  }
  for (let i = 0; i + SHINGLE <= ws.length; i++) {
    const k = ws.slice(i, i + SHINGLE).join(' ');
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

/** The low 32 bits of the 64-bit hash of every distinct shingle of the story (boilerplate left out). */
export function shingleHashes(text: string): Uint32Array {
  const sh = shingles(words(withoutBoilerplate(text)));
  const out = new Uint32Array(sh.size);
  let i = 0;
  for (const k of sh.keys()) out[i++] = hash64(k)[1];
  return out;
}

/** Lines that are outlet boilerplate rather than the story (credits, copyright, calls to action). */
const BOILERPLATE = [
  /^(©|\(c\)\s|copyright\b)/i,
  /\ball rights reserved\b/i,
  /\bmay not be (re)?(published|broadcast|written|distributed|redistributed)\b/i,
  /^[([]?\s*(additional )?(reporting|writing|editing|compiled|produced) by\b/i,
  /^(sign up|subscribe|follow (us|@)|read more|read also|click here|share (this|on)|related( stories| coverage)?:|advertisement$|get the latest|download (our|the) app)/i,
  /^this (article|story|report) (was|has been|is) (updated|corrected|amended|first published|originally published)/i,
];

/** The text without boilerplate lines; SimHash is computed over what remains. */
export function withoutBoilerplate(text: string): string {
  const kept = text.split(/\n+/).filter((line) => {
    const l = line.trim();
    return !(l.length < 400 && BOILERPLATE.some((re) => re.test(l)));
  });
  return kept.length ? kept.join('\n') : text;
}

/**
 * 64-bit SimHash of a text (boilerplate lines left out) over 3-word shingles of normalized
 * lower-cased words, as 16 lower-case hex digits.
 */
export function simhash(text: string): string {
  const acc = new Array<number>(64).fill(0);
  for (const [sh, weight] of shingles(words(withoutBoilerplate(text)))) {
    const [hi, lo] = hash64(sh);
    for (let bit = 0; bit < 32; bit++) {
      acc[bit] = acc[bit]! + ((lo >>> bit) & 1 ? weight : -weight);
      acc[bit + 32] = acc[bit + 32]! + ((hi >>> bit) & 1 ? weight : -weight);
    }
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (acc[bit]! > 0) lo |= 1 << bit;
    if (acc[bit + 32]! > 0) hi |= 1 << bit;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/** Number of differing bits between two 16-hex-digit SimHashes. */
export function hamming(a: string, b: string): number {
  const pa = a.padStart(16, '0');
  const pb = b.padStart(16, '0');
  return popcount(parseInt(pa.slice(0, 8), 16) ^ parseInt(pb.slice(0, 8), 16)) + popcount(parseInt(pa.slice(8, 16), 16) ^ parseInt(pb.slice(8, 16), 16));
}

function popcount(x: number): number {
  let v = x >>> 0;
  let n = 0;
  while (v) {
    v &= v - 1;
    n++;
  }
  return n;
}
