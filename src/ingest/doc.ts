import { BrinkError } from '../domain/errors.js';
import type { Document, SourceKind } from '../domain/types.js';
import { isSupported, detectLanguage } from './language.js';
import { simhash } from './simhash.js';
import { minhashBands } from './minhash.js';
import { documentId, normalizeText } from './text.js';

/** What a parser extracted from one item, before normalization. */
export interface DocInput {
  text: string;
  kind: SourceKind;
  origin: string;
  title?: string | undefined;
  url?: string | undefined;
  outlet?: string | undefined;
  published?: string | undefined;
  html?: string | undefined;
}

/** Metadata the caller supplies for sources that lack it (never overrides the source). */
export interface DocDefaults {
  published?: string | undefined;
  outlet?: string | undefined;
}

/**
 * A publication time as `YYYY-MM-DD` (day only) or a UTC instant `YYYY-MM-DDTHH:MM:SSZ`;
 * undefined when it can't be read or is outside 1900–2200.
 */
export function normalizeDate(value: string | undefined | null): string | undefined {
  const s = (value ?? '').trim();
  if (!s) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    const t = Date.parse(s + 'T00:00:00Z');
    return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== s ? undefined : s;
  }
  if (/^\d{4}$|^\d{4}-\d{2}$/.test(s)) return undefined;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  const y = d.getUTCFullYear();
  if (y < 1900 || y > 2200) return undefined;
  return d.toISOString().replace(/\.000Z$/, 'Z');
}

function clean(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const t = normalizeText(s).replace(/\s+/g, ' ');
  return t || undefined;
}

/** Builds a Document: normalized text, id, SimHash, language. EMPTY_INPUT when no text. */
export function buildDocument(input: DocInput, defaults: DocDefaults = {}): Document {
  const text = normalizeText(input.text);
  if (!text) throw new BrinkError('EMPTY_INPUT', {}, input.origin);
  const language = detectLanguage(text);
  const doc: Document = {
    id: documentId(text),
    language,
    supported: isSupported(language, text),
    text,
    kind: input.kind,
    origin: input.origin,
    simhash: simhash(text),
    bands: minhashBands(text),
  };
  const title = clean(input.title);
  if (title) doc.title = title;
  const url = clean(input.url);
  if (url) doc.url = url;
  const outlet = clean(input.outlet) ?? clean(defaults.outlet);
  if (outlet) doc.outlet = outlet;
  const published = normalizeDate(input.published) ?? normalizeDate(defaults.published);
  if (published) doc.published = published;
  if (input.html) doc.html = input.html;
  return doc;
}
