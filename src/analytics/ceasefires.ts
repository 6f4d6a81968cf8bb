/**
 * Ceasefires across articles: claims about the same truce (same parties, effective times close
 * together) merge into one record; each side's statements are matched and disagreements flagged;
 * the status follows a documented rule over the events after the effective time.
 *
 * Status rule (evaluated at `now`):
 * - `announced`  — before the effective time;
 * - `in-effect`  — after it, with no reported incident between the parties;
 * - `violated`   — an asserted material-conflict event (quad 4) between the parties after the
 *                  effective time, the last within 48 h of `now`; accusations (CAMEO 112 and other
 *                  verbal conflict) are listed apart and never count as incidents by themselves;
 * - `holding`    — at least 72 h after the effective time and no incident in the last 48 h
 *                  (earlier violations stay listed);
 * - `collapsed`  — incidents on 3 or more distinct days within any 7-day window after the effective
 *                  time (sustained fighting), or an article reports the truce collapsed/ended;
 * - `expired`    — an article reports the truce ran its term ("expired", "lapsed", "ran out"),
 *                  from the time it states (else the article's day), unless a collapse came first
 *                  or an extension runs past the expiry (the truce was renewed); or `now` is past the
 *                  truce's stated end — the latest of the ends it was given when declared (`until`
 *                  statements: "until midnight on Sunday") and of its extensions (`extendedUntil`), unless
 *                  an article of the truce dated on or after that end reports no end of it —
 *                  from that end: an instant as stated, a day at its close (the start of the next
 *                  day: "through Sunday" ends as Monday begins). Nobody broke it: an expired truce is
 *                  not a collapsed one.
 * - `accepted-by-one-side` — every article that tells the truce accepted tells one side only accepting
 *                  it (the story's status of that name, `CeasefireClaim.acceptedBy`), and no article
 *                  tells it agreed by both: no truce is in force, so fighting between the parties is
 *                  no incident and no accusation counts against it; a reported end still ends it. A
 *                  later (or earlier) article telling both agreeing wins — the truce is agreed from that
 *                  article's day —, and so do one-sided acceptances by each side in turn (agreed from
 *                  the day the last side accepted).
 * Incidents are counted only before the truce's end (expired or collapsed, the earlier): fighting
 * after it breaks no truce (`endedBefore`).
 * A collapse or expiry reported by an article counts even when no effective instant is known.
 * Without an instant the truce is in effect from the day stated for its start, else from the day an
 * article first reported it agreed (only events on later days count against it); with neither (only
 * follow-ups) it stays `announced` unless an end is reported.
 * Extensions ("extended until 18 May") set `extendedUntil`; the latest one wins. The stated end
 * (`until`) is the latest `until` statement's time, by its close.
 */
import type { IsoDate } from '../domain/types.js';
import { type AEvent, dayNumber } from './types.js';

/** `until`: the end the truce was given when declared, `statedTime` its instant or day. */
export type StatementKind = 'announce' | 'confirm' | 'deny' | 'accuse' | 'extend' | 'collapse' | 'expire' | 'until';

export interface CeasefireClaim {
  docId: string;
  outlet?: string;
  parties: string[];
  mediators: string[];
  announcedUtc?: string;
  effectiveUtc?: string;
  /** The day the truce takes effect, when the article gives the day but not the instant. */
  effectiveDate?: IsoDate;
  effectiveText?: string;
  /** Day of the claim when no instant is given (the article's date). */
  date: IsoDate;
  announcedBy: Array<{ name: string; code?: string }>;
  extendedUntil?: IsoDate;
  statements: Array<{ party: string; kind: StatementKind; statedTime?: string; evidence: string }>;
  evidence: string[];
  /** The article only refers to a ceasefire (its violation, extension, collapse): join an earlier record. */
  followUp?: boolean;
  /**
   * The article tells the truce accepted by these parties only, the other rejecting it or silent
   * (the story status `accepted-by-one-side`): no agreement by itself.
   */
  acceptedBy?: string[];
}

