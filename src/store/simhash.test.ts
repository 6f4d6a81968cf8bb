import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { openStore } from './index.js';
import { hamming } from './simhash.js';

const hex16 = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((n) => n.toString(16).padStart(16, '0'));

function flip(h: string, bits: number[]): string {
  let n = BigInt(`0x${h}`);
  for (const b of bits) n ^= 1n << BigInt(b);
  return n.toString(16).padStart(16, '0');
}

test('findNear (band lookup) equals a brute-force scan for distances up to 3', async () => {
  const s = await openStore({ kind: 'sqlite', path: ':memory:' });
  try {
    await fc.assert(
      fc.asyncProperty(
        hex16,
        fc.array(fc.array(fc.integer({ min: 0, max: 63 }), { maxLength: 6 }), {
          minLength: 1,
          maxLength: 25,
        }),
        fc.array(hex16, { maxLength: 10 }),
        fc.integer({ min: 0, max: 3 }),
        async (probe, flips, randoms, d) => {
          await s.db.deleteFrom('documents').execute();
          const hashes = [...flips.map((f) => flip(probe, f)), ...randoms];
          for (const [i, h] of hashes.entries()) {
            await s.documents.put({
              id: `d${i}`,
              language: 'en',
              supported: true,
              text: 't',
              kind: 'text',
              simhash: h,
            });
          }
          const expected = hashes
            .map((h, i) => ({ id: `d${i}`, distance: hamming(probe, h) }))
            .filter((x) => x.distance <= d)
            .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1));
          assert.deepEqual(await s.documents.findNear(probe, d), expected);
        },
      ),
      { numRuns: 60 },
    );
  } finally {
    await s.close();
  }
});
