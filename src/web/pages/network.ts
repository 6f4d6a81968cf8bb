/** Actor network: nodes on a circle, edges coloured by cooperation vs conflict and weighted by counts. */
import { api } from '../api.js';
import { empty, h, s, section, table } from '../dom.js';
import { href } from '../router.js';
import type { NetworkData } from '../types.js';

const SIZE = 640;

export function circleLayout(ids: string[], size = SIZE): Map<string, { x: number; y: number; angle: number }> {
  const r = size / 2 - 70;
  const out = new Map<string, { x: number; y: number; angle: number }>();
  ids.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, ids.length) - Math.PI / 2;
    out.set(id, { x: size / 2 + r * Math.cos(angle), y: size / 2 + r * Math.sin(angle), angle });
  });
  return out;
}

export async function networkPage(): Promise<Node> {
  const data = await api<NetworkData>('/api/network');
  const nodes = [...data.nodes].sort((a, b) => b.events - a.events).slice(0, 40);
  const keep = new Set(nodes.map((n) => n.id));
  const edges = data.edges.filter((e) => keep.has(e.a) && keep.has(e.b));
  return h('div', { class: 'page network' },
    h('h1', {}, 'Actor network'),
    section('graph', 'Who interacts with whom',
      nodes.length ? graph(nodes, edges) : empty('No interactions yet.'),
      h('p', { class: 'legend' }, h('span', { class: 'key key-q2' }, 'mostly cooperation'), ' ', h('span', { class: 'key key-q4' }, 'mostly conflict'),
        ' · line width grows with the number of events; select an edge to open the dyad.')),
    section('edges', 'Pairs', edges.length
      ? table('Actor pairs', ['Pair', 'Events', 'Cooperation', 'Conflict'], [...edges].sort((a, b) => b.events - a.events)
        .map((e) => [h('a', { href: href('dyad', e.a, e.b) }, `${e.a} – ${e.b}`), String(e.events), String(e.cooperation), String(e.conflict)]))
      : empty('No pairs.')));
}

function graph(nodes: NetworkData['nodes'], edges: NetworkData['edges']): SVGSVGElement {
  const pos = circleLayout(nodes.map((n) => n.id));
  const maxE = Math.max(1, ...edges.map((e) => e.events));
  const maxN = Math.max(1, ...nodes.map((n) => n.events));
  const svg = s('svg', { class: 'network-graph', viewBox: `0 0 ${SIZE} ${SIZE}`, role: 'group', 'aria-label': `Network of ${nodes.length} actors and ${edges.length} pairs` });
  const eg = s('g', { class: 'edges' });
  for (const e of edges) {
    const p = pos.get(e.a)!, q = pos.get(e.b)!;
    const conflict = e.conflict > e.cooperation;
    const link = s('a', { href: href('dyad', e.a, e.b), 'aria-label': `${e.a}–${e.b}: ${e.events} events, ${e.cooperation} cooperative, ${e.conflict} conflictual` });
    link.appendChild(s('line', {
      class: `edge ${conflict ? 'edge-conflict' : 'edge-coop'}`, x1: p.x, y1: p.y, x2: q.x, y2: q.y,
      stroke: conflict ? '#b03a2e' : '#1f6f43', 'stroke-opacity': 0.7, 'stroke-width': 1 + 7 * Math.sqrt(e.events / maxE),
    }));
    link.appendChild(s('title', {}, `${e.a}–${e.b}: ${e.events} events (${e.cooperation} cooperation, ${e.conflict} conflict)`));
    eg.appendChild(link);
  }
  svg.appendChild(eg);
  const ng = s('g', { class: 'nodes' });
  for (const n of nodes) {
    const p = pos.get(n.id)!;
    const right = Math.cos(p.angle) >= 0;
    const g = s('a', { href: `#/timeline?source=${encodeURIComponent(n.id)}`, 'aria-label': `${n.id}: ${n.events} events` });
    g.appendChild(s('circle', { class: 'node', cx: p.x, cy: p.y, r: 5 + 12 * Math.sqrt(n.events / maxN), fill: '#3a6ea5', stroke: '#fff', 'stroke-width': 2 }));
    g.appendChild(s('text', { x: p.x + (right ? 20 : -20), y: p.y + 4, 'text-anchor': right ? 'start' : 'end', class: 'node-label' }, n.id));
    g.appendChild(s('title', {}, `${n.id}: ${n.events} events`));
    ng.appendChild(g);
  }
  svg.appendChild(ng);
  return svg;
}
