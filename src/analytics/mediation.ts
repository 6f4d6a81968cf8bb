/**
 * Mediation: contacts derived from events (calls, visits, meetings, mediation, negotiation), and the
 * ranking of potential mediators for a dyad.
 *
 * Potential-mediator score of a third country X for the dyad (A, B):
 *   coop(X, A) = Σ max(0, goldstein) over asserted events between X and A (either direction),
 *   hostile(X, A) = Σ max(0, −goldstein), likewise for B;
 *   score = H(coop(X, A), coop(X, B)) · (1 − hostileShare),
 * where H is the harmonic mean (high only when X cooperates with BOTH sides) and
 * hostileShare = (hostile(X, A) + hostile(X, B)) / (all cooperation + all hostility of X with A and B).
 */
import { type AEvent, countryOf } from './types.js';
import { round } from './dyads.js';

export type Channel = 'phone-call' | 'visit' | 'hosted-visit' | 'third-location-talks' | 'mediation' | 'negotiation' | 'consultation' | 'message' | 'public-post';

/** CAMEO consultation codes → the channel of the contact. */
export const CHANNEL_OF_CODE: Record<string, Channel> = {
  '040': 'consultation',
  '041': 'phone-call',
  '042': 'visit',
  '043': 'hosted-visit',
  '044': 'third-location-talks',
  '045': 'mediation',
  '046': 'negotiation',
};

export interface Contact {
  eventId: string;
  mediator: string;
  party: string;
  channel: Channel;
  date: string;
  evidence?: string;
  docId?: string;
}

/** Contacts between different countries in consultation codes (CAMEO 040–046), asserted only. */
export function contactsFromEvents(events: Iterable<AEvent>): Contact[] {
  const out: Contact[] = [];
  for (const e of events) {
    if (e.modality !== 'asserted' || !e.targetCode) continue;
    const channel = CHANNEL_OF_CODE[e.cameo.slice(0, 3)];
    if (!channel || countryOf(e.sourceCode) === countryOf(e.targetCode)) continue;
    out.push({
      eventId: e.id, mediator: e.sourceCode, party: e.targetCode, channel, date: e.date,
      ...(e.evidence ? { evidence: e.evidence } : {}), ...(e.docId ? { docId: e.docId } : {}),
    });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

export interface MediatorRank {
  actor: string;
  score: number;
  coopA: number;
  coopB: number;
  hostileShare: number;
  /** The events behind the rank, strongest first (up to 3 per side). */
  events: AEvent[];
}

export function potentialMediators(events: Iterable<AEvent>, a: string, b: string, opts: { limit?: number } = {}): MediatorRank[] {
  type Acc = { coopA: number; coopB: number; hostA: number; hostB: number; evA: AEvent[]; evB: AEvent[] };
  const acc = new Map<string, Acc>();
  for (const e of events) {
    if (e.modality !== 'asserted' || !e.targetCode) continue;
    const s = countryOf(e.sourceCode);
    const t = countryOf(e.targetCode);
    const [x, side] = s === a || s === b ? [t, s] : t === a || t === b ? [s, t] : [null, null];
    if (!x || !side || x === a || x === b || x === 'IGO' || x.length !== 3) continue;
    let r = acc.get(x);
    if (!r) acc.set(x, (r = { coopA: 0, coopB: 0, hostA: 0, hostB: 0, evA: [], evB: [] }));
    const coop = Math.max(0, e.goldstein);
    const host = Math.max(0, -e.goldstein);
    if (side === a) {
      r.coopA += coop;
      r.hostA += host;
      r.evA.push(e);
    } else {
      r.coopB += coop;
      r.hostB += host;
      r.evB.push(e);
    }
  }
  const ranks: MediatorRank[] = [];
  for (const [actor, r] of acc) {
    if (r.coopA <= 0 || r.coopB <= 0) continue;
    const h = (2 * r.coopA * r.coopB) / (r.coopA + r.coopB);
    const total = r.coopA + r.coopB + r.hostA + r.hostB;
    const hostileShare = (r.hostA + r.hostB) / total;
    const top = (list: AEvent[]): AEvent[] => [...list].sort((p, q) => q.goldstein - p.goldstein).slice(0, 3);
    ranks.push({ actor, score: round(h * (1 - hostileShare)), coopA: round(r.coopA), coopB: round(r.coopB), hostileShare: round(hostileShare), events: [...top(r.evA), ...top(r.evB)] });
  }
  return ranks.sort((p, q) => q.score - p.score || p.actor.localeCompare(q.actor)).slice(0, opts.limit ?? 10);
}