export interface CeasefireRecord {
  id: string;
  parties: string[];
  mediators: string[];
  effectiveUtc?: string;
  /** Without an instant: the day stated for the start (the most cited). */
  effectiveDate?: IsoDate;
  /** The first day an article reported the truce agreed (a claim that is not a follow-up nor one-sided), else the day the last party accepted it. */
  agreedDate?: IsoDate;
  /** Only these parties are told accepting it, and no article tells it agreed by both: not in force (status `accepted-by-one-side`). */
  acceptedBy?: string[];
  /** The first day an article told one side accepting it. */
  acceptedDate?: IsoDate;
  /** Every distinct effective time stated, with the documents stating it. */
  effectiveTimes: Array<{ utc: string; docIds: string[] }>;
  announcedBy: Array<{ name: string; code?: string }>;
  extendedUntil?: IsoDate;
  /** The earliest expiry reported (an `expire` statement's time, else its article's day). */
  expiredAt?: string;
  /** The end the truce was given when declared (the latest `until` statement's instant or day). */
  until?: string;
  /** Each claim's statements with its document and day. */
  statements: Array<CeasefireClaim['statements'][number] & { docId: string; date?: IsoDate }>;
  disagreements: Array<{ kind: 'effective-time' | 'denial'; detail: string }>;
  docIds: string[];
  /** The articles that speak of the truce, in date order, with their outlet. */
  sources: Array<{ docId: string; outlet?: string; date: IsoDate }>;
  evidence: string[];
}

const MERGE_WINDOW_MS = 48 * 3600_000;
const FOLLOW_UP_MS = 30 * 86_400_000;
const YEAR_MS = 365 * 86_400_000;

/**
 * Parties are countries (`IND`) or, for armed groups and conflicts inside one state, actor codes
 * (`ETHREB` beside `ETH`). An event actor belongs to the most specific party its code starts with.
 */
function partyKey(parties: string[]): string {
  return [...new Set(parties)].sort().join('+');
}

export function partyOf(code: string | null | undefined, parties: string[]): string | null {
  if (!code) return null;
  let best: string | null = null;
  for (const p of parties) if (code.startsWith(p) && (!best || p.length > best.length)) best = p;
  return best;
}

function anchor(c: CeasefireClaim): number {
  return Date.parse(c.effectiveUtc ?? (c.effectiveDate ? `${c.effectiveDate}T12:00:00Z` : undefined) ?? c.announcedUtc ?? `${c.date}T12:00:00Z`);
}

/** A claim that tells one side only accepting the truce. */
function oneSided(c: CeasefireClaim): boolean {
  return (c.acceptedBy?.length ?? 0) > 0;
}

/** A claim that dates the truce's start, to the instant or to the day. */
function dated(c: CeasefireClaim): boolean {
  return Boolean(c.effectiveUtc ?? c.effectiveDate);
}

/**
 * Merge rule: a claim that states an effective time (an instant, or a day: "takes effect on
 * Friday") joins a record of the same parties whose effective time is within 48 h of it (a day
 * spans its 24 hours and the time zones around it), else starts a new record. A claim without an effective time
 * (a later article speaking of "the ceasefire") joins the latest record of the same parties that
 * began at most 2 days after and at most 30 days before the claim's date, unless an earlier article
 * reported that truce ended (a truce agreed after it is a new one); a follow-up claim (one that
 * only refers to a truce — "ending a five-month truce") looks back up to a year. An undated claim of
 * one side's acceptance joins the nearest record of the same parties within 30 days either side (the
 * other side may agree later), else starts its own. A follow-up reporting a truce ended, from an article
 * that also reports a truce of the same parties agreed (the article told them apart: two records),
 * is an earlier truce: it joins no record holding a claim of its article, it stands just before the
 * agreed one (a record of the earlier truce from an earlier article is the one it joins), and its
 * end does not make a later claim a new truce (`endedBetween`); that article's agreement, undated, is
 * a truce agreed after the ended one, joining only a record within 48 h of it (no older one it
 * would follow up). Two records with the same id (same
 * parties and day) keep apart by a `:2`, `:3` suffix on the later ones.
 */
