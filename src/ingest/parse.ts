import { BrinkError, toBrinkError } from '../domain/errors.js';
import type { SourceKind } from '../domain/types.js';
import { decode } from './charset.js';
import { buildDocument, type DocDefaults, type DocInput } from './doc.js';
import { parseFeed } from './feed.js';
import { parseHtmlPage } from './html.js';
import { parseNdjson } from './ndjson.js';
import { DEFAULT_MAX_BYTES, type IngestItem, type IngestOptions, type ParseHint } from './options.js';
import { parseMarkdown, parsePlainText, type Extracted } from './plaintext.js';
import { binaryReason, formatFromContentType, formatFromFilename, sniffText, type Format } from './sniff.js';

/**
 * Which parser reads the bytes. A Content-Type or known extension decides, except that a feed
 * or text declaration yields to content that plainly sniffs as HTML or a feed. An unknown
 * extension (`.dat`, `.log`) whose bytes are clean text is sniffed and read; one whose bytes are
 * binary (`.docx`, `.exe`) is UNKNOWN_FORMAT.
 */
export function chooseFormat(text: string, hint: ParseHint): Format {
  const byType = formatFromContentType(hint.contentType);
  const byName = formatFromFilename(hint.filename);
  const declared = byType ?? (byName === 'unknown' ? null : byName);
  const sniffed = sniffText(text);
  if (!declared) return sniffed;
  if ((declared === 'text' || declared === 'feed') && (sniffed === 'html' || sniffed === 'feed')) return sniffed;
  return declared;
}

function one(input: DocInput, opts: IngestOptions): IngestItem {
  return { origin: input.origin, doc: buildDocument(input, opts as DocDefaults) };
}

function fromExtracted(x: Extracted, kind: SourceKind, hint: ParseHint, html?: string): DocInput {
  return { ...x, kind, origin: hint.origin, url: x.url ?? hint.url, html };
}

function safely(origin: string, f: () => IngestItem): IngestItem {
  try {
    return f();
  } catch (e) {
    return { origin, error: toBrinkError(e, origin) };
  }
}

function parseText(text: string, format: Format, hint: ParseHint, opts: IngestOptions): IngestItem[] {
  const origin = hint.origin;
  const pageKind: SourceKind = hint.url ? 'url' : 'html';
  switch (format) {
    case 'text':
      return [one(fromExtracted(parsePlainText(text), 'text', hint), opts)];
    case 'markdown':
      return [one(fromExtracted(parseMarkdown(text), 'markdown', hint), opts)];
    case 'html':
      return [one(fromExtracted(parseHtmlPage(text, origin, hint.url), pageKind, hint, text), opts)];
    case 'feed': {
      const feed = parseFeed(text, origin);
      if (feed.entries.length === 0) throw new BrinkError('EMPTY_INPUT', {}, origin);
      const defaults = { ...opts, outlet: opts.outlet ?? feed.title };
      return feed.entries.map((e) => safely(e.origin, () => one(e, defaults)));
    }
    case 'ndjson': {
      const lines = parseNdjson(text, origin);
      if (lines.length === 0) throw new BrinkError('EMPTY_INPUT', {}, origin);
      return lines.map((l) =>
        l.error || !l.record
          ? { origin: l.origin, error: l.error ?? new BrinkError('BAD_NDJSON_LINE', { line: '?', detail: 'empty' }, l.origin) }
          : safely(l.origin, () => {
              const r = l.record!;
              const fromHtml = r.text?.trim() ? null : parseHtmlPage(r.html ?? '', l.origin, r.url);
              return one(
                {
                  kind: 'ndjson',
                  origin: l.origin,
                  text: fromHtml ? fromHtml.text : r.text ?? '',
                  title: r.title ?? fromHtml?.title,
                  url: r.url ?? fromHtml?.url,
                  outlet: r.outlet ?? fromHtml?.outlet,
                  published: r.published ?? fromHtml?.published,
                  html: r.html,
                },
                opts,
              );
            }),
      );
    }
  }
}

/**
 * Bytes → documents: size cap, binary refusal, charset decoding, format choice, parsing.
 * Never throws: every failure is an item with a BrinkError whose item is the origin.
 */
export function parseBuffer(buf: Buffer, hint: ParseHint, opts: IngestOptions = {}): IngestItem[] {
  const origin = hint.origin;
  try {
    const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    if (buf.length > max) throw new BrinkError('TOO_LARGE', { limit: max }, origin);
    if (buf.length === 0) throw new BrinkError('EMPTY_INPUT', {}, origin);
    const binary = binaryReason(buf);
    if (binary) {
      const unknownExt = formatFromFilename(hint.filename) === 'unknown';
      if (unknownExt) throw new BrinkError('UNKNOWN_FORMAT', { detail: `${extension(hint.filename)}: ${binary}` }, origin);
      throw new BrinkError('BINARY_INPUT', { detail: binary }, origin);
    }
    const headFormat = chooseFormat(buf.subarray(0, 4096).toString('latin1'), hint);
    const { text } = decode(buf, { origin, contentType: hint.contentType, format: headFormat === 'html' || headFormat === 'feed' ? headFormat : null });
    if (!text.trim()) throw new BrinkError('EMPTY_INPUT', {}, origin);
    return parseText(text, chooseFormat(text, hint), hint, opts);
  } catch (e) {
    return [{ origin, error: toBrinkError(e, origin) }];
  }
}

function extension(name: string | undefined): string {
  const m = /\.[^./\\]+$/.exec(name ?? '');
  return m ? m[0] : 'no extension';
}
