/**
 * Last refiners — statement subsumption and merging (they run last because they compare finished
 * events: modality, date and evidence must be known).
 * - A plain statement (010; the specific 01x comments stay) is dropped when the same sentence holds another asserted event:
 *   "X said Y attacked Z" is an attack, not a statement.
 * - Duplicates within an article (same source, target, code, modality, date) merge: the best
 *   evidenced one (highest confidence, then the one with an explicit date, then the earliest) is
 *   kept and `mentions` counts them. An event whose date was only inferred from context merges into
 *   an explicitly dated one with the same parties and code ("following X's call to Y" repeats the
 *   call dated earlier).
 */
import type { Event } from '../domain/types.js';

export type CodedEvent = Event & { mentions?: number };

export function dropSubsumedStatements(events: CodedEvent[]): CodedEvent[] {
  return events.filter((e) => {
    if (e.cameo !== '010') return true;
    return !events.some((o) => o !== e && o.sentence === e.sentence && o.cameo !== '010' && o.modality === 'asserted');
  });
}

const key = (e: Event): string => (e.target && e.target.country === e.source.country
  ? `${e.source.code}>${e.target.code}` : `${e.source.country}>${e.target?.country ?? '-'}`) + `|${e.cameo}|${e.modality}`;

function rank(e: Event, fromContext: ReadonlySet<Event>): number {
  return e.confidence + (fromContext.has(e) ? 0 : 0.5);
}

/** `fromContext`: events whose date was taken from the article's context, not their sentence. */
export function mergeDuplicates(events: CodedEvent[], fromContext: ReadonlySet<Event> = new Set()): CodedEvent[] {
  const groups = new Map<string, CodedEvent[]>();
  for (const e of events) {
    const k = key(e);
    const g = groups.get(k) ?? [];
    g.push(e);
    groups.set(k, g);
  }
  const out: CodedEvent[] = [];
  for (const g of groups.values()) {
    const explicit = g.filter((e) => !fromContext.has(e));
    const byDate = new Map<string, CodedEvent[]>();
    for (const e of g) {
      // inferred-date events join the first explicitly dated one when there is any
      const d = fromContext.has(e) && explicit.length ? (explicit[0] as Event).when.date ?? '' : e.when.date ?? '';
      const list = byDate.get(d) ?? [];
      list.push(e);
      byDate.set(d, list);
    }
    for (const list of byDate.values()) {
      const best = list.reduce((a, b) => (rank(b, fromContext) > rank(a, fromContext) ? b : a));
      out.push({ ...best, mentions: list.reduce((n, e) => n + (e.mentions ?? 1), 0) });
    }
  }
  const order = new Map(events.map((e, i) => [e.id, i]));
  return out.sort((a, b) => a.span[0] - b.span[0] || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}
