/**
 * Alert rules over the event history of every country dyad. Rules are data (a config file, see
 * `DEFAULT_ALERT_CONFIG`); evaluation walks the days in order, so the same events always give the
 * same alerts. Each alert lists the events that moved it; a rule that fired for a dyad stays quiet
 * for `cooldownHours`.
 */
import type { IsoDate } from '../domain/types.js';
import { type AEvent, countryOf, dateOfDay, dayNumber } from './types.js';
import { decay, weight } from './escalation.js';
import { endedBefore } from './ceasefires.js';
import { round } from './dyads.js';

export type AlertRule =
  | { id: string; type: 'threshold'; threshold: number; halfLifeDays?: number }
  | { id: string; type: 'spike'; method: 'zscore'; baselineDays: number; z: number; minEvents: number }
  | { id: string; type: 'spike'; method: 'cusum'; baselineDays: number; k: number; h: number; minEvents: number }
  | { id: string; type: 'nuclear-conflict' }
  | { id: string; type: 'ceasefire-violation'; roots: string[] };

export interface AlertConfig {
  cooldownHours: number;
  rules: AlertRule[];
}

export const DEFAULT_ALERT_CONFIG: AlertConfig = {
  cooldownHours: 72,
  rules: [
    { id: 'escalation-threshold', type: 'threshold', threshold: 30, halfLifeDays: 3 },
    { id: 'spike-zscore', type: 'spike', method: 'zscore', baselineDays: 28, z: 3, minEvents: 3 },
    { id: 'spike-cusum', type: 'spike', method: 'cusum', baselineDays: 28, k: 0.5, h: 5, minEvents: 2 },
    { id: 'nuclear-material-conflict', type: 'nuclear-conflict' },
    { id: 'ceasefire-violation', type: 'ceasefire-violation', roots: ['18', '19', '20'] },
  ],
};

export interface CeasefireWindow {
  id: string;
  parties: string[];
  effectiveUtc: string;
  /**
   * When the truce ended (expired or collapsed: an instant or a day, see ceasefireStatus's
   * history): fighting after it breaks no truce, so it is no ceasefire violation.
   */
  endedAt?: string;
}

export interface AlertContext {
  /** Countries with nuclear weapons (from data/actors/countries.json). */
  nuclear: ReadonlySet<string>;
  ceasefires?: CeasefireWindow[];
}

export interface AlertEvidence {
  id: string;
  date: IsoDate;
  cameo: string;
  sourceCode: string;
  targetCode: string | null;
  evidence?: string;
  docId?: string;
  contribution?: number;
}

export interface Alert {
  id: string;
  rule: string;
  type: AlertRule['type'];
  dyad: [string, string];
  firedOn: IsoDate;
  score: number;
  threshold: number;
  message: string;
  events: AlertEvidence[];
}

interface DyadDays {
  a: string;
  b: string;
  days: Map<number, AEvent[]>;
}

export function evaluateAlerts(events: Iterable<AEvent>, ctx: AlertContext, config: AlertConfig = DEFAULT_ALERT_CONFIG): Alert[] {
  const alerts: Alert[] = [];
  const cooldownDays = config.cooldownHours / 24;
  for (const dyad of groupByDyad(events)) {
    const lastFired = new Map<string, number>();
    const fire = (a: Alert): void => {
      const day = dayNumber(a.firedOn);
      const prev = lastFired.get(a.rule);
      if (prev !== undefined && day - prev < cooldownDays) return;
      lastFired.set(a.rule, day);
      alerts.push(a);
    };
    for (const rule of config.rules) {
      for (const a of runRule(rule, dyad, ctx)) fire(a);
    }
  }
  return alerts.sort((x, y) => (x.firedOn < y.firedOn ? -1 : x.firedOn > y.firedOn ? 1 : x.id < y.id ? -1 : 1));
}

