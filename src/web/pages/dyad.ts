/** Dyad view: escalation chart with event markers and ceasefire lines, evidence panel, series table. */
import { api, enc, itemsOf, qs } from '../api.js';
import { clear, empty, fmtNum, h, section, table } from '../dom.js';
import { cameoName, quadLabel } from '../codes.js';
import { escalationChart, NARROW, WIDE, type Marker } from '../chart.js';
import type { Route } from '../router.js';
import type { AlertEvent, Contribution, DyadDetail, Event } from '../types.js';
import { alertEventItem, eventItem, levelBadge } from '../widgets.js';

export async function dyadPage(route: Route): Promise<Node> {
  const a = (route.params[0] ?? '').toUpperCase();
  const b = (route.params[1] ?? '').toUpperCase();
  const granularity = route.query.get('granularity') ?? 'day';
  const [detail, evs] = await Promise.all([
    api<DyadDetail>(`/api/dyads/${enc(a)}/${enc(b)}${qs({ granularity })}`),
    api<Event[] | { items: Event[] }>(`/api/events${qs({ dyad: `${a},${b}`, limit: 500 })}`).catch(() => [] as Event[]),
  ]);
  const events = itemsOf(evs);
  const byId = new Map(events.map((e) => [e.id, e]));
  const panel = h('div', { class: 'marker-panel', 'aria-live': 'polite', id: 'marker-panel' },
    h('p', { class: 'muted' }, 'Hover over or focus a marker (Tab) to see the event and its evidence.'));
  const markers: Marker[] = events.filter((e) => e.modality === 'asserted').map((e) => ({
    id: e.id, date: e.when?.date ?? e.when?.utc?.slice(0, 10) ?? '', cameo: e.cameo, quad: e.quad,
    label: `${e.source.code} → ${e.target?.code ?? '—'}, ${quadLabel(e.quad)}`,
  })).filter((m) => m.date);
  const onFocus = (m: Marker | null): void => {
    clear(panel);
    const e = m ? byId.get(m.id) : undefined;
    if (e) panel.appendChild(h('ul', { class: 'evidence-list' }, eventItem(e)));
  };
  const title = `Escalation index of ${a} and ${b} over time, with ${markers.length} events and ${detail.ceasefires.length} ceasefires`;
  const latest = detail.escalation.at(-1);
  return h('div', { class: 'page dyad' },
    h('h1', {}, `${a} – ${b}`),
    h('p', { class: 'lead' },
      latest ? h('span', {}, `Escalation index ${fmtNum(latest.index, 1)} on ${latest.date} `, levelBadge(latest.level)) : 'No escalation data yet.',
      ' · ', h('a', { href: `#/timeline?dyad=${enc(`${a},${b}`)}` }, 'all events in the timeline')),
    section('chart', 'Escalation over time',
      detail.escalation.length ? escalationChart(detail.escalation, markers, detail.ceasefires, onFocus, title, window.matchMedia('(max-width: 600px)').matches ? NARROW : WIDE) : empty('No events for this dyad.'),
      h('p', { class: 'legend' },
        h('span', { class: 'key key-q1' }, 'verbal coop'), ' ', h('span', { class: 'key key-q2' }, 'material coop'), ' ',
        h('span', { class: 'key key-q3' }, 'verbal conflict'), ' ', h('span', { class: 'key key-q4' }, 'material conflict'), ' ',
        h('span', { class: 'key key-cf' }, 'ceasefire effective')),
      panel),
    detail.explanation ? section('explain', `Why the index is ${fmtNum(detail.explanation.index, 1)} (${detail.explanation.level})`,
      h('ol', { class: 'evidence-list' }, ...detail.explanation.contributions.slice(0, 10).map((c) => {
        const li = alertEventItem(contributionEvent(c));
        li.appendChild(h('p', { class: 'muted' }, `weight ${fmtNum(c.weight, 2)} · contribution ${fmtNum(c.contribution, 2)}`));
        return li;
      }))) : null,
    section('series', 'Series', granularityLinks(a, b, granularity), detail.series.length
      ? table(`Series of ${a}–${b} by ${granularity}`, ['Period', 'Events', 'Verbal coop', 'Material coop', 'Verbal conflict', 'Material conflict', 'Goldstein sum', 'Goldstein mean'],
        detail.series.map((r) => [r.period, String(r.events), ...[0, 1, 2, 3].map((i) => String(r.quad[i] ?? 0)), fmtNum(r.goldsteinSum, 1), fmtNum(r.goldsteinMean, 2)]), 'num-table')
      : empty('No series.')),
    section('dyad-codes', 'Codes in this dyad', codeSummary(events)));
}

function granularityLinks(a: string, b: string, current: string): HTMLElement {
  return h('p', { class: 'granularity' }, 'Group by: ', ...['day', 'week'].flatMap((g) => [
    h('a', { href: `#/dyad/${enc(a)}/${enc(b)}?granularity=${g}`, 'aria-current': g === current ? 'true' : null }, g), ' ']));
}

function codeSummary(events: Event[]): Node {
  if (events.length === 0) return empty('No events.');
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.cameo, (counts.get(e.cameo) ?? 0) + 1);
  const rows = [...counts].sort((x, y) => y[1] - x[1]).slice(0, 15).map(([c, n]) => [c, cameoName(c), String(n)]);
  return table('Most frequent CAMEO codes', ['CAMEO', 'Name', 'Events'], rows);
}

function contributionEvent(c: Contribution): AlertEvent {
  const e = c.event;
  return {
    id: c.eventId ?? e?.id ?? '', date: c.date ?? e?.date ?? '', cameo: c.cameo ?? e?.cameo ?? '',
    sourceCode: c.source ?? e?.sourceCode ?? '', targetCode: c.target ?? e?.targetCode ?? null,
    ...((c.evidence ?? e?.evidence) ? { evidence: c.evidence ?? e?.evidence } : {}),
    ...((c.docId ?? e?.docId) ? { docId: (c.docId ?? e?.docId)! } : {}),
  };
}
