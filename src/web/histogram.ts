/** Events per day as stacked bars by quad class (inline SVG). Pure counting in `countByDay`. */
import { s } from './dom.js';

export interface DayCount { date: string; quads: [number, number, number, number]; total: number }

const DAY = 86_400_000;
const COLORS = ['#3a6ea5', '#1f6f43', '#d4802a', '#b03a2e'];

/** One entry per calendar day from the first to the last date (empty days included), oldest first. */
export function countByDay(events: Array<{ date: string; quad: number }>): DayCount[] {
  const by = new Map<string, DayCount>();
  for (const e of events) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date)) continue;
    const d = by.get(e.date) ?? { date: e.date, quads: [0, 0, 0, 0], total: 0 };
    const q = Math.min(4, Math.max(1, Math.round(e.quad))) - 1;
    d.quads[q] = (d.quads[q] ?? 0) + 1;
    d.total++;
    by.set(e.date, d);
  }
  if (by.size === 0) return [];
  const days = [...by.keys()].sort();
  const out: DayCount[] = [];
  for (let t = Date.parse(`${days[0]}T00:00:00Z`), end = Date.parse(`${days.at(-1)}T00:00:00Z`); t <= end && out.length < 3660; t += DAY) {
    const date = new Date(t).toISOString().slice(0, 10);
    out.push(by.get(date) ?? { date, quads: [0, 0, 0, 0], total: 0 });
  }
  return out;
}

export function histogram(days: DayCount[], onPick: (date: string) => void): SVGSVGElement {
  const W = 800, H = 100, B = 16;
  const max = Math.max(1, ...days.map((d) => d.total));
  const bw = days.length ? W / days.length : W;
  const total = days.reduce((n, d) => n + d.total, 0);
  const svg = s('svg', { class: 'histogram', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `${total} events over ${days.length} days, by quad class` });
  days.forEach((d, i) => {
    let y = H - B;
    const g = s('g', { class: 'bar' });
    d.quads.forEach((n, q) => {
      if (!n) return;
      const hgt = (n / max) * (H - B - 4);
      y -= hgt;
      g.appendChild(s('rect', { x: i * bw + 1, y, width: Math.max(1, bw - 2), height: hgt, fill: COLORS[q] ?? '#888' }));
    });
    g.appendChild(s('rect', { x: i * bw, y: 0, width: bw, height: H - B, fill: 'transparent', class: 'bar-hit' }));
    g.appendChild(s('title', {}, `${d.date}: ${d.total} events`));
    if (d.total) g.addEventListener('click', () => onPick(d.date));
    svg.appendChild(g);
  });
  const first = days[0], last = days.at(-1);
  if (first) svg.appendChild(s('text', { x: 0, y: H - 4, class: 'tick' }, first.date));
  if (last && last !== first) svg.appendChild(s('text', { x: W, y: H - 4, 'text-anchor': 'end', class: 'tick' }, last.date));
  return svg;
}
