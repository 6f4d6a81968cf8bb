/**
 * Safe DOM building: every string becomes a text node or an attribute value; nothing is ever
 * parsed as HTML. Event handlers are functions only (`on*` attributes with strings are refused),
 * and URLs are checked before they reach `href`. No `style` attributes (the CSP forbids them).
 */

export type Child = Node | string | number | null | undefined | false;
export type Handler = (ev: Event) => void;
export type Attrs = Record<string, string | number | boolean | Handler | null | undefined>;

/** Only same-document, same-origin paths and http(s) links may become an href. */
export function safeHref(url: string): string | null {
  const u = url.trim();
  if (u.startsWith('#') || (u.startsWith('/') && !u.startsWith('//'))) return u;
  if (/^https?:\/\//i.test(u)) return u;
  return null;
}

function setAttr(el: Element, key: string, value: Attrs[string]): void {
  if (value === null || value === undefined || value === false) return;
  if (key.startsWith('on')) {
    if (typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    return; // a string handler would be inline script: refused
  }
  if (typeof value === 'function') return;
  if (key === 'style') return;
  if (key === 'href' || key === 'src' || key === 'action' || key === 'formaction') {
    const safe = safeHref(String(value));
    if (safe !== null) el.setAttribute(key, safe);
    return;
  }
  el.setAttribute(key, value === true ? '' : String(value));
}

function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) setAttr(el, k, v);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) setAttr(el, k, v);
  append(el, children);
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function frag(...children: Child[]): DocumentFragment {
  const f = document.createDocumentFragment();
  append(f, children);
  return f;
}

/** A titled page section (landmark with an accessible name from its heading). */
export function section(id: string, title: string, ...children: Child[]): HTMLElement {
  const hid = `${id}-h`;
  return h('section', { class: 'panel', id, 'aria-labelledby': hid }, h('h2', { id: hid }, title), ...children);
}

export function empty(text: string): HTMLElement {
  return h('p', { class: 'muted empty' }, text);
}

export function errorBox(err: unknown): HTMLElement {
  const msg = err instanceof Error ? err.message : String(err);
  return h('p', { class: 'error', role: 'alert' }, `Could not load: ${msg}`);
}

export function badge(text: string, kind: string): HTMLElement {
  return h('span', { class: `badge badge-${kind.replace(/[^a-z0-9-]/gi, '')}` }, text);
}

export function table(caption: string, head: string[], rows: Child[][], cls = ''): HTMLElement {
  return h('div', { class: 'table-wrap', role: 'region', 'aria-label': caption, tabindex: 0 },
    h('table', { class: cls },
      h('caption', { class: 'sr-only' }, caption),
      h('thead', {}, h('tr', {}, ...head.map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c)))))));
}

export function fmtNum(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  return x.toFixed(digits);
}

export function fmtDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}
