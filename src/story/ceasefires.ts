/**
 * Ceasefires named in one article: parties, mediators, who announced it, announced / effective
 * times (UTC and as stated), conditions, duration, extensions and violations, with evidence.
 *
 * A sentence is about a ceasefire when it names one (ceasefire, truce, cessation of hostilities,
 * stop all firing, …) or, after one was named, refers back to "the agreement/deal/understanding".
 */
import type { ActorMention, Sentence, TimeExpr } from '../domain/types.js';
import { type StoryContext, country, mentionCountry, whenOfTime } from './context.js';
import type { CeasefireReport, Evidence, When } from './types.js';

export const CEASEFIRE =
  /\b(cease-?fires?|truces?|armistice|cessation of (?:all )?(?:hostilities|military operations|military action|firing|fighting)|(?:stop|halt|end)(?:ped|s|ping)? (?:all )?(?:the )?(?:firing|fighting|military action|hostilities)|stop all firing)\b/i;
const ANAPHOR = /\b(the|this|that|their) (agreement|deal|accord|understanding|arrangement|breakthrough)\b/i;
const ANNOUNCE = /\b(announc\w*|confirm\w*|acknowledg\w*|declar\w*|post(?:ed|ing)? on|statement|tweet\w*|briefing|told reporters)\b/i;
const SAID_AGREED = /\b(said|says)\b[^.]*\b(agreed|agreement|reached)\b|\b(agreed|agreement|reached)\b[^.]*\b(said|says)\b/i;
const EFFECT = /\b(effective|take[sn]? effect|took effect|into (?:force|effect)|from|starting|as of|with effect)\b/i;
const CONDITION = /\b(on (?:the )?condition that|provided that|as long as|conditional (?:up)?on|subject to)\b([^.;]*)/i;
const DURATION = /\b((?:\d+|one|two|three|four|five|six|seven|ten|fourteen|thirty)[- ](?:hour|day|week|month))s?[- ](?:long )?(?:truce|cease-?fire|pause|halt)|\bfor (?:\d+|one|two|three|four|five|six|seven|ten) (?:hours|days|weeks|months)\b/i;
const EXTEND = /\bextend(?:ed|s|ing)?\b/i;
const VIOLATION = /\b(violat\w*|breach\w*|broke|broken|breaking)\b/i;
const ACCUSE = /\b(accus\w*|alleg\w*|blam\w*|charg\w*|claim\w*|said|says)\b/i;
const MEDIATED_BY = /\b(?:mediated|brokered|facilitated) by\b/i;

export function ceasefires(ctx: StoryContext): CeasefireReport[] {
  const topical = topicalSentences(ctx);
  if (topical.length === 0) return [];
  const eventMediators = new Set([...mediatorsFromEvents(ctx, topical), ...mediatorsFromText(ctx, topical)]);
  const parties = partiesOf(ctx, topical, eventMediators);
  if (parties.length < 2) return [];
  const report: CeasefireReport = {
    kind: isAgreement(ctx, topical) ? 'agreement' : 'reference',
    parties, mediators: mediatorsOf(ctx, topical, parties), announcedBy: [], conditions: [], extensions: [], violations: [], evidence: [],
  };
  for (const s of topical) {
    const text = ctx.text(s);
    report.evidence.push(ctx.evidence(s));
    collectAnnouncers(ctx, s, text, report);
    collectTimes(ctx, s, text, report);
    const cond = CONDITION.exec(text);
    if (cond) report.conditions.push(`${cond[1]}${cond[2]}`.trim());
    const dur = DURATION.exec(text);
    if (dur && !report.duration) report.duration = dur[0];
    if (EXTEND.test(text)) report.extensions.push(extension(ctx, s, text));
    if (VIOLATION.test(text)) report.violations.push(violation(ctx, s, text, parties));
  }
  return [report];
}

const AGREE = /\b(agree[sd]?|agreeing|sign(?:s|ed|ing)?|declare[sd]?|declaring|announc\w*|reach(?:ed|es)?|broker\w*|take[sn]? effect|took effect|came into (?:force|effect)|begin[s]?|began|will start)\b/i;
/** A truce reported as over: past-tense collapse verbs, or "ending a five-month truce" (not "would end"). */
const ENDED = /\b(ended|collapsed|broke down|has broken down|shattered|abandoned|ending (?:a|the|an) (?:[\w-]+ ){0,2}(?:truce|cease-?fire))\b/i;

