/**
 * Corpus-level views: the store's events as analytics records, dyad series and escalation,
 * heating dyads, merged ceasefires with their status, mediation contacts and potential mediators.
 * The analytics are pure; this module only loads what they need.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Event } from '../domain/types.js';
import { DATA_DIR } from './paths.js';
import type { EventFilter, Store, Ceasefire as StoredCeasefire } from '../store/types.js';
import {
  type AEvent, type CeasefireClaim, type CeasefireRecord, type StatusReport, ceasefireStatus, clusterEvents, escalationFromDaily, mergeCeasefires, seriesFromDaily,
} from '../analytics/index.js';

let known: Set<string> | null = null;
/** Country parts that name a state (or IGO/NGO): a sector-only code like `CVL` has none. */
export function knownCountries(): Set<string> {
  if (known) return known;
  const raw = JSON.parse(readFileSync(join(DATA_DIR, 'actors', 'countries.json'), 'utf8')) as { entries: Array<{ code: string }> };
  known = new Set([...raw.entries.map((c) => c.code), 'IGO', 'NGO']);
  return known;
}

/**
 * An event as analytics sees it. Analytics reason about countries, so an event whose source has no
 * country is left out, and a target without one ("civilians") leaves the event without a dyad.
 */
export function toAEvent(e: Event, extra: { outlet?: string; clusterId?: string; sources?: number } = {}): AEvent | null {
  const date = e.when.date ?? e.when.utc?.slice(0, 10);
  const countries = knownCountries();
  if (!date || !countries.has(e.source.code.slice(0, 3))) return null;
  const target = e.target && countries.has(e.target.code.slice(0, 3)) ? e.target.code : null;
  return {
    id: e.id, date, ...(e.when.utc ? { utc: e.when.utc } : {}), sourceCode: e.source.code, targetCode: target,
    cameo: e.cameo, quad: e.quad, goldstein: e.goldstein, modality: e.modality, docId: e.docId, evidence: e.evidence, ...extra,
  };
}

/** Every event matching the filter, page by page (asserted only unless the filter says otherwise). */
export async function loadEvents(store: Store, filter: Omit<EventFilter, 'limit' | 'after'> = {}): Promise<AEvent[]> {
  const out: AEvent[] = [];
  let after: string | undefined;
  do {
    const page = await store.events.query({ modality: 'asserted', ...filter, limit: 5000, ...(after ? { after } : {}) });
    for (const e of page.items) {
      const a = toAEvent(e);
      if (a) out.push(a);
    }
    after = page.nextCursor ?? undefined;
  } while (after);
  return out;
}

/** Stored per-article ceasefire claims → analytics claims (the article's day when no instant is known). */
export async function ceasefireClaims(store: Store): Promise<CeasefireClaim[]> {
  const stored = await store.ceasefires.list({ limit: 100_000 });
  const published = new Map<string, string>();
  const claims: CeasefireClaim[] = [];
  for (const c of stored) {
    const docId = c.firstDocId ?? c.id;
    if (!published.has(docId)) published.set(docId, (await store.documents.get(docId))?.published ?? '');
    const date = (c.effectiveUtc ?? c.announcedUtc ?? published.get(docId) ?? '').slice(0, 10);
    if (!date) continue;
    claims.push(toClaim(c, docId, date));
  }
  return claims;
}

function toClaim(c: StoredCeasefire, docId: string, date: string): CeasefireClaim {
  return {
    docId, parties: c.parties, mediators: c.mediators, date,
    ...(c.announcedUtc ? { announcedUtc: c.announcedUtc } : {}), ...(c.effectiveUtc ? { effectiveUtc: c.effectiveUtc } : {}),
    ...(c.effectiveText ? { effectiveText: c.effectiveText } : {}), ...(c.extendedUntil ? { extendedUntil: c.extendedUntil } : {}),
    announcedBy: c.statements.filter((s) => s.kind === 'announce' || s.kind === 'confirm').map((s) => ({ name: s.party })),
    statements: [
      ...c.statements.map((s) => ({ party: s.party, kind: s.kind, ...(s.statedTime ? { statedTime: s.statedTime } : {}), evidence: s.evidence.text })),
      ...(c.status === 'collapsed' ? [{ party: c.parties.join('+'), kind: 'collapse' as const, evidence: c.evidence[0]?.text ?? '' }] : []),
      // (an expiry stored without its time, or before migration 0005: the article's day stands for it)
      ...(c.status === 'expired' && !c.statements.some((s) => s.kind === 'expire') ? [{ party: c.parties.join('+'), kind: 'expire' as const, evidence: c.evidence[0]?.text ?? '' }] : []),
    ],
    evidence: c.evidence.map((e) => e.text),
    // (a truce one side accepted: the accepting sides are its 'confirm' statements, and it is no follow-up)
    ...(c.status === 'accepted-by-one-side'
      ? { acceptedBy: [...new Set(c.statements.filter((s) => s.kind === 'confirm').map((s) => s.party))] }
      : c.status !== 'announced' ? { followUp: true } : {}),
  };
}

