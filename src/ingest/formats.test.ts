import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBuffer } from './parse.js';
import type { IngestItem } from './options.js';
import type { Document } from '../domain/types.js';

const BODY =
  'Ministers from both countries met on Tuesday to discuss the disputed border, officials said. ' +
  'They agreed to reopen two crossings and to restore a military hotline within a week. ' +
  'The talks were the first since clashes in March, and diplomats described them as constructive.';

function docs(items: IngestItem[]) {
  for (const i of items) assert.ok(i.doc, `expected a document, got ${i.error?.describe()}`);
  return items.map((i) => i.doc!);
}
function only(items: IngestItem[]) {
  assert.equal(items.length, 1);
  return docs(items)[0]!;
}
const b = (s: string) => Buffer.from(s, 'utf8');

describe('plain text', () => {
  test('a short first line followed by a blank line is the title', () => {
    const d = only(parseBuffer(b(`Border talks resume\n\n${BODY}\n`), { origin: 'a.txt', filename: 'a.txt' }));
    assert.equal(d.title, 'Border talks resume');
    assert.equal(d.text, BODY);
    assert.equal(d.kind, 'text');
    assert.equal(d.origin, 'a.txt');
    assert.equal(d.language, 'en');
    assert.equal(d.supported, true);
    assert.match(d.id, /^[0-9a-f]{32}$/);
    assert.match(d.simhash!, /^[0-9a-f]{16}$/);
  });
  test('a first sentence is not a title', () => {
    const d = only(parseBuffer(b(`Troops withdrew on Monday.\n\n${BODY}`), { origin: 'a.txt', filename: 'a.txt' }));
    assert.equal(d.title, undefined);
    assert.ok(d.text.startsWith('Troops withdrew'));
  });
  test('defaults fill missing metadata only', () => {
    const d = only(parseBuffer(b(BODY), { origin: 'x' }, { published: '2026-05-10', outlet: 'Daily' }));
    assert.equal(d.published, '2026-05-10');
    assert.equal(d.outlet, 'Daily');
  });
  test('non-English text is stored but not supported', () => {
    const es = 'Los ministros de ambos países se reunieron el martes para hablar de la frontera disputada, dijeron los funcionarios.';
    const d = only(parseBuffer(b(es), { origin: 'es.txt', filename: 'es.txt' }));
    assert.equal(d.language, 'es');
    assert.equal(d.supported, false);
  });
  test('same text in different whitespace has the same id', () => {
    const a = only(parseBuffer(b(BODY), { origin: 'a' }));
    const c = only(parseBuffer(b(`  ${BODY.replace(/ /g, '  ')}\r\n`), { origin: 'c' }));
    assert.equal(a.id, c.id);
  });
});

describe('markdown', () => {
  test('syntax stripped, paragraphs kept, first # heading is the title', () => {
    const md = `# Talks resume\n\nMinisters **met** on [Tuesday](http://x.test/a).\nThey agreed.\n\n## Background\n\n- Clashes in *March*\n- Hotline cut\n\n> "Constructive," a diplomat said.\n`;
    const d = only(parseBuffer(b(md), { origin: 'a.md', filename: 'a.md' }));
    assert.equal(d.title, 'Talks resume');
    assert.equal(d.kind, 'markdown');
    assert.equal(d.text, 'Ministers met on Tuesday. They agreed.\n\nBackground\n\nClashes in March\n\nHotline cut\n\n"Constructive," a diplomat said.');
  });
  test('front matter gives metadata', () => {
    const md = `---\ntitle: Talks\ndate: 2026-05-10T09:00:00Z\nsource: Wire\n---\n${BODY}`;
    const d = only(parseBuffer(b(md), { origin: 'a.md', filename: 'a.md' }));
    assert.deepEqual([d.title, d.published, d.outlet], ['Talks', '2026-05-10T09:00:00Z', 'Wire']);
  });
  test('is sniffed without an extension', () => {
    const d = only(parseBuffer(b(`# Title here\n\nSome [link](http://a.test) text. ${BODY}`), { origin: 'stdin' }));
    assert.equal(d.kind, 'markdown');
  });
});

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body><nav><a href="/">Home</a> <a href="/w">World</a></nav>` +
  `<article><h1>Headline</h1>${body}</article><footer>© Example 2026. All rights reserved.</footer><script>track()</script></body></html>`;
const paras = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}. ${BODY}</p>`).join('');

