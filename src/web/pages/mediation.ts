/**
 * Mediation log: engagements in a table. Analysts and admins get an "Add entry" form with a
 * confidentiality level; admins can delete entries; viewers never get the form (and the server
 * never sends them non-public entries).
 */
import { api, canWrite, enc, isAdmin, itemsOf, qs } from '../api.js';
import { empty, errorBox, fmtNum, h, section, table } from '../dom.js';
import { href } from '../router.js';
import type { Engagement, MediatorsResponse } from '../types.js';
import { aEventItem, dyadLink } from '../widgets.js';
import type { Route as R } from '../router.js';

const CHANNELS = ['phone-call', 'visit', 'meeting', 'third-location-talks', 'message', 'public-post', 'mediation', 'negotiation'];
const LEVELS = ['public', 'restricted', 'confidential'];

export async function mediationPage(route: R): Promise<Node> {
  const items = itemsOf(await api<Engagement[] | { items: Engagement[] }>('/api/engagements'));
  items.sort((a, b) => b.date.localeCompare(a.date));
  const status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  return h('div', { class: 'page mediation' },
    h('h1', {}, 'Mediation log'),
    canWrite() ? section('add-entry', 'Add entry', engagementForm(status)) : null,
    section('log', `Engagements (${items.length})`,
      canWrite() ? h('p', { class: 'exports' }, h('a', { href: '/api/exports/engagements.csv', download: '' }, 'Export the log as CSV')) : null,
      items.length ? logTable(items) : empty('No engagements recorded.')),
    section('mediators', 'Mediators between two parties', await mediatorLookup(route)));
}


export function logTable(items: Engagement[]): Node {
  const write = isAdmin();
  const head = ['Date', 'Mediator', 'Party', 'Channel', 'On behalf of', 'Level', 'Source', 'Notes', ...(write ? ['Actions'] : [])];
  return table('Mediation engagements', head, items.map((e) => [
    e.date, e.mediator, e.party, e.channel ?? '—', e.onBehalfOf ?? '—',
    h('span', { class: `badge badge-${e.confidentiality}` }, e.confidentiality),
    e.docId ? h('a', { href: href('article', e.docId) }, e.source) : e.source,
    e.notes ?? '',
    ...(write ? [h('button', { type: 'button', class: 'btn btn-small btn-danger', 'aria-label': `Delete entry ${e.mediator} – ${e.party} on ${e.date}`, onclick: () => void remove(e) }, 'Delete')] : []),
  ]), 'engagement-table');
}

async function remove(e: Engagement): Promise<void> {
  if (!window.confirm(`Delete the entry ${e.mediator} – ${e.party} (${e.date})?`)) return;
  await api(`/api/engagements/${enc(String(e.id))}`, { method: 'DELETE' });
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

function engagementForm(status: HTMLElement): HTMLElement {
  const today = new Date().toISOString().slice(0, 10);
  const form = h('form', { class: 'entry-form', 'aria-label': 'Add a mediation entry' },
    field('m-mediator', 'Mediator (code)', h('input', { id: 'm-mediator', name: 'mediator', required: true, placeholder: 'USA', maxlength: 40 })),
    field('m-party', 'Party (code)', h('input', { id: 'm-party', name: 'party', required: true, placeholder: 'PAK', maxlength: 40 })),
    field('m-channel', 'Channel', h('select', { id: 'm-channel', name: 'channel' }, ...CHANNELS.map((c) => h('option', { value: c }, c)))),
    field('m-behalf', 'On behalf of', h('input', { id: 'm-behalf', name: 'onBehalfOf', placeholder: 'IND', maxlength: 40 })),
    field('m-date', 'Date', h('input', { id: 'm-date', name: 'date', type: 'date', required: true, value: today })),
    field('m-level', 'Confidentiality', h('select', { id: 'm-level', name: 'confidentiality' }, ...LEVELS.map((l) => h('option', { value: l }, l)))),
    field('m-notes', 'Notes', h('textarea', { id: 'm-notes', name: 'notes', rows: 3, maxlength: 2000 })),
    h('div', { class: 'field actions' }, h('button', { type: 'submit', class: 'btn btn-primary' }, 'Add entry')),
    status);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = Object.fromEntries([...new FormData(form)].filter(([, v]) => typeof v === 'string' && v.trim() !== '').map(([k, v]) => [k, String(v).trim()]));
    status.textContent = 'Saving…';
    api<Engagement>('/api/engagements', { method: 'POST', body: data }).then(() => {
      status.textContent = 'Entry added.';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }, (err: unknown) => {
      status.textContent = `Could not save: ${err instanceof Error ? err.message : String(err)}`;
    });
  });
  return form;
}

async function mediatorLookup(route: R): Promise<Node> {
  const a = route.query.get('a') ?? '';
  const b = route.query.get('b') ?? '';
  const form = h('form', { class: 'inline-form', 'aria-label': 'Find mediators between two parties' },
    field('ml-a', 'Party A', h('input', { id: 'ml-a', name: 'a', value: a, placeholder: 'IND', maxlength: 40 })),
    field('ml-b', 'Party B', h('input', { id: 'ml-b', name: 'b', value: b, placeholder: 'PAK', maxlength: 40 })),
    h('div', { class: 'field actions' }, h('button', { type: 'submit', class: 'btn' }, 'Find')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const fd = new FormData(form);
    location.hash = `#/mediation${qs({ a: String(fd.get('a') ?? '').trim().toUpperCase(), b: String(fd.get('b') ?? '').trim().toUpperCase() })}`;
  });
  if (!a || !b) return form;
  try {
    const res = await api<MediatorsResponse>(`/api/mediators/${enc(a)}/${enc(b)}`);
    return h('div', {}, form, h('p', {}, dyadLink(res.a, res.b)), res.mediators.length
      ? table(`Potential mediators between ${res.a} and ${res.b}`, ['Actor', 'Score', `Cooperation with ${res.a}`, `Cooperation with ${res.b}`, 'Hostile share', 'Evidence'],
        res.mediators.map((m) => [m.actor, fmtNum(m.score, 2), fmtNum(m.coopA, 1), fmtNum(m.coopB, 1), fmtNum(m.hostileShare, 2),
          m.events.length ? h('details', {}, h('summary', {}, `${m.events.length} events`), h('ul', { class: 'evidence-list' }, ...m.events.map(aEventItem))) : '—']))
      : empty('No potential mediator between these parties yet.'),
      res.engagements.length ? h('div', {}, h('h3', {}, 'Recorded engagements'), logTable(res.engagements)) : null);
  } catch (err) {
    return h('div', {}, form, errorBox(err));
  }
}
