/**
 * PLOVER GSR set: per sentence, the set of PLOVER categories of the extracted events against the
 * gold set (accuracy of the main event's category, P/R/F1 per category), and full triples
 * (category + source country set + target country set; reciprocal "A and B agreed" triples compare
 * the union of their actors, unordered). Only asserted events count, as everywhere downstream.
 * Plain statements (root 01, PLOVER OTHER) are not PLOVER events and are left out.
 */
import type { Event } from '../domain/types.js';
import { LabelCounts, mainEvent, prf, round, type Prf } from './metrics.js';

interface GoldActor { text?: string; code?: string | null }
export interface PloverItem {
  id: string;
  date?: string;
  text: string;
  events: Array<{ source: GoldActor[]; target: GoldActor[]; plover: string }>;
  markup?: string | null;
}
export interface PloverMiss { id: string; text: string; gold: string[]; predicted: string[] }
export interface PloverReport {
  set: 'plover';
  n: number;
  accuracy: number;
  categories: Prf;
  perCategory: Record<string, Prf>;
  triples: Prf;
  misses: PloverMiss[];
}

interface Triple { cat: string; src: string[]; tgt: string[]; recip: boolean }

const cc = (code: string | null | undefined): string => (code ?? '').slice(0, 3).toUpperCase();
const uniq = (xs: string[]): string[] => [...new Set(xs.filter(Boolean))].sort();
const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

function goldTriples(item: PloverItem): Triple[] {
  const recip = !!item.markup && item.markup.includes('SRC/TAR');
  return item.events.map((e) => ({ cat: e.plover, src: uniq(e.source.map((a) => cc(a.code))), tgt: uniq(e.target.map((a) => cc(a.code))), recip }));
}

function predictedTriples(events: Event[]): Triple[] {
  const byCat = new Map<string, Event[]>();
  for (const e of events) byCat.set(e.plover, [...(byCat.get(e.plover) ?? []), e]);
  return [...byCat.entries()].map(([cat, es]) => {
    // (an actor of no country — unidentified attackers, "police" with no state — names no country of the set)
    const src = uniq(es.map((e) => e.source.country).filter((c) => c !== ''));
    const tgt = uniq(es.flatMap((e) => (e.target && e.target.country !== '' ? [e.target.country] : [])));
    const recip = es.some((e) => e.target && es.some((o) => o.source.country === e.target?.country && o.target?.country === e.source.country));
    return { cat, src, tgt, recip };
  });
}

function triplesMatch(p: Triple, g: Triple): boolean {
  if (p.cat !== g.cat) return false;
  if (same(p.src, g.src) && same(p.tgt, g.tgt)) return true;
  if (g.recip || p.recip) return same(uniq([...p.src, ...p.tgt]), uniq([...g.src, ...g.tgt]));
  return false;
}

export function scorePlover(items: PloverItem[], code: (item: PloverItem) => Event[]): PloverReport {
  const counts = new LabelCounts();
  let tp = 0, fp = 0, fn = 0, ttp = 0, tfp = 0, tfn = 0, correct = 0;
  const misses: PloverMiss[] = [];
  for (const item of items) {
    const events = code(item).filter((e) => e.modality === 'asserted' && e.plover !== 'OTHER');
    const gold = uniq(item.events.map((e) => e.plover));
    const predicted = uniq(events.map((e) => e.plover));
    const main = mainEvent(events);
    if (main && gold.includes(main.plover)) correct++;
    else misses.push({ id: item.id, text: item.text, gold, predicted });
    for (const c of predicted) { if (gold.includes(c)) { tp++; counts.add(c, 'tp'); } else { fp++; counts.add(c, 'fp'); } }
    for (const c of gold) if (!predicted.includes(c)) { fn++; counts.add(c, 'fn'); }
    const gt = goldTriples(item);
    const pt = predictedTriples(events);
    const used = new Set<number>();
    for (const p of pt) {
      const k = gt.findIndex((g, i) => !used.has(i) && triplesMatch(p, g));
      if (k >= 0) { used.add(k); ttp++; } else tfp++;
    }
    tfn += gt.length - used.size;
  }
  misses.sort((a, b) => b.predicted.length - a.predicted.length);
  return {
    set: 'plover', n: items.length, accuracy: round(items.length ? correct / items.length : 0),
    categories: prf(tp, fp, fn), perCategory: counts.table(), triples: prf(ttp, tfp, tfn), misses: misses.slice(0, 10),
  };
}
