import { createHash } from 'node:crypto';
import { words } from './text.js';

/** Shingle width used for SimHash: 3-word shingles over normalized lower-cased words. */
export const SHINGLE = 3;

function hash64(s: string): bigint {
  return createHash('md5').update(s, 'utf8').digest().readBigUInt64BE(0);
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
    const h = hash64(sh);
    for (let bit = 0; bit < 64; bit++) {
      const on = (h >> BigInt(bit)) & 1n;
      acc[bit] = (acc[bit] ?? 0) + (on ? weight : -weight);
    }
  }
  let v = 0n;
  for (let bit = 0; bit < 64; bit++) if ((acc[bit] ?? 0) > 0) v |= 1n << BigInt(bit);
  return v.toString(16).padStart(16, '0');
}

/** Number of differing bits between two 16-hex-digit SimHashes. */
export function hamming(a: string, b: string): number {
  let x = BigInt('0x' + (a || '0')) ^ BigInt('0x' + (b || '0'));
  let n = 0;
  while (x) {
    x &= x - 1n;
    n++;
  }
  return n;
}
