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
    section('worldmap', 'Events by place', mapSvg(spots),
      spots.length ? null : empty('No event has a known place yet.')),
    section('places', 'Places', spots.length
      ? table('Events by place', ['Place', 'Events', 'Latitude', 'Longitude'], spots.slice(0, 50).map((p) => [p.name, String(p.count), p.lat.toFixed(2), p.lon.toFixed(2)]))
      : empty('No places.')));
}

function mapSvg(spots: Spot[]): SVGSVGElement {
  const svg = s('svg', { class: 'world-map', viewBox: `0 0 ${MAP_W} ${MAP_H}`, role: 'group', 'aria-label': `World map with events at ${spots.length} places` });
  svg.appendChild(s('rect', { x: 0, y: 0, width: MAP_W, height: MAP_H, class: 'sea', fill: '#dfeaf3' }));
  const land = s('g', { class: 'land', 'aria-hidden': 'true' });
  for (const d of countries()) land.appendChild(s('path', { d, fill: '#f4f1ea', stroke: '#b9b3a6', 'stroke-width': 0.5, 'fill-rule': 'evenodd' }));
  svg.appendChild(land);
  const max = Math.max(1, ...spots.map((p) => p.count));
  const g = s('g', { class: 'spots' });
  for (const p of spots) {
    const [x, y] = project(p.lon, p.lat);
    const c = s('circle', { class: 'spot', cx: x, cy: y, r: 3 + 12 * Math.sqrt(p.count / max), fill: '#b03a2e', 'fill-opacity': 0.6, stroke: '#7a1f16', tabindex: 0, 'aria-label': `${p.name}: ${p.count} events` });
    c.appendChild(s('title', {}, `${p.name}: ${p.count} events${p.detail ? ` (${p.detail})` : ''}`));
    g.appendChild(c);
  }
  svg.appendChild(g);
  return svg;
}
