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
  // sentences holding an asserted event other than a plain statement
  const asserted = new Set<number>();
  for (const o of events) if (o.cameo !== '010' && o.modality === 'asserted') asserted.add(o.sentence);
  if (asserted.size === 0) return events;
  const kept: CodedEvent[] = [];
  for (const e of events) if (e.cameo !== '010' || !asserted.has(e.sentence)) kept.push(e);
  return kept;
}

/**
 * Duplicates share the dyad (the two codes when both parties are of one country, else the two
 * countries; '-' for no target), the code and the modality. Groups are found per code by comparing
 * those parts (no key strings built per event).
 */
interface Group { from: string; to: string; modality: string; list: CodedEvent[] }

function groupOf(byCode: Map<string, Group[]>, e: CodedEvent): Group {
  // (a party with no country — a bare role code — is told apart by its code)
  const same = !!e.target && e.target.country === e.source.country;
  const from = same || !e.source.country ? e.source.code : e.source.country;
  const to = !e.target ? '-' : same || !e.target.country ? e.target.code : e.target.country;
  let gs = byCode.get(e.cameo);
  if (!gs) { gs = []; byCode.set(e.cameo, gs); }
  for (const g of gs) if (g.from === from && g.to === to && g.modality === e.modality) return g;
  const g: Group = { from, to, modality: e.modality, list: [] };
  gs.push(g);
  return g;
}

function rank(e: Event, fromContext: ReadonlySet<Event>): number {
  return e.confidence + (fromContext.has(e) ? 0 : 0.5);
}

/** The best ranked event of a list (the first of equals), its `mentions` set to the list's. */
function mergedBest(list: CodedEvent[], fromContext: ReadonlySet<Event>): CodedEvent {
  let best = list[0] as CodedEvent;
  let bestRank = rank(best, fromContext);
  let mentions = best.mentions ?? 1;
  for (let i = 1; i < list.length; i++) {
    const e = list[i] as CodedEvent;
    mentions += e.mentions ?? 1;
    const r = rank(e, fromContext);
    if (r > bestRank) { best = e; bestRank = r; }
  }
  best.mentions = mentions;
  return best;
}

/**
 * `fromContext`: events whose date was taken from the article's context, not their sentence.
 * The events are the caller's own, fresh from coding (unique ids): the kept ones get their
 * `mentions` set in place and are returned in evidence order, then input order.
 */
export function mergeDuplicates(events: CodedEvent[], fromContext: ReadonlySet<Event> = new Set()): CodedEvent[] {
  const byCode = new Map<string, Group[]>();
  const groups: CodedEvent[][] = [];
  for (const e of events) {
    const g = groupOf(byCode, e);
    if (g.list.length === 0) groups.push(g.list);
    g.list.push(e);
  }
  const kept = new Set<CodedEvent>();
  for (const g of groups) {
    if (g.length === 1) { const e = g[0] as CodedEvent; e.mentions ??= 1; kept.add(e); continue; }
    let firstExplicit: CodedEvent | undefined;
    for (const e of g) if (!fromContext.has(e)) { firstExplicit = e; break; }
    const byDate = new Map<string, CodedEvent[]>();
    for (const e of g) {
      // inferred-date events join the first explicitly dated one when there is any
      const d = fromContext.has(e) && firstExplicit ? firstExplicit.when.date ?? '' : e.when.date ?? '';
      const list = byDate.get(d);
      if (list) list.push(e);
      else byDate.set(d, [e]);
    }
    for (const list of byDate.values()) kept.add(mergedBest(list, fromContext));
  }
  const out: CodedEvent[] = [];
  let sorted = true;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as CodedEvent;
    if (i > 0 && e.span[0] < (events[i - 1] as CodedEvent).span[0]) sorted = false;
    if (kept.has(e)) out.push(e);
  }
  if (sorted) return out;
  const order = new Map(events.map((e, i) => [e, i]));
  return out.sort((a, b) => a.span[0] - b.span[0] || (order.get(a) ?? 0) - (order.get(b) ?? 0));
}
