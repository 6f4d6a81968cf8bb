/**
 * Synthetic documents for imported events (events.doc_id is a foreign key). One document per
 * GDELT source URL and one per ACLED (source, date): the text is empty, the document is never
 * coded (supported: false), and its id is a hash of a stable key so re-imports are idempotent.
 */
import { createHash } from 'node:crypto';
import type { Document } from '../domain/types.js';

export function importDocId(key: string): string {
  return createHash('sha256').update(`import:${key}`, 'utf8').digest('hex').slice(0, 32);
}

/** Host of a URL without `www.`, or null when it is not a URL. */
export function hostOf(url: string): string | null {
  try {
    const h = new URL(url).hostname.toLowerCase();
    return h ? h.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

export function gdeltDoc(url: string, published: string | undefined, origin: string): Document {
  const host = hostOf(url);
  const doc: Document = {
    id: importDocId(url ? `gdelt:${url}` : 'gdelt:no-url'),
    kind: 'import',
    language: 'en',
    supported: false,
    text: '',
    title: url ? `GDELT events from ${url}` : 'GDELT events without a source URL',
    origin,
  };
  if (url) doc.url = url;
  if (host) doc.outlet = host;
  if (published) doc.published = published;
  return doc;
}

export function acledDoc(source: string, date: string, origin: string): Document {
  const doc: Document = {
    id: importDocId(`acled:${source}|${date}`),
    kind: 'import',
    language: 'en',
    supported: false,
    text: '',
    title: `ACLED events reported by ${source || 'an unnamed source'} on ${date}`,
    published: date,
    origin,
  };
  if (source) doc.outlet = source;
  return doc;
}
