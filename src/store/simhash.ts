/** SimHash helpers: 64-bit hashes as 16 hex digits, split into four 16-bit bands. */

const HEX64 = /^[0-9a-f]{16}$/i;

export function isSimhash(s: string): boolean {
  return HEX64.test(s);
}

/** The four 16-bit bands, most significant first; null when the hash is malformed. */
export function bands(simhash: string): [number, number, number, number] | null {
  if (!isSimhash(simhash)) return null;
  const b = (i: number): number => parseInt(simhash.slice(i * 4, i * 4 + 4), 16);
  return [b(0), b(1), b(2), b(3)];
}

function popcount16(x: number): number {
  let n = 0;
  for (let v = x & 0xffff; v; v &= v - 1) n++;
  return n;
}

/** Hamming distance between two 64-bit hex hashes (Infinity when either is malformed). */
export function hamming(a: string, b: string): number {
  const x = bands(a);
  const y = bands(b);
  if (!x || !y) return Infinity;
  let d = 0;
  for (let i = 0; i < 4; i++) d += popcount16((x[i] ?? 0) ^ (y[i] ?? 0));
  return d;
}
