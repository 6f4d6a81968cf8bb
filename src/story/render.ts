/**
 * Renderings of the article report: Markdown for briefings, and plain text for terminals. The CLI
 * passes a `style` to colour headings on a TTY; by default there is no colour.
 */
import type { ArticleReport, When } from './types.js';

export interface Style {
  heading(s: string): string;
  dim(s: string): string;
  strong(s: string): string;
}

const PLAIN: Style = { heading: (s) => s, dim: (s) => s, strong: (s) => s };

export function formatWhen(w: When | undefined): string {
  if (!w) return 'undated';
  const core = w.utc
    ? `${w.utc.replace(':00.000Z', 'Z').replace(/:00Z$/, 'Z')}`
    : `${w.date ?? 'undated'}${w.partOfDay ? ` (${w.partOfDay})` : ''}`;
  const stated = w.stated ? ` “${w.stated}”` : '';
  return `${core}${stated}${w.inferred ? ' [inferred]' : ''}`;
}

function quote(text: string, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Sections as [title, lines]; both renderers share them. */
function sections(r: ArticleReport): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = [];
  out.push(['Who', r.who.filter((a) => a.kind !== 'media').map((a) =>
    `${a.name} — ${a.code}${a.role ? `, ${a.role}` : ''} (${a.how.join(', ')}; ${a.mentions} mention${a.mentions > 1 ? 's' : ''}${a.acted ? '' : '; did not act'})`)]);
  if (r.roleConflicts.length) out.push(['Role conflicts', r.roleConflicts.map((c) => `${c.name}: the text says “${c.statedInText}”; on ${c.date} the office held was ${c.heldOnDate ?? 'none known'}`)]);
  out.push(['Timeline', r.timeline.map((t) => `${formatWhen(t.when)} — ${t.what}  ⟨${quote(t.evidence.text, 100)}⟩`)]);
  out.push(['Ceasefires', r.ceasefires.flatMap((c) => [
    `${c.parties.join(' – ')}${c.mediators.length ? `, mediated by ${c.mediators.join(', ')}` : ''}${c.kind === 'agreement' ? '' : ' (referred to)'}`,
    ...(c.status && c.status !== 'mentioned' ? [`  status: ${c.status}${c.statusEvidence?.length ? `  ⟨${quote(c.statusEvidence.at(-1)!.text, 100)}⟩` : ''}`] : []),
    `  effective: ${formatWhen(c.effective)}`,
    ...(c.until ? [`  until: ${formatWhen(c.until)}`] : []),
    ...(c.agreed ? [`  agreed: ${formatWhen(c.agreed)}`] : []),
    ...(c.announced ? [`  announced: ${formatWhen(c.announced)}`] : []),
    ...(c.announcedBy.length ? [`  announced by: ${c.announcedBy.map((a) => `${a.name} (${a.code})`).join(', ')}`] : []),
    ...(c.duration ? [`  duration: ${c.duration}`] : []),
    ...c.conditions.map((x) => `  condition: ${x}`),
    ...c.extensions.map((x) => `  extension: ${x.until ?? ''} ${quote(x.stated, 100)}`),
    ...c.violations.map((v) => `  ${v.kind}${v.by ? ` by ${v.by}` : ''}${v.against ? ` against ${v.against}` : ''}: ${quote(v.evidence.text, 120)}`),
    ...(c.denials ?? []).map((d) => `  denial by ${d.by}: ${quote(d.evidence.text, 120)}`),
    ...(c.expired ? [`  expired: ${formatWhen(c.expired)}`] : []),
  ])]);
  out.push(['Mediation contacts', r.mediation.map((m) => `${m.mediator.name ?? m.mediator.code} → ${m.party.name ?? m.party.code}: ${m.channel}, ${formatWhen(m.when)}${m.onBehalfOf ? `, on behalf of ${m.onBehalfOf}` : ''}  ⟨${quote(m.evidence.text, 100)}⟩`)]);
  out.push(['Claims and sourcing', [r.sourcing, ...r.claims.map((c) => `${c.claim} — ${c.chain.join(' ← ') || 'unattributed'} (${c.named ? 'named' : 'anonymous'})`)]]);
  out.push(['Underlying issues', r.issues.map((i) => `${i.label}${i.underlying ? '' : ' (mentioned)'}`)]);
  out.push(['Other actors with a stake or a possible role', r.otherActors.map((o) => `${o.name} (${o.code}) — ${o.why}: ${quote(o.evidence.text, 120)}`)]);
  out.push(['Not asserted (hypotheses, speculation, denials)', r.notAsserted.map((n) => `${n.modality}: ${n.summary}  ⟨${quote(n.evidence.text, 100)}⟩`)]);
  return out;
}

export function renderMarkdown(r: ArticleReport): string {
  const title = r.doc.title ?? r.doc.id;
  const lines = [`# ${title}`, '', `*${[r.doc.outlet, r.doc.published, r.doc.url].filter(Boolean).join(' · ')}*`, ''];
  for (const [name, items] of sections(r)) {
    lines.push(`## ${name}`, '');
    if (items.length === 0) lines.push('_none_');
    for (const it of items) lines.push(it.startsWith('  ') ? `    - ${it.trim()}` : `- ${it}`);
    lines.push('');
  }
  return lines.join('\n');
}

export function renderText(r: ArticleReport, style: Style = PLAIN): string {
  const lines = [style.strong(r.doc.title ?? r.doc.id), style.dim([r.doc.outlet, r.doc.published].filter(Boolean).join(' · ')), ''];
  for (const [name, items] of sections(r)) {
    lines.push(style.heading(name));
    if (items.length === 0) lines.push(style.dim('  (none)'));
    for (const it of items) lines.push(`  ${it}`);
    lines.push('');
  }
  return lines.join('\n');
}
