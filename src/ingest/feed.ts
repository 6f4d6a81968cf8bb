import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { BrinkError } from '../domain/errors.js';
import type { SourceKind } from '../domain/types.js';
import { htmlFragmentToText } from './htmltext.js';
import { decodeXmlEntities, guardXml, MAX_XML_DEPTH } from './xmlguard.js';

/** One feed entry, text already extracted from any HTML in it. */
export interface FeedEntry {
  origin: string;
  kind: SourceKind;
  text: string;
  html?: string;
  title?: string;
  url?: string;
  published?: string;
  outlet?: string;
}

export interface ParsedFeed {
  kind: 'rss' | 'atom';
  title?: string;
  entries: FeedEntry[];
}

type Node = unknown;
type Obj = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  cdataPropName: '#cdata',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  maxNestedTags: MAX_XML_DEPTH + 8,
  // Atom content may be inline XHTML: keep it raw (in document order) and convert it as HTML.
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

const list = (v: Node): Node[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const obj = (v: Node): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);

/** Text of an element: entity-decoded text, raw CDATA, and text of nested elements (xhtml). */
export function textOf(node: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop();
    if (typeof n === 'string') parts.push(decodeRaw(n));
    else if (typeof n === 'number' || typeof n === 'boolean') parts.push(String(n));
    else if (Array.isArray(n)) for (let i = n.length - 1; i >= 0; i--) stack.push(n[i]);
    else if (n && typeof n === 'object') {
      const o = n as Obj;
      const keys = Object.keys(o).filter((k) => !k.startsWith('@_'));
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        const v = o[k];
        if (k === '#cdata') parts.push(...list(v).map(String));
        else stack.push(v);
      }
    }
  }
  return parts.join(' ').trim();
}

/** Entity-decodes text, leaving CDATA sections (kept raw inside stop nodes) literal. */
function decodeRaw(s: string): string {
  if (!s.includes('<![CDATA[')) return decodeXmlEntities(s);
  return s
    .split(/<!\[CDATA\[([\s\S]*?)\]\]>/)
    .map((part, i) => (i % 2 ? part : decodeXmlEntities(part)))
    .join('');
}

function first(o: Obj, keys: string[]): string | undefined {
  for (const k of keys) {
    for (const v of list(o[k])) {
      const t = textOf(v);
      if (t) return t;
    }
  }
  return undefined;
}

function htmlish(s: string): boolean {
  return /<[a-zA-Z!/]|&[a-zA-Z#]/.test(s);
}

function plain(s: string | undefined): string | undefined {
  return s === undefined ? undefined : htmlish(s) ? htmlFragmentToText(s) : s;
}

function atomLink(e: Obj): string | undefined {
  const links = list(e['link']).map(obj).filter((l): l is Obj => !!l);
  const alt = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
  const href = alt?.['@_href'];
  return typeof href === 'string' ? decodeXmlEntities(href) : undefined;
}

function rssLink(e: Obj): string | undefined {
  const link = first(e, ['link']);
  if (link) return link;
  const guid = e['guid'];
  const g = obj(guid);
  const perma = g ? g['@_isPermaLink'] !== 'false' : true;
  const t = guid !== undefined ? textOf(guid) : '';
  return perma && /^https?:\/\//.test(t) ? t : undefined;
}

function entry(e: Obj, kind: 'rss' | 'atom', origin: string): FeedEntry {
  const body =
    kind === 'atom'
      ? first(e, ['content', 'summary'])
      : first(e, ['content:encoded', 'content', 'description', 'summary', 'atom:summary']);
  const title = plain(first(e, ['title', 'dc:title']));
  const text = plain(body) ?? '';
  const out: FeedEntry = { origin, kind, text: text.trim() ? text : (title ?? '') };
  if (body && htmlish(body)) out.html = body;
  if (title) out.title = title;
  const url = kind === 'atom' ? atomLink(e) : rssLink(e);
  if (url) out.url = url;
  const published = first(e, kind === 'atom' ? ['published', 'updated', 'dc:date'] : ['pubDate', 'dc:date', 'published', 'updated', 'a10:updated']);
  if (published) out.published = published;
  const source = obj(e['source']);
  const outlet = source ? first(source, ['title']) ?? textOf(source) : undefined;
  if (outlet && !/^https?:/.test(outlet)) out.outlet = outlet;
  return out;
}

function parseValidated(xml: string, origin: string): Obj {
  let doc = xml;
  let valid = XMLValidator.validate(doc);
  if (valid !== true) {
    // The commonest breakage in real feeds: a bare `&` (AT&T). Escape it and try once more.
    const repaired = doc.replace(/&(?!(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][\w.-]{0,31});)/g, '&amp;');
    if (repaired !== doc && XMLValidator.validate(repaired) === true) {
      doc = repaired;
      valid = true;
    }
  }
  if (valid !== true) {
    const err = valid.err;
    throw new BrinkError('MALFORMED_XML', { detail: `${err.msg} at line ${err.line}` }, origin);
  }
  try {
    return parser.parse(doc) as Obj;
  } catch (e) {
    throw new BrinkError('MALFORMED_XML', { detail: e instanceof Error ? e.message.slice(0, 200) : 'parse failed' }, origin, { cause: e });
  }
}

/**
 * RSS 0.9x/1.0/2.0 or Atom → entries. Guards (entities, external references, depth) run before
 * any parsing; entity processing is off (the five XML entities and character references are
 * decoded by hand, nothing else).
 */
export function parseFeed(xml: string, origin: string): ParsedFeed {
  guardXml(xml, origin);
  const root = parseValidated(xml, origin);
  const rss = obj(root['rss']);
  const rdf = obj(root['rdf:RDF']);
  const atom = obj(root['feed']);
  if (atom) {
    const entries = list(atom['entry']).map(obj).filter((e): e is Obj => !!e);
    const feed: ParsedFeed = { kind: 'atom', entries: entries.map((e, i) => entry(e, 'atom', `${origin}#${i + 1}`)) };
    const title = plain(first(atom, ['title']));
    if (title) feed.title = title;
    return feed;
  }
  const channel = obj(rss?.['channel']) ?? obj(rdf?.['channel']);
  if (!rss && !rdf) throw new BrinkError('UNKNOWN_FORMAT', { detail: 'XML that is neither RSS nor Atom' }, origin);
  const items = [...list(channel?.['item']), ...list(rdf?.['item'])].map(obj).filter((e): e is Obj => !!e);
  const feed: ParsedFeed = { kind: 'rss', entries: items.map((e, i) => entry(e, 'rss', `${origin}#${i + 1}`)) };
  const title = channel ? plain(first(channel, ['title'])) : undefined;
  if (title) feed.title = title;
  return feed;
}