describe('html', () => {
  test('readability main text, metadata from meta tags, html kept', () => {
    const head = `<title>Headline | Example</title><meta property="og:title" content="Talks resume"><meta property="og:site_name" content="Example News">` +
      `<link rel="canonical" href="/world/talks"><meta property="article:published_time" content="2026-05-10T08:30:00+05:30">`;
    const html = page(head, paras(4));
    const d = only(parseBuffer(b(html), { origin: 'p.html', filename: 'p.html', url: 'https://news.test/x?utm=1' }));
    assert.equal(d.title, 'Talks resume');
    assert.equal(d.outlet, 'Example News');
    assert.equal(d.url, 'https://news.test/world/talks');
    assert.equal(d.published, '2026-05-10T03:00:00Z');
    assert.ok(d.text.startsWith('Paragraph 1.'), d.text.slice(0, 80));
    assert.ok(!/Home|track|rights reserved/.test(d.text));
    assert.equal(d.text.split('\n\n').length, 4);
    assert.equal(d.html, html);
  });
  test('without og:title the <title> is cleaned of the site name', () => {
    const d = only(parseBuffer(b(page('<title>Border talks resume after months of clashes | Example News</title>', paras(4))), { origin: 'p.html', filename: 'p.html' }));
    assert.equal(d.title, 'Border talks resume after months of clashes');
  });
  test('JSON-LD datePublished nested in @graph', () => {
    const ld = `<script type="application/ld+json">[{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"S"},{"@type":["NewsArticle"],"datePublished":"2026-05-11T10:00:00Z","headline":"H","publisher":{"@type":"Organization","name":"LD News"}}]}]</script>`;
    const d = only(parseBuffer(b(page(ld, paras(3))), { origin: 'p.html', filename: 'p.html' }));
    assert.equal(d.published, '2026-05-11T10:00:00Z');
    assert.equal(d.outlet, 'LD News');
  });
  test('<time datetime> and meta names as fallbacks', () => {
    const d1 = only(parseBuffer(b(page('', `<time datetime="2026-05-12">12 May</time>${paras(3)}`)), { origin: 'p.html', filename: 'p.html' }));
    assert.equal(d1.published, '2026-05-12');
    const d2 = only(parseBuffer(b(page('<meta name="dc.date" content="2026-05-13">', paras(3))), { origin: 'p.html', filename: 'p.html' }));
    assert.equal(d2.published, '2026-05-13');
  });
  test('short page falls back to body text without nav/footer/script', () => {
    const d = only(parseBuffer(b(page('<title>T</title>', '<p>Troops withdrew from the ridge on Monday, the army said.</p>')), { origin: 'p.html', filename: 'p.html' }));
    // the repeated <h1> headline is dropped from the text
    assert.equal(d.text, 'Troops withdrew from the ridge on Monday, the army said.');
    assert.equal(d.title, 'T');
  });
  test('source metadata wins over defaults', () => {
    const head = '<meta property="og:site_name" content="Source"><meta property="article:published_time" content="2026-01-02">';
    const d = only(parseBuffer(b(page(head, paras(3))), { origin: 'p.html', filename: 'p.html' }, { outlet: 'Given', published: '2020-01-01' }));
    assert.equal(d.outlet, 'Source');
    assert.equal(d.published, '2026-01-02');
  });
});

describe('charsets', () => {
  const text = 'Café talks in Zürich — “constructive”, officials said. ' + BODY;
  test('UTF-8 BOM', () => {
    const d = only(parseBuffer(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b(text)]), { origin: 'x.txt', filename: 'x.txt' }));
    assert.ok(d.text.startsWith('Café talks in Zürich'));
  });
  test('UTF-16LE and UTF-16BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    assert.ok(only(parseBuffer(le, { origin: 'x.txt', filename: 'x.txt' })).text.startsWith('Café'));
    const be = Buffer.from(le);
    be.swap16();
    assert.ok(only(parseBuffer(be, { origin: 'x.txt', filename: 'x.txt' })).text.startsWith('Café'));
  });
  test('HTTP charset header (windows-1252)', () => {
    const buf = Buffer.from('Caf\xe9 talks \x93constructive\x94. ' + BODY, 'latin1');
    const d = only(parseBuffer(buf, { origin: 'u', contentType: 'text/plain; charset=windows-1252' }));
    assert.ok(d.text.startsWith('Café talks “constructive”.'), d.text.slice(0, 30));
  });
  test('<meta charset> and http-equiv in HTML', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Caf\xe9 in Z\xfcrich. ${BODY}</p></body></html>`;
    const d = only(parseBuffer(Buffer.from(html, 'latin1'), { origin: 'x.html', filename: 'x.html' }));
    assert.ok(d.text.includes('Café in Zürich'));
    const sj = Buffer.concat([b('<html><head><meta charset="shift_jis"></head><body><p>'), new TextEncoder().encode('x') && Buffer.from([0x93, 0xfa, 0x96, 0x7b]), b(`</p><p>${BODY}</p></body></html>`)]);
    assert.ok(only(parseBuffer(sj, { origin: 'j.html', filename: 'j.html' })).text.includes('日本'));
  });
  test('XML declaration encoding', () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>W</title><item><title>Caf\xe9</title><description>${BODY}</description></item></channel></rss>`;
    const d = only(parseBuffer(Buffer.from(xml, 'latin1'), { origin: 'f.xml', filename: 'f.xml' }));
    assert.equal(d.title, 'Café');
  });
});

