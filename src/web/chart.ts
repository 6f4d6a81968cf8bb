/**
 * The escalation chart: inline SVG (createElementNS only). Index line over days, event markers
 * on it (focusable; hover or focus reports the event), ceasefire effective times as vertical lines.
 */
import { s } from './dom.js';
import { cameoName } from './codes.js';
import type { EscalationRow } from './types.js';

export interface Marker { id: string; date: string; cameo: string; quad: number; label: string }
export interface CeasefireMark { id: string; effectiveUtc?: string | null }

const L = 40, R = 12, T = 16, B = 36;

/** Chart box: wide on laptops, nearly square on phones so the labels stay readable. */
export interface Size { w: number; h: number }
export const WIDE: Size = { w: 800, h: 320 };
export const NARROW: Size = { w: 420, h: 340 };
const DAY = 86_400_000;

function dayOf(iso: string): number {
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return t / DAY;
}

export interface Scale { x: (day: number) => number; y: (v: number) => number; d0: number; d1: number; max: number }

export function scales(rows: EscalationRow[], extraDays: number[] = [], size: Size = WIDE): Scale {
  const { w: W, h: H } = size;
  const days = [...rows.map((r) => dayOf(r.date)), ...extraDays].filter(Number.isFinite);
  const d0 = days.length ? Math.min(...days) : 0;
  const d1 = days.length ? Math.max(...days) : 1;
  const max = Math.max(1, ...rows.map((r) => r.index)) * 1.1;
  const span = d1 - d0 || 1;
  return {
    x: (d) => L + ((d - d0) / span) * (W - L - R),
    y: (v) => H - B - (v / max) * (H - T - B),
    d0, d1, max,
  };
}

function axes(sc: Scale, size: Size): SVGGElement {
  const { w: W, h: H } = size;
  const g = s('g', { class: 'axes', 'aria-hidden': 'true' });
  g.appendChild(s('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#8a8f98' }));
  g.appendChild(s('line', { x1: L, y1: T, x2: L, y2: H - B, stroke: '#8a8f98' }));
  for (let i = 0; i <= 4; i++) {
    const v = (sc.max / 4) * i;
    g.appendChild(s('line', { x1: L, x2: W - R, y1: sc.y(v), y2: sc.y(v), stroke: '#e3e6ea' }));
    g.appendChild(s('text', { x: L - 6, y: sc.y(v) + 4, 'text-anchor': 'end', class: 'tick' }, v.toFixed(0)));
  }
  const n = W < 600 ? 3 : 6;
  for (let i = 0; i <= n; i++) {
    const d = sc.d0 + ((sc.d1 - sc.d0) / n) * i;
    const label = new Date(Math.round(d) * DAY).toISOString().slice(5, 10);
    const anchor = i === 0 ? 'start' : i === n ? 'end' : 'middle';
    g.appendChild(s('text', { x: sc.x(d), y: H - B + 18, 'text-anchor': anchor, class: 'tick' }, label));
  }
  g.appendChild(s('text', { x: 12, y: T + 4, class: 'axis-label', transform: `rotate(-90 12 ${T + 4})`, 'text-anchor': 'end' }, 'index'));
  return g;
}

export function escalationChart(
  rows: EscalationRow[], markers: Marker[], ceasefires: CeasefireMark[], onFocus: (m: Marker | null) => void, title: string, size: Size = WIDE,
): SVGSVGElement {
  const { w: W, h: H } = size;
  const cfDays = ceasefires.filter((c) => c.effectiveUtc).map((c) => dayOf(c.effectiveUtc!));
  const sc = scales(rows, [...cfDays, ...markers.map((m) => dayOf(m.date))], size);
  const svg = s('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': title, preserveAspectRatio: 'xMidYMid meet' });
  svg.appendChild(s('title', {}, title));
  svg.appendChild(axes(sc, size));
  const byDate = new Map(rows.map((r) => [r.date, r.index]));
  if (rows.length) {
    const pts = rows.map((r) => `${sc.x(dayOf(r.date)).toFixed(1)},${sc.y(r.index).toFixed(1)}`).join(' ');
    svg.appendChild(s('polyline', { class: 'index-line', points: pts, fill: 'none', stroke: '#b03a2e', 'stroke-width': 2 }));
  }
  for (const c of ceasefires) {
    if (!c.effectiveUtc) continue;
    const x = sc.x(dayOf(c.effectiveUtc));
    const g = s('g', { class: 'ceasefire-mark', 'data-ceasefire': c.id });
    g.appendChild(s('line', { x1: x, x2: x, y1: T, y2: H - B, stroke: '#1f6f43', 'stroke-width': 2, 'stroke-dasharray': '6 4' }));
    g.appendChild(s('text', { x: x + 4, y: T + 12, class: 'cf-label', fill: '#1f6f43' }, 'Ceasefire'));
    g.appendChild(s('title', {}, `Ceasefire effective ${c.effectiveUtc}`));
    svg.appendChild(g);
  }
  const stack = new Map<string, number>();
  const perDay = new Map<string, number>();
  for (const m of markers) perDay.set(m.date, (perDay.get(m.date) ?? 0) + 1);
  const g = s('g', { class: 'markers' });
  for (const m of markers) {
    const k = stack.get(m.date) ?? 0;
    stack.set(m.date, k + 1);
    const cx = sc.x(dayOf(m.date));
    const base = sc.y(byDate.get(m.date) ?? 0);
    const up = base - ((perDay.get(m.date) ?? 1) - 1) * 9 >= T + 4;
    const cy = up ? base - k * 9 : Math.min(H - B - 4, base + k * 9);
    const fill = m.quad === 4 ? '#b03a2e' : m.quad === 3 ? '#d4802a' : m.quad === 2 ? '#1f6f43' : '#3a6ea5';
    const c = s('circle', {
      class: 'marker', cx, cy, r: 5, fill, stroke: '#fff', 'stroke-width': 1.5, tabindex: 0, role: 'button',
      'aria-label': `${m.date} ${m.cameo} ${cameoName(m.cameo)}: ${m.label}`, 'data-event-id': m.id,
    });
    c.appendChild(s('title', {}, `${m.date} · ${m.cameo} ${cameoName(m.cameo)}`));
    for (const type of ['mouseenter', 'focus', 'click']) c.addEventListener(type, () => onFocus(m));
    g.appendChild(c);
  }
  svg.appendChild(g);
  return svg;
}