export function mergeCeasefires(claims: CeasefireClaim[]): CeasefireRecord[] {
  const groups: Array<{ key: string; at: number; timed: boolean; claims: CeasefireClaim[] }> = [];
  // (instants first, then days: a record's anchor is its most precise start)
  const precision = (c: CeasefireClaim) => (c.effectiveUtc ? 2 : c.effectiveDate ? 1 : 0);
  // (agreements first, then one side's acceptances, then follow-ups)
  const rank = (c: CeasefireClaim) => (c.followUp ? 2 : oneSided(c) ? 1 : 0);
  const sorted = [...claims].sort(
    (a, b) => precision(b) - precision(a) || rank(a) - rank(b) || anchor(a) - anchor(b),
  );
  const before = earlierTruces(claims);
  // (the agreements of those articles: truces agreed after an ended one, no follow-up of an older record)
  const after = new Set(claims.filter((x) => !x.followUp && !oneSided(x) && [...before.keys()].some((y) => y.docId === x.docId && partyKey(y.parties) === partyKey(x.parties))));
  for (const c of sorted) {
    const key = partyKey(c.parties);
    const older = before.get(c);
    // (an earlier truce the article told apart from the one it reports agreed: never that one's record, and
    // dated just before it, so that the claims joining "the latest" truce join the agreed one)
    const at = older === undefined ? anchor(c) : Math.min(anchor(c), older - 1);
    const open = (x: (typeof groups)[number]) => x.key === key && (older === undefined || !x.claims.some((y) => y.docId === c.docId));
    const g = dated(c)
      ? groups.find((x) => open(x) && x.timed && Math.abs(x.at - at) <= MERGE_WINDOW_MS)
      : oneSided(c) && !c.followUp
      ? groups.filter((x) => open(x) && Math.abs(x.at - at) <= FOLLOW_UP_MS).sort((x, y) => Math.abs(x.at - at) - Math.abs(y.at - at))[0]
      : groups.filter((x) => open(x) && !after.has(c) && x.at <= at + MERGE_WINDOW_MS && at - x.at <= (c.followUp ? YEAR_MS : FOLLOW_UP_MS) && (c.followUp || !endedBetween(claims, key, x.at, c.date, before))).sort((x, y) => y.at - x.at)[0] ??
        groups.find((x) => open(x) && !x.timed && Math.abs(x.at - at) <= MERGE_WINDOW_MS);
    if (g) g.claims.push(c);
    else groups.push({ key, at, timed: dated(c), claims: [c] });
  }
  const ids = new Map<string, number>();
  return groups.map((g) => toRecord(g.key, g.claims)).sort((a, b) => (a.effectiveUtc ?? '').localeCompare(b.effectiveUtc ?? '')).map((r) => {
    // (two records of the same parties and day — an agreed truce and the earlier one its article told ended — keep distinct ids)
    const n = (ids.get(r.id) ?? 0) + 1;
    ids.set(r.id, n);
    return n === 1 ? r : { ...r, id: `${r.id}:${n}` };
  });
}

/**
 * Claims of an earlier truce told in the same article as a truce agreed between the same parties:
 * a follow-up reporting an end (collapse, expiry) beside an agreement claim of its document (one
 * neither a follow-up nor one-sided) — the story makes one record per truce, so the article told the
 * ended truce apart from the agreed one ("agreed on Sunday to a ceasefire ... A 48-hour truce agreed
 * on Wednesday collapsed on Friday"). Each maps to the anchor of its document's agreement (the
 * earliest when several).
 */
function earlierTruces(claims: CeasefireClaim[]): Map<CeasefireClaim, number> {
  const out = new Map<CeasefireClaim, number>();
  for (const c of claims) {
    if (!c.followUp || !c.statements.some((s) => s.kind === 'collapse' || s.kind === 'expire')) continue;
    const agreed = claims.filter((x) => x !== c && x.docId === c.docId && partyKey(x.parties) === partyKey(c.parties) && !x.followUp && !oneSided(x)).map(anchor);
    if (agreed.length) out.set(c, Math.min(...agreed));
  }
  return out;
}

/**
 * An article of the same parties reported a truce ended (collapsed, expired) after `from` and before `date`: a truce agreed on `date` is a new one.
 * Not an earlier truce the article told apart from the one it reports agreed (`earlierTruces`): that end is not the agreed truce's.
 */
function endedBetween(claims: CeasefireClaim[], key: string, from: number, date: IsoDate, earlier: Map<CeasefireClaim, number>): boolean {
  return claims.some((c) => partyKey(c.parties) === key && !earlier.has(c) && c.date < date && Date.parse(`${c.date}T23:59:59Z`) > from && c.statements.some((s) => s.kind === 'collapse' || s.kind === 'expire'));
}

