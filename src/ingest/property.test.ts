import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BrinkError } from '../domain/errors.js';
import { parseBuffer } from './parse.js';
import { parseFeed } from './feed.js';
import { parseHtmlPage } from './html.js';
import { parseMarkdown, parsePlainText } from './plaintext.js';
import { parseNdjson } from './ndjson.js';
import { blockedLiteral, parseIPv4Loose } from './address.js';
import { documentId, normalizeText } from './text.js';
import { simhash, hamming } from './simhash.js';
import { detectLanguage } from './language.js';

const BODY = 'Officials said on Monday that talks between the two governments would resume next week.';
const SAMPLES: Array<[string, string]> = [
  ['a.txt', `Headline here\n\n${BODY}\n\nSecond paragraph.`],
  ['a.md', `# Title\n\n**Bold** [link](http://x.test) ${BODY}\n\n- item\n> quote`],
  ['a.html', `<!DOCTYPE html><html><head><title>T</title><meta property="og:site_name" content="S"></head><body><nav>n</nav><article><p>${BODY}</p><p>${BODY}</p></article></body></html>`],
  ['a.rss', `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item><title>One &amp; two</title><description>&lt;p&gt;${BODY}&lt;/p&gt;</description></item><item><title>Two</title><description><![CDATA[<b>${BODY}</b>]]></description></item></channel></rss>`],
  ['a.atom', `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>E</title><link href="https://a.test/1"/><content type="html">${BODY}</content></entry></feed>`],
  ['a.ndjson', `${JSON.stringify({ text: BODY, title: 'x' })}\n${JSON.stringify({ html: `<p>${BODY}</p>` })}\n`],
];

/** Every result is a document or a BrinkError; nothing else escapes. */
function checkItems(buf: Buffer, filename?: string): void {
  const items = parseBuffer(buf, { origin: 'prop', ...(filename ? { filename } : {}) }, { maxBytes: 1 << 20 });
  assert.ok(items.length >= 1);
  for (const i of items) {
    assert.ok(!!i.doc !== !!i.error);
    if (i.error) {
      assert.ok(i.error instanceof BrinkError);
      assert.notEqual(i.error.code, 'INTERNAL', i.error.message);
    } else {
      assert.ok(i.doc!.text.trim().length > 0);
      assert.match(i.doc!.id, /^[0-9a-f]{32}$/);
    }
  }
}

/** A mutation: delete, duplicate, insert a random byte/string, or swap a slice. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.nat({ max: 40 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('<', '>', '&', '"', ']]>', '<![CDATA[', '<!--', '{', '}', '\n', '\u0000', '<p>', '</item>', '<!DOCTYPE x>', '&#0;', '&#x110000;', '\\u')) }),
  fc.record({ op: fc.constant('dup' as const), at: fc.nat(), len: fc.nat({ max: 60 }) }),
  fc.record({ op: fc.constant('byte' as const), at: fc.nat(), b: fc.integer({ min: 0, max: 255 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(src: Buffer, ms: Mutation[]): Buffer {
  let b = src;
  for (const m of ms) {
    const at = b.length ? m.at % b.length : 0;
    if (m.op === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.len)]);
    else if (m.op === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.from(m.s), b.subarray(at)]);
    else if (m.op === 'dup') b = Buffer.concat([b.subarray(0, at + m.len), b.subarray(at)]);
    else {
      b = Buffer.from(b);
      if (b.length) b[at] = m.b;
    }
  }
  return b;
}

describe('property: parsers never throw and always finish', () => {
  test('random bytes, with and without extensions', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom(undefined, 'x.txt', 'x.html', 'x.rss', 'x.ndjson', 'x.md', 'x.bin'), (bytes, name) => {
        checkItems(Buffer.from(bytes), name);
      }),
      { numRuns: 200 },
    );
  });
  test('random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 1000, unit: 'grapheme' }), fc.constantFrom(undefined, 'x.txt', 'x.html', 'x.xml', 'x.jsonl'), (s, name) => {
        checkItems(Buffer.from(s), name);
      }),
      { numRuns: 200 },
    );
  });
  for (const [name, sample] of SAMPLES) {
    test(`mutated ${name}`, () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.boolean(), (ms, withName) => {
          checkItems(mutate(Buffer.from(sample), ms), withName ? name : undefined);
        }),
        { numRuns: 150 },
      );
    });
  }
  test('component parsers on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (s) => {
        parsePlainText(s);
        parseMarkdown(s);
        parseNdjson(s, 'p');
        for (const f of [() => parseFeed(s, 'p'), () => parseHtmlPage(s, 'p')]) {
          try {
            f();
          } catch (e) {
            assert.ok(e instanceof BrinkError, String(e));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('property: helpers', () => {
  test('normalizeText is idempotent and documentId ignores whitespace layout', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const n = normalizeText(s);
        assert.equal(normalizeText(n), n);
        assert.equal(documentId(s), documentId(` ${s.replace(/ /g, '\t ')} \n`));
      }),
      { numRuns: 200 },
    );
  });
  test('simhash is 16 hex digits; hamming is a metric bounded by 64', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (a, b) => {
        const ha = simhash(a);
        const hb = simhash(b);
        assert.match(ha, /^[0-9a-f]{16}$/);
        const d = hamming(ha, hb);
        assert.ok(d >= 0 && d <= 64);
        assert.equal(d, hamming(hb, ha));
        assert.equal(hamming(ha, ha), 0);
      }),
      { numRuns: 200 },
    );
  });
  test('detectLanguage always answers a short code', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => assert.match(detectLanguage(s), /^([a-z]{2}|und)$/)), { numRuns: 200 });
  });
  test('every IPv4 spelling of a 127/8 or 10/8 address is refused', () => {
    fc.assert(
      fc.property(fc.constantFrom(127, 10), fc.nat(0xffffff), fc.constantFrom('dec', 'hex', 'oct', 'int', 'short'), (first, rest, style) => {
        const v = first * 2 ** 24 + rest;
        const bytes = [first, (rest >> 16) & 255, (rest >> 8) & 255, rest & 255];
        const host =
          style === 'dec' ? bytes.join('.')
          : style === 'hex' ? bytes.map((x) => '0x' + x.toString(16)).join('.')
          : style === 'oct' ? bytes.map((x) => '0' + x.toString(8)).join('.')
          : style === 'int' ? String(v)
          : `${first}.${rest}`;
        assert.equal(parseIPv4Loose(host), v);
        assert.equal(blockedLiteral(host), true);
      }),
      { numRuns: 200 },
    );
  });
});
