/** Metadata of an HTML page: title, canonical URL, outlet, publication time. */

type El = { getAttribute(n: string): string | null; textContent: string | null };
type Doc = { querySelector(s: string): El | null; querySelectorAll(s: string): ArrayLike<El> };

export interface HtmlMeta {
  /** og:title / twitter:title / JSON-LD headline. */
  title?: string;
  /** The <title> element (often "Headline | Site"). */
  documentTitle?: string;
  url?: string;
  outlet?: string;
  published?: string;
}

type MetaMap = Map<string, string>;

/** All `<meta property|name|itemprop content>` pairs (first wins), keys lower-cased; one pass. */
function metaMap(doc: Doc): MetaMap {
  const map: MetaMap = new Map();
  const els = doc.querySelectorAll('meta');
  for (let i = 0; i < els.length && i < 2000; i++) {
    const el = els[i]!;
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

function meta(map: MetaMap, keys: string[]): string | undefined {
  for (const k of keys) {
    const v = map.get(k.toLowerCase());
    if (v) return v;
  }
  return undefined;
}

const ARTICLE_TYPES = /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|Article|BlogPosting|LiveBlogPosting|WebPage|Report)$/;

interface LdArticle {
  datePublished?: string;
  headline?: string;
  url?: string;
  publisher?: string;
  rank: number;
}

/** Finds article-like objects in JSON-LD (arrays, @graph, nesting), bounded. */
function ldArticles(value: unknown): LdArticle[] {
  const found: LdArticle[] = [];
  const stack: Array<{ v: unknown; depth: number }> = [{ v: value, depth: 0 }];
  let visited = 0;
  while (stack.length && visited++ < 5000) {
    const { v, depth } = stack.pop()!;
    if (depth > 12 || v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const x of v) stack.push({ v: x, depth: depth + 1 });
      continue;
    }
    const o = v as Record<string, unknown>;
    const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    const t = types.find((x) => ARTICLE_TYPES.test(x));
    if (t) {
      const pub = o['publisher'] as Record<string, unknown> | undefined;
      const a: LdArticle = { rank: /News/.test(t) ? 0 : t === 'WebPage' ? 2 : 1 };
      if (typeof o['datePublished'] === 'string') a.datePublished = o['datePublished'];
      if (typeof o['headline'] === 'string') a.headline = o['headline'];
      if (typeof o['url'] === 'string') a.url = o['url'];
      if (pub && typeof pub === 'object' && typeof pub['name'] === 'string') a.publisher = pub['name'];
      found.push(a);
    }
    for (const k of Object.keys(o)) if (k !== '@context') stack.push({ v: o[k], depth: depth + 1 });
  }
  return found.sort((a, b) => a.rank - b.rank);
}

function jsonLd(doc: Doc): LdArticle[] {
  const out: LdArticle[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 20; i++) {
    const raw = scripts[i]!.textContent ?? '';
    if (raw.length > 1_000_000) continue;
    try {
      out.push(...ldArticles(JSON.parse(raw)));
    } catch {
      // broken JSON-LD is common; other sources of metadata remain
    }
  }
  return out.sort((a, b) => a.rank - b.rank);
}

function timeElement(doc: Doc): string | undefined {
  const el =
    doc.querySelector('time[pubdate][datetime]') ??
    doc.querySelector('article time[datetime]') ??
    doc.querySelector('time[datetime]');
  return el?.getAttribute('datetime')?.trim() || undefined;
}

function absolute(u: string | undefined, base: string | undefined): string | undefined {
  if (!u) return undefined;
  try {
    const abs = new URL(u, base);
    return /^https?:$/.test(abs.protocol) ? abs.href : undefined;
  } catch {
    return undefined;
  }
}

/** Reads page metadata; every field is optional. */
export function htmlMeta(doc: Doc, baseUrl?: string): HtmlMeta {
  const ld = jsonLd(doc);
  const metas = metaMap(doc);
  const first = <K extends keyof LdArticle>(k: K): LdArticle[K] | undefined => ld.find((a) => a[k])?.[k];
  const out: HtmlMeta = {};
  const title = meta(metas, ['og:title', 'twitter:title']) ?? first('headline');
  if (title) out.title = title;
  const docTitle = doc.querySelector('title')?.textContent?.trim();
  if (docTitle) out.documentTitle = docTitle;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const url = absolute(canonical, baseUrl) ?? absolute(meta(metas, ['og:url']), baseUrl) ?? absolute(first('url'), baseUrl);
  if (url) out.url = url;
  const outlet = meta(metas, ['og:site_name', 'application-name']) ?? first('publisher');
  if (outlet) out.outlet = outlet;
  const published =
    meta(metas, ['article:published_time']) ??
    first('datePublished') ??
    meta(metas, ['datePublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date',
      'dc.date.issued', 'dcterms.created', 'dcterms.date', 'parsely-pub-date', 'sailthru.date', 'og:published_time']) ??
    timeElement(doc);
  if (published) out.published = published;
  return out;
}
