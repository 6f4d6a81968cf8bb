/** Search: documents and events matching a query. */
import { api, qs } from '../api.js';
import { empty, fmtDate, h, section } from '../dom.js';
import { href, type Route } from '../router.js';
import type { SearchResult } from '../types.js';
import { eventItem } from '../widgets.js';
import { logTable } from './mediation.js';

export async function searchPage(route: Route): Promise<Node> {
  const q = route.query.get('q')?.trim() ?? '';
  const input = h('input', { id: 'search-q', name: 'q', type: 'search', value: q, placeholder: 'ceasefire, IND, water treaty…', maxlength: 200 });
  const form = h('form', { class: 'search-form', role: 'search', 'aria-label': 'Search articles and events' },
    h('label', { for: 'search-q' }, 'Search'), input, h('button', { type: 'submit', class: 'btn btn-primary' }, 'Search'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = `#/search${qs({ q: input.value.trim() })}`;
  });
  const page = h('div', { class: 'page search' }, h('h1', {}, 'Search'), form);
  if (q.length < 2) return q ? h('div', {}, page, h('p', { class: 'muted' }, 'Type at least two characters.')) : page;
  const res = await api<SearchResult>(`/api/search${qs({ q })}`);
  page.appendChild(section('doc-results', `Articles (${res.documents.length})`, res.documents.length
    ? h('ul', { class: 'doc-list' }, ...res.documents.map((d) => h('li', {},
      h('a', { href: href('article', d.id) }, d.title ?? d.id), h('span', { class: 'muted' }, ` · ${[d.outlet, fmtDate(d.published)].filter(Boolean).join(' · ')}`),
      d.snippet ? h('p', { class: 'snippet' }, ...markQuery(d.snippet, q)) : null)))
    : empty('No article matches.')));
  page.appendChild(section('event-results', `Events (${res.events.length})`, res.events.length
    ? h('ul', { class: 'evidence-list' }, ...res.events.map((e) => eventItem(e)))
    : empty('No event matches.')));
  const engagements = res.engagements ?? [];
  page.appendChild(section('engagement-results', `Mediation entries (${engagements.length})`, engagements.length ? logTable(engagements) : empty('No mediation entry matches.')));
  return page;
}

/** The text with each case-insensitive occurrence of q wrapped in <mark> (as nodes, never HTML). */
export function markQuery(text: string, q: string): Array<Node | string> {
  const out: Array<Node | string> = [];
  const lower = text.toLowerCase(), needle = q.toLowerCase();
  let at = 0;
  for (let i = needle ? lower.indexOf(needle) : -1; i >= 0; i = lower.indexOf(needle, i + needle.length)) {
    if (i > at) out.push(text.slice(at, i));
    out.push(h('mark', {}, text.slice(i, i + needle.length)));
    at = i + needle.length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
