/** World map (offline): Natural Earth countries bundled from world-atlas, events as circles by place. */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { api } from '../api.js';
import { empty, h, s, section, table } from '../dom.js';
import { geometryPath, MAP_H, MAP_W, pointOf, project } from '../geo.js';
import type { GeoCollection, GeoFeature } from '../types.js';

let countryPaths: string[] | null = null;

function countries(): string[] {
  if (countryPaths) return countryPaths;
  const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
  const fc = feature(topo, topo.objects.countries) as unknown as { features: GeoFeature[] };
  countryPaths = fc.features.map((f) => geometryPath(f.geometry)).filter(Boolean);
  return countryPaths;
}

interface Spot { lon: number; lat: number; name: string; count: number; detail: string }

function spotOf(f: GeoFeature): Spot | null {
  const at = pointOf(f.geometry);
  if (!at) return null;
  const p = f.properties ?? {};
  const num = (k: string): number | undefined => (typeof p[k] === 'number' ? (p[k] as number) : undefined);
  const str = (k: string): string | undefined => (typeof p[k] === 'string' ? (p[k] as string) : undefined);
  const count = num('events') ?? num('count') ?? 1;
  const name = str('name') ?? str('place') ?? str('placeName') ?? `${at[1].toFixed(2)}, ${at[0].toFixed(2)}`;
  const detail = [str('cameo'), str('source') ?? str('sourceCode'), str('target') ?? str('targetCode'), str('date')].filter(Boolean).join(' · ');
  return { lon: at[0], lat: at[1], name, count, detail };
}

/** Features at the same place are merged into one circle. */
function merge(spots: Spot[]): Spot[] {
  const by = new Map<string, Spot>();
  for (const sp of spots) {
    const k = `${sp.lon.toFixed(2)},${sp.lat.toFixed(2)}`;
    const prev = by.get(k);
    if (prev) prev.count += sp.count;
    else by.set(k, { ...sp });
  }
  return [...by.values()].sort((a, b) => b.count - a.count);
}

export async function mapPage(): Promise<Node> {
  const fc = await api<GeoCollection>('/api/map');
  const spots = merge((fc.features ?? []).map(spotOf).filter((x): x is Spot => x !== null));
  return h('div', { class: 'page map' },
    h('h1', {}, 'World map'),
    section('worldmap', 'Events by place', mapView(spots),
      spots.length ? null : empty('No event has a known place yet.')),
    section('places', 'Places', spots.length
      ? table('Events by place', ['Place', 'Events', 'Latitude', 'Longitude'], spots.slice(0, 50).map((p) => [p.name, String(p.count), p.lat.toFixed(2), p.lon.toFixed(2)]))
      : empty('No places.')));
}

/** The SVG box around the events (padded, at least 40° wide, 2:1), or the whole world. */
export function fitBox(points: Array<[number, number]>): [number, number, number, number] {
  if (points.length === 0) return [0, 0, MAP_W, MAP_H];
  const xs = points.map((p) => p[0]), ys = points.map((p) => p[1]);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2, cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const w = Math.min(MAP_W, Math.max((Math.max(...xs) - Math.min(...xs)) * 1.6, 2 * (Math.max(...ys) - Math.min(...ys)) * 1.6, (40 / 360) * MAP_W));
  const hh = w / 2;
  const x = Math.max(0, Math.min(MAP_W - w, cx - w / 2)), y = Math.max(0, Math.min(MAP_H - hh, cy - hh / 2));
  return [x, y, w, hh];
}

function mapView(spots: Spot[]): HTMLElement {
  const svg = mapSvg(spots);
  const box = fitBox(spots.map((p) => project(p.lon, p.lat)));
  const world = `0 0 ${MAP_W} ${MAP_H}`;
  const fitted = box.map((v) => v.toFixed(1)).join(' ');
  let zoomed = spots.length > 0;
  const apply = (): void => {
    svg.setAttribute('viewBox', zoomed ? fitted : world);
    const k = zoomed ? box[2] / MAP_W : 1;
    for (const c of svg.querySelectorAll<SVGCircleElement>('circle.spot')) c.setAttribute('r', (Number(c.dataset.r ?? 4) * Math.max(k, 0.15)).toFixed(2));
    for (const l of svg.querySelectorAll<SVGTextElement>('text.spot-label')) {
      l.setAttribute('font-size', (12 * k).toFixed(2));
      l.setAttribute('dx', (Number(l.dataset.dx ?? 0) * k).toFixed(2));
    }
    svg.classList.toggle('zoomed', zoomed);
  };
  apply();
  const toggle = h('button', { type: 'button', class: 'btn btn-small', 'aria-pressed': String(!zoomed) }, zoomed ? 'Show the whole world' : 'Zoom to events');
  toggle.addEventListener('click', () => {
    zoomed = !zoomed;
    apply();
    toggle.textContent = zoomed ? 'Show the whole world' : 'Zoom to events';
    toggle.setAttribute('aria-pressed', String(!zoomed));
  });
  return h('div', {}, spots.length ? h('div', { class: 'map-tools' }, toggle) : null, svg);
}

function mapSvg(spots: Spot[]): SVGSVGElement {
  const svg = s('svg', { class: 'world-map', viewBox: `0 0 ${MAP_W} ${MAP_H}`, role: 'group', 'aria-label': `World map with events at ${spots.length} places` });
  svg.appendChild(s('rect', { x: 0, y: 0, width: MAP_W, height: MAP_H, class: 'sea', fill: '#dfeaf3' }));
  const land = s('g', { class: 'land', 'aria-hidden': 'true' });
  for (const d of countries()) land.appendChild(s('path', { d, fill: '#f4f1ea', stroke: '#b9b3a6', 'stroke-width': 0.75, 'fill-rule': 'evenodd', 'vector-effect': 'non-scaling-stroke' }));
  svg.appendChild(land);
  const max = Math.max(1, ...spots.map((p) => p.count));
  const g = s('g', { class: 'spots' });
  for (const p of spots) {
    const [x, y] = project(p.lon, p.lat);
    const r = 3 + 12 * Math.sqrt(p.count / max);
    const c = s('circle', { class: 'spot', cx: x, cy: y, r, 'data-r': r, fill: '#b03a2e', 'fill-opacity': 0.6, stroke: '#7a1f16', 'vector-effect': 'non-scaling-stroke', tabindex: 0, 'aria-label': `${p.name}: ${p.count} events` });
    c.appendChild(s('title', {}, `${p.name}: ${p.count} events${p.detail ? ` (${p.detail})` : ''}`));
    g.appendChild(c);
  }
  svg.appendChild(g);
  const labels = s('g', { class: 'spot-labels', 'aria-hidden': 'true' });
  for (const p of spots.slice(0, 6)) {
    const [x, y] = project(p.lon, p.lat);
    const dx = 6 + 12 * Math.sqrt(p.count / max);
    labels.appendChild(s('text', { class: 'spot-label', x, y, dx, dy: '0.35em', 'data-dx': dx, 'font-size': 12, fill: '#1d232b', stroke: '#fff', 'stroke-width': 3, 'paint-order': 'stroke', 'vector-effect': 'non-scaling-stroke' }, p.name));
  }
  svg.appendChild(labels);
  return svg;
}