export interface CeasefireView extends CeasefireRecord {
  status: StatusReport;
}

/** Merged ceasefires with their status at `now`. */
export async function ceasefireViews(store: Store, now: string): Promise<CeasefireView[]> {
  const records = mergeCeasefires(await ceasefireClaims(store));
  if (records.length === 0) return [];
  const events = await loadEvents(store);
  return records.map((r) => ({ ...r, status: ceasefireStatus(r, events, now) }));
}

/** Outlet of every stored document (for counting distinct sources). */
export async function outletsByDoc(store: Store): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let after: string | undefined;
  do {
    const page = await store.documents.list({ limit: 1000, ...(after ? { after } : {}) });
    for (const d of page.items) out.set(d.id, d.outlet ?? d.url ?? d.id);
    after = page.nextCursor ?? undefined;
  } while (after);
  return out;
}

/**
 * Happenings: asserted events clustered across outlets (same source, target, 3-digit code and day,
 * or near-identical evidence), one representative per cluster carrying the number of distinct
 * outlets. Analytics count happenings, so five outlets reporting one strike count once (with more
 * weight), not five times.
 */
export async function loadHappenings(store: Store, filter: Omit<EventFilter, 'limit' | 'after'> = {}): Promise<AEvent[]> {
  const outlets = await outletsByDoc(store);
  const events = (await loadEvents(store, filter)).map((e) => ({ ...e, ...(e.docId && outlets.has(e.docId) ? { outlet: outlets.get(e.docId) } : {}) }));
  return clusterEvents(events).map((c) => ({ ...c.representative, clusterId: c.id, sources: c.sources }));
}

/** Recomputes the stored clusters (counts per happening, events.cluster_id) in one transaction. */
export async function reclusterStore(store: Store): Promise<{ clusters: number; events: number }> {
  const outlets = await outletsByDoc(store);
  const events = (await loadEvents(store)).map((e) => ({ ...e, ...(e.docId && outlets.has(e.docId) ? { outlet: outlets.get(e.docId) } : {}) }));
  const clusters = clusterEvents(events);
  await store.clusters.save(
    clusters.map((c) => ({
      id: c.id, sourceCode: c.representative.sourceCode, ...(c.representative.targetCode ? { targetCode: c.representative.targetCode } : {}),
      cameo3: c.representative.cameo.slice(0, 3), eventDate: c.representative.date, mentions: c.mentions, articles: c.articles,
      sources: [...new Set(c.members.map((m) => m.outlet ?? m.docId ?? m.id))],
    })),
    clusters.flatMap((c) => c.members.map((m) => ({ eventId: m.id, clusterId: c.id }))),
  );
  return { clusters: clusters.length, events: events.length };
}

/** Days of history before `from` that still weigh on the index (3-day half-life: 30 days ≈ 0.1 %). */
const WARMUP_DAYS = 30;

/**
 * A dyad's series and escalation index from SQL daily aggregates: the fast path for large stores
 * (each stored event counts once; see analytics/daily.ts).
 */
export async function dyadView(store: Store, a: string, b: string, q: { from?: string; to?: string; granularity?: 'day' | 'week'; directed?: boolean } = {}) {
  const warm = q.from ? new Date(Date.parse(`${q.from}T00:00:00Z`) - WARMUP_DAYS * 86_400_000).toISOString().slice(0, 10) : undefined;
  const rows = await store.events.daily({ dyad: [a, b], ...(warm ? { from: warm } : {}), ...(q.to ? { to: q.to } : {}), ...(q.directed ? { directed: true } : {}) });
  const inRange = q.from ? rows.filter((r) => r.date >= (q.from as string)) : rows;
  return {
    series: seriesFromDaily(inRange, { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), ...(q.granularity ? { granularity: q.granularity } : {}) }),
    escalation: escalationFromDaily(rows, { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) }),
  };
}
