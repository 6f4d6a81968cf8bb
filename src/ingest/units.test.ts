import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, symlink, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalText, documentId, normalizeText } from './text.js';
import { detectLanguage, isSupported } from './language.js';
import { blockedLiteral, parseIPv4Loose, parseIPv6 } from './address.js';
import { decode, decodeWindows1252 } from './charset.js';
import { binaryReason, formatFromContentType, formatFromFilename, sniffText } from './sniff.js';
import { normalizeDate } from './doc.js';
import { readSources } from './sources.js';
import type { IngestItem } from './options.js';

describe('text', () => {
  test('normalizeText: NFC, controls dropped, spaces collapsed, paragraphs kept', () => {
    assert.equal(normalizeText('  Cafe\u0301\u0007  talks\r\n\r\n\r\n\r\n  next\u00a0 para \u2028line '), 'Café talks\n\nnext para\nline');
  });
  test('documentId: 32 hex, case kept, layout ignored', () => {
    assert.match(documentId('A b'), /^[0-9a-f]{32}$/);
    assert.equal(documentId('A  b\n\nc'), documentId('A b c'));
    assert.notEqual(documentId('A b'), documentId('a b'));
    assert.equal(canonicalText(' x \n y '), 'x y');
  });
});

describe('language', () => {
  test('English, other languages, and too-short texts', () => {
    assert.equal(detectLanguage('Troops crossed the border on Tuesday, officials said, and talks were suspended for a week.'), 'en');
    assert.equal(detectLanguage('Las tropas cruzaron la frontera el martes, dijeron los funcionarios, y las conversaciones se suspendieron.'), 'es');
    assert.equal(detectLanguage('Les troupes ont franchi la frontière mardi, selon des responsables, et les pourparlers ont été suspendus.'), 'fr');
    assert.equal(detectLanguage('Войска пересекли границу во вторник, заявили официальные лица.'), 'ru');
    assert.equal(detectLanguage('Talks fail'), 'und');
    assert.equal(detectLanguage(''), 'und');
  });
  test('short undetermined texts with English function words are supported', () => {
    assert.equal(isSupported('und', 'The talks failed'), true);
    assert.equal(isSupported('und', 'Gespräche gescheitert'), false);
    assert.equal(isSupported('en', 'x'), true);
    assert.equal(isSupported('fr', 'Le président'), false);
  });
});

describe('dates', () => {
  test('normalizeDate', () => {
    assert.equal(normalizeDate('2026-05-10'), '2026-05-10');
    assert.equal(normalizeDate('Tue, 10 Nov 2026 08:00:00 GMT'), '2026-11-10T08:00:00Z');
    assert.equal(normalizeDate('2026-05-10T08:30:00+05:30'), '2026-05-10T03:00:00Z');
    assert.equal(normalizeDate('2026-02-30'), undefined);
    assert.equal(normalizeDate('yesterday'), undefined);
    assert.equal(normalizeDate('0001-01-01T00:00:00Z'), undefined);
  });
});

describe('addresses', () => {
  test('IPv4 spellings', () => {
    for (const h of ['127.0.0.1', '2130706433', '0177.0.0.1', '0x7f.1', '127.1', '0x7f000001']) assert.equal(parseIPv4Loose(h), 0x7f000001, h);
    assert.equal(parseIPv4Loose('256.1.1.1'), null);
    assert.equal(parseIPv4Loose('example.com'), null);
    assert.equal(parseIPv4Loose('1.2.3.4.5'), null);
  });
  test('IPv6 forms', () => {
    assert.equal(parseIPv6('::1'), 1n);
    assert.equal(parseIPv6('[::ffff:127.0.0.1]'), parseIPv6('::ffff:7f00:1'));
    assert.equal(parseIPv6('fe80::1%eth0'), (0xfe80n << 112n) | 1n);
  });
  test('blocked and public', () => {
    for (const h of ['10.1.2.3', '172.31.0.1', '192.168.0.1', '100.127.0.1', '169.254.1.1', '0.0.0.0', '::', '::1', 'fe80::1', 'fc00::1', 'ff02::1', '::ffff:10.0.0.1', '64:ff9b::7f00:1', '2002:a00:1::'])
      assert.equal(blockedLiteral(h), true, h);
    for (const h of ['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '172.32.0.1', '100.128.0.1']) assert.equal(blockedLiteral(h), false, h);
    assert.equal(blockedLiteral('news.example.test'), null);
  });
});

describe('charsets and sniffing', () => {
  test('windows-1252 C1 range is mapped', () => {
    assert.equal(decodeWindows1252(Buffer.from([0x93, 0x41, 0x94, 0x20, 0x80, 0x97])), '“A” €—');
  });
  test('UTF-16 without BOM is recognised', () => {
    const d = decode(Buffer.from('Talks resume today', 'utf16le'), { origin: 'x' });
    assert.equal(d.text, 'Talks resume today');
  });
  test('binary detection', () => {
    assert.equal(binaryReason(Buffer.from('plain text\n')), null);
    assert.equal(binaryReason(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])), 'PDF document');
    assert.match(binaryReason(Buffer.from('a\u0001\u0002\u0003\u0004b\u0005\u0006')) ?? '', /control/);
  });
  test('format by name, content type, and content', () => {
    assert.equal(formatFromFilename('a/b.HTML'), 'html');
    assert.equal(formatFromFilename('x.docx'), 'unknown');
    assert.equal(formatFromFilename('README'), null);
    assert.equal(formatFromContentType('application/atom+xml; charset=utf-8'), 'feed');
    assert.equal(formatFromContentType('application/x-ndjson'), 'ndjson');
    assert.equal(sniffText('<?xml version="1.0"?><rss>'), 'feed');
    assert.equal(sniffText('\n<!doctype html><p>x'), 'html');
    assert.equal(sniffText('{"text":"x"}\n{"text":"y"}'), 'ndjson');
    assert.equal(sniffText('# Title\n\nSome text'), 'markdown');
    assert.equal(sniffText('Just words. And more.'), 'text');
  });
});

describe('filesystem errors', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'brink-ingest-fs-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const items = async (inputs: string[]) => {
    const out: IngestItem[] = [];
    for await (const i of readSources(inputs)) out.push(i);
    return out;
  };
  test('a symlink loop → READ_FAILED, the walk goes on', async () => {
    await symlink(join(dir, 'loop'), join(dir, 'loop'));
    await writeFile(join(dir, 'z.txt'), 'Officials said the talks would resume next week.');
    const got = await items([dir]);
    assert.deepEqual(got.map((i) => i.error?.code ?? 'DOC'), ['READ_FAILED', 'DOC']);
  });
  test('an unreadable file → READ_FAILED', async (t) => {
    if (process.getuid?.() === 0) return t.skip('running as root: file permissions do not apply');
    const p = join(dir, 'secret.txt');
    await writeFile(p, 'x');
    await chmod(p, 0);
    assert.deepEqual((await items([p])).map((i) => i.error?.code), ['READ_FAILED']);
  });
});