function toRecord(key: string, claims: CeasefireClaim[]): CeasefireRecord {
  const times = new Map<string, Set<string>>();
  for (const c of claims) if (c.effectiveUtc) (times.get(c.effectiveUtc) ?? times.set(c.effectiveUtc, new Set()).get(c.effectiveUtc)!).add(c.docId);
  const effectiveTimes = [...times].map(([utc, ids]) => ({ utc, docIds: [...ids] })).sort((a, b) => b.docIds.length - a.docIds.length || a.utc.localeCompare(b.utc));
  const statements = claims.flatMap((c) => c.statements.map((s) => ({ ...s, docId: c.docId, date: c.date })));
  const disagreements: CeasefireRecord['disagreements'] = [];
  if (effectiveTimes.length > 1) {
    disagreements.push({ kind: 'effective-time', detail: `sources state different effective times: ${effectiveTimes.map((t) => `${t.utc} (${t.docIds.length})`).join(', ')}` });
  }
  for (const s of statements.filter((x) => x.kind === 'deny')) {
    disagreements.push({ kind: 'denial', detail: `${s.party} denies: ${s.evidence}` });
  }
  const extended = claims.map((c) => c.extendedUntil).filter((x): x is string => Boolean(x)).sort();
  const byName = new Map<string, { name: string; code?: string }>();
  for (const c of claims) for (const a of c.announcedBy) byName.set(a.name, a);
  const first = effectiveTimes[0]?.utc;
  const expiries = claims.flatMap((c) => c.statements.filter((s) => s.kind === 'expire').map((s) => s.statedTime ?? c.date)).sort();
  const untils = claims.flatMap((c) => c.statements.filter((s) => s.kind === 'until' && s.statedTime).map((s) => s.statedTime as string));
  const until = untils.sort((a, b) => closeOf(a) - closeOf(b)).at(-1);
  const day = first ? undefined : startDay(claims);
  const agreed = claims.filter((c) => !c.followUp && !oneSided(c)).map((c) => c.date).sort()[0];
  // (one side's acceptances: the day each party first accepted; all parties accepted in turn is agreed)
  const accepted = new Map<string, IsoDate>();
  for (const c of claims.filter(oneSided).sort((a, b) => a.date.localeCompare(b.date))) for (const p of c.acceptedBy!) if (!accepted.has(p)) accepted.set(p, c.date);
  const parties = key.split('+');
  const allAccepted = accepted.size > 0 && parties.every((p) => accepted.has(p));
  const agreedDay = agreed ?? (allAccepted ? [...accepted.values()].sort().at(-1) : undefined);
  const onlyOne = !agreedDay && accepted.size > 0;
  const sources = claims.map((c) => ({ docId: c.docId, ...(c.outlet ? { outlet: c.outlet } : {}), date: c.date })).sort((a, b) => a.date.localeCompare(b.date));
  return {
    id: `cf:${key}:${(first ?? claims[0]?.announcedUtc ?? claims[0]?.date ?? '').slice(0, 16)}`,
    parties: key.split('+'),
    mediators: [...new Set(claims.flatMap((c) => c.mediators))].sort(),
    ...(first ? { effectiveUtc: first } : {}),
    ...(day ? { effectiveDate: day } : {}),
    ...(agreedDay ? { agreedDate: agreedDay } : {}),
    ...(onlyOne ? { acceptedBy: [...accepted.keys()].sort(), acceptedDate: [...accepted.values()].sort()[0]! } : {}),
    effectiveTimes,
    announcedBy: [...byName.values()],
    ...(extended.length ? { extendedUntil: extended[extended.length - 1] } : {}),
    ...(expiries[0] ? { expiredAt: expiries[0] } : {}),
    ...(until ? { until } : {}),
    statements,
    disagreements,
    docIds: [...new Set(claims.map((c) => c.docId))],
    sources: sources.filter((x, i) => sources.findIndex((y) => y.docId === x.docId) === i),
    evidence: [...new Set(claims.flatMap((c) => c.evidence))],
  };
}

