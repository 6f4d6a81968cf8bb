/**
 * Article-level gold (articles/*.gold.json), scored as ../shared/eval/README.md says:
 * - an extracted asserted event matches a gold event when source country, target country (null
 *   matches null) and CAMEO root agree, and the date agrees when the gold date is not null; a
 *   3/4-digit agreement is reported separately;
 * - required gold events count for recall; matching an optional gold event is neutral; any other
 *   asserted event is a false positive;
 * - must_not entries are reported as violations;
 * - ceasefires match on the unordered party pair and effective_utc to the minute — the ceasefire
 *   synthesis is a later module, so this is reported as n/a unless a `ceasefires` function is given.
 */
import type { Event } from '../domain/types.js';
import { LabelCounts, prf, type Prf } from './metrics.js';

export interface GoldEvent { source: string | null; target: string | null; cameo: string; date: string | null; required: boolean; evidence?: string }
export interface GoldArticle {
  id: string;
  text_file: string;
  published: string;
  events: GoldEvent[];
  must_not?: Array<{ what: string; sources?: string[]; roots: string[] }>;
  ceasefires?: Array<{ parties: string[]; effective_utc?: string | null }>;
}
export interface CeasefireGuess { parties: string[]; effective_utc?: string | null }
export interface ArticleResult {
  id: string;
  required: number;
  found: number;
  missed: GoldEvent[];
  falsePositives: Array<Pick<Event, 'cameo' | 'rule' | 'evidence'> & { source: string; target: string | null; date?: string }>;
  neutral: number;
  specificAgreement: { agree: number; of: number };
  violations: Array<{ what: string; event: { source: string; target: string | null; cameo: string; evidence: string } }>;
  nonAsserted: number;
  ceasefires: { matched: number; of: number; minuteAgreement: number } | 'n/a';
}
export interface ArticlesReport { set: 'articles'; n: number; overall: Prf; perRoot: Record<string, Prf>; articles: ArticleResult[]; violations: number }

const root = (c: string): string => c.slice(0, 2);

export function eventMatches(e: Event, g: GoldEvent): boolean {
  // (an actor of no country matches a gold null: "unidentified attackers")
  return (e.source.country || null) === g.source && (e.target?.country || null) === g.target && root(e.cameo) === root(g.cameo) &&
    (g.date === null || e.when.date === g.date);
}

export function scoreArticle(gold: GoldArticle, events: Event[], ceasefires?: CeasefireGuess[], counts?: LabelCounts): ArticleResult {
  const asserted = events.filter((e) => e.modality === 'asserted');
  const required = gold.events.filter((g) => g.required);
  const hit = new Set<GoldEvent>();
  const fps: ArticleResult['falsePositives'] = [];
  let neutral = 0;
  let agree = 0;
  const agreed = new Set<GoldEvent>();
  for (const e of asserted) {
    const req = required.filter((g) => eventMatches(e, g));
    if (req.length) {
      for (const g of req) {
        hit.add(g);
        if (g.cameo.length > 2 && e.cameo.startsWith(g.cameo) && !agreed.has(g)) { agreed.add(g); agree++; }
      }
      continue;
    }
    if (gold.events.some((g) => !g.required && eventMatches(e, g))) { neutral++; continue; }
    fps.push({ source: e.source.country, target: e.target?.country ?? null, cameo: e.cameo, rule: e.rule, evidence: e.evidence, ...(e.when.date ? { date: e.when.date } : {}) });
    counts?.add(root(e.cameo), 'fp');
  }
  for (const g of required) counts?.add(root(g.cameo), hit.has(g) ? 'tp' : 'fn');
  const violations: ArticleResult['violations'] = [];
  for (const m of gold.must_not ?? []) {
    for (const e of asserted) {
      if (!m.roots.includes(root(e.cameo))) continue;
      if (m.sources && !m.sources.includes(e.source.country)) continue;
      violations.push({ what: m.what, event: { source: e.source.country, target: e.target?.country ?? null, cameo: e.cameo, evidence: e.evidence } });
    }
  }
  let cf: ArticleResult['ceasefires'] = 'n/a';
  if (ceasefires && gold.ceasefires) {
    const key = (ps: string[]): string => [...ps].sort().join('|');
    let matched = 0, minute = 0;
    for (const g of gold.ceasefires) {
      const c = ceasefires.find((x) => key(x.parties) === key(g.parties));
      if (!c) continue;
      matched++;
      if (g.effective_utc && c.effective_utc && g.effective_utc.slice(0, 16) === c.effective_utc.slice(0, 16)) minute++;
    }
    cf = { matched, of: gold.ceasefires.length, minuteAgreement: minute };
  }
  const specificOf = required.filter((g) => g.cameo.length > 2 && hit.has(g)).length;
  return {
    id: gold.id, required: required.length, found: hit.size, missed: required.filter((g) => !hit.has(g)), falsePositives: fps, neutral,
    specificAgreement: { agree, of: specificOf }, violations, nonAsserted: events.length - asserted.length, ceasefires: cf,
  };
}

export function scoreArticles(items: Array<{ gold: GoldArticle; events: Event[]; ceasefires?: CeasefireGuess[] }>): ArticlesReport {
  const counts = new LabelCounts();
  const articles = items.map((i) => scoreArticle(i.gold, i.events, i.ceasefires, counts));
  const tp = articles.reduce((s, a) => s + a.found, 0);
  const fn = articles.reduce((s, a) => s + a.required - a.found, 0);
  const fp = articles.reduce((s, a) => s + a.falsePositives.length, 0);
  return { set: 'articles', n: items.length, overall: prf(tp, fp, fn), perRoot: counts.table(), articles, violations: articles.reduce((s, a) => s + a.violations.length, 0) };
}
