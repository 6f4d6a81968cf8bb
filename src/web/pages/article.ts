/**
 * Article view: the text with actors, events and times highlighted (DOM nodes built from span
 * offsets, never HTML), an event list and a details panel, then the article report.
 */
import { api, enc } from '../api.js';
import { badge, clear, empty, fmtDate, fmtNum, h, safeHref, section } from '../dom.js';
import { cameoName, MODALITY_LABELS, quadClass, quadLabel } from '../codes.js';
import { locate, segment, type Mark } from '../highlight.js';
import type { Route } from '../router.js';
import type { DocumentView, Event } from '../types.js';
import { reportSections } from './report.js';

export async function articlePage(route: Route): Promise<Node> {
  const id = route.params[0] ?? '';
  const view = await api<DocumentView>(`/api/documents/${enc(id)}`);
  const doc = view.document;
  const details = h('section', { class: 'panel event-details', id: 'event-details', 'aria-labelledby': 'event-details-h', 'aria-live': 'polite' },
    h('h2', { id: 'event-details-h' }, 'Event details'),
    h('p', { class: 'muted' }, 'Select a highlighted event in the text or in the list.'));
  const byEvent = new Map<string, HTMLElement[]>();
  const select = (e: Event): void => {
    for (const els of byEvent.values()) for (const el of els) el.classList.remove('selected');
    for (const el of byEvent.get(e.id) ?? []) el.classList.add('selected');
    showDetails(details, e);
    const box = details.getBoundingClientRect();
    if (box.top > window.innerHeight || box.bottom < 0) details.scrollIntoView({ block: 'nearest' });
  };
  const text = articleText(doc.text, marksOf(view), view.events, byEvent, select);
  return h('div', { class: 'page article' },
    h('h1', {}, doc.title ?? '(untitled article)'),
    h('p', { class: 'byline muted' },
      [doc.outlet, fmtDate(doc.published)].filter(Boolean).join(' · '),
      doc.url && /^https?:/i.test(safeHref(doc.url) ?? '') ? h('span', {}, ' · ', h('a', { href: doc.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'source')) : null),
    legend(),
    h('div', { class: 'article-layout' },
      h('article', { class: 'panel article-body', 'aria-label': 'Article text' }, text),
      h('div', { class: 'article-side' },
        section('event-list', `Events (${view.events.length})`, eventButtons(view.events, select)),
        details)),
    h('div', { class: 'report' }, h('h2', { class: 'report-title' }, 'Article report'), ...reportSections(view)));
}

function legend(): HTMLElement {
  return h('p', { class: 'legend' },
    h('span', { class: 'hl hl-actor' }, 'actor'), ' ',
    h('span', { class: 'hl hl-event' }, 'event'), ' ',
    h('span', { class: 'hl hl-time' }, 'time'), ' ',
    h('span', { class: 'hl hl-event hl-not-asserted' }, 'event not asserted (threat, denial, hypothesis…)'));
}

/** Highlight spans: actor mentions, event evidence, and times (sent by the server or located from events). */
export function marksOf(view: DocumentView): Mark[] {
  const marks: Mark[] = [];
  for (const a of view.actors ?? []) {
    const spans = a.mentions?.length ? a.mentions : a.start !== undefined && a.end !== undefined ? [{ start: a.start, end: a.end }] : [];
    for (const m of spans) marks.push({ kind: 'actor', start: m.start, end: m.end, ref: a.code, label: `${a.name} (${a.code})` });
  }
  for (const e of view.events ?? []) marks.push({ kind: 'event', start: e.span[0], end: e.span[1], ref: e.id, label: cameoName(e.cameo) });
  const times = view.times ?? [];
  if (times.length) {
    for (const t of times) marks.push({ kind: 'time', start: t.start, end: t.end, ref: t.utc ?? t.date ?? '', label: t.utc ?? t.date ?? '' });
  } else {
    const seen = new Set<number>();
    for (const e of view.events ?? []) {
      const at = locate(view.document.text, e.when?.text, e.span[0], e.span[1]) ?? locate(view.document.text, e.when?.text, e.span[0] - 300, e.span[1] + 300);
      if (!at || seen.has(at[0])) continue;
      seen.add(at[0]);
      const value = e.when.utc ?? e.when.date ?? '';
      marks.push({ kind: 'time', start: at[0], end: at[1], ref: value, label: value });
    }
  }
  return marks;
}

function articleText(text: string, marks: Mark[], events: Event[], byEvent: Map<string, HTMLElement[]>, select: (e: Event) => void): HTMLElement {
  const box = h('div', { class: 'article-text' });
  const eventsById = new Map(events.map((e) => [e.id, e]));
  for (const seg of segment(text, marks)) {
    if (seg.marks.length === 0) { box.appendChild(document.createTextNode(seg.text)); continue; }
    const kinds = new Set(seg.marks.map((m) => m.kind));
    const inner = [...seg.marks].reverse();
    const ev = inner.find((m) => m.kind === 'event');
    const actor = inner.find((m) => m.kind === 'actor');
    const time = inner.find((m) => m.kind === 'time');
    const titleParts = [actor ? `Actor: ${actor.label}` : '', time ? `Time: ${time.label}` : '', ev ? `Event: ${ev.label}` : ''].filter(Boolean);
    const el = h('span', { class: ['hl', ...[...kinds].map((k) => `hl-${k}`)].join(' '), title: titleParts.join(' · ') }, seg.text);
    const event = ev ? eventsById.get(ev.ref) : undefined;
    if (event) {
      el.dataset.eventId = event.id;
      if (event.modality !== 'asserted') el.classList.add('hl-not-asserted');
      const list = byEvent.get(event.id) ?? [];
      if (list.length === 0 && ev && ev.start === seg.start) {
        el.setAttribute('tabindex', '0');
        el.setAttribute('role', 'button');
        el.setAttribute('aria-label', `Event ${event.cameo} ${cameoName(event.cameo)}: ${event.source.code} to ${event.target?.code ?? 'no target'}`);
        el.addEventListener('keydown', (k) => { if (k.key === 'Enter' || k.key === ' ') { k.preventDefault(); select(event); } });
      }
      list.push(el);
      byEvent.set(event.id, list);
      el.addEventListener('click', () => select(event));
    }
    box.appendChild(el);
  }
  return box;
}

function eventButtons(events: Event[], select: (e: Event) => void): Node {
  if (events.length === 0) return empty('No events were coded in this article.');
  const sorted = [...events].sort((a, b) => a.span[0] - b.span[0]);
  return h('ol', { class: 'event-buttons' }, ...sorted.map((e) => h('li', {},
    h('button', { type: 'button', class: `event-button ${quadClass(e.quad)}`, onclick: () => select(e) },
      h('span', { class: 'code' }, e.cameo), ' ', cameoName(e.cameo), ' ',
      h('span', { class: 'muted' }, `${e.source.code} → ${e.target?.code ?? '—'}`),
      e.modality !== 'asserted' ? h('span', {}, ' ', badge(e.modality, 'modality')) : null))));
}

function row(label: string, ...value: Array<Node | string | null>): HTMLElement[] {
  return [h('dt', {}, label), h('dd', {}, ...value)];
}

export function showDetails(panel: HTMLElement, e: Event): void {
  clear(panel);
  const att = e.attribution;
  const when = e.when;
  panel.appendChild(h('h2', { id: 'event-details-h' }, `Event ${e.cameo}: ${cameoName(e.cameo)}`));
  panel.appendChild(h('dl', { class: 'details' },
    ...row('CAMEO', `${e.cameo} — ${cameoName(e.cameo)}`),
    ...row('PLOVER', [e.plover, e.ploverMode, e.ploverContext].filter(Boolean).join(' / ')),
    ...row('Quad class', `${e.quad} — ${quadLabel(e.quad)}`),
    ...row('Goldstein', fmtNum(e.goldstein, 1)),
    ...row('Source', `${e.source.name ?? e.source.code} (${e.source.code})${e.source.role ? `, ${e.source.role}` : ''}`),
    ...row('Target', e.target ? `${e.target.name ?? e.target.code} (${e.target.code})${e.target.role ? `, ${e.target.role}` : ''}` : '—'),
    ...row('Modality', MODALITY_LABELS[e.modality] ?? e.modality),
    ...row('When', [when.utc ? fmtDate(when.utc) : when.date ?? '—', when.text ? `“${when.text}”` : '', `precision ${when.precision}`, when.inferred ? 'inferred' : 'stated'].filter(Boolean).join(' · ')),
    ...row('Where', e.where ? `${e.where.name} (${e.where.country})` : '—'),
    ...row('Attribution', att ? attributionText(att) : 'none (the outlet’s own voice)'),
    ...row('Rule', h('code', {}, e.rule)),
    ...row('Confidence', fmtNum(e.confidence, 2)),
    ...row('Evidence', h('blockquote', { class: 'evidence' }, e.evidence))));
}

function attributionText(att: NonNullable<Event['attribution']>): string {
  const parts = [att.named ? 'named source' : 'anonymous source'];
  if (att.speaker) parts.push(`speaker: ${att.speaker.name}${att.speaker.code ? ` (${att.speaker.code})` : ''}`);
  if (att.basis) parts.push(`basis: ${att.basis}`);
  if (att.outlet) parts.push(`outlet: ${att.outlet}`);
  if (att.chain.length) parts.push(`chain: ${att.chain.join(' → ')}`);
  return parts.join(' · ');
}
