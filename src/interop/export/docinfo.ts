/** Optional per-document facts some formats carry (source URL, publication time). */
export interface DocInfo {
  url?: string;
  outlet?: string;
  published?: string;
}

/** Looks a document up (the CLI passes one backed by the store); null when unknown. */
export type DocLookup = (docId: string) => Promise<DocInfo | null>;

/** Wraps a lookup with a small LRU cache: consecutive events mostly share documents. */
export function cachedLookup(lookup: DocLookup, max = 1000): DocLookup {
  const cache = new Map<string, DocInfo | null>();
  return async (id) => {
    if (cache.has(id)) {
      const v = cache.get(id) ?? null;
      cache.delete(id);
      cache.set(id, v);
      return v;
    }
    const v = await lookup(id);
    cache.set(id, v);
    if (cache.size > max) cache.delete(cache.keys().next().value as string);
    return v;
  };
}

/** The URL an event's evidence came from: the document's, or the evidence itself when a URL. */
export function sourceUrl(evidence: string, doc: DocInfo | null): string {
  if (doc?.url) return doc.url;
  return /^https?:\/\/\S+$/.test(evidence) ? evidence : '';
}
