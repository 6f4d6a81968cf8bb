import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { readSources } from './sources.js';
import type { IngestItem, IngestOptions } from './options.js';

const BODY = 'Officials said on Monday that talks between the two governments would resume next week in the capital.';
let dir = '';

async function all(inputs: string[], opts?: IngestOptions): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const i of readSources(inputs, opts)) out.push(i);
  return out;
}
async function codes(name: string, content: string | Buffer, opts?: IngestOptions): Promise<string[]> {
  const p = join(dir, name);
  await writeFile(p, content);
  const items = await all([p], opts);
  for (const i of items) assert.ok(!!i.doc !== !!i.error, 'exactly one of doc/error');
  for (const i of items) if (i.error) assert.ok(i.error.item?.startsWith(p), `error item ${i.error.item}`);
  return items.map((i) => i.error?.code ?? 'DOC');
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'brink-ingest-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('hostile XML', () => {
  test('billion laughs → XML_ENTITY_EXPANSION', async () => {
    const ents = Array.from({ length: 10 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 "lol">\n${ents}\n]>\n<rss version="2.0"><channel><item><title>&lol10;</title></item></channel></rss>`;
    assert.deepEqual(await codes('laughs.xml', xml), ['XML_ENTITY_EXPANSION']);
  });
  test('XXE file:///etc/passwd → XML_EXTERNAL_ENTITY', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><item><description>&xxe;</description></item></channel></rss>`;
    assert.deepEqual(await codes('xxe.rss', xml), ['XML_EXTERNAL_ENTITY']);
  });
  test('parameter entity and external DTD → XML_EXTERNAL_ENTITY', async () => {
    const pe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % remote PUBLIC "-//x//y" "http://attacker.test/x.dtd"> %remote;]><rss/>`;
    assert.deepEqual(await codes('pe.xml', pe), ['XML_EXTERNAL_ENTITY']);
    const dtd = `<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://attacker.test/rss.dtd"><rss version="2.0"><channel><item><title>x</title></item></channel></rss>`;
    assert.deepEqual(await codes('dtd.xml', dtd), ['XML_EXTERNAL_ENTITY']);
  });
  test('100k-deep nesting → XML_TOO_DEEP without blowing the stack', async () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><item><description>${'<a>'.repeat(100_000)}x${'</a>'.repeat(100_000)}</description></item></channel></rss>`;
    assert.deepEqual(await codes('deep.xml', xml), ['XML_TOO_DEEP']);
  });
  test('broken XML → MALFORMED_XML', async () => {
    assert.deepEqual(await codes('broken.rss', '<?xml version="1.0"?><rss><channel><item><title>x</channel>'), ['MALFORMED_XML']);
  });
  test('a bare & (common breakage) is repaired', async () => {
    const xml = `<rss version="2.0"><channel><title>W</title><item><title>AT&T deal</title><description>${BODY}</description></item></channel></rss>`;
    assert.deepEqual(await codes('amp.rss', xml), ['DOC']);
  });
  test('XML that is not a feed → UNKNOWN_FORMAT', async () => {
    assert.deepEqual(await codes('other.xml', '<?xml version="1.0"?><svg><g>text</g></svg>'), ['UNKNOWN_FORMAT']);
  });
});

describe('hostile files', () => {
  test('21 MB file → TOO_LARGE (size checked before reading)', async () => {
    const p = join(dir, 'huge.txt');
    await writeFile(p, '');
    await truncate(p, 21 * 1024 * 1024);
    const items = await all([p]);
    assert.deepEqual(items.map((i) => i.error?.code), ['TOO_LARGE']);
  });
  test('maxBytes option lowers the cap', async () => {
    assert.deepEqual(await codes('small.txt', BODY, { maxBytes: 10 }), ['TOO_LARGE']);
  });
  test('random binary → BINARY_INPUT', async () => {
    const bin = randomBytes(4096);
    bin[10] = 0;
    assert.deepEqual(await codes('random.txt', bin), ['BINARY_INPUT']);
    assert.deepEqual(await codes('random', bin), ['BINARY_INPUT']);
  });
  test('known magic numbers → BINARY_INPUT', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(BODY)]);
    assert.deepEqual(await codes('image.html', png), ['BINARY_INPUT']);
    assert.deepEqual(await codes('doc.md', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(BODY)])), ['BINARY_INPUT']);
  });
  test('invalid UTF-8 → BAD_ENCODING', async () => {
    const bad = Buffer.concat([Buffer.from('Talks resume '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(BODY)]);
    assert.deepEqual(await codes('bad.txt', bad), ['BAD_ENCODING']);
    const declared = Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"></head><body><p>'), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from(`${BODY}</p></body></html>`)]);
    assert.deepEqual(await codes('bad.html', declared), ['BAD_ENCODING']);
  });
  test('the same bytes with a declared legacy charset are read', async () => {
    const html = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>'), Buffer.from([0x93, 0x41, 0x94]), Buffer.from(` ${BODY}</p></body></html>`)]);
    assert.deepEqual(await codes('legacy.html', html), ['DOC']);
  });
  test('empty and whitespace-only files → EMPTY_INPUT', async () => {
    assert.deepEqual(await codes('empty.txt', ''), ['EMPTY_INPUT']);
    assert.deepEqual(await codes('blank.md', '  \n\t\r\n  '), ['EMPTY_INPUT']);
    assert.deepEqual(await codes('empty.rss', '<rss version="2.0"><channel><title>x</title></channel></rss>'), ['EMPTY_INPUT']);
  });
  test('.exe and .docx → UNKNOWN_FORMAT', async () => {
    const exe = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]), randomBytes(512)]);
    assert.deepEqual(await codes('setup.exe', exe), ['UNKNOWN_FORMAT']);
    const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), randomBytes(512)]);
    assert.deepEqual(await codes('report.docx', docx), ['UNKNOWN_FORMAT']);
  });
  test('an unknown extension with clean text is sniffed and read', async () => {
    assert.deepEqual(await codes('wire.log', BODY), ['DOC']);
    assert.deepEqual(await codes('page.php', `<html><body><p>${BODY}</p></body></html>`), ['DOC']);
  });
  test('malformed HTML still yields its text', async () => {
    const p = join(dir, 'tagsoup.html');
    await writeFile(p, `<html><body><div><p>${BODY}<b><i>unclosed</div></span></table><p>More text`);
    const [item] = await all([p]);
    assert.ok(item?.doc, item?.error?.describe());
    assert.ok(item.doc.text.includes('Officials said') && item.doc.text.includes('More text'));
  });
  test('HTML without text → MALFORMED_HTML', async () => {
    assert.deepEqual(await codes('notext.html', '<html><head><title></title><script>x()</script></head><body><nav>Home</nav><img src="a.png"></body></html>'), ['MALFORMED_HTML']);
  });
  test('100k-deep HTML nesting still yields text', async () => {
    assert.deepEqual(await codes('deep.html', `<html><body>${'<div>'.repeat(100_000)}${BODY}</body></html>`), ['DOC']);
  });
  test('NDJSON with bad lines: errors carry line numbers, other lines go on', async () => {
    const lines = [
      JSON.stringify({ text: BODY }),
      '{not json',
      JSON.stringify({ title: 'no text' }),
      JSON.stringify({ text: 42 }),
      '[1,2]',
      JSON.stringify({ text: `${BODY} Second.`, url: 'https://x.test/2' }),
    ].join('\n');
    const p = join(dir, 'mixed.ndjson');
    await writeFile(p, lines);
    const items = await all([p]);
    assert.deepEqual(items.map((i) => i.error?.code ?? 'DOC'), ['DOC', 'BAD_NDJSON_LINE', 'BAD_NDJSON_LINE', 'BAD_NDJSON_LINE', 'BAD_NDJSON_LINE', 'DOC']);
    assert.deepEqual(items.map((i) => i.origin), [1, 2, 3, 4, 5, 6].map((n) => `${p}:${n}`));
    assert.equal(items[1]!.error!.params['line'], 2);
  });
});

describe('inputs', () => {
  test('missing path → NOT_FOUND; non-http scheme → BAD_URL; the batch goes on', async () => {
    const ok = join(dir, 'ok.txt');
    await writeFile(ok, BODY);
    const items = await all([join(dir, 'nope.txt'), 'ftp://example.test/a', 'file:///etc/passwd', ok]);
    assert.deepEqual(items.map((i) => i.error?.code ?? 'DOC'), ['NOT_FOUND', 'BAD_URL', 'BAD_URL', 'DOC']);
  });
  test('directories are walked recursively, sorted, hidden entries skipped', async () => {
    const root = join(dir, 'tree');
    await mkdir(join(root, 'b', 'c'), { recursive: true });
    await mkdir(join(root, '.git'), { recursive: true });
    await writeFile(join(root, 'z.txt'), `${BODY} z`);
    await writeFile(join(root, 'a.md'), `# A\n\n${BODY} a`);
    await writeFile(join(root, 'b', 'c', 'd.txt'), `${BODY} d`);
    await writeFile(join(root, '.hidden.txt'), `${BODY} hidden`);
    await writeFile(join(root, '.git', 'HEAD'), 'ref: refs/heads/main');
    const items = await all([root]);
    assert.deepEqual(items.map((i) => i.origin), [join(root, 'a.md'), join(root, 'b', 'c', 'd.txt'), join(root, 'z.txt')]);
  });
  test('stdin (-) via opts.stdin', async () => {
    const items = await all(['-'], { stdin: Readable.from([Buffer.from(`# Title\n\n${BODY}`)]) });
    assert.equal(items.length, 1);
    assert.equal(items[0]!.origin, 'stdin');
    assert.equal(items[0]!.doc?.title, 'Title');
  });
  test('stdin over the cap → TOO_LARGE', async () => {
    const items = await all(['-'], { maxBytes: 100, stdin: Readable.from([Buffer.alloc(60, 'a'), Buffer.alloc(60, 'b')]) });
    assert.deepEqual(items.map((i) => i.error?.code), ['TOO_LARGE']);
  });
});