/** The day stated most often for the start. */
function startDay(claims: CeasefireClaim[]): IsoDate | undefined {
  const counts = new Map<string, number>();
  for (const c of claims) if (c.effectiveDate) counts.set(c.effectiveDate, (counts.get(c.effectiveDate) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

export type CeasefireStatus = 'announced' | 'accepted-by-one-side' | 'in-effect' | 'violated' | 'holding' | 'collapsed' | 'expired';

export interface StatusReport {
  status: CeasefireStatus;
  /** Reported incidents: asserted material conflict between the parties after the effective time. */
  incidents: AEvent[];
  /** Accusations by one side (verbal conflict), kept apart from incidents. */
  accusations: AEvent[];
  history: Array<{ status: CeasefireStatus; from: string }>;
}

const HOUR = 3600_000;

export function ceasefireStatus(cf: CeasefireRecord, events: Iterable<AEvent>, now: string): StatusReport {
  const incidents: AEvent[] = [];
  const accusations: AEvent[] = [];
  const nowMs = Date.parse(now);
  if (cf.acceptedBy) {
    // (one side only accepted it: no truce in force, nothing to violate; a reported end still ends it)
    const end = reportedEnds(cf, nowMs)[0];
    const history: StatusReport['history'] = [{ status: 'accepted-by-one-side', from: cf.acceptedDate ?? cf.sources[0]?.date ?? '' }];
    return { status: end?.status ?? 'accepted-by-one-side', incidents, accusations, history: end ? [...history, end] : history };
  }
  const start = startOf(cf);
  if (!start) {
    // (nothing to measure incidents from, but a reported end still ends it)
    const end = reportedEnds(cf, nowMs)[0];
    return { status: end?.status ?? 'announced', incidents, accusations, history: end ? [end] : [] };
  }
  const eff = start.ms;
  const reported = reportedEnds(cf, nowMs);
  // (fighting after the truce's end breaks no truce)
  const over = reported[0]?.from;
  for (const e of events) {
    if (e.modality !== 'asserted' || !between(e, cf.parties) || !afterEffective(e, eff) || known(e) > nowMs || endedBefore(e, over)) continue;
    if (e.quad === 4) incidents.push(e);
    else if (e.quad === 3) accusations.push(e);
  }
  incidents.sort((a, b) => instant(a) - instant(b));
  if (nowMs < eff) return { status: 'announced', incidents, accusations, history: [] };
  const history: StatusReport['history'] = [{ status: 'in-effect', from: start.from }];
  if (incidents[0]) history.push({ status: 'violated', from: incidents[0].utc ?? incidents[0].date });
  const end = [...sustainedFighting(incidents), ...reported].sort((a, b) => a.from.localeCompare(b.from))[0];
  if (end) {
    history.push(end);
    return { status: end.status, incidents, accusations, history };
  }
  const last = incidents[incidents.length - 1];
  const recent = last !== undefined && nowMs - instant(last) < 48 * HOUR;
  if (recent) return { status: 'violated', incidents, accusations, history };
  if (nowMs - eff >= 72 * HOUR) {
    const from = Math.max(eff + 72 * HOUR, last ? instant(last) + 48 * HOUR : 0);
    history.push({ status: 'holding', from: instantText(from) });
    return { status: 'holding', incidents, accusations, history };
  }
  return { status: incidents.length ? 'violated' : 'in-effect', incidents, accusations, history };
}

/**
 * When the truce is taken to be in effect: its stated instant; else the end of the day stated for
 * the start, or of the day an article first reported it agreed — only later days count against it.
 */
function startOf(cf: CeasefireRecord): { ms: number; from: string } | null {
  if (cf.effectiveUtc) return { ms: Date.parse(cf.effectiveUtc), from: cf.effectiveUtc };
  const day = cf.effectiveDate ?? cf.agreedDate;
  return day ? { ms: Date.parse(`${day}T23:59:59Z`), from: day } : null;
}

/** An instant as written in the history; the end of a day (a day-only start or incident) as that day. */
function instantText(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T23:59:59.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

type End = { status: 'collapsed' | 'expired'; from: string };

/** Incidents on 3 distinct days within 7 days: collapsed from the third day. */
function sustainedFighting(incidents: AEvent[]): End[] {
  const days = [...new Set(incidents.map((e) => dayNumber(e.date)))].sort((a, b) => a - b);
  const i = days.findIndex((d, j) => (days[j + 2] ?? Infinity) - d < 7);
  return i < 0 ? [] : [{ status: 'collapsed', from: new Date((days[i + 2] as number) * 86_400_000).toISOString().slice(0, 10) }];
}

/**
 * Ends the articles report, earliest first: a collapse (from its article's day), an expiry (from
 * the time stated) — an expiry only when no extension runs past it (a renewed truce has not expired)
 * and not after `now` —, and the stated end once `now` is past it (`statedEnd`).
 */
function reportedEnds(cf: CeasefireRecord, nowMs: number): End[] {
  const out: End[] = [];
  const collapse = cf.statements.filter((s) => s.kind === 'collapse').map((s) => s.date ?? '').sort()[0];
  if (collapse !== undefined) out.push({ status: 'collapsed', from: collapse });
  const exp = cf.expiredAt;
  if (exp && Date.parse(exp.length === 10 ? `${exp}T00:00:00Z` : exp) <= nowMs && !(cf.extendedUntil && cf.extendedUntil > exp.slice(0, 10))) {
    out.push({ status: 'expired', from: exp });
  }
  const stated = statedEnd(cf);
  if (stated !== null && closeOf(stated) <= nowMs) out.push({ status: 'expired', from: closeText(stated) });
  return out.sort((a, b) => a.from.localeCompare(b.from));
}

/**
 * The truce's stated end: the later of its `until` and its latest extension's end (an extension
 * reported past the end renews the truce to the extension's), as stated (an instant or a day); null
 * when neither is known.
 */
function statedEnd(cf: CeasefireRecord): string | null {
  const ends = [cf.until, cf.extendedUntil].filter((x): x is string => x !== undefined);
  const end = ends.sort((a, b) => closeOf(a) - closeOf(b)).at(-1) ?? null;
  if (end === null) return null;
  // ("extended until May 18" ... on May 18: "there is no expiry date; the ceasefire has held"): an article of
  // the truce dated on or after its stated end that reports no end of it says the end did not take
  const ended = new Set(cf.statements.filter((x) => x.kind === 'expire' || x.kind === 'collapse').map((x) => x.docId));
  const day = end.slice(0, 10);
  return cf.sources.some((src) => src.date >= day && !ended.has(src.docId)) ? null : end;
}

/** When a stated end is reached: an instant as written; a day at its close (00:00 UTC of the next day). */
function closeOf(end: string): number {
  return end.length <= 10 ? Date.parse(`${end}T00:00:00Z`) + 86_400_000 : Date.parse(end);
}

/** A stated end as the history writes it: an instant as written, a day as the next day (from its start). */
function closeText(end: string): string {
  return end.length <= 10 ? new Date(closeOf(end)).toISOString().slice(0, 10) : end;
}

/**
 * The truce had ended when the event happened: after an instant end by the event's own time (a
 * later day without one); on or after a day-only end (the truce may have ended at the day's start).
 * False when no end is known.
 */
export function endedBefore(e: AEvent, endedAt: string | undefined): boolean {
  if (!endedAt) return false;
  if (endedAt.length <= 10) return dayNumber(e.date) >= dayNumber(endedAt);
  return e.utc ? Date.parse(e.utc) >= Date.parse(endedAt) : dayNumber(e.date) > dayNumber(endedAt);
}

function between(e: AEvent, parties: string[]): boolean {
  const s = partyOf(e.sourceCode, parties);
  const t = partyOf(e.targetCode, parties);
  return s !== null && t !== null && s !== t;
}

/** An event's instant: its own time, else the end of its day (conservative for "after"). */
function instant(e: AEvent): number {
  return e.utc ? Date.parse(e.utc) : Date.parse(`${e.date}T23:59:59Z`);
}

/** The earliest instant an event can have happened (for "not after now"). */
function known(e: AEvent): number {
  return e.utc ? Date.parse(e.utc) : Date.parse(`${e.date}T00:00:00Z`);
}

function afterEffective(e: AEvent, eff: number): boolean {
  if (e.utc) return Date.parse(e.utc) > eff;
  return Date.parse(`${e.date}T00:00:00Z`) > eff; // a later day; same-day events without a time are ambiguous
}