/**
 * An article reports a ceasefire AGREEMENT (a new record) when an asserted ceasefire event or a
 * ceasefire sentence with agreeing/declaring/taking-effect verbs is present; otherwise it only
 * REFERS to a ceasefire (its extension, violation, collapse), which joins an existing record.
 */
function isAgreement(ctx: StoryContext, topical: Sentence[]): boolean {
  if (ctx.asserted.some((e) => e.cameo === '0871')) return true;
  return topical.some((s) => {
    const text = ctx.text(s);
    return CEASEFIRE.test(text) && AGREE.test(text) && !ENDED.test(text);
  });
}

/** The text says the truce ended or collapsed. */
export function reportsCollapse(text: string): boolean {
  return CEASEFIRE.test(text) && ENDED.test(text);
}

function topicalSentences(ctx: StoryContext): Sentence[] {
  const out: Sentence[] = [];
  let seen = false;
  for (const s of ctx.doc.sentences) {
    const text = ctx.text(s);
    const named = CEASEFIRE.test(text);
    const has0871 = ctx.eventsIn(s).some((e) => e.cameo === '0871');
    if (named || has0871 || (seen && ANAPHOR.test(text) && !/\b(trade|nuclear|water|peace) (agreement|deal)\b/i.test(text))) {
      out.push(s);
      seen = true;
    }
  }
  return out;
}

/** Parties: ceasefire events first, then countries named in ceasefire sentences, then the article's. */
/** A party key: the group code for armed groups (`ETHREB`), else the country. */
export function partyKey(code: string, kind?: string): string {
  const isGroup = kind === 'group' || (kind === undefined && code.length >= 6 && /(REB|INS|UAF)$/.test(code.slice(3, 6)));
  return isGroup ? code.slice(0, 6) : code.slice(0, 3);
}

function partiesOf(ctx: StoryContext, topical: Sentence[], mediators: Set<string>): string[] {
  const fromEvents = new Set<string>();
  for (const e of ctx.asserted) {
    if (e.cameo !== '0871' || !e.target) continue;
    fromEvents.add(partyKey(e.source.code));
    fromEvents.add(partyKey(e.target.code));
  }
  for (const k of fromEvents) if (k.startsWith('IGO') || k.startsWith('NGO') || mediators.has(k)) fromEvents.delete(k);
  if (fromEvents.size >= 2) return [...fromEvents].sort();
  const counts = new Map<string, number>();
  for (const s of topical) {
    const text = ctx.text(s);
    for (const m of ctx.actorsIn(s)) {
      const own = mentionCountry(m);
      if (!own && !m.members) continue;
      const before = text.slice(Math.max(0, m.start - s.start - 25), m.start - s.start);
      if (MEDIATED_BY.test(before)) continue;
      for (const c of m.members ?? [partyKey(m.code, m.kind)]) counts.set(partyKey(c), (counts.get(partyKey(c)) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([c]) => c).filter((c) => !/^(IGO|NGO)/.test(c) && !mediators.has(c));
  const pair = ranked.slice(0, 2);
  return pair.length === 2 ? pair.sort() : ctx.doc.countries.slice(0, 2).sort();
}

/** Third parties that mediate or negotiate (CAMEO 045/046) in the article: never a party. */
function mediatorsFromEvents(ctx: StoryContext, topical: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const e of ctx.asserted) if ((e.cameo.startsWith('045') || e.cameo.startsWith('046')) && e.target && isTopical(ctx, e.sentence, topical)) out.add(country(e.source.code));
  return out;
}

function mediatorsOf(ctx: StoryContext, topical: Sentence[], parties: string[]): string[] {
  const out = new Set<string>();
  for (const e of ctx.asserted) {
    const root = e.cameo.slice(0, 3);
    if (!['045', '046', '041', '042', '043', '044'].includes(root) || !e.target) continue;
    const s = country(e.source.code);
    if (parties.includes(country(e.target.code)) && !parties.includes(s) && (root === '045' || root === '046' || isTopical(ctx, e.sentence, topical))) out.add(s);
  }
  for (const c of mediatorsFromText(ctx, topical)) if (!parties.includes(c)) out.add(c);
  return [...out].sort();
}

/**
 * "mediated by Qatar, Egypt and the United States", "brokered by the United States and France":
 * every actor of the coordinated list after the phrase.
 */
function mediatorsFromText(ctx: StoryContext, topical: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of topical) {
    const text = ctx.text(s);
    const re = new RegExp(MEDIATED_BY.source, 'gi');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let pos = m.index + m[0].length;
      for (const a of ctx.actorsIn(s).filter((x) => x.start - s.start >= pos)) {
        const gap = text.slice(pos, a.start - s.start);
        if (!/^\s*(?:,|and|,\s*and)?\s*(?:the\s+)?$/i.test(gap)) break;
        const c = mentionCountry(a);
        if (c) out.add(c);
        pos = a.end - s.start;
      }
    }
  }
  return out;
}

