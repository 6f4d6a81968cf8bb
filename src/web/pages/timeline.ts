/** Timeline: events over time, newest first, filterable (filters live in the hash query). */
import { api, qs } from '../api.js';
import { empty, h, section } from '../dom.js';
import { QUAD_LABELS } from '../codes.js';
import type { Route } from '../router.js';
import type { Event, Page } from '../types.js';
import { eventItem } from '../widgets.js';
import { countByDay, histogram } from '../histogram.js';

const FIELDS: Array<[string, string, string]> = [
  ['dyad', 'Dyad (A,B)', 'IND,PAK'], ['source', 'Source', 'IND'], ['target', 'Target', 'PAK'],
  ['cameo', 'CAMEO prefix', '19'], ['from', 'From', 'YYYY-MM-DD'], ['to', 'To', 'YYYY-MM-DD'],
];
const MODALITIES = ['', 'asserted', 'negated', 'hypothetical', 'future-intent', 'speculative', 'question'];

export async function timelinePage(route: Route): Promise<Node> {
  const filters: Record<string, string> = {};
  for (const k of [...FIELDS.map((f) => f[0]), 'quad', 'modality']) {
    const v = route.query.get(k);
    if (v) filters[k] = v;
  }
  const list = h('ol', { class: 'timeline' });
  const more = h('button', { type: 'button', class: 'btn', hidden: true }, 'Load more');
  const status = h('p', { class: 'muted', role: 'status' });
  let cursor: string | null | undefined;
  let lastDate = '';
  const loaded: Array<{ date: string; quad: number }> = [];
  const chart = h('div', { class: 'histogram-wrap' });
  const pick = (date: string): void => {
    location.hash = `#/timeline?${new URLSearchParams({ ...filters, from: date, to: date })}`;
  };
  const redraw = (): void => {
    chart.replaceChildren(histogram(countByDay(loaded), pick));
  };
  const load = async (): Promise<void> => {
    const page = await api<Page<Event> | Event[]>(`/api/events${qs({ ...filters, limit: 250, after: cursor ?? undefined })}`);
    const items = Array.isArray(page) ? page : page.items;
    cursor = Array.isArray(page) ? null : page.nextCursor;
    for (const e of items) {
      const date = e.when?.date ?? e.when?.utc?.slice(0, 10) ?? 'undated';
      loaded.push({ date, quad: e.quad });
      if (date !== lastDate) { list.appendChild(h('li', { class: 'timeline-date' }, h('h3', {}, date))); lastDate = date; }
      list.appendChild(eventItem(e));
    }
    more.hidden = !cursor;
    redraw();
    status.textContent = `${list.querySelectorAll('.event-item').length} events shown${cursor ? '; more available' : ''}.`;
  };
  more.addEventListener('click', () => { void load(); });
  await load();
  return h('div', { class: 'page timeline-page' },
    h('h1', {}, 'Timeline'),
    section('filters', 'Filters', filterForm(filters), exportLinks(filters)),
    section('events', 'Events', h('p', { class: 'muted' }, 'Events shown below, per day:'), chart, h('p', { class: 'legend' },
      h('span', { class: 'key key-q1' }, 'verbal coop'), ' ', h('span', { class: 'key key-q2' }, 'material coop'), ' ',
      h('span', { class: 'key key-q3' }, 'verbal conflict'), ' ', h('span', { class: 'key key-q4' }, 'material conflict'), ' · click a day to see only it'), status, list.childElementCount ? list : empty('No events match these filters.'), more));
}

function filterForm(values: Record<string, string>): HTMLFormElement {
  const form = h('form', { class: 'filter-form', role: 'search', 'aria-label': 'Filter events' },
    ...FIELDS.map(([name, label, ph]) => h('div', { class: 'field' },
      h('label', { for: `f-${name}` }, label),
      h('input', { id: `f-${name}`, name, value: values[name] ?? '', placeholder: ph, type: name === 'from' || name === 'to' ? 'date' : 'text' }))),
    h('div', { class: 'field' }, h('label', { for: 'f-quad' }, 'Quad class'),
      h('select', { id: 'f-quad', name: 'quad' }, h('option', { value: '' }, 'any'),
        ...Object.entries(QUAD_LABELS).map(([q, l]) => h('option', { value: q, selected: values.quad === q }, l)))),
    h('div', { class: 'field' }, h('label', { for: 'f-modality' }, 'Modality'),
      h('select', { id: 'f-modality', name: 'modality' }, ...MODALITIES.map((m) => h('option', { value: m, selected: values.modality === m && m !== '' }, m || 'any')))),
    h('div', { class: 'field actions' }, h('button', { type: 'submit', class: 'btn btn-primary' }, 'Apply'), ' ',
      h('a', { href: '#/timeline', class: 'btn' }, 'Clear')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim()) q.set(k, v.trim());
    location.hash = `#/timeline${q.toString() ? `?${q}` : ''}`;
  });
  return form;
}

const FORMATS: Array<[string, string]> = [['csv', 'CSV'], ['ndjson', 'NDJSON'], ['plover', 'PLOVER JSON'], ['geojson', 'GeoJSON'], ['gdelt', 'GDELT TSV'], ['hxl', 'HXL']];

/** Download links for the filtered events, in every export format. */
function exportLinks(filters: Record<string, string>): HTMLElement {
  return h('p', { class: 'exports' }, 'Export these events: ', ...FORMATS.flatMap(([f, label], i) => [
    i ? ' · ' : '', h('a', { href: `/api/exports/events.${f}${qs(filters)}`, download: '' }, label)]));
}