function groupByDyad(events: Iterable<AEvent>): DyadDays[] {
  const out = new Map<string, DyadDays>();
  for (const e of events) {
    if (e.modality !== 'asserted' || !e.targetCode) continue;
    const [a, b] = [countryOf(e.sourceCode), countryOf(e.targetCode)].sort() as [string, string];
    if (a === b || !a) continue; // ('' sorts first: a party with no country makes no pair)
    const k = `${a}-${b}`;
    let g = out.get(k);
    if (!g) out.set(k, (g = { a, b, days: new Map() }));
    const d = dayNumber(e.date);
    const list = g.days.get(d) ?? [];
    list.push(e);
    g.days.set(d, list);
  }
  return [...out.values()];
}

function runRule(rule: AlertRule, dyad: DyadDays, ctx: AlertContext): Alert[] {
  switch (rule.type) {
    case 'threshold':
      return thresholdRule(rule, dyad);
    case 'spike':
      return spikeRule(rule, dyad);
    case 'nuclear-conflict':
      return nuclearRule(rule, dyad, ctx);
    case 'ceasefire-violation':
      return ceasefireRule(rule, dyad, ctx);
  }
}

function span(dyad: DyadDays): [number, number] {
  const days = [...dyad.days.keys()].sort((x, y) => x - y);
  return [days[0] as number, days[days.length - 1] as number];
}

function evidenceOf(e: AEvent, contribution?: number): AlertEvidence {
  return {
    id: e.id, date: e.date, cameo: e.cameo, sourceCode: e.sourceCode, targetCode: e.targetCode,
    ...(e.evidence ? { evidence: e.evidence } : {}), ...(e.docId ? { docId: e.docId } : {}),
    ...(contribution !== undefined ? { contribution: round(contribution, 3) } : {}),
  };
}

function base(rule: AlertRule, dyad: DyadDays, day: number): Pick<Alert, 'id' | 'rule' | 'type' | 'dyad' | 'firedOn'> {
  const firedOn = dateOfDay(day);
  return { id: `${rule.id}:${dyad.a}-${dyad.b}:${firedOn}`, rule: rule.id, type: rule.type, dyad: [dyad.a, dyad.b], firedOn };
}

/** Fires on the first day the index crosses the threshold (again after it fell below). */
function thresholdRule(rule: Extract<AlertRule, { type: 'threshold' }>, dyad: DyadDays): Alert[] {
  const lambda = decay({ halfLifeDays: rule.halfLifeDays });
  const [first, last] = span(dyad);
  const out: Alert[] = [];
  let index = 0;
  let above = false;
  for (let d = first; d <= last; d++) {
    index = index * lambda + (dyad.days.get(d) ?? []).reduce((s, e) => s + weight(e), 0);
    if (index >= rule.threshold && !above) {
      const contributors = contributionsUpTo(dyad, d, lambda);
      out.push({
        ...base(rule, dyad, d), score: round(index), threshold: rule.threshold,
        message: `escalation index ${dyad.a}–${dyad.b} reached ${round(index)} (threshold ${rule.threshold})`,
        events: contributors,
      });
    }
    above = index >= rule.threshold;
  }
  return out;
}

function contributionsUpTo(dyad: DyadDays, day: number, lambda: number, limit = 10): AlertEvidence[] {
  const all: Array<[AEvent, number]> = [];
  for (const [d, list] of dyad.days) {
    if (d > day) continue;
    for (const e of list) all.push([e, weight(e) * lambda ** (day - d)]);
  }
  return all.sort((x, y) => y[1] - x[1]).filter(([, c]) => c > 0).slice(0, limit).map(([e, c]) => evidenceOf(e, c));
}

