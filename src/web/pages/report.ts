/** The article report sections (who, timeline, ceasefires, mediation, claims, issues, others, not asserted). */
import { badge, empty, fmtDate, h, section, table } from '../dom.js';
import { cameoName } from '../codes.js';
import type { ArticleReport, DocumentView, Evidence, When } from '../types.js';

function whenText(w: When | undefined): string {
  if (!w) return '—';
  const at = w.utc ? fmtDate(w.utc) : w.date ?? '';
  const stated = w.stated ? ` (“${w.stated}”)` : '';
  return `${at || 'undated'}${stated}${w.inferred ? ' · inferred' : ''}`;
}

function ev(e: Evidence | undefined): Node | null {
  return e ? h('blockquote', { class: 'evidence' }, e.text) : null;
}

function list<T>(items: T[] | undefined, none: string, item: (x: T) => Node): Node {
  if (!items || items.length === 0) return empty(none);
  return h('ul', { class: 'report-list' }, ...items.map((x) => h('li', {}, item(x))));
}

export function reportSections(view: DocumentView): Node[] {
  const r: ArticleReport = view.report ?? {};
  const conflicts = view.roleConflicts ?? [];
  return [
    section('r-who', 'Who', r.who?.length
      ? table('Actors in the article', ['Actor', 'Code', 'Role', 'Mentions', 'Acted'], r.who.map((w) => [w.name, w.code, w.role ?? '—', String(w.mentions ?? ''), w.acted ? 'yes' : 'no']))
      : empty('No actors resolved.'),
    conflicts.length ? h('div', { class: 'role-conflicts' }, h('h3', {}, 'Role conflicts'),
      list(conflicts, '', (c) => h('span', {}, `${c.name}: the text says “${c.statedInText}”, on ${c.date} the office was held by ${c.heldOnDate ?? 'nobody on record'}`))) : null),
    section('r-timeline', 'Timeline', list(r.timeline, 'No dated events.', (t) => h('div', {},
      h('span', { class: 'date' }, whenText(t.when)), ' ', badge(t.kind, 'kind'), ' ', t.what,
      t.cameo ? h('span', { class: 'muted' }, ` (${t.cameo} ${cameoName(t.cameo)})`) : null))),
    section('r-ceasefires', 'Ceasefires', list(r.ceasefires, 'No ceasefire mentioned.', (c) => h('div', {},
      h('p', {}, h('strong', {}, c.parties.join(' – ') || 'parties unclear'), c.mediators.length ? ` · mediated by ${c.mediators.join(', ')}` : ''),
      h('p', { class: 'muted' }, `announced ${whenText(c.announced)} · effective ${whenText(c.effective)}`),
      c.until ? h('p', { class: 'cf-until' }, `Until ${whenText(c.until)} (stated end)`) : null,
      c.conditions?.length ? h('p', {}, `Conditions: ${c.conditions.join('; ')}`) : null,
      c.extensions?.length ? h('p', {}, `Extensions: ${c.extensions.map((x) => x.until ?? x.stated).join('; ')}`) : null,
      c.violations?.length ? list(c.violations, '', (v) => h('span', {}, badge(v.kind, v.kind), ` ${v.by ?? '?'} → ${v.against ?? '?'} `, ev(v.evidence))) : null))),
    section('r-mediation', 'Mediation', list(r.mediation, 'No mediation contacts.', (m) => h('div', {},
      `${m.mediator.name ?? m.mediator.code} → ${m.party.name ?? m.party.code} · ${m.channel}`,
      m.onBehalfOf ? ` · on behalf of ${m.onBehalfOf}` : '', h('span', { class: 'muted' }, ` · ${whenText(m.when)}`), ev(m.evidence)))),
    section('r-claims', 'Claims and sourcing', r.sourcing ? h('p', {}, r.sourcing) : null, list(r.claims, 'No attributed claims.', (c) => h('div', {},
      badge(c.named ? 'named' : 'anonymous', c.named ? 'named' : 'anonymous'), ' ', c.claim,
      c.chain.length ? h('span', { class: 'muted' }, ` · via ${c.chain.join(' → ')}`) : null, ev(c.evidence)))),
    section('r-issues', 'Issues', list(r.issues, 'No issues named.', (i) => h('span', {},
      i.label, h('span', { class: 'muted' }, ` · ${i.category}${i.underlying ? ' · underlying' : ''}`)))),
    section('r-others', 'Other actors', list(r.otherActors, 'None.', (o) => h('span', {},
      `${o.name} (${o.code})`, h('span', { class: 'muted' }, ` · ${o.why}`), ev(o.evidence)))),
    section('r-not-asserted', 'Not asserted', list(r.notAsserted, 'Every coded event is asserted.', (n) => h('div', {},
      badge(n.modality, 'modality'), ` ${n.summary} `, h('span', { class: 'muted' }, `(${n.cameo} ${n.source} → ${n.target ?? '—'})`), ev(n.evidence)))),
  ];
}