describe('feeds', () => {
  const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Wire &amp; Co</title><link>https://wire.test/</link>
<item><title>Talks resume in AT&amp;T tower</title><link>https://wire.test/1</link><pubDate>Tue, 10 Nov 2026 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Short summary.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>${BODY}</p><p>Second &amp; last paragraph.</p>]]></content:encoded></item>
<item><title>Second item</title><guid>https://wire.test/2</guid><dc:date>2026-11-11T06:00:00Z</dc:date><description>${BODY}</description></item>
<item><title>Headline only</title></item>
</channel></rss>`;
  test('RSS 2.0: one document per item, content:encoded preferred, channel title as outlet', () => {
    const ds = docs(parseBuffer(b(rss), { origin: 'f.rss', filename: 'f.rss' }));
    assert.equal(ds.length, 3);
    const [a, c, h] = ds as [Document, Document, Document];
    assert.equal(a.title, 'Talks resume in AT&T tower');
    assert.equal(a.url, 'https://wire.test/1');
    assert.equal(a.published, '2026-11-10T08:00:00Z');
    assert.equal(a.outlet, 'Wire & Co');
    assert.equal(a.kind, 'rss');
    assert.equal(a.origin, 'f.rss#1');
    assert.equal(a.text, `${BODY}\n\nSecond & last paragraph.`);
    assert.equal(c.url, 'https://wire.test/2');
    assert.equal(c.published, '2026-11-11T06:00:00Z');
    assert.equal(h.text, 'Headline only');
  });
  test('the given outlet wins over the channel title', () => {
    const ds = docs(parseBuffer(b(rss), { origin: 'f.rss', filename: 'f.rss' }, { outlet: 'Mine' }));
    assert.equal(ds[0]!.outlet, 'Mine');
  });
  test('Atom with html and xhtml content', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Site</title>
<entry><title type="html">A &amp;amp; B</title><link rel="alternate" href="https://a.test/1"/><published>2026-11-10T08:00:00Z</published>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First <em>para</em>.</p><p>${BODY}</p></div></content></entry>
<entry><title>Two</title><link href="https://a.test/2"/><updated>2026-11-11T00:00:00Z</updated><summary type="html">&lt;p&gt;${BODY}&lt;/p&gt;</summary></entry></feed>`;
    const ds = docs(parseBuffer(b(atom), { origin: 'a.atom', filename: 'a.atom' }));
    assert.equal(ds.length, 2);
    assert.equal(ds[0]!.title, 'A & B');
    assert.equal(ds[0]!.text, `First para.\n\n${BODY}`);
    assert.equal(ds[0]!.kind, 'atom');
    assert.equal(ds[0]!.outlet, 'Atom Site');
    assert.equal(ds[1]!.url, 'https://a.test/2');
    assert.equal(ds[1]!.text, BODY);
  });
  test('feed served as text/plain is still read as a feed', () => {
    const ds = docs(parseBuffer(b(rss), { origin: 'u', contentType: 'text/plain' }));
    assert.equal(ds.length, 3);
  });
});

describe('ndjson', () => {
  test('one document per line; html lines extracted; blank lines skipped', () => {
    const lines = [
      JSON.stringify({ id: 'a', url: 'https://x.test/a', title: 'A', outlet: 'O', published: '2026-05-01', text: BODY }),
      '',
      JSON.stringify({ html: `<html><body><p>${BODY}</p></body></html>`, title: 'B' }),
    ].join('\n');
    const ds = docs(parseBuffer(b(lines), { origin: 'd.ndjson', filename: 'd.ndjson' }));
    assert.equal(ds.length, 2);
    assert.deepEqual([ds[0]!.url, ds[0]!.title, ds[0]!.outlet, ds[0]!.published, ds[0]!.origin], ['https://x.test/a', 'A', 'O', '2026-05-01', 'd.ndjson:1']);
    assert.equal(ds[1]!.text, BODY);
    assert.equal(ds[1]!.origin, 'd.ndjson:3');
    assert.equal(ds[1]!.kind, 'ndjson');
  });
  test('a JSON array of records', () => {
    const ds = docs(parseBuffer(b(JSON.stringify([{ text: BODY }, { text: 'Another text here.' }])), { origin: 'd.json', filename: 'd.json' }));
    assert.equal(ds.length, 2);
  });
});
