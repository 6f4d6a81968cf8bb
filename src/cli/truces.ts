/**
 * How a merged ceasefire reads on a terminal (`brink ceasefires`, `brink start`): the end it was given
 * when declared (`until`, "until 2025-05-18T18:30Z (stated end)") told apart from the end an extension
 * gave it ("extended until 2025-05-20"). A stated end that is a day means through that day (the status
 * rule's reading: it ends as the next day begins), so it reads "until the end of 2025-05-18".
 */
import type { CeasefireRecord } from '../analytics/index.js';

/** An instant to the minute ("2025-05-18T18:30Z"), a day as it is. */
export function instantText(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : iso.replace(/:00(?:\.000)?Z$/, 'Z').replace(/\.000Z$/, 'Z');
}

/** "until 2025-05-18T18:30Z (stated end)", "until the end of 2025-05-18 (stated end)". */
export function statedEndText(until: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(until) ? `until the end of ${until} (stated end)` : `until ${instantText(until)} (stated end)`;
}

/** The ends of a truce after its effective time: ", until ... (stated end), extended until ...", or ''. */
export function truceEnds(c: Pick<CeasefireRecord, 'until' | 'extendedUntil'>): string {
  return `${c.until ? `, ${statedEndText(c.until)}` : ''}${c.extendedUntil ? `, extended until ${c.extendedUntil}` : ''}`;
}

/** `brink ceasefires`' first line of a truce: parties, status, effective time and its ends. */
export function ceasefireHeadline(c: Pick<CeasefireRecord, 'parties' | 'effectiveUtc' | 'until' | 'extendedUntil'> & { status: { status: string } }): string {
  return `${c.parties.join('–')}  ${c.status.status.toUpperCase()}  effective ${c.effectiveUtc ?? 'unknown'}${truceEnds(c)}`;
}

/** `brink start`'s line of a truce. */
export function ceasefireSummary(c: Pick<CeasefireRecord, 'parties' | 'effectiveUtc' | 'until' | 'extendedUntil' | 'docIds'> & { status: { status: string } }): string {
  return `${c.parties.join('–')} effective ${c.effectiveUtc ?? 'unknown'} — ${c.status.status}${truceEnds(c)} (${c.docIds.length} articles)`;
}
