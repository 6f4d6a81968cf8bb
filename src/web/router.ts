/** Hash routes: `#/`, `#/article/:id`, `#/dyad/A/B`, `#/search?q=...`. Pure parsing. */

export interface Route {
  name: string;
  params: string[];
  query: URLSearchParams;
}

const PAGES = new Set(['', 'article', 'dyad', 'timeline', 'network', 'map', 'ceasefires', 'mediation', 'search', 'login']);

export function parseRoute(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const [path = '', qs = ''] = raw.split('?', 2) as [string?, string?];
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  const name = parts[0] ?? '';
  return { name: PAGES.has(name) ? name || 'overview' : 'not-found', params: parts.slice(1), query: new URLSearchParams(qs) };
}

function safeDecode(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

export function href(name: string, ...params: string[]): string {
  const path = [name, ...params].filter((p) => p !== '').map(encodeURIComponent).join('/');
  return `#/${path}`;
}

export function withQuery(base: string, query: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `${base}?${s}` : base;
}

/** Is this hash one of ours (`#/...` or empty), as opposed to an in-page anchor like `#main`? */
export function isRouteHash(hash: string): boolean {
  return hash === '' || hash === '#' || hash.startsWith('#/');
}
