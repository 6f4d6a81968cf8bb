/** Ceasefire board: a card per ceasefire with status, effective time, history, incidents vs accusations. */
import { api, itemsOf } from '../api.js';
import { empty, fmtDate, h } from '../dom.js';
import { href } from '../router.js';
import type { CeasefireCard } from '../types.js';
import { aEventItem, dyadLink, statusBadge } from '../widgets.js';

export async function ceasefiresPage(): Promise<Node> {
  const cfs = sortCeasefires(itemsOf(await api<CeasefireCard[] | { items: CeasefireCard[] }>('/api/ceasefires')));
  return h('div', { class: 'page ceasefires' },
    h('h1', {}, 'Ceasefire board'),
    cfs.length ? h('ul', { class: 'cards' }, ...cfs.map(card)) : empty('No ceasefires reported.'));
}

/**
 * The end a truce was given when declared, as the board shows it: an instant in UTC, a day through its
 * end ("end of 2031-03-09"), since a day stated as the end means the truce runs through it.
 */
export function statedEnd(until: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(until) ? `end of ${until}` : fmtDate(until);
}

/** A short line of the ends of a truce (overview): "until … (stated end) · extended until …", or ''. */
export function endsLine(c: Pick<CeasefireCard, 'until' | 'extendedUntil'>): string {
  return [c.until ? `until ${statedEnd(c.until)} (stated end)` : '', c.extendedUntil ? `extended until ${c.extendedUntil}` : ''].filter(Boolean).join(' · ');
}

export function card(c: CeasefireCard): HTMLElement {
  const id = `cf-${c.id.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [p, q] = c.parties;
  return h('li', { class: `card cf-card status-${c.status.status}`, 'aria-labelledby': `${id}-h` },
    h('h2', { id: `${id}-h` }, c.parties.join(' – ') || 'Unknown parties', ' ', statusBadge(c.status.status)),
    h('dl', { class: 'details' },
      h('dt', {}, 'Effective'), h('dd', {}, fmtDate(c.effectiveUtc)),
      c.until ? h('dt', {}, 'Until (stated end)') : null, c.until ? h('dd', { class: 'cf-until' }, statedEnd(c.until)) : null,
      c.extendedUntil ? h('dt', {}, 'Extended until') : null, c.extendedUntil ? h('dd', { class: 'cf-extended' }, c.extendedUntil) : null,
      h('dt', {}, 'Mediators'), h('dd', {}, c.mediators.join(', ') || '—'),
      h('dt', {}, 'Sources'), h('dd', {}, ...c.docIds.slice(0, 8).flatMap((d, i) => [i ? ', ' : '', h('a', { href: href('article', d) }, `article ${i + 1}`)]),
        c.docIds.length > 8 ? ` and ${c.docIds.length - 8} more` : '')),
    p && q ? h('p', {}, dyadLink(p, q)) : null,
    c.disagreements.length ? h('div', { class: 'disagreements' }, h('h3', {}, 'Sources disagree'),
      h('ul', {}, ...c.disagreements.map((d) => h('li', {}, `${d.kind}: ${d.detail}`)))) : null,
    h('div', { class: 'cf-columns' },
      h('div', {}, h('h3', {}, `Incidents (${c.status.incidents.length})`),
        c.status.incidents.length ? h('ul', { class: 'evidence-list' }, ...c.status.incidents.slice(0, 10).map(aEventItem)) : empty('No incidents reported.')),
      h('div', {}, h('h3', {}, `Accusations (${c.status.accusations.length})`),
        c.status.accusations.length ? h('ul', { class: 'evidence-list' }, ...c.status.accusations.slice(0, 10).map(aEventItem)) : empty('No accusations.'))),
    c.status.history.length ? h('div', { class: 'history' }, h('h3', {}, 'History'),
      h('ol', {}, ...c.status.history.map((s) => h('li', {}, statusBadge(s.status), ` from ${fmtDate(s.from)}`)))) : null);
}

const STATUS_ORDER: Record<string, number> = { violated: 0, 'in-effect': 1, holding: 2, collapsed: 3, expired: 4, announced: 5 };

/** Ceasefires with an effective time first (most recent first), then the merely announced. */
export function sortCeasefires(cfs: CeasefireCard[]): CeasefireCard[] {
  return [...cfs].sort((a, b) => (STATUS_ORDER[a.status.status] ?? 9) - (STATUS_ORDER[b.status.status] ?? 9)
    || (b.effectiveUtc ?? '').localeCompare(a.effectiveUtc ?? ''));
}