function isTopical(_ctx: StoryContext, sentence: number, topical: Sentence[]): boolean {
  return topical.some((s) => s.index === sentence);
}

function collectAnnouncers(ctx: StoryContext, s: Sentence, text: string, r: CeasefireReport): void {
  if (!ANNOUNCE.test(text) && !SAID_AGREED.test(text)) return;
  for (const m of ctx.actorsIn(s)) {
    if (m.kind !== 'person' || r.announcedBy.some((a) => a.name === m.name)) continue;
    if (isObjectOfContact(text, m, s)) continue;
    r.announcedBy.push({ name: m.name, code: m.code, how: m.how });
  }
}

/** "his call to Modi": the person after "call to/with" is contacted, not announcing. */
function isObjectOfContact(text: string, m: ActorMention, s: Sentence): boolean {
  const before = text.slice(Math.max(0, m.start - s.start - 30), m.start - s.start);
  return /\b(call|calls|called|spoke|speaking|talks?|meeting|met|urg\w*|congratulat\w*) (?:to |with )?(?:\w+ ){0,3}$/i.test(before);
}

/**
 * "midnight local time (1700 GMT)": a bracketed time stated in UTC/GMT right after a local one is
 * the authority for the instant (the local wording leaves the day ambiguous; the wire's UTC doesn't).
 */
function withBracketedUtc(times: TimeExpr[], i: number, text: string, sentenceStart: number): TimeExpr {
  const t = times[i] as TimeExpr;
  const next = times[i + 1];
  if (!next?.utc || next.offsetMinutes !== 0 || !/\b(?:GMT|UTC)\b/.test(next.text)) return t;
  const gap = text.slice(t.end - sentenceStart, next.start - sentenceStart);
  return /^\s*(?:local time\s*)?\(\s*$/i.test(gap) ? { ...next, text: `${t.text} (${next.text}` } : t;
}

function collectTimes(ctx: StoryContext, s: Sentence, text: string, r: CeasefireReport): void {
  const times = ctx.timesIn(s);
  for (let i = 0; i < times.length; i++) {
    const t = withBracketedUtc(times, i, text, s.start);
    const before = text.slice(Math.max(0, times[i]!.start - s.start - 40), times[i]!.start - s.start);
    const when: When = whenOfTime({ ...t, role: times[i]!.role ?? t.role } as TimeExpr);
    if ((t.role === 'effective' || (EFFECT.test(before) && t.utc)) && !r.effective) r.effective = when;
    else if (/\b(announc\w*|declar\w*)\b/i.test(text) && !r.announced && t.role !== 'until') r.announced = when;
    else if (/\bagreed\b/i.test(before) && !r.agreed) r.agreed = when;
  }
}

function extension(ctx: StoryContext, s: Sentence, text: string): CeasefireReport['extensions'][number] {
  const until = ctx.timesIn(s).find((t) => t.role === 'until' || /\b(until|till|to|through)\s*$/i.test(text.slice(0, t.start - s.start)));
  const stated = /\bextend\w*\b[^.;]*/i.exec(text)?.[0] ?? text;
  return { ...(until?.date ? { until: until.date } : {}), stated: stated.trim(), evidence: ctx.evidence(s) };
}

function violation(ctx: StoryContext, s: Sentence, text: string, parties: string[]): CeasefireReport['violations'][number] {
  const ev: Evidence = ctx.evidence(s);
  const incident = ctx.eventsIn(s).find((e) => e.modality === 'asserted' && e.quad === 4 && e.target && parties.includes(country(e.source.code)) && parties.includes(country(e.target.code)));
  if (incident && !ACCUSE.test(text)) return { kind: 'incident', by: country(incident.source.code), against: country(incident.target?.code), evidence: ev };
  const accuser = ctx.actorsIn(s).find((m) => parties.includes(country(m.code)) && m.start - s.start < text.search(VIOLATION));
  const by = accuser ? country(accuser.code) : undefined;
  const against = by ? parties.find((p) => p !== by) : undefined;
  return { kind: 'accusation', ...(by ? { by } : {}), ...(against ? { against } : {}), evidence: ev };
}