/** Daily hostility x_d = Σ w(e) against the dyad's own baseline of the previous `baselineDays`. */
function spikeRule(rule: Extract<AlertRule, { type: 'spike' }>, dyad: DyadDays): Alert[] {
  const [first, last] = span(dyad);
  const x = (d: number): number => (dyad.days.get(d) ?? []).reduce((s, e) => s + weight(e), 0);
  const out: Alert[] = [];
  let cusum = 0;
  for (let d = first; d <= last; d++) {
    const window: number[] = [];
    for (let p = d - rule.baselineDays; p < d; p++) window.push(p < first ? 0 : x(p));
    const mean = window.reduce((s, v) => s + v, 0) / window.length;
    const sd = Math.max(Math.sqrt(window.reduce((s, v) => s + (v - mean) ** 2, 0) / window.length), 1);
    const today = dyad.days.get(d) ?? [];
    const z = (x(d) - mean) / sd;
    let score: number;
    let threshold: number;
    if (rule.method === 'zscore') {
      score = z;
      threshold = rule.z;
    } else {
      cusum = Math.max(0, cusum + z - rule.k);
      score = cusum;
      threshold = rule.h;
    }
    if (score >= threshold && today.length >= rule.minEvents) {
      if (rule.method === 'cusum') cusum = 0;
      out.push({
        ...base(rule, dyad, d), score: round(score), threshold,
        message: `${rule.method === 'zscore' ? 'z-score' : 'CUSUM'} ${round(score)} over the ${rule.baselineDays}-day baseline of ${dyad.a}–${dyad.b} (mean ${round(mean)}/day)`,
        events: today.map((e) => evidenceOf(e, weight(e))).sort((p, q) => (q.contribution ?? 0) - (p.contribution ?? 0)),
      });
    }
  }
  return out;
}

function nuclearRule(rule: AlertRule, dyad: DyadDays, ctx: AlertContext): Alert[] {
  if (!ctx.nuclear.has(dyad.a) || !ctx.nuclear.has(dyad.b)) return [];
  const out: Alert[] = [];
  for (const [d, list] of [...dyad.days].sort((p, q) => p[0] - q[0])) {
    const hits = list.filter((e) => e.quad === 4);
    if (hits.length === 0) continue;
    out.push({
      ...base(rule, dyad, d), score: hits.length, threshold: 1,
      message: `material conflict between nuclear-armed states ${dyad.a} and ${dyad.b} (${hits.length} event${hits.length > 1 ? 's' : ''})`,
      events: hits.map((e) => evidenceOf(e)),
    });
  }
  return out;
}

/** Asserted use of force between the parties of a ceasefire after its effective time. */
function ceasefireRule(rule: Extract<AlertRule, { type: 'ceasefire-violation' }>, dyad: DyadDays, ctx: AlertContext): Alert[] {
  const out: Alert[] = [];
  for (const cf of ctx.ceasefires ?? []) {
    // country dyads: a ceasefire applies when its parties lie in the two countries
    const countries = new Set(cf.parties.map(countryOf));
    if (!countries.has(dyad.a) || !countries.has(dyad.b)) continue;
    const effective = Date.parse(cf.effectiveUtc);
    const effDay = dayNumber(cf.effectiveUtc);
    for (const [d, list] of [...dyad.days].sort((p, q) => p[0] - q[0])) {
      if (d < effDay) continue;
      const hits = list.filter((e) => rule.roots.includes(e.cameo.slice(0, 2)) && after(e, effective, effDay) && !endedBefore(e, cf.endedAt));
      if (hits.length === 0) continue;
      out.push({
        ...base(rule, dyad, d), id: `${rule.id}:${cf.id}:${dateOfDay(d)}`, score: hits.length, threshold: 1,
        message: `use of force between ${dyad.a} and ${dyad.b} after the ceasefire took effect (${cf.effectiveUtc})`,
        events: hits.map((e) => evidenceOf(e)),
      });
    }
  }
  return out;
}

/** After the effective instant: by the event's own time when known, else only on a later day. */
function after(e: AEvent, effective: number, effDay: number): boolean {
  if (e.utc) return Date.parse(e.utc) > effective;
  return dayNumber(e.date) > effDay;
}
