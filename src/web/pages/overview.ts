/** Overview: active alerts with their evidence, dyads heating up, ceasefires and their status. */
import { api, enc, itemsOf } from '../api.js';
import { badge, empty, errorBox, fmtDate, fmtNum, h, section } from '../dom.js';
import { href } from '../router.js';
import type { Alert, CeasefireCard, DocumentSummary, DyadDetail, DyadsResponse, HeatingDyad, Page } from '../types.js';
import { alertEventItem, dyadLink, sparkline, statusBadge } from '../widgets.js';
import { endsLine, sortCeasefires } from './ceasefires.js';

export async function overviewPage(): Promise<Node> {
  const [alerts, dyads, ceasefires, docs] = await Promise.allSettled([
    api<Alert[] | { items: Alert[] }>('/api/alerts'),
    api<DyadsResponse>('/api/dyads?top=10&window=7'),
    api<CeasefireCard[] | { items: CeasefireCard[] }>('/api/ceasefires'),
    api<Page<DocumentSummary> | DocumentSummary[]>('/api/documents?limit=10'),
  ]);
  return h('div', { class: 'page overview' },
    h('h1', {}, 'Overview'),
    h('div', { class: 'grid-2' },
      section('alerts', 'Active alerts', alerts.status === 'fulfilled' ? alertList(itemsOf(alerts.value)) : errorBox(alerts.reason)),
      h('div', { class: 'stack' },
        section('dyads', 'Dyads heating up', dyads.status === 'fulfilled' ? dyadTable(dyads.value) : errorBox(dyads.reason)),
        section('ceasefire-summary', 'Ceasefires', ceasefires.status === 'fulfilled' ? ceasefireList(sortCeasefires(itemsOf(ceasefires.value))) : errorBox(ceasefires.reason)),
        section('latest', 'Latest articles', docs.status === 'fulfilled' ? docList(itemsOf(docs.value)) : errorBox(docs.reason)))));
}

const SHOWN_ALERTS = 8;
let stream: EventSource | null = null;

function alertList(alerts: Alert[]): Node {
  const sorted = [...alerts].sort((a, b) => (b.firedAt ?? b.firedOn ?? '').localeCompare(a.firedAt ?? a.firedOn ?? ''));
  const list = h('ul', { class: 'alert-list' }, ...sorted.slice(0, SHOWN_ALERTS).map(alertCard));
  const older = sorted.slice(SHOWN_ALERTS);
  const live = h('p', { class: 'live', role: 'status', 'aria-live': 'polite' });
  listen(list, live);
  return h('div', {},
    live,
    sorted.length === 0 ? empty('No active alerts.') : null,
    list,
    older.length ? h('details', { class: 'older-alerts' }, h('summary', {}, `${older.length} older alert${older.length === 1 ? '' : 's'}`),
      h('ul', { class: 'alert-list' }, ...older.map(alertCard))) : null);
}

/** Closes the live alert stream (on sign-out). */
export function stopAlerts(): void {
  stream?.close();
  stream = null;
}

/** New alerts arrive over Server-Sent Events while the overview is open. */
function listen(list: HTMLElement, live: HTMLElement): void {
  stream?.close();
  if (typeof EventSource === 'undefined') return;
  const es = new EventSource('/api/alerts/stream');
  stream = es;
  es.addEventListener('alert', (ev) => {
    try {
      const alert = JSON.parse((ev as MessageEvent<string>).data) as Alert;
      const card = alertCard(alert);
      card.classList.add('fresh');
      list.insertBefore(card, list.firstChild);
      live.textContent = `New alert: ${alert.explanation?.message ?? alert.message ?? alert.rule}`;
    } catch {
      // a malformed message is ignored
    }
  });
  window.addEventListener('hashchange', () => { es.close(); if (stream === es) stream = null; }, { once: true });
}

function alertCard(a: Alert): HTMLElement {
  const dyad = Array.isArray(a.dyad) ? a.dyad : String(a.dyad).split(/[-,–]/).map((x) => x.trim());
  const events = a.explanation?.events ?? a.events ?? [];
  const message = a.explanation?.message ?? a.message ?? '';
  return h('li', { class: 'alert-card' },
    h('div', { class: 'alert-head' },
      badge(a.rule, 'rule'), ' ',
      dyad.length === 2 ? dyadLink(dyad[0]!, dyad[1]!) : h('span', {}, dyad.join(' – ')),
      h('span', { class: 'muted' }, ` · ${fmtDate(a.firedAt ?? a.firedOn)} · score ${fmtNum(a.score, 1)}`)),
    h('p', { class: 'alert-message' }, message),
    events.length > 0
      ? h('details', { class: 'alert-evidence' },
        h('summary', {}, `Evidence: ${events.length} event${events.length === 1 ? '' : 's'}`),
        h('ul', { class: 'evidence-list' }, ...events.map(alertEventItem)))
      : null);
}

function dyadTable(res: DyadsResponse): Node {
  if (res.dyads.length === 0) return empty('No dyad has enough recent events.');
  const rows = res.dyads.map((d) => dyadRow(d));
  return h('div', { class: 'table-wrap', role: 'region', 'aria-label': 'Dyads heating up', tabindex: 0 },
    h('table', { class: 'dyad-table' },
      h('caption', { class: 'sr-only' }, `Dyads heating up${res.now ? ` as of ${fmtDate(res.now)}` : ''}`),
      h('thead', {}, h('tr', {}, ...['Dyad', 'Index', 'Change', 'Events', 'Trend'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...rows)));
}

function dyadRow(d: HeatingDyad): HTMLElement {
  const trend = h('td', { class: 'trend' });
  const up = d.change > 0;
  void fillSparkline(trend, d);
  return h('tr', {},
    h('th', { scope: 'row' }, dyadLink(d.a, d.b)),
    h('td', { class: 'num' }, fmtNum(d.index, 1)),
    h('td', { class: `num ${up ? 'up' : 'down'}` }, `${up ? '▲' : d.change < 0 ? '▼' : '·'} ${fmtNum(Math.abs(d.change), 1)}`),
    h('td', { class: 'num' }, String(d.events)),
    trend);
}

async function fillSparkline(cell: HTMLElement, d: HeatingDyad): Promise<void> {
  try {
    const detail = await api<DyadDetail>(`/api/dyads/${enc(d.a)}/${enc(d.b)}`);
    const values = detail.escalation.slice(-30).map((r) => r.index);
    cell.appendChild(sparkline(values, `Escalation index of ${d.a}–${d.b}, last ${values.length} days`));
  } catch {
    cell.appendChild(h('span', { class: 'muted' }, '—'));
  }
}

function ceasefireList(cfs: CeasefireCard[]): Node {
  if (cfs.length === 0) return empty('No ceasefires reported.');
  return h('ul', { class: 'cf-mini' }, ...cfs.map((c) => h('li', {},
    statusBadge(c.status.status), ' ',
    h('a', { href: `${href('ceasefires')}` }, c.parties.join(' – ')),
    h('span', { class: 'muted' }, ` · effective ${fmtDate(c.effectiveUtc)}${endsLine(c) ? ` · ${endsLine(c)}` : ''} · ${c.status.incidents.length} incidents, ${c.status.accusations.length} accusations`))));
}

function docList(docs: DocumentSummary[]): Node {
  if (docs.length === 0) return empty('No articles yet.');
  return h('ul', { class: 'doc-list' }, ...docs.map((d) => h('li', {},
    h('a', { href: href('article', d.id) }, d.title ?? d.id),
    h('span', { class: 'muted' }, ` · ${[d.outlet, fmtDate(d.published)].filter(Boolean).join(' · ')}`))));
}
