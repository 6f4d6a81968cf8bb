import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { BrinkError } from '../domain/errors.js';
import { htmlMeta } from './htmlmeta.js';
import { htmlFragmentToText, nodeText } from './htmltext.js';
import type { Extracted } from './plaintext.js';

/** Readability is skipped (body-text fallback used) above this estimated nesting depth. */
const MAX_READABILITY_DEPTH = 300;
/** Readability is skipped above this many start tags (its cost grows faster than linearly). */
const MAX_READABILITY_ELEMENTS = 30_000;

function tagCount(html: string): number {
  let n = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
  }
  return n;
}

/** Above this estimated depth no DOM is built at all: tags are stripped. */
const MAX_DOM_DEPTH = 2000;
const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|p|li|td|tr|th|option|dt|dd)$/i;

/** Cheap upper estimate of element nesting (unclosed void/optional-end tags are not counted). */
export function htmlDepth(html: string, stopAt = Infinity): number {
  const re = /<(\/?)([A-Za-z][\w-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (VOID.test(m[2]!) || m[3]) continue;
    depth += m[1] ? -1 : 1;
    if (depth < 0) depth = 0;
    if (depth > max && (max = depth) > stopAt) break;
  }
  return max;
}

function readable(html: string, url?: string): { title?: string; text: string } | null {
  const { document } = parseHTML(html);
  try {
    const r = new Readability(document as unknown as globalThis.Document, { maxElemsToParse: MAX_READABILITY_ELEMENTS, charThreshold: 300 });
    const art = r.parse();
    if (!art?.content) return null;
    const text = htmlFragmentToText(art.content);
    if (text.replace(/\s/g, '').length < 200) return null;
    const out: { title?: string; text: string } = { text };
    if (art.title) out.title = art.title;
    void url;
    return out;
  } catch {
    return null;
  }
}

/** Tag-stripping text for pathological documents no DOM should be built for. */
export function strippedText(html: string): string {
  const text = html
    .replace(/<(script|style|noscript|template|svg|nav|footer|aside)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?(p|div|br|li|h[1-6]|section|article|tr|blockquote)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '');
  return htmlFragmentToText(text.replace(/</g, '&lt;'))
    .replace(/[ \t]*\n\s*/g, (m) => (m.split('\n').length > 2 ? '\n\n' : '\n'))
    .trim();
}

function fallbackText(html: string): string {
  const { document } = parseHTML(html);
  const main = document.querySelector('article') ?? document.querySelector('main') ?? document.body ?? document;
  return nodeText(main);
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Drops a first paragraph that merely repeats the headline (kept in `title`). */
function withoutLeadingHeadline(text: string, headlines: Array<string | undefined>): string {
  const cut = text.indexOf('\n\n');
  if (cut === -1) return text;
  const first = squash(text.slice(0, cut));
  return headlines.some((h) => h && squash(h) === first) ? text.slice(cut + 2) : text;
}

/**
 * HTML page → text and metadata. Main text comes from Readability; when it finds no article
 * (or the page is too deeply nested for it) the body text without navigation, footer, scripts
 * and styles is used. MALFORMED_HTML only when no text remains at all.
 */
export function parseHtmlPage(input: string, origin: string, baseUrl?: string): Extracted {
  // linkedom needs a document element; wrap bare fragments.
  const html = /<(html|body|head)[\s>]/i.test(input.slice(0, 65536)) ? input : `<!DOCTYPE html><html><body>${input}</body></html>`;
  let meta: ReturnType<typeof htmlMeta> = {};
  let text = '';
  let title: string | undefined;
  let h1: string | undefined;
  try {
    const depth = htmlDepth(html, MAX_DOM_DEPTH);
    if (depth > MAX_DOM_DEPTH) {
      const text = strippedText(html);
      if (!text.trim()) throw new BrinkError('MALFORMED_HTML', { detail: `nested deeper than ${MAX_DOM_DEPTH} and no text` }, origin);
      return { text };
    }
    const { document } = parseHTML(html);
    meta = htmlMeta(document as never, baseUrl);
    h1 = document.querySelector('h1')?.textContent ?? undefined;
    const deep = depth > MAX_READABILITY_DEPTH || tagCount(html) > MAX_READABILITY_ELEMENTS;
    const r = deep ? null : readable(html, baseUrl);
    title = r?.title;
    text = r?.text ?? fallbackText(html);
  } catch (e) {
    if (e instanceof BrinkError) throw e;
    throw new BrinkError('MALFORMED_HTML', { detail: e instanceof Error ? e.message.slice(0, 200) : 'parse failed' }, origin, { cause: e });
  }
  const t = meta.title ?? title ?? meta.documentTitle;
  text = withoutLeadingHeadline(text, [t, h1, meta.documentTitle]);
  if (!text.trim()) throw new BrinkError('MALFORMED_HTML', { detail: 'no text content' }, origin);
  const out: Extracted = { text };
  if (t) out.title = t;
  if (meta.url) out.url = meta.url;
  if (meta.outlet) out.outlet = meta.outlet;
  if (meta.published) out.published = meta.published;
  return out;
}
