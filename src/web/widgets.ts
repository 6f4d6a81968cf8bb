/** Small shared pieces: sparkline, event summaries, actor pair links, status badges. */
import { badge, fmtNum, h, s } from './dom.js';
import { cameoName, quadClass, quadLabel } from './codes.js';
import { href } from './router.js';
import type { AEvent, AlertEvent, Event } from './types.js';

/** Inline SVG sparkline of a series; an empty box when there is nothing to draw. */
export function sparkline(values: number[], label: string, w = 120, hgt = 28): SVGSVGElement {
  const svg = s('svg', { class: 'sparkline', viewBox: `0 0 ${w} ${hgt}`, width: w, height: hgt, role: 'img', 'aria-label': label });
  svg.appendChild(s('title', {}, label));
  if (values.length === 0) return svg;
  const max = Math.max(...values, 1e-9);
  const min = Math.min(...values, 0);
  const span = max - min || 1;
  const step = values.length > 1 ? (w - 4) / (values.length - 1) : 0;
  const pts = values.map((v, i) => `${(2 + i * step).toFixed(1)},${(hgt - 2 - ((v - min) / span) * (hgt - 4)).toFixed(1)}`);
  svg.appendChild(s('polyline', { points: pts.join(' '), fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5 }));
  const last = pts.at(-1)!.split(',');
  svg.appendChild(s('circle', { cx: last[0] ?? 0, cy: last[1] ?? 0, r: 2.5, fill: 'currentColor' }));
  return svg;
}

export function dyadLink(a: string, b: string): HTMLAnchorElement {
  return h('a', { href: href('dyad', a, b), class: 'dyad-link' }, `${a} – ${b}`);
}

export function codeBadge(cameo: string, quad?: number): HTMLElement {
  return h('span', { class: `code ${quad ? `q${quad} ${quadClass(quad)}` : ''}`, title: cameoName(cameo) }, cameo);
}

export function statusBadge(status: string): HTMLElement {
  return badge(status, `status-${status}`);
}

export function levelBadge(level: string): HTMLElement {
  return badge(level, `level-${level}`);
}

/** One alert evidence event: date, code, actors, evidence, optional contribution and article link. */
export function alertEventItem(e: AlertEvent): HTMLElement {
  return h('li', { class: 'evidence-item' },
    h('div', { class: 'evidence-meta' },
      h('span', { class: 'date' }, e.date), ' ', codeBadge(e.cameo), ' ',
      h('span', { class: 'cameo-name' }, cameoName(e.cameo)), ' · ',
      h('span', { class: 'actors' }, `${e.sourceCode} → ${e.targetCode ?? '—'}`),
      e.contribution !== undefined ? h('span', { class: 'contrib' }, ` · contribution ${fmtNum(e.contribution, 2)}`) : null,
      e.docId ? h('span', {}, ' · ', h('a', { href: href('article', e.docId) }, 'article')) : null),
    e.evidence ? h('blockquote', { class: 'evidence' }, e.evidence) : null);
}

/** A stored event (full record) as a list item for the timeline, search and dyad pages. */
export function eventItem(e: Event, extra?: Node): HTMLElement {
  const date = e.when?.date ?? e.when?.utc?.slice(0, 10) ?? '—';
  return h('li', { class: `event-item ${quadClass(e.quad)}` },
    h('div', { class: 'evidence-meta' },
      h('span', { class: 'date' }, date), ' ', codeBadge(e.cameo, e.quad), ' ',
      h('span', { class: 'cameo-name' }, cameoName(e.cameo)), ' · ',
      h('span', { class: 'actors' }, `${e.source.code} → ${e.target?.code ?? '—'}`), ' · ',
      h('span', { class: 'quad' }, quadLabel(e.quad)),
      e.modality !== 'asserted' ? h('span', {}, ' ', badge(e.modality, 'modality')) : null,
      ' · ', h('a', { href: href('article', e.docId) }, 'article')),
    h('blockquote', { class: 'evidence' }, e.evidence),
    extra ?? null);
}

export function aEventItem(e: AEvent): HTMLElement {
  return alertEventItem({ id: e.id, date: e.date, cameo: e.cameo, sourceCode: e.sourceCode, targetCode: e.targetCode, ...(e.evidence ? { evidence: e.evidence } : {}), ...(e.docId ? { docId: e.docId } : {}) });
}
