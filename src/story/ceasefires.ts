/**
 * Ceasefires named in one article: parties, mediators, who announced it, announced / effective
 * times (UTC and as stated), conditions, duration, extensions and violations, with evidence.
 *
 * A sentence is about a ceasefire when it names one (ceasefire, truce, cessation of hostilities,
 * stop all firing, …) or, after one was named, refers back to "the agreement/deal/understanding".
 */
import type { ActorMention, Event, Sentence, TimeExpr } from '../domain/types.js';
import { type StoryContext, country, mentionCountry, whenOfTime } from './context.js';
import type { CeasefireReport, Evidence, When } from './types.js';

export const CEASEFIRE =
  /\b(cease-?fires?|truces?|armistice|moratorium on (?:\w+ ){0,2}(?:strikes|attacks)|(?:halt|pause) (?:to|in|on) (?:\w+ ){0,2}(?:strikes|attacks|fighting|hostilities)|humanitarian pause|cessation of (?:all )?(?:hostilities|military operations|military action|firing|fighting)|(?:stop|halt|end)(?:ped|s|ping)? (?:all )?(?:the )?(?:firing|fighting|military action|hostilities)|stop all firing)\b/i;
// ("The first phase lasts 42 days": a phase of the truce just named)
const ANAPHOR = /\b(the|this|that|their) (agreement|deal|accord|understanding|arrangement|breakthrough|moratorium|halt|pause|extension)\b|\b(?:the|its|their) (?:first|second|third|initial|next) (?:phase|stage)\b/i;
// ("after the announced start of the truce": a participle before its noun announces nothing here)
const ANNOUNCE = /\b((?<!\b(?:the|an?|its|their) )announc\w*|confirm\w*|acknowledg\w*|declar(?:e[sd]?|ing)|post(?:ed|ing)? on|statement|tweet\w*|briefing|told reporters)\b/i;
const SAID_AGREED = /\b(said|says)\b[^.]*\b(agreed|reached|brokered|struck|secured|mediated)\b|\b(agreed|agreement|reached|brokered)\b[^.]*\b(said|says)\b/i;
const EFFECT = /\b(effective|take[sn]? effect|took effect|into (?:force|effect)|from|starting|as of|with effect)\b/i;
const CONDITION = /\b(on (?:the )?condition that|provided that|as long as|conditional (?:up)?on|subject to)\b([^.;]*)/i;
const NUM = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty|sixty|ninety)';
/** "a 14-day ceasefire", "a 30-hour Easter truce", "for 30 days", "would last 42 days", "a truce lasting a week". */
const DURATION = new RegExp(`\\b(${NUM}[- ](?:hour|day|week|month))s?[- ](?:long )?(?:(?!(?:after|before|since|into|of|the|a|an|from|and|or|to|in|on|at|by|for)\\b)[A-Za-z]+ ){0,2}?(?:truce|cease-?fire|pause|halt)|\\bfor ${NUM} (?:hours|days|weeks|months)\\b|\\b(?:(?:will|would|to|shall|should) last|lasts|lasting)\\s+(?:for\\s+)?(?:${NUM}|a) (?:hours?|days?|weeks?|months?)\\b|\\b(?:(?:will|would|to|shall|should) (?:last|run|remain in (?:force|effect))|lasts|lasting|runs|running) until (?:[A-Z][a-z]{2,8}\\.? \\d{1,2}\\b|the end of \\w+|\\w+)`, 'i');
const EXTEND = /\bextend(?:ed|s|ing)?\b/i;
// ("broke down" is a collapse, not a violation; "fighting broke out" is an outbreak, whatever it broke)
const VIOLATION = /\b(violat\w*|breach\w*|(?:broke|broken|breaking)(?!\s+(?:down|out)\b))\b/i;
const ACCUSE = /\b(accus\w*|alleg\w*|blam\w*|charg\w*|claim\w*|said|says)\b/i;
/** "brokered by Qatar", "mediation by Egypt": a go-between of the truce. */
const MEDIATING_BY = /\b(?:(?:mediated|brokered|facilitated|hosted|co-?hosted|organi[sz]ed|co-?organi[sz]ed|convened|sponsored) by|(?:diplomacy|mediation|diplomatic efforts|mediation efforts) by)\b/i;
/** "proposed by the US", "put forward by Qatar": who put the truce forward — no party, and no mediator by that alone. */
const PROPOSED_BY = /\b(?:put forward|proposed|drafted|tabled|floated) by\b/i;
/** A third party named by its role: a go-between or a proposer. */
const MEDIATED_BY = new RegExp(`${MEDIATING_BY.source}|${PROPOSED_BY.source}`, 'i');
/** "Anwar, who hosted the talks", "Qatar, which brokered the deal", "Qatar helped broker": the actor before is a mediator. */
const HOST_AFTER = /^(?:'s? \w+ [A-Z][\w-]*(?: [A-Z][\w-]*)*)?(?:,? (?:who|which) (?:had |has )?(?:also )?|,? (?:had |has )?(?:also )?)(?:hosted|co-?hosted|brokered|mediated|helped (?:to )?(?:broker|mediate)|facilitated|convened|guarantee[sd]?|act(?:s|ed)? as guarantors?)\b/;

/**
 * One record per ceasefire the article speaks of. The sentences naming a ceasefire fall in three
 * groups: the CURRENT truce (the article's news), a PROPOSED or rejected one ("Russia rejected a
 * 30-day ceasefire proposal", "failed to agree on a ceasefire") and EARLIER truces ("a 2020
 * ceasefire", "a previous truce ... collapsed", "that truce"). Each group is its own record, the
 * current one first; a group that names fewer than two parties takes the current record's pair.
 */
export function ceasefires(ctx: StoryContext): CeasefireReport[] {
  const topical = topicalSentences(ctx);
  if (topical.length === 0) return [];
  return records(ctx, joinSameTruce(ctx, splitDistinct(ctx, joinOneSided(ctx, splitByTruce(ctx, topical)))));
}

function records(ctx: StoryContext, groups: TruceGroup[]): CeasefireReport[] {
  const out: CeasefireReport[] = [];
  let mainParties: string[] | null = null;
  const others = (g: TruceGroup) => new Set(groups.filter((x) => x !== g).flatMap((x) => x.sentences.map((s) => s.index)));
  for (const g of groups) {
    const r = record(ctx, g.sentences, g.kind, mainParties, others(g), g.borrowed);
    if (!r) continue;
    // ("a 48-hour truce agreed at the request of the Taliban": the other truce of the same two sides, an armed
    // group standing for its country's side when the current truce is between states)
    if (g.distinct && mainParties && sameSides(r.parties, mainParties)) r.parties = mainParties;
    if (!mainParties) mainParties = r.parties;
    out.push(r);
  }
  return out;
}

/** Two pairs of parties of the same two countries, each country once: the same sides. */
function sameSides(a: string[], b: string[]): boolean {
  const ca = a.map(country).sort();
  const cb = b.map(country).sort();
  return new Set(cb).size === cb.length && ca.join() === cb.join();
}

/**
 * `borrowed`: sentences joined from another group, whose status words belong to the other truce they name.
 * `distinct`: an earlier truce split off the current group by marks of its own (`splitDistinct`), never joined back.
 */
type TruceGroup = { kind: 'current' | 'proposal' | 'earlier'; sentences: Sentence[]; borrowed?: Set<number>; distinct?: boolean };

/**
 * One truce is one record: a group split off the current truce whose record has the current
 * record's parties and the same effective time (the same instant, or the same day when either is
 * known only to the day), or an "earlier" one agreed the same day, speaks of the current truce,
 * and joins it.
 */
function joinSameTruce(ctx: StoryContext, groups: TruceGroup[]): TruceGroup[] {
  const current = groups.find((g) => g.kind === 'current');
  if (!current || groups.length < 2) return groups;
  const [main] = records(ctx, [current]);
  if (!main) return groups;
  // ("failed to agree on a ceasefire ... Russia demanded X as a condition for a ceasefire": a truce only
  // referred to, never agreed nor dated, is the one proposed between the same parties)
  if (main.kind === 'reference' && main.status === 'mentioned' && !main.effective && !main.agreed && !main.announced) {
    const proposal = groups.find((g) => g.kind === 'proposal' && record(ctx, g.sentences, g.kind, main.parties)?.parties.join() === main.parties.join());
    if (proposal) {
      const sentences = [...current.sentences, ...proposal.sentences].sort((a, b) => a.index - b.index);
      return [{ kind: 'proposal', sentences, borrowed: new Set(current.sentences.map((x) => x.index)) }, ...groups.filter((g) => g !== current && g !== proposal)];
    }
  }
  const settled = main.agreed ?? main.announced ?? main.effective;
  const same = groups.filter((g) => {
    if (g === current || g.distinct) return false;
    const r = record(ctx, g.sentences, g.kind, main.parties);
    if (r === null || r.parties.join() !== main.parties.join()) return false;
    // (an "earlier" truce agreed the same day as the current one is the current one; so is one the
    // text never calls earlier that started or was agreed within the fortnight)
    const agreedSame = g.kind === 'earlier' && r.agreed !== undefined && settled !== undefined && sameTime(r.agreed, settled);
    return (r.effective !== undefined && main.effective !== undefined && sameTime(r.effective, main.effective)) || agreedSame || (g.kind === 'earlier' && recentUnmarked(ctx, g, r));
  });
  if (same.length === 0) return groups;
  const borrowed = same.flatMap((g) => g.sentences);
  const sentences = [...current.sentences, ...borrowed].sort((a, b) => a.index - b.index);
  return [{ kind: 'current', sentences, borrowed: new Set(borrowed.map((x) => x.index)) }, ...groups.filter((g) => g !== current && !same.includes(g))];
}

/** An "earlier" group by date alone (no "previous", "a 2020 ceasefire", "had earlier declared") whose truce started or was agreed within the fortnight before the article. */
function recentUnmarked(ctx: StoryContext, g: TruceGroup, r: CeasefireReport): boolean {
  const published = ctx.doc.published?.slice(0, 10);
  if (!published || g.sentences.some((s) => EARLIER_WORDING.test(ctx.text(s)) || EARLIER_NP.test(ctx.text(s)) || EARLIER_PLURAL.test(ctx.text(s)))) return false;
  const day = (r.effective ?? r.agreed)?.date;
  return day !== undefined && day >= addDays(published, -14) && day <= addDays(published, 14);
}

/** Two statements of a truce's start agree: the same instant, or the same day when one is known only to the day. */
function sameTime(a: When, b: When): boolean {
  if (a.utc && b.utc) return a.utc === b.utc;
  const day = (w: When) => w.date ?? w.utc?.slice(0, 10);
  return day(a) !== undefined && day(a) === day(b);
}

/**
 * A truce noun phrase with marks of its own, told apart from "the truce": what stands before the
 * noun — "a/an" (`indefinite`), a length ("48-hour", `duration`), a day or a possessive date
 * ("Wednesday's truce", "last week's ceasefire", "the July truce") — and its own agreement date right
 * after it ("a truce agreed on Wednesday", "the truce that was declared in July", `own`); `endedAt`:
 * the day it is told over when it is the subject of "collapsed", "broke down", "expired", ... ("...
 * collapsed on Friday").
 */
type OwnMarks = { own?: When; endedAt?: When; duration?: string; ended: boolean; marked: boolean };

/** The determiner and premodifiers of a truce noun: "a 48-hour", "last week's", "Wednesday's", "the July". */
const NP_HEAD = /\b(an?|the|their|its|last\s+(?:week|weekend|month)'s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day's)\s+((?:(?!(?:a|an|the|to|of|on|in|at|by|for|with|and|or|from|that|which|was|is|had|has)\b)[\w'-]+\s+){0,3})$/i;
const NP_DURATION = new RegExp(`\\b${NUM}[- ](?:hour|day|week|month)s?\\b`, 'i');
/** Right after the noun: its own agreeing participle or relative ("agreed on Wednesday", "that was declared in July"). */
const OWN_PARTICIPLE = /^,?\s*(?:(?:that|which)\s+(?:was|were|had been|has been)\s+)?(?:first\s+|originally\s+|initially\s+)?(?:agreed|declared|announced|reached|signed|brokered|struck|sealed|proclaimed)\b/i;
/** Told over, the truce its subject. */
const OVER_VERB = /\b(?:collapsed|broke down|fell apart|unravell?ed|expired|lapsed|ran out(?! of)|ended(?!\s+(?:the|a|an|more|over|nearly|almost|months|years|weeks|decades|\d)))\b/gi;

function ownMarks(ctx: StoryContext, s: Sentence, text: string): OwnMarks | null {
  const times = ctx.timesIn(s).filter((t) => t.date !== undefined || t.utc !== undefined);
  const nouns = [...text.matchAll(TRUCE_NP)];
  for (const [k, m] of nouns.entries()) {
    const n = m.index;
    const e = n + m[0].length;
    const head = NP_HEAD.exec(text.slice(Math.max(0, n - 60), n));
    if (!head) continue;
    const npStart = n - head[0].length;
    const marks: OwnMarks = { ended: false, marked: /^an?$/i.test(head[1]!) || /'s$/i.test(head[1]!) };
    const dur = NP_DURATION.exec(head[2]!);
    if (dur) marks.duration = dur[0].toLowerCase().replace(/\s+/g, '-').replace(/s$/, '');
    // ("Wednesday's truce", "the July truce": a time among the premodifiers dates it)
    const pre = times.find((t) => t.start - s.start >= npStart && t.end - s.start <= n && !NP_DURATION.test(t.text));
    if (pre) marks.own = whenOfTime(pre);
    const rest = text.slice(e).trimStart();
    const part = OWN_PARTICIPLE.exec(rest);
    if (part && !marks.own) {
      const from = text.length - rest.length + part[0].length;
      const t = times.find((x) => x.start - s.start >= from && x.start - s.start - from <= 25 && /^\s*(?:\w+\s+){0,2}$/.test(text.slice(from, x.start - s.start)) && !/[,;]/.test(text.slice(from, x.start - s.start)));
      if (t) marks.own = whenOfTime(t);
    }
    // (its own verb of ending: the next truce noun, a ";" or a sentence's end closes its clause)
    const next = nouns[k + 1]?.index ?? text.length;
    for (const v of text.matchAll(OVER_VERB)) {
      if (v.index < e || v.index >= next || /[;]/.test(text.slice(e, v.index)) || v.index - e > 120) continue;
      const before = text.slice(0, v.index);
      if (NOT_YET.test(before) || !truceIsSubject(before)) continue;
      // (a relative clause's verb is another subject's: "a truce that ended the war")
      if (/^\s*,?\s*(?:that|which|who)\b/i.test(text.slice(e, v.index)) && !/^\s*,?\s*(?:that|which)\s+(?:had\s+|has\s+)?(?:been\s+)?(?:agreed|declared|announced|signed|brokered)\b[^,]*,/.test(text.slice(e, v.index))) continue;
      marks.ended = true;
      const end = v.index + v[0].length;
      const t = times.find((x) => x.start - s.start >= end && x.start - s.start - end <= 20 && !/[,;]/.test(text.slice(end, x.start - s.start)));
      if (t) marks.endedAt = whenOfTime(t);
      break;
    }
    marks.marked ||= marks.duration !== undefined || marks.own !== undefined;
    if (marks.marked && (marks.own || marks.endedAt)) return marks;
  }
  return null;
}

const dayOf = (w: When | undefined): string | undefined => w?.date ?? w?.utc?.slice(0, 10);

/**
 * Two truces between the same parties told in one article: a sentence of the current group whose
 * truce has marks of its own (`ownMarks`: "a 48-hour truce agreed on Wednesday collapsed on Friday",
 * "the truce agreed in July", "last week's truce") is a different, earlier truce when the rest of
 * the group tells a truce agreed, declared or taking effect, and the marked truce's own agreement
 * day comes at least two days before the day the rest was agreed (more than two before its start,
 * when the agreement is not dated), or it is told over on a day before the rest was agreed (else
 * started, else announced). Such sentences make an `earlier` group of their own (`distinct`), and so do
 * the sentences right after one that say "that truce", or name a truce by its length ("the 48-hour
 * truce") that the rest never gives. A definite "the truce", "the ceasefire", "the agreement"
 * without marks stays with the current truce.
 */
function splitDistinct(ctx: StoryContext, groups: TruceGroup[]): TruceGroup[] {
  const current = groups.find((g) => g.kind === 'current');
  if (!current || current.sentences.length < 2) return groups;
  const marks = new Map<number, OwnMarks>();
  for (const s of current.sentences) {
    const m = ownMarks(ctx, s, ctx.text(s));
    if (m) marks.set(s.index, m);
  }
  if (marks.size === 0) return groups;
  const rest = current.sentences.filter((s) => !marks.has(s.index));
  const main = rest.length ? record(ctx, rest, 'current', null) : null;
  if (!main || main.kind !== 'agreement') return groups;
  const agreed = dayOf(main.agreed);
  const effective = dayOf(main.effective);
  const settled = agreed ?? effective ?? dayOf(main.announced);
  if (!settled) return groups;
  // (a day's slack for the agreement — "agreed late on Saturday", "early on Sunday" —, two for the start)
  const ownBefore = agreed ? addDays(agreed, -1) : effective ? addDays(effective, -2) : undefined;
  const earlierTruce = (m: OwnMarks): boolean => {
    const own = dayOf(m.own);
    const over = dayOf(m.endedAt);
    return (own !== undefined && ownBefore !== undefined && own < ownBefore) || (over !== undefined && over < settled);
  };
  const apart = current.sentences.filter((s) => marks.has(s.index) && earlierTruce(marks.get(s.index)!));
  if (apart.length === 0) return groups;
  const lengths = new Set(apart.map((s) => marks.get(s.index)!.duration).filter((x): x is string => x !== undefined));
  const mainLength = main.duration ? NP_DURATION.exec(main.duration)?.[0].toLowerCase().replace(/\s+/g, '-').replace(/s$/, '') : undefined;
  const taken = new Set(apart.map((s) => s.index));
  for (const s of current.sentences) {
    if (taken.has(s.index)) continue;
    const text = ctx.text(s);
    const afterOne = [...taken].some((i) => s.index > i && s.index - i <= 2) && /\b(?:that|the same|the earlier|the previous|the failed|the collapsed) (?:cease-?fire|truce|agreement|deal)\b/i.test(text);
    const byLength = [...lengths].some((l) => l !== mainLength && new RegExp(`\\bthe\\s+${l.replace('-', '[- ]')}s?[- ](?:long\\s+)?(?:cease-?fire|truce)`, 'i').test(text));
    if (afterOne || byLength) taken.add(s.index);
  }
  const keep = current.sentences.filter((s) => !taken.has(s.index));
  if (keep.length === 0) return groups;
  const distinct: TruceGroup = { kind: 'earlier', sentences: current.sentences.filter((s) => taken.has(s.index)), distinct: true };
  return [...groups.map((g) => (g === current ? { ...g, sentences: keep } : g)), distinct];
}

/** A ceasefire only put forward, refused or not reached: not an agreed one. */
/** "did not agree", "would not agree to any ceasefire", "refused to accept": no agreement. */
const NOT_AGREED = "failed to (?:agree|reach)|no agreement on|(?:did|does|do|would|will|could|can|should)(?: not|n't) (?:agree|accept|reach|sign)|won't (?:agree|accept|sign)|cannot (?:agree|accept)|refus\\w* to (?:agree|accept|sign)|never (?:agree|accept)";
const PROPOSED = new RegExp(`\\b(propos\\w*|call(?:ed|s|ing)? for|push(?:ed|es|ing)? for|offer(?:ed|s|ing)?|reject\\w*|refus\\w*|turned down|spurn\\w*|${NOT_AGREED})\\b`, 'i');
/** The ceasefire noun phrase, for looking at what stands right before it. */
const TRUCE_NP = /\b(cease-?fires?|truces?|armistice)\b/gi;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec';
/** "a previous truce", "an earlier ceasefire", "a 2020 ceasefire", "the 2023 truce", "last year's truce", "another truce" (not
 * "another violation of the truce", "another truce violation"). */
// ("the first phase of a ceasefire agreement" is a part of the current truce, no earlier one)
const EARLIER_NP = new RegExp(`\\b(?:(?:a|an|the)\\s+(?:previous|earlier|former|prior|last|first(?!\\s+(?:phase|stage|part|step|round)\\b)|old)|(?:a|an|the)\\s+(?:\\S+\\s+){0,2}(?:19|20)\\d\\d|last (?:year|month)'s|(?:${MONTHS})\\s+(?:19|20)\\d\\d)\\s+(?:[\\w-]+\\s+){0,3}(?:cease-?fire|truce)|\\banother\\s+(?:(?!of\\b)[\\w-]+\\s+){0,2}(?:cease-?fire|truce)(?![\\w-]|\\s+(?:violations?|breach(?:es)?)\\b)`, 'i');

/** "Three earlier truces", "previous ceasefires", "all past truces": earlier truces in the plural. */
const EARLIER_PLURAL = /\b(?:previous|earlier|prior|past)\s+(?:[\w-]+\s+){0,2}(?:cease-?fires|truces)\b/i;

/**
 * The group of each ceasefire sentence. A sentence about an earlier truce names it as earlier
 * ("a previous truce", "a 2020 ceasefire", "had earlier declared a ... truce") or dates it before
 * the article by more than a fortnight; "that truce" follows the group of the sentence before.
 * A sentence about a proposal has a proposing or refusing verb ("rejected a ceasefire proposal")
 * and no agreeing one; anything else is about the current truce.
 */
export function splitByTruce(ctx: StoryContext, topical: Sentence[]): TruceGroup[] {
  const published = ctx.doc.published ?? '';
  const kinds: Array<TruceGroup['kind']> = [];
  topical.forEach((s, i) => {
    const text = ctx.text(s);
    const prev = i > 0 ? kinds[i - 1] : undefined;
    if (prev && prev !== 'current' && /\b(that|this|the same|the earlier|the previous) (cease-?fire|truce|agreement|deal)\b/i.test(text) && s.index - topical[i - 1]!.index <= 2) {
      kinds.push(prev);
      return;
    }
    if (isEarlier(ctx, s, text, published)) kinds.push('earlier');
    else if (isProposal(text)) kinds.push('proposal');
    else kinds.push('current');
  });
  const groups: TruceGroup[] = [];
  for (const kind of ['current', 'proposal', 'earlier'] as const) {
    const sentences = topical.filter((_, i) => kinds[i] === kind);
    if (sentences.length) groups.push({ kind, sentences });
  }
  return groups;
}

/** "had earlier declared a truce", "has already agreed a ceasefire". */
const EARLIER_WORDING = /\b(?:had|has) (?:earlier|previously|already) (?:\w+ ){0,2}(?:declared|agreed|announced|signed)\b[^.;]*\b(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:cease-?fire|truce)/i;

function isEarlier(ctx: StoryContext, s: Sentence, text: string, published: string): boolean {
  if (!CEASEFIRE.test(text)) return false;
  if (EARLIER_NP.test(text) || EARLIER_PLURAL.test(text)) return true;
  if (EARLIER_WORDING.test(text)) return true;
  if (!published) return false;
  // a truce introduced with "a/an" and dated well before the article: "a one-week truce in May 2023"
  // the old date must follow the truce noun ("a truce in Khartoum ... in May 2023"), not belong
  // to something before it ("their first talks since 2022, but failed to agree on a ceasefire")
  const nouns = [...text.matchAll(TRUCE_NP)].filter((m) => /\b(?:a|an)\s+(?:[\w-]+\s+){0,3}$/i.test(text.slice(0, m.index))).map((m) => m.index);
  if (nouns.length === 0) return false;
  const limit = addDays(published.slice(0, 10), -14);
  return ctx.timesIn(s).some((t) => {
    const at = t.start - s.start;
    const old = (!t.inferred || t.precision === 'month' || t.precision === 'year') && t.date !== undefined && t.date < limit;
    // ("a truce ending fighting that began in January": the date is the fighting's, not the truce's)
    return old && nouns.some((n) => at > n && at - n <= 100 && !OTHER_HAPPENING.test(text.slice(n, at)));
  });
}

/** Between a truce noun and a date: another happening the date belongs to. */
const OTHER_HAPPENING = /\b(?:fighting|war|clashes|conflict|violence|offensive|crisis|dispute|talks|negotiations|hostilities|shelling|strikes|attacks?|that|which|since)\b/i;

/**
 * One side accepting a proposal, a hope or readiness to agree, an agreement on a condition, talks
 * to discuss one: still not an agreed truce ("hopes the two sides will agree to a truce", "said
 * it would agree to a ceasefire if ...", "ready to sign a truce once ...", "to discuss a possible ceasefire").
 */
const ONE_SIDED = new RegExp([
  '\\baccept\\w* (?:a|an|the) (?:[\\w-]+ ){0,3}(?:proposal|plan|offer|initiative)\\b',
  "\\b(?:hop(?:e|es|ed|ing)|expect(?:s|ed|ing)?|ready|willing|prepared|wants?|wanted)\\b[^;]*?\\b(?:to|will|would) (?:sign|agree|accept|reach)\\b",
  '\\b(?:would|will|could) (?:only )?(?:sign|agree|accept)\\b[^;]*?\\b(?:if|once|provided|unless|as long as)\\b',
  // ("discussed the truce" is about the one in force)
  '\\b(?:discuss(?:es|ed|ing)?|talks? (?:on|about))\\s+(?:an?\\s+|(?:the\\s+)?(?:possible|potential|proposed)\\s+)(?:possible\\s+|potential\\s+|new\\s+)?(?:[\\w-]+\\s+)?(?:cease-?fire|truce)',
].join('|'), 'i');

/**
 * A refusing verb aimed at something else than a truce ("rejected accusations that it had violated
 * the truce", "denied reports that ..."), or an appeal that the truce in force be kept ("called
 * for the truce to be respected", "called for the ceasefire to hold"): about the existing truce.
 */
const NOT_ABOUT_PROPOSAL = /\b(?:reject\w*|refus\w*|dismiss\w*|turned down)\s+(?:the\s+|an?\s+|any\s+)?(?:[\w-]+\s+)?(?:accusations?|allegations?|claims?|charges?|reports?|suggestions?|criticism|assertions?)\b|\b(?:call\w*|push\w*|urg\w*)\s+(?:on\s+[^.;]{1,60}?\s+)?(?:for\s+)?(?:the|this|that|their|its)\s+(?:[\w-]+\s+){0,2}(?:cease-?fire|truce)\s+to\s+(?:be\s+(?:respected|upheld|hono(?:u)?red|observed|maintained|implemented|consolidated|extended|preserved)|hold|remain|continue|stay)\b/i;

function isProposal(text: string): boolean {
  if (NOT_ABOUT_PROPOSAL.test(text) && !PROPOSED.test(text.replace(new RegExp(NOT_ABOUT_PROPOSAL.source, 'gi'), ''))) return false;
  if (ONE_SIDED.test(text) && !/\b(signed|took effect|came into (?:force|effect)|went into effect|both (?:sides|parties) (?:agreed|accepted))\b/i.test(text)) return true;
  if (!PROPOSED.test(text)) return false;
  // (and a truce "observed", "respected" or "maintained" for a time is in force: "which has observed a de facto truce with
  // the Houthis for two years, called for restraint")
  const agreedWords = /\b(agreed|accepted|signed|took effect|came into (?:force|effect)|went into effect|(?:has|have|had) (?:largely )?(?:observed|respected|maintained|upheld))\b/i;
  // "agreed to the ceasefire proposed by Qatar", "accepted the proposal": the truce is agreed;
  // "the army rejected ... a day after the RSF said they had accepted it": one side only
  return !agreedWords.test(text) || new RegExp(NOT_AGREED, 'i').test(text) || (REJECTED.test(text) && !/\b(agreed|signed|took effect|came into (?:force|effect)|went into effect)\b/i.test(text));
}

/** "The first phase lasts 42 days": the length is the phase's, so the phase is kept with it. */
function phaseOf(text: string, at: number): string {
  const m = /\b(?:first|second|third|initial|next) (?:phase|stage)\s+(?:of (?:the|a) (?:[\w-]+ ){0,2})?$/i.exec(text.slice(0, at));
  return m ? m[0] : '';
}

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function record(ctx: StoryContext, sentences: Sentence[], group: TruceGroup['kind'], fallback: string[] | null, elsewhere: Set<number> = new Set(), borrowed: Set<number> = new Set()): CeasefireReport | null {
  const eventMediators = new Set([...mediatorsFromEvents(ctx, sentences), ...mediatorsFromText(ctx, sentences), ...proposedByText(ctx, sentences)]);
  let parties = partiesOf(ctx, sentences, eventMediators, group === 'current' ? null : fallback);
  if (parties.length < 2 && fallback) parties = fallback;
  if (parties.length < 2) return null;
  const report: CeasefireReport = {
    kind: group === 'current' && isAgreement(ctx, sentences) ? 'agreement' : 'reference',
    parties, mediators: mediatorsOf(ctx, sentences, parties, group === 'current', elsewhere), announcedBy: [], conditions: [], extensions: [], violations: [], evidence: [],
    // ("had rejected a proposal for a truce in January": an earlier truce only ever proposed)
    status: group === 'proposal' || (group === 'earlier' && sentences.every((s) => isProposal(ctx.text(s)))) ? 'proposed' : 'mentioned', statusEvidence: [],
  };
  for (const s of sentences) {
    const text = ctx.text(s);
    report.evidence.push(ctx.evidence(s));
    // ("India accused Pakistan of violating the understanding reached hours earlier, Misri said": a
    // violation report announces nothing, and its time is the accusation's)
    const accusing = VIOLATION.test(text) && !DENIED_VIOLATION.test(text);
    if (group !== 'proposal' && !accusing) collectAnnouncers(ctx, s, text, report);
    collectTimes(ctx, s, text, report, expiryOf(ctx, s, text)?.timeStart, accusing);
    if (borrowed.has(s.index)) continue; // ("the first since a 2020 ceasefire collapsed": that truce collapsed)
    const cond = CONDITION.exec(text);
    if (cond) report.conditions.push(`${cond[1]}${cond[2]}`.trim());
    const dur = DURATION.exec(text);
    // "had largely held for two months" says how long it lasted, not the duration agreed; so does
    // "ending a five-month truce" (not "a 30-hour truce declared by Russia collapsed")
    if (dur && !report.duration && !/\b(held|holding|lasted|in place)\s+(?:\w+\s+)?$|\b(?:ending|ended|end to|shattering|shattered|breaking)\s+(?:a|an|the|their|its)\s+$/i.test(text.slice(0, dur.index))) report.duration = phaseOf(text, dur.index) + dur[0];
    const extended = isExtension(text);
    if (extended) report.extensions.push(extension(ctx, s, text));
    const clash = !VIOLATION.test(text) && clashAfterTruce(ctx, s, text, parties);
    // ("rejected accusations that it had violated the truce": a denial is neither a violation nor a violated status)
    const violated = reportsViolation(text) || clash;
    if (violated) report.violations.push(violation(ctx, s, text, parties));
    const expiry = group === 'proposal' ? null : expiryOf(ctx, s, text);
    if (expiry?.when && !report.expired) report.expired = expiry.when;
    if (group !== 'proposal' && !extended && !report.until) {
      const until = statedEnd(ctx, s, text, expiry?.timeStart);
      if (until) report.until = until;
    }
    updateStatus(ctx, s, text, report, extended, violated, expiry !== null);
  }
  // ("from 6 p.m. on Saturday until midnight on Sunday ... The truce ended at midnight": a bare "midnight" of
  // the expiry is the stated end's, not the midnight the story's last day began with)
  if (report.expired && report.until && /^midnight$/i.test(report.expired.stated ?? '') && /\bmidnight\b/i.test(report.until.stated ?? '')) report.expired = report.until;
  const proposers = proposersOf(ctx, sentences.filter((s) => !borrowed.has(s.index)));
  if (proposers.length) report.proposedBy = proposers;
  const denials = denialsOf(ctx, sentences, report);
  if (denials.length) report.denials = denials;
  settleEffective(ctx, sentences, report);
  if (group === 'current' && report.status === 'mentioned' && report.kind === 'agreement') {
    report.status = 'agreed';
    report.statusEvidence = [report.evidence[0]!];
  }
  oneSided(ctx, sentences.filter((s) => !borrowed.has(s.index)), report);
  return report;
}

/**
 * "agreed to", "accepted", "agrees": a side's acceptance, past or present, not supposed ("would
 * accept", "refused to accept", "has not agreed", "if it accepts"), nor a participle ("the truce agreed
 * on Monday"); what it accepts is in its clause: a truce, "it", "the proposal/plan/deal/terms".
 */
const ACCEPT_VERB = /\b(?:agreed|agrees|accepted|accepts|consented|said yes)\b/gi;
const ACCEPT_NOT = /(?:\b(?:not|never|will|would|could|might|may|should|shall|must|if|unless|whether|to|yet|cannot)|n't)\s+(?:\w+\s+)?$|\b(?:the|an?|its|their|cease-?fires?|truces?|deal|agreement|pause|halt|plan|proposal|terms|mutually)\s+$/i;
const ACCEPTED_THING = /\b(?:it|them|the\s+(?:[\w-]+\s+){0,3}(?:proposal|plan|offer|deal|initiative|terms|agreement|arrangement|pause|halt|truce|cease-?fire))\b/i;
/** "rejected", "refused", "turned down", "did not accept": a side's refusal. */
const REFUSE_VERB = new RegExp(`\\b(?:rejected|rejects|refused|refuses|turned (?:it |the \\w+ )?down|spurned|dismissed|${NOT_AGREED})\\b`, 'gi');
/** "would accept the truce only if", "will agree ... once": an acceptance supposed, none yet. */
const CONDITIONAL_ACCEPT = /\b(?:would|will|could) (?:only )?(?:accept|agree|sign)\b(?=[^.;]*?\b(?:if|once|provided|unless|as long as)\b)/gi;
/** A refusal of an accusation or a report is none of the truce. */
const REFUSED_OTHER = /^\s+(?:\w+\s+){0,2}?(?:the\s+|any\s+|all\s+)?(?:[\w-]+\s+)?(?:accusations?|allegations?|claims?|charges?|reports?|suggestions?|criticism|assertions?)\b/i;
/** Both sides agreeing, or a truce that began or was signed: no one-sided acceptance. */
const MUTUAL_AGREED = /\b(?:both sides|both parties|the two sides|the two countries|both countries|both governments|the parties|each side|all sides)\b[^.;]{0,40}\b(?:agreed|accepted|signed)\b|\b(?:took effect|came into (?:force|effect)|went into effect|signed)\b/i;

/**
 * The sides a sentence tells doing `verb` (ACCEPT_VERB, REFUSE_VERB), as actor keys: the subject —
 * the last actor before the verb in its clause, with the actors coordinated before it ("Kenya and
 * Somalia agreed"), every party for "both sides agreed" — or the agent of a passive ("was accepted by
 * X"). `keep` filters the matches by the words before and after the verb.
 */
function tellers(ctx: StoryContext, s: Sentence, verb: RegExp, keep: (before: string, after: string) => boolean, parties?: string[]): string[] {
  const text = maskAbbreviations(ctx.text(s));
  const ms = ctx.actorsIn(s).filter((m) => mentionCountry(m) || m.members);
  const key = (m: ActorMention): string[] => (m.members ?? [m.code]).map((c) => (parties ? partyOfMention(m.members ? { ...m, code: c, kind: 'country' } : m, parties) : partyKey(c, m.members ? undefined : m.kind))).filter((x): x is string => x !== undefined);
  const out = new Set<string>();
  for (const m of text.matchAll(new RegExp(verb.source, 'gi'))) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (!keep(before, after)) continue;
    const byAgent = /^\s+by\s+/i.exec(after);
    if (byAgent && /\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$/i.test(before)) {
      const from = m.index + m[0].length + byAgent[0].length;
      const agent = ms.find((x) => x.start - s.start >= from && x.start - s.start <= from + 4);
      if (agent) key(agent).forEach((k) => out.add(k));
      continue;
    }
    const clauseStart = Math.max(before.lastIndexOf(';'), 0);
    if (parties && MUTUAL.test(before.slice(Math.max(clauseStart, before.length - 40)))) {
      parties.forEach((p) => out.add(p));
      continue;
    }
    let i = ms.map((x, j) => [x, j] as const).filter(([x]) => x.end - s.start <= m.index && x.start - s.start >= clauseStart).pop()?.[1];
    if (i === undefined) continue;
    // ("the RSF said they had accepted it": the pronoun after "X said" is X's own)
    if (i > 0 && /^(?:it|they|he|she|we)$/i.test(ms[i]!.text) && /^\s+(?:(?:on|late on|early on)\s+\w+\s+)?(?:said|says|announced|stated|added)\s+(?:(?:on|late on|early on)\s+\w+\s+)?(?:that\s+)?$/i.test(text.slice(ms[i - 1]!.end - s.start, ms[i]!.start - s.start))) i -= 1;
    for (const x of [...coordinatedBefore(text, s, ms, i), ms[i]!]) key(x).forEach((k) => out.add(k));
  }
  return [...out];
}

const acceptKeep = (before: string, after: string): boolean =>
  !ACCEPT_NOT.test(before) && !/^\s+(?:on\s+\w+\s+)?to\s+(?:extend|prolong|renew|discuss|hold|meet|talk|negotiate|resume|continue|consider|study|review|exchange|release|allow|open|form|set up|work)\b/i.test(after)
  && (CEASEFIRE.test(after.split(/[.;]/)[0]!.slice(0, 120)) || ACCEPTED_THING.test(after.split(/[.;]/)[0]!.slice(0, 80)));
const refuseKeep = (before: string, after: string): boolean => !SUPPOSED_BEFORE.test(before.slice(-40)) && !REFUSED_OTHER.test(after);

/**
 * One side accepted, the other did not: a record whose sentences (and the sentence right after
 * each: "The army did not respond") tell exactly one party accepting it, the other party named and
 * telling no acceptance of its own (rejecting it, or silent), nobody proposing it among the parties
 * (a party's proposal the other accepts is agreed between them), no mutual agreement ("both sides
 * agreed", "signed", "took effect") is `accepted-by-one-side`, not agreed, proposed or rejected (a
 * status graver than agreed — holding, violated, ... — stays: the article treats the truce as in force).
 */
function oneSided(ctx: StoryContext, sentences: Sentence[], r: CeasefireReport): void {
  if (r.parties.length !== 2 || STATUS_RANK[r.status ?? 'mentioned'] > STATUS_RANK.agreed) return;
  const next = sentences.map((s) => ctx.doc.sentences.find((x) => x.index === s.index + 1)).filter((x): x is Sentence => x !== undefined && !sentences.includes(x));
  const all = [...sentences, ...next.filter((x, i) => next.indexOf(x) === i)].sort((a, b) => a.index - b.index);
  if (all.some((s) => MUTUAL_AGREED.test(ctx.text(s)))) return;
  const accepted = new Map<string, Sentence[]>();
  const refused = new Map<string, Sentence[]>();
  for (const s of all) {
    for (const k of tellers(ctx, s, ACCEPT_VERB, acceptKeep, r.parties)) accepted.set(k, [...(accepted.get(k) ?? []), s]);
    for (const k of tellers(ctx, s, REFUSE_VERB, refuseKeep, r.parties)) refused.set(k, [...(refused.get(k) ?? []), s]);
    // (or accepting it only on a condition: "Somalia said it would accept the truce only if ...")
    for (const k of tellers(ctx, s, CONDITIONAL_ACCEPT, () => true, r.parties)) refused.set(k, [...(refused.get(k) ?? []), s]);
  }
  if (accepted.size !== 1) return;
  const [by] = [...accepted.keys()];
  const other = r.parties.find((p) => p !== by)!;
  if ((r.proposedBy ?? []).some((p) => r.parties.includes(p))) return;
  // (the other side's silence must be told: "X agreed to a truce with Y" with nothing more is a truce of both —
  // news writes a bilateral agreement so — not one side's acceptance)
  // (a state body stands for its state: "The army did not respond")
  const silent = all.some((s) => SILENT.test(ctx.text(s)) && ctx.actorsIn(s).some((m) => partyOfMention(m, r.parties) === other
    || (mentionCountry(m) === other && partyKey(m.code, m.kind) !== by)
    // (and one named by its sector alone faces the state's own rebels: the RSF accepted, "the army" is Sudan's)
    || (m.kind === 'agent' && /^(?:GOV|MIL|COP|JUD|LEG)$/.test(m.code) && other.length === 3 && by!.startsWith(other))));
  if (!refused.has(other) && !silent) return;
  r.status = 'accepted-by-one-side';
  r.kind = 'reference';
  r.acceptedBy = [by!];
  if (refused.has(other)) r.rejectedBy = [other];
  const told = [...accepted.get(by!)!, ...(refused.get(other) ?? [])].sort((a, b) => a.index - b.index);
  r.statusEvidence = told.filter((x, i) => told.indexOf(x) === i).map((x) => ctx.evidence(x));
}

/**
 * A current truce told accepted by one side only, and a proposal group telling a refusal by another
 * side ("The RSF said it had agreed to the truce ... The army rejected the plan"): one truce, one
 * record (the parties are then read from both).
 */
function joinOneSided(ctx: StoryContext, groups: TruceGroup[]): TruceGroup[] {
  const current = groups.find((g) => g.kind === 'current');
  const proposal = groups.find((g) => g.kind === 'proposal');
  if (!current || !proposal || current.sentences.some((s) => MUTUAL_AGREED.test(ctx.text(s)))) return groups;
  const accepted = new Set(current.sentences.flatMap((s) => tellers(ctx, s, ACCEPT_VERB, acceptKeep)));
  if (accepted.size !== 1) return groups;
  // (or accepting it only on a condition: "Somalia said it would accept the truce only if ...")
  const refused = proposal.sentences.flatMap((s) => [...tellers(ctx, s, REFUSE_VERB, refuseKeep), ...tellers(ctx, s, CONDITIONAL_ACCEPT, () => true)]);
  if (!refused.some((k) => !accepted.has(k) && country(k) !== 'IGO')) return groups;
  const sentences = [...current.sentences, ...proposal.sentences].sort((a, b) => a.index - b.index);
  return [{ kind: 'current', sentences }, ...groups.filter((g) => g !== current && g !== proposal)];
}

/** The other side's silence told: "did not respond", "has yet to accept", "made no comment", "was silent". */
const SILENT = /\b(?:(?:did|has|have|had)\s+not\s+(?:(?:yet|immediately|publicly|formally|officially)\s+)?(?:respond|responded|reply|replied|comment|commented|react|reacted|accept|accepted|agree|agreed|say|said)|(?:has|have|had)\s+yet\s+to\s+(?:respond|reply|comment|react|accept|agree|say)|(?:made|gave)\s+no\s+(?:comment|response|reply)|no\s+(?:immediate\s+)?(?:comment|response|reaction|reply)\s+from|(?:was|were|remained|has\s+been|have\s+been)\s+silent|declined\s+to\s+comment)\b/i;

const IMMEDIATE = /\b(?:immediate (?:[\w-]+ )?(?:cease-?fire|truce|cessation)|with immediate effect|effective immediately|effect immediately)\b/i;
const WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i;

/**
 * "agreed on Monday to a truce starting at midnight (2100 GMT) on Tuesday": a truce takes effect
 * no earlier than it is agreed or announced, so a weekday read as last week's is next week's; an end
 * told by a weekday that then falls before the start moves with it.
 * "an immediate ceasefire", "with immediate effect": it takes effect when agreed (or announced).
 */
function settleEffective(ctx: StoryContext, sentences: Sentence[], r: CeasefireReport): void {
  const settled = r.agreed ?? r.announced;
  const e = r.effective;
  if (e?.date && e.inferred && settled?.date && e.date < settled.date && addDays(e.date, 7) >= settled.date && WEEKDAY.test(e.stated ?? '')) {
    r.effective = weekLater(e);
    // (and so does the end it was given, told by a weekday too: "until midnight on Sunday")
    const u = r.until;
    if (u?.date && u.inferred && WEEKDAY.test(u.stated ?? '') && u.date < r.effective.date!) r.until = weekLater(u);
  }
  if (!r.effective && settled?.date && sentences.some((s) => IMMEDIATE.test(ctx.text(s)))) r.effective = { ...settled };
}

/** The same time a week later (day and instant). */
function weekLater(w: When): When {
  const utc = w.utc ? new Date(Date.parse(w.utc) + 7 * 86400000).toISOString().replace('.000Z', 'Z') : undefined;
  return { ...w, date: addDays(w.date!, 7), ...(utc ? { utc } : {}) };
}

/** A conditional or a question right before a refusal: "if it refused", "unless Hamas rejects", "whether Russia would reject". */
const SUPPOSED_BEFORE = /\b(?:if|unless|whether|should|in case)\s+(?:[\w'-]+\s+){0,3}(?:(?:would|will|could|might)\s+)?$/i;
const REJECTED = new RegExp(`\\b(reject\\w*|refus\\w*|turned down|spurn\\w*|${NOT_AGREED})\\b`, 'i');
const HOLDING = /\b(?:is|was|were|are|remain(?:ed|s)?|appear(?:ed|s)? to be|seem(?:ed|s)? to be)\s+(?:largely |broadly |mostly |generally |still )?(?:holding|intact|in place)\b|\b(?:cease-?fire|truce|agreement|deal)(?:\s+between\s+[^,.;]{1,60}?)?\s+(?:largely |broadly |mostly |generally )?held\b(?!\s+(?:talks|a|an|the|its|their)\b)|\b(?:has|have|had)\s+(?:largely |broadly |mostly |generally |so far )?held(?=\s*(?:[,.;]|$|\s(?:since|for|despite|through|until|so far|up)\b))/i;
const STATUS_RANK: Record<NonNullable<CeasefireReport['status']>, number> = { mentioned: 0, proposed: 1, rejected: 2, 'accepted-by-one-side': 3, agreed: 4, holding: 5, violated: 6, extended: 7, expired: 8, collapsed: 9 };

/**
 * The status the sentences report, the gravest wins: collapsed > expired > extended > violated >
 * holding > agreed. A truce that ran its term is expired, not collapsed: nobody broke it. In one
 * sentence an extension wins over the expiry it follows ("agreed to extend the truce, which had
 * expired on Friday": renewed). A proposal is proposed or rejected only. Each status keeps the
 * sentences behind it.
 */
function updateStatus(ctx: StoryContext, s: Sentence, text: string, r: CeasefireReport, extended: boolean, violated: boolean, expired: boolean): void {
  let st: CeasefireReport['status'] | null = null;
  if (r.status === 'proposed' || r.status === 'rejected') {
    // ("sanctions on Moscow if it refused a full ceasefire": a refusal supposed is none)
    const m = REJECTED.exec(text);
    if (m && !SUPPOSED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) st = 'rejected';
  } else if (reportsCollapse(text) || (ANAPHOR.test(text) && truceEnded(text))) st = 'collapsed';
  else if (extended) st = 'extended';
  else if (expired) st = 'expired';
  else if (violated) st = 'violated';
  else if (HOLDING.test(text)) st = 'holding';
  if (!st) return;
  const cur = r.status ?? 'mentioned';
  if (st === cur) r.statusEvidence!.push(ctx.evidence(s));
  else if (STATUS_RANK[st] > STATUS_RANK[cur]) {
    r.status = st;
    r.statusEvidence = [ctx.evidence(s)];
  }
}

/**
 * "the truce expired at midnight", "the ceasefire lapsed on Sunday", "the truce had run out", "the
 * pause came to an end", "the truce ended at midnight", "after the expiry of the truce": the truce ran its term. The truce (or
 * "the deal", "the extension") must be the subject, in the same clause; a future, modal or negated
 * verb ("is due to expire", "would lapse", "has not expired", "no expiry date") is no expiry.
 */
const EXPIRED = /\b(?:cease-?fires?|truces?|armistice|pause|moratorium|agreement|deal|extension|hostilities)\b[^.;]{0,80}?\b(expired|lapsed|ran out(?! of)|run out(?! of)|c[ao]me to an end|ended(?= at midnight| as (?:scheduled|planned)))\b|\b(?:after|since|following|upon|with)\s+(?:the\s+)?(?:expiry|expiration|lapse)\s+of\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}(?:cease-?fire|truce|pause|agreement|deal|extension)\b/i;
const NOT_YET = /(?:\b(?:not|never|will|would|could|might|may|should|if|unless)|n't)\s+(?:\w+\s+)?(?:have\s+)?$/i;

/** Nouns that can be what expired or ended: the truce's, and others ("a grain deal expired", "the war came to an end"). */
const ENDING_NOUN = /\b(?:cease-?fires?|truces?|armistice|pause|moratorium|extension|agreement|deal|accord|hostilities|war|fighting|conflict|offensive|operation|talks|negotiations|visa|licen[cs]e|permit|mandate|deadline|ultimatum|term|contract|treaty|pact|sanctions?|lease)\b/gi;
/** "a grain deal", "the trade agreement", "the nuclear accord": another kind of deal. */
const OTHER_DEAL = /\b(?:trade|grain|nuclear|water|gas|oil|arms|debt|loan|export|import|shipping|economic|free-trade|fishing|transit|peace|prisoner)\s+$/i;

/** The noun nearest before the verb in its clause is the truce: "the truce ... expired", not "a grain deal expired". */
function truceIsSubject(before: string): boolean {
  const clause = before.split(/[.;]/).pop() ?? '';
  const last = [...clause.matchAll(ENDING_NOUN)].pop();
  if (!last) return false;
  const noun = last[0].toLowerCase();
  const lead = clause.slice(0, last.index);
  if (/^(?:agreement|deal|accord)$/.test(noun)) return !OTHER_DEAL.test(lead);
  if (noun === 'hostilities') return /\bcessation of (?:all )?$/i.test(lead);
  return /^(?:cease-?fires?|truces?|armistice|pause|moratorium|extension)$/.test(noun);
}

/** The truce's expiry in a sentence, with the time stated right after the verb ("expired at midnight on Sunday") or at the head of the sentence ("On Sunday, the truce expired"). */
function expiryOf(ctx: StoryContext, s: Sentence, text: string): { when?: When; timeStart?: number } | null {
  const m = EXPIRED.exec(maskAbbreviations(text));
  if (!m) return null;
  const verbAt = m.index + m[0].length;
  if (m[1] !== undefined && (NOT_YET.test(text.slice(0, verbAt - m[1].length)) || !truceIsSubject(maskAbbreviations(text).slice(0, verbAt - m[1].length)))) return null;
  const times = ctx.timesIn(s);
  const after = times.find((t) => t.start - s.start >= verbAt && t.start - s.start - verbAt <= 40 && !/[.;,]/.test(text.slice(verbAt, t.start - s.start)));
  const head = times.find((t) => t.end - s.start <= m.index && /^\W*(?:on|late on|early on|at|by)?\s*$/i.test(text.slice(0, t.start - s.start)));
  const t = after ?? head;
  return t ? { when: whenOfTime(t), timeStart: t.start } : {};
}

const AGREE = /\b(agree[sd]?|agreeing|worked out|hammered out|sign(?:s|ed|ing)?|declare[sd]?|declaring|announc\w*|reach(?:ed|es)?|broker\w*|take[sn]? effect|took effect|came into (?:force|effect)|begin[s]?|began|will start)\b/i;
/** A truce reported as over: past-tense collapse verbs, or "ending a five-month truce" (not "would end"). */
// ("a ceasefire that ended more than a year of fighting": a truce that ended a war has not ended itself)
const ENDED = /\b(ended(?!\s+(?:the|a|an|more|over|nearly|almost|months|years|weeks|decades|\d))|collapsed|broke down|has broken down|shattered|abandoned|ending (?:a|the|an) (?:[\w-]+ ){0,2}(?:truce|cease-?fire))\b/i;

/**
 * An article reports a ceasefire AGREEMENT (a new record) when an asserted ceasefire event or a
 * ceasefire sentence with agreeing/declaring/taking-effect verbs is present; otherwise it only
 * REFERS to a ceasefire (its extension, violation, collapse), which joins an existing record.
 */
function isAgreement(ctx: StoryContext, topical: Sentence[]): boolean {
  if (ctx.asserted.some((e) => e.cameo === '0871' && isTopical(ctx, e.sentence, topical))) return true;
  return topical.some((s) => {
    const text = ctx.text(s);
    // (not "signed a document that would guarantee the ceasefire": a truce guaranteed is one agreed before)
    return CEASEFIRE.test(text) && AGREE.test(text) && !truceEnded(text) && !THIRD_ROLE.test(text) && !new RegExp(NOT_AGREED, 'i').test(text);
  });
}

/**
 * The sentence of a record that states one of its times (`w.stated`, the words before a bracket
 * enough), else the record's first sentence: what a timeline entry or a stored statement cites.
 */
export function evidenceOfTime(c: CeasefireReport, w: When): Evidence {
  return c.evidence.find((e) => w.stated !== undefined && e.text.includes(w.stated.split(' (')[0]!)) ?? c.evidence[0] ?? { text: '', start: 0, end: 0 };
}

/** The text says the truce ended or collapsed. */
export function reportsCollapse(text: string): boolean {
  return CEASEFIRE.test(text) && truceEnded(text);
}

/** A word of ending or collapse not said of talks or fighting ("after talks in Doha that ended early on Sunday"). */
function truceEnded(text: string): boolean {
  if (!ENDED.test(text)) return false;
  const re = new RegExp(ENDED.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) if (!NOT_TRUCE_ENDED.test(text.slice(Math.max(0, m.index - 50), m.index)) && !supposed(text, m.index)) return true;
  return false;
}

/** A condition opened shortly before, in the same clause: "if the truce collapsed", "unless the deal is violated". */
const SUPPOSED_CLAUSE = /\b(?:if|unless|whether|in case|should|lest)\b[^,;.:]{0,60}$/i;

/** The word at `at` is only supposed, in a clause of condition ("would impose sanctions if the deal was violated"). */
function supposed(text: string, at: number): boolean {
  return SUPPOSED_CLAUSE.test(text.slice(Math.max(0, at - 70), at));
}

/** The text reports a violation (or breach) that is neither denied nor only supposed ("if the deal was violated"). */
function reportsViolation(text: string): boolean {
  if (!VIOLATION.test(text) || DENIED_VIOLATION.test(text)) return false;
  const re = new RegExp(VIOLATION.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) if (!supposed(text, m.index)) return true;
  return false;
}

/** What ended right before "ended" is talks, a meeting or the fighting, not the truce. */
const NOT_TRUCE_ENDED = /\b(?:talks|negotiations|meetings?|summit|round|visit|session|conference|war|fighting|clashes|offensive|hostilities|standoff|siege)\b(?:\s+[\w-]+){0,6}?\s+(?:(?:that|which|had|have|has|was)\s+)*$/i;

/** "accused Pakistan of repeatedly violating the understanding reached only hours earlier": an agreement between foes that can be violated is their truce. */
const VIOLATED_DEAL = /\b(?:violat\w*|breach\w*)\s+(?:of\s+)?(?:the|their|this|that)\s+(?!(?:trade|nuclear|water|gas|oil|grain|arms|economic|fishing|transit)\b)(?:[\w-]+\s+)?(?:understanding|agreement|arrangement|deal|accord)\b/i;

function topicalSentences(ctx: StoryContext): Sentence[] {
  const out: Sentence[] = [];
  let seen = false;
  let last = -2;
  for (const s of ctx.doc.sentences) {
    const text = ctx.text(s);
    const named = CEASEFIRE.test(text) || VIOLATED_DEAL.test(text);
    const has0871 = ctx.eventsIn(s).some((e) => e.cameo === '0871');
    // ("The truce was due to begin at 8:30 a.m. ... It finally took effect at 11:15 a.m.": "it" right after a truce
    // sentence, taking effect, is the truce)
    const pronoun = s.index === last + 1 && IT_TOOK_EFFECT.test(text);
    if (named || has0871 || pronoun || (seen && ANAPHOR.test(text) && !/\b(trade|nuclear|water|peace) (agreement|deal)\b/i.test(text))) {
      out.push(s);
      seen = true;
      last = s.index;
    }
  }
  return out;
}

/** A sentence opening with "It" whose verb is one of a truce's taking effect ("It finally took effect at 11:15 a.m."). */
const IT_TOOK_EFFECT = /^\s*It\s+(?:\w+ly\s+)?(?:took effect|came into (?:force|effect)|went into effect|began|started|kicked in)\b/;

/** Parties: ceasefire events first, then countries named in ceasefire sentences, then the article's. */
/** A party key: the group code for armed groups (`ETHREB`), else the country. */
export function partyKey(code: string, kind?: string): string {
  // ("the SPLM-IO rebels": a typed armed group is a group too; "Tigrayan commander Tadesse Werede"
  // is coded as a member of the group and speaks for it)
  const isGroup = kind === 'group' || ((kind === undefined || kind === 'agent' || kind === 'person') && code.length >= 6 && /(REB|INS|UAF)$/.test(code.slice(3, 6)));
  return isGroup ? code.slice(0, 6) : code.slice(0, 3);
}

/** "the ceasefire between Israel and Hezbollah", "a truce between the army and the RSF". */
const BETWEEN = /\b(?:cease-?fires?|truces?|armistice|agreement|deal|accord)\s+between\s+$/i;

/** The two actors the text names right after "ceasefire between": the most explicit statement of the parties. */
function partiesBetween(ctx: StoryContext, topical: Sentence[], mediators: Set<string>): string[] | null {
  for (const s of topical) {
    const text = ctx.text(s);
    const ms = ctx.actorsIn(s);
    for (let i = 0; i + 1 < ms.length; i++) {
      const a = ms[i]!;
      const b = ms[i + 1]!;
      if (!BETWEEN.test(text.slice(Math.max(0, a.start - s.start - 40), a.start - s.start).replace(/\bthe\s+$/i, ''))) continue;
      if (!/^\s*and\s+(?:the\s+)?$/i.test(text.slice(a.end - s.start, b.start - s.start))) continue;
      if (!mentionCountry(a) || !mentionCountry(b)) continue;
      const ka = partyKey(a.code, a.kind);
      const kb = partyKey(b.code, b.kind);
      if (ka !== kb && !mediators.has(ka) && !mediators.has(kb)) return [ka, kb].sort();
    }
  }
  return null;
}

function partiesOf(ctx: StoryContext, topical: Sentence[], mediators: Set<string>, fallback: string[] | null): string[] {
  const between = partiesBetween(ctx, topical, mediators);
  if (between) return between;
  // the pair with most asserted ceasefire events between them, neither of them a mediator
  const dyads = new Map<string, number>();
  const isThird = (k: string) => k.startsWith('IGO') || k.startsWith('NGO') || mediators.has(k);
  for (const e of ctx.asserted) {
    if (e.cameo !== '0871' || !e.target || !isTopical(ctx, e.sentence, topical)) continue;
    const a = partyKey(e.source.code);
    const b = partyKey(e.target.code);
    if (a === b || country(a) === country(b) && a.length === b.length || isThird(a) || isThird(b)) continue;
    if (!isNamedIn(ctx, topical, a, fallback) || !isNamedIn(ctx, topical, b, fallback)) continue;
    const k = [a, b].sort().join('|');
    dyads.set(k, (dyads.get(k) ?? 0) + 1);
  }
  const best = [...dyads].sort((x, y) => y[1] - x[1])[0];
  if (best) return best[0].split('|');
  const counts = new Map<string, number>();
  // ("a U.S. proposal": the proposer is a party only when no other is named; "a Thai proposal" rejected by Cambodia)
  const proposers = new Map<string, number>();
  // ("met Burhan to press for a ceasefire", "urged both sides to accept a truce": who appeals for it is a third party)
  const appealing = appealersOf(ctx, topical);
  for (const s of topical) {
    const text = ctx.text(s);
    // ("signed a document that they said would guarantee the ceasefire", "said nothing would jeopardize the truce",
    // "welcomed the ceasefire": who guarantees, welcomes or fears for a truce is named as no party of it)
    if (THIRD_ROLE.test(text)) continue;
    for (const m of ctx.actorsIn(s)) {
      const own = mentionCountry(m);
      if (!own && !m.members) continue;
      if (isMediatorMention(text, m, s) || (own && appealing.has(`${s.index}|${own}`))) continue;
      // ("Israel released 2,000 Palestinian prisoners": civilians, prisoners, refugees and the press are no party to a truce)
      if (!m.members && NON_PARTY_SECTORS.has(m.code.slice(3, 6))) continue;
      const into = isProposer(text, m, s) ? proposers : counts;
      for (const c of m.members ?? [partyKey(m.code, m.kind)]) into.set(partyKey(c), (into.get(partyKey(c)) ?? 0) + 1);
    }
  }
  const rank = (xs: Map<string, number>) => [...xs].sort((a, b) => b[1] - a[1]).map(([c]) => c).filter((c) => !/^(IGO|NGO)/.test(c) && !mediators.has(c));
  const ranked = rank(counts);
  // ("Mali's rebels accepted a proposal by Algeria for a truce": an armed group named alone makes its truce with its state)
  const home = ranked.length === 1 && ranked[0]!.length > 3 ? country(ranked[0]!) : '';
  if (/^[A-Z]{3}$/.test(home) && !/^(IGO|NGO|IMG)$/.test(home)) ranked.push(home);
  for (const c of rank(proposers)) if (!ranked.includes(c)) ranked.push(c);
  const pair = ranked.slice(0, 2);
  if (pair.length === 2) return pair.sort();
  if (fallback) return pair.length === 1 && fallback.includes(pair[0]!) ? fallback : pair.length === 0 ? fallback : pair;
  // (one side named, the other only appealing or mediating — "met Burhan to press for a ceasefire" — is no pair
  // of the article's most named countries)
  if (pair.length === 1 && appealing.size > 0) return pair;
  return ctx.doc.countries.slice(0, 2).sort();
}

/** A verb of guaranteeing, watching over, welcoming or endangering a truce, with the truce as its object. */
const THIRD_ROLE = /\b(?:guarantee[sd]?|guaranteeing|guarantors? of|monitor(?:s|ed|ing)?|overs(?:ee|ees|aw|eeing)|welcom(?:e|ed|es|ing)|jeopardi[sz](?:e|ed|es|ing)|endanger(?:s|ed|ing)?|hail(?:s|ed|ing)?|prais(?:e|ed|es|ing))\s+(?:[\w-]+\s+){0,3}?(?:cease-?fire|truce)\b/i;

/** Sectors of people a truce is not made by. */
const NON_PARTY_SECTORS = new Set(['CVL', 'REF', 'MED', 'HLH', 'EDU', 'BUS', 'NGO', 'LAB', 'REL']);

/** The sides that appeal (CAMEO 02, any modality) in each sentence, as "sentence|country": third parties to a truce. */
function appealersOf(ctx: StoryContext, sentences: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const e of ctx.events) if (e.cameo.startsWith('02') && isTopical(ctx, e.sentence, sentences)) out.add(`${e.sentence}|${country(partyKey(e.source.code))}`);
  return out;
}

/** A party of a ceasefire event is named in the record's sentences (or is one of the current pair). */
function isNamedIn(ctx: StoryContext, sentences: Sentence[], key: string, fallback: string[] | null): boolean {
  if (fallback?.includes(key)) return true;
  return sentences.some((s) => ctx.actorsIn(s).some((m) => (m.members ?? [m.code]).some((c) => partyKey(c, m.members ? undefined : m.kind) === key || (key.length === 3 && mentionCountry({ code: c, kind: m.kind }) === key))));
}

/** "brokered by Qatar", "talks hosted by Turkey", "Anwar, who hosted the talks": a mediator, not a party. */
function isMediatorMention(text: string, m: ActorMention, s: Sentence): boolean {
  const before = text.slice(Math.max(0, m.start - s.start - 25), m.start - s.start);
  const after = text.slice(m.end - s.start, m.end - s.start + 40);
  return MEDIATED_BY.test(before) || HOST_AFTER.test(after);
}

/** "a U.S. proposal", "Egypt's plan": the one who proposes is named as such, not as a party. */
function isProposer(text: string, m: ActorMention, s: Sentence): boolean {
  return /^(?:'s?)?\s+(?:[\w-]+\s+)?(?:proposal|plan|initiative|draft|offer)\b/i.test(text.slice(m.end - s.start, m.end - s.start + 40))
    // ("a proposal by the United States, Saudi Arabia, Egypt and the United Arab Emirates for a truce")
    || PROPOSAL_BY.test(text.slice(Math.max(0, m.start - s.start - 120), m.start - s.start));
}

/** The end of "a proposal by X, Y and" before a member of that list. */
const PROPOSAL_BY = /\b(?:proposal|plan|initiative|draft|offer|roadmap)s?\s+(?:put forward\s+)?(?:by|from)\s+(?:(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*\s*(?:,|\band\b)\s*)*(?:the\s+)?$/;

/** Third parties that mediate or negotiate (CAMEO 045/046) in the article: never a party. */
function mediatorsFromEvents(ctx: StoryContext, topical: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const e of ctx.asserted) if ((e.cameo.startsWith('045') || e.cameo.startsWith('046')) && e.target && !mutualTalks(ctx, e) && isTopical(ctx, e.sentence, topical)) out.add(mediatorKey(e.source.code));
  return out;
}

/**
 * "X and Y committed to negotiate a peace deal": negotiations (046) told both ways in one sentence are the parties'
 * own talks, and their source is no go-between.
 */
function mutualTalks(ctx: StoryContext, e: Event): boolean {
  if (!e.cameo.startsWith('046') || !e.target) return false;
  return ctx.asserted.some((x) => x.sentence === e.sentence && x.cameo.startsWith('046') && x.source.code === e.target!.code && x.target?.code === e.source.code);
}

/** Mediators of a record; mediation events anywhere in the article count for the current truce only. */
function mediatorsOf(ctx: StoryContext, topical: Sentence[], parties: string[], anywhere: boolean, elsewhere: Set<number>): string[] {
  const out = new Set<string>();
  for (const e of ctx.asserted) {
    // ("An earlier truce brokered by Washington": that truce's mediator, not the current one's)
    if (elsewhere.has(e.sentence)) continue;
    const root = e.cameo.slice(0, 3);
    if (!['045', '046', '041', '042', '043', '044'].includes(root) || !e.target || mutualTalks(ctx, e)) continue;
    const s = mediatorKey(e.source.code);
    if (parties.includes(country(e.target.code)) && !parties.includes(s) && (((root === '045' || root === '046') && anywhere) || isTopical(ctx, e.sentence, topical))) out.add(s);
  }
  for (const c of mediatorsFromText(ctx, topical)) if (!parties.includes(c)) out.add(c);
  // ("Yemen's Houthis" a party: Yemen is no third party to their truce)
  return [...out].filter((m) => !parties.some((p) => country(p) === m)).sort();
}

/**
 * "mediated by Qatar, Egypt and the United States", "brokered by the United States and France":
 * every actor of the coordinated list after the phrase.
 */
function mediatorsFromText(ctx: StoryContext, topical: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of topical) {
    const text = ctx.text(s);
    for (const c of listedAfter(ctx, s, new RegExp(`${MEDIATING_BY.source}|\\b(?:the\\s+)?mediators?\\b`, 'gi'))) out.add(c);
    const ms = ctx.actorsIn(s);
    // "Pakistan thanked the United States for its role in reaching the agreement": thanked as a go-between
    for (const a of ms) {
      const before = text.slice(Math.max(0, a.start - s.start - 30), a.start - s.start);
      const after = text.slice(a.end - s.start, a.end - s.start + 80);
      const c = mentionCountry(a) && mediatorKey(a.code);
      if (c && /\bthank(?:ed|s|ing)?\s+(?:the\s+)?$/i.test(before) && /^\s+for\s+(?:its|his|her|their)\s+(?:role|efforts?|help|mediation|work)\s+in\s+(?:reaching|brokering|securing|achieving|negotiating|mediating)\b/i.test(after)) out.add(c);
    }
    // "Erdogan announced after hosting talks in Istanbul": the subject before "after hosting"
    for (const h of text.matchAll(/\b(?:after|following|while|before)\s+(?:hosting|mediating|brokering|facilitating)\b/gi)) {
      const subj = [...ms].reverse().find((a) => a.end - s.start <= h.index && !/[.;]/.test(text.slice(a.end - s.start, h.index)));
      const c = subj && mentionCountry(subj) && mediatorKey(subj.code);
      if (c) out.add(c);
    }
    ms.forEach((a, i) => {
      const c = mentionCountry(a) && mediatorKey(a.code);
      if (c && HOST_AFTER.test(text.slice(a.end - s.start, a.end - s.start + 40))) {
        out.add(c);
        // "The United States and Angola, which mediated an earlier truce": each of the coordinated list
        for (const b of coordinatedBefore(text, s, ms, i)) {
          const k = mentionCountry(b) && mediatorKey(b.code);
          if (k) out.add(k);
        }
      }
      // "a Russian-brokered deal", "the U.S.-mediated truce", "U.S.- and Saudi-brokered talks"
      if (c && /^-(?:\s+(?:and|or)\s+[\w.]+-)?(?:brokered|mediated|backed (?:truce|cease-?fire|deal))\b/i.test(text.slice(a.end - s.start, a.end - s.start + 40))) out.add(c);
    });
  }
  return out;
}

/** Every actor of the coordinated list right after each match of `re` ("brokered by Qatar, Egypt and the United States"), by its mediator key. */
function listedAfter(ctx: StoryContext, s: Sentence, re: RegExp): string[] {
  const text = ctx.text(s);
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let pos = m.index + m[0].length;
    for (const a of ctx.actorsIn(s).filter((x) => x.start - s.start >= pos)) {
      const gap = text.slice(pos, a.start - s.start);
      // ("brokered by Moscow and one by Washington": an elided "brokered" keeps the list going)
      if (!/^\s*(?:,|and|,\s*and)?\s*(?:(?:one|two|three|another|the other|the second|the third|the last)\s+by\s+)?(?:the\s+)?$/i.test(gap)) break;
      // ("proposed by Egypt, officials said": the speaker after the list is none of it)
      if (/^\s*,/.test(gap) && /^\s+(?:said|say|says|told|added|reported)\b/i.test(text.slice(a.end - s.start))) break;
      const c = mentionCountry(a) && mediatorKey(a.code);
      if (c) out.push(c);
      pos = a.end - s.start;
    }
  }
  return out;
}

/**
 * Who put the truce forward: the list after "proposed by", "put forward by" (proposedByText), and a
 * proposer named as such ("a U.S. proposal", "Egypt's plan", "a proposal by X and Y").
 */
function proposersOf(ctx: StoryContext, sentences: Sentence[]): string[] {
  const out = new Set(proposedByText(ctx, sentences));
  for (const s of sentences) {
    const text = ctx.text(s);
    for (const m of ctx.actorsIn(s)) {
      const c = mentionCountry(m) && !m.members && m.kind !== 'person' ? mediatorKey(m.code) : null;
      if (c && isProposer(text, m, s)) out.add(/^(?:IGO|NGO)/.test(c) ? c : partyKey(m.code, m.kind));
    }
  }
  return [...out].sort();
}

/** The lists after "proposed by", "put forward by": third parties (never a party on that ground). */
function proposedByText(ctx: StoryContext, sentences: Sentence[]): string[] {
  return sentences.flatMap((s) => listedAfter(ctx, s, new RegExp(PROPOSED_BY.source, 'gi')));
}

/**
 * The mentions coordinated before mention `i` ("Saudi Arabia and the United States", "Qatar, Egypt
 * and the United States"): the list ends in "and" right before it; ", the Kremlin said" after a
 * name is no list.
 */
function coordinatedBefore(text: string, s: Sentence, ms: ActorMention[], i: number): ActorMention[] {
  const out: ActorMention[] = [];
  const gap = (j: number) => text.slice(ms[j]!.end - s.start, ms[j + 1]!.start - s.start);
  if (i === 0 || !/^\s*,?\s*and\s+(?:the\s+)?$/i.test(gap(i - 1))) return out;
  for (let j = i - 1; j >= 0 && (j === i - 1 || /^\s*,\s*(?:the\s+)?$/.test(gap(j))); j--) out.unshift(ms[j]!);
  return out;
}

/** A mediator's key: its country, or the organisation for an international body (`IGOAFU` for the African Union, not `IGO`). */
function mediatorKey(code: string): string {
  return /^(?:IGO|NGO)/.test(code) ? code.slice(0, 6) : country(code);
}

function isTopical(_ctx: StoryContext, sentence: number, topical: Sentence[]): boolean {
  return topical.some((s) => s.index === sentence);
}

/** Right after a subject: "Qatar announced", ", the Kremlin said", "X and Y said in a joint statement". */
const ANNOUNCING_AFTER = /^\s*(?:(?:on|late on|early on)\s+\w+\s+)?(?:announced|declared|confirmed|said in a (?:joint )?statement|said\s*[.,;]?\s*$)/i;

function collectAnnouncers(ctx: StoryContext, s: Sentence, text: string, r: CeasefireReport): void {
  if (!ANNOUNCE.test(text) && !SAID_AGREED.test(text)) return;
  const ms = ctx.actorsIn(s);
  const add = (m: ActorMention) => {
    if (!r.announcedBy.some((a) => a.name === m.name)) r.announcedBy.push({ name: m.name, code: m.code, how: m.how });
  };
  ms.forEach((m, i) => {
    if (m.kind === 'person') {
      // ("mediated by Russian Foreign Minister Sergei Lavrov, the Kremlin said": the mediator does not announce)
      if (!isObjectOfContact(text, m, s) && !MEDIATED_BY.test(text.slice(Math.max(0, m.start - s.start - 25), m.start - s.start))) add(m);
      return;
    }
    // a state, a body or an office announcing: the subject right before the announcing verb;
    // ("the two sides said in a joint statement": each side, by the name it has elsewhere)
    if (m.members && m.members.length > 1) {
      if (!ANNOUNCING_AFTER.test(text.slice(m.end - s.start))) return;
      for (const code of m.members) {
        const named = ctx.doc.actors.find((x) => x.code === code && !x.members);
        if (named) add(named);
      }
      return;
    }
    // ("officials said": anonymous sources are no announcer)
    if (m.kind === 'media' || /\b(?:officials?|sources?|diplomats?|residents|people|witnesses|analysts|aides)\b/i.test(m.text)) return;
    const after = ANNOUNCING_AFTER.exec(text.slice(m.end - s.start));
    // ("Pakistan's Foreign Ministry said in a statement that it remained committed": saying is announcing only what was agreed)
    if (!after || (/^\s*said\b/i.test(after[0].replace(/^\s*(?:(?:on|late on|early on)\s+\w+\s+)/i, '')) && !AGREE.test(text))) return;
    if (MEDIATED_BY.test(text.slice(Math.max(0, m.start - s.start - 25), m.start - s.start))) return;
    [...coordinatedBefore(text, s, ms, i), m].forEach(add);
  });
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
  // ("5 p.m. local time in India (1130 GMT)")
  return /^\s*(?:local time\s*)?(?:in\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s*)?\(\s*$/.test(gap) ? { ...next, text: `${t.text} (${next.text}` } : t;
}

const MONTH_WORD = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
/** "WASHINGTON, June 24 (Reuters) -", "GAZA/JERUSALEM, Jan 19 -": the dateline, the filing date not a happening. */
const DATELINE = new RegExp(`(?:^|\\n)\\s*\\p{Lu}[\\p{Lu}.'/ -]{2,}(?:,\\s*\\p{Lu}[\\p{L}\\w.]*(?: (?:\\p{Lu}[\\p{L}\\w.]*|of|the|and))*)?,\\s+${MONTH_WORD}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—]+\\s`, 'u');

/** The end of a dateline in a sentence's text (0 when none). */
export function datelineEnd(text: string): number {
  const m = DATELINE.exec(text);
  return m ? m.index + m[0].length : 0;
}

/** "declared by Russia collapsed on Sunday": a verb between the announcing verb and the time takes the time. */
const OTHER_VERB = /\b(?:collapsed|ended|expired|broke|took|came|went|began|started|held|resumed|take[sn]?|taking|will|would|start(?:s|ing)?|begin(?:s|ning)?|(?:was|were|is|are|has|had|have)\b(?! been (?:announced|declared)))/i;
/** "announced by European Council President Antonio Costa on Tuesday": the agent's name between verb and time. */
const BY_NAME = /^\s+by\s+(?:(?:[A-Z][\w.'-]*|of|the)\s+){1,7}(?:on|in|at|late on|early on)\s+$/;
const ANNOUNCE_VERB = /\b(announc(?:e[sd]?|ing)|declar(?:e[sd]?|ing)|confirm(?:s|ed|ing)?|unveil(?:s|ed|ing)?)\b/gi;
/** Effective wording right before a time: "take effect at", "from", "starting on", "as of". */
const EFFECT_RIGHT_BEFORE = /\b(?:effective|take[sn]? effect|took effect|into (?:force|effect)|from|starting|begin(?:s|ning)?|began|as of|with effect)\s+(?:from\s+|at\s+|on\s+|in\s+|by\s+|no later than\s+)?(?:\w+\s+){0,1}$/i;

/**
 * Times of a record: the effective time (to the minute when stated, else the day said to begin it),
 * the announcement (the time next to the announcing verb: "announced on Monday", "On Wednesday,
 * Qatar announced"), the agreement ("agreed on Saturday"). A dateline's date is never one of them.
 */
function collectTimes(ctx: StoryContext, s: Sentence, text: string, r: CeasefireReport, expiryAt?: number, accusing = false): void {
  // (the expiry's time is neither the truce's start nor its announcement)
  const times = ctx.timesIn(s).filter((t) => t.start !== expiryAt);
  const dl = datelineEnd(text);
  const verbs = [...text.matchAll(ANNOUNCE_VERB)].map((m) => [m.index, m.index + m[0].length] as const);
  // ("Trump said on Saturday that India and Pakistan had agreed": saying what was agreed announces it)
  if (SAID_AGREED.test(text)) for (const m of text.matchAll(/\b(?:said|says)\b/gi)) verbs.push([m.index, m.index + m[0].length] as const);
  for (let i = 0; i < times.length; i++) {
    if (times[i]!.start - s.start < dl) continue;
    const t = withBracketedUtc(times, i, text, s.start);
    const from = times[i]!.start - s.start;
    const before = text.slice(Math.max(0, from - 40), from);
    const when: When = whenOfTime({ ...t, role: times[i]!.role ?? t.role } as TimeExpr);
    // ("fighting that began in January", "its bombing campaign, which began on March 15": the beginning is the fighting's)
    const othersStart = /\b(?:fighting|war|clashes|conflict|violence|offensive|crisis|dispute|talks|negotiations|shelling|strikes|attacks|campaign|bombing|bombardment|operations?|raids|hostilities|invasion|blockade|siege)(?:,?\s+(?:that|which)\s+|\s+)(?:had\s+|has\s+)?(?:began|begun|started|erupted|broke out)\s+(?:in\s+|on\s+|at\s+)?(?:\w+\s+)?$/i.test(before);
    if (othersStart) continue;
    const effectiveWording = t.role === 'effective' || EFFECT.test(before);
    // (an end is never the start: "from 6 p.m. to midnight")
    // ("The truce was due to begin at 8:30 a.m. ... It finally took effect at 11:15 a.m.": a start planned is the
    // effective time only until the text tells the actual one)
    const planned = PLANNED_START.test(before);
    // (a time given in GMT or UTC replaces one whose instant rested on an inferred zone or on a reading of "midnight":
    // "from midnight on Monday ... at 24:00 local time (1700 GMT) on July 28")
    if (effectiveWording && t.role !== 'until' && t.utc && (!r.effective || !r.effective.utc || (inUtc(when) && !inUtc(r.effective))
      || (!planned && plannedStarts.has(r)))) {
      r.effective = when;
      if (planned) plannedStarts.add(r); else plannedStarts.delete(r);
    } else if (!r.effective && t.role !== 'until' && t.date && (t.role === 'effective' || EFFECT_RIGHT_BEFORE.test(before))) {
      r.effective = when;
      if (planned) plannedStarts.add(r);
    }
    else if (!r.announced && !accusing && t.role !== 'until' && verbs.some(([a, b]) => (from >= b && (from - b <= 40 || BY_NAME.test(text.slice(b, from))) && !OTHER_VERB.test(text.slice(b, from))) || (from < a && a - (times[i]!.end - s.start) <= 25 && !/[.;]/.test(text.slice(times[i]!.end - s.start, a))))) r.announced = when;
    // ("agreed on Tuesday to extend their ceasefire": the extension's date, not the truce's)
    else if (/\bagreed\b/i.test(before) && !r.agreed && !/^\s*to (?:extend|prolong|renew)\b/i.test(text.slice(times[i]!.end - s.start))) r.agreed = when;
  }
}

/** "was due to begin at", "had been scheduled to take effect at": a start planned, not one that happened. */
const PLANNED_START = /\b(?:due|supposed|scheduled|set|expected|planned|meant|slated)\s+to\s+(?:begin|start|take effect|come into (?:force|effect)|go into effect)\s+(?:at|on|from)?\s*$/i;

/** Records whose effective time so far is a planned start. */
const plannedStarts = new WeakSet<CeasefireReport>();

/** The time is stated in GMT or UTC ("1130 GMT", "(1700 GMT) on July 28"). */
function inUtc(w: When): boolean {
  return w.stated !== undefined && /\b(?:GMT|UTC)\b/.test(w.stated);
}

/** Between a truce noun and an end time: another thing the end may be of ("a truce ... while talks go on until Friday"). */
const OTHER_SPAN = /\b(?:fighting|clashes|shelling|strikes|attacks|offensive|operations?|talks|negotiations|curfew|siege|blockade|deadline|ultimatum|closure|ban|suspension|evacuation)\b/i;

/**
 * The truce's stated end in one of its sentences: a time whose role is 'until' ("until midnight on
 * Sunday", "through Sunday", the end of a "from ... to ..." window, see nlp/time/finder.ts), or the
 * last day of a "from Friday to Sunday" range, standing after a truce noun of the sentence (no ";"
 * between, nor another thing with a span: "a truce, while the curfew lasts until
 * Friday"). Not the time of the truce's expiry (`expiryAt`), nor an extension's (the caller skips those
 * sentences). A dateline's date is never one.
 */
function statedEnd(ctx: StoryContext, s: Sentence, text: string, expiryAt?: number): When | null {
  const dl = datelineEnd(text);
  for (const t of ctx.timesIn(s)) {
    const at = t.start - s.start;
    if (t.start === expiryAt || at < dl) continue;
    const window = t.range !== undefined && /\bfrom\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, at - 20), at));
    if (t.role !== 'until' && !window) continue;
    const before = text.slice(0, at);
    const noun = [...before.matchAll(TRUCE_NOUN)].pop() ?? [...before.matchAll(ANAPHOR_G)].pop();
    if (noun === undefined) continue;
    const between = before.slice(noun.index + noun[0].length);
    if (between.includes(';') || OTHER_SPAN.test(between)) continue;
    if (!window) return whenOfTime(t);
    const to = t.range!.to;
    return { date: to, precision: 'day', stated: t.text, inferred: t.inferred };
  }
  return null;
}

/** CEASEFIRE and ANAPHOR, every match (for the nearest before a time). */
const TRUCE_NOUN = new RegExp(CEASEFIRE.source, 'gi');
const ANAPHOR_G = new RegExp(ANAPHOR.source, 'gi');

/** "until Feb. 18", "U.S.-brokered": an abbreviation's period does not end the clause (same length). */
function maskAbbreviations(text: string): string {
  return text.replace(/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Dr|Gen|Lt|Col|St|No)\.|\b(?:[A-Z]\.){2,}/g, (m) => m.replace(/\./g, '\u2024'));
}

function extension(ctx: StoryContext, s: Sentence, text: string): CeasefireReport['extensions'][number] {
  const until = ctx.timesIn(s).find((t) => t.role === 'until' || /\b(until|till|to|through)\s*$/i.test(text.slice(0, t.start - s.start)));
  const masked = maskAbbreviations(text);
  const m = /\bextend\w*\b[^.;]*/i.exec(masked);
  // ("..., Thailand's foreign ministry said": the attribution is not the extension)
  const stated = (m ? text.slice(m.index, m.index + m[0].length) : text).replace(/,\s+(?:[\w.'-]+\s+){1,5}(?:said|says|announced|reported|told)\b.*$/i, '');
  return { ...(until?.date ? { until: until.date } : {}), stated: stated.trim(), evidence: ctx.evidence(s) };
}

/** "denied violating the truce", "denied that any clashes had taken place", "rejected the accusation", "dismissed the claims". */
const DENIAL = /\b(?:denied|den(?:y|ies)|rejected|dismissed)\s+(?:(?:that|the|any|all|those|these|such)\s+)?(?:[\w-]+\s+){0,3}?(?:violat\w*|breach\w*|accusations?|allegations?|claims?|charges?|clash\w*|attacks?|firing|shelling|fighting|incidents?)\b/i;

/**
 * Denials of the record's violations: in its own sentences, or in the sentence right after an
 * accusation ("... accused Cambodian troops of violating the ceasefire. Cambodia's defence ministry
 * denied that any clashes had taken place."). The denier is the party named before the verb.
 */
function denialsOf(ctx: StoryContext, sentences: Sentence[], r: CeasefireReport): NonNullable<CeasefireReport['denials']> {
  const accused = new Set(r.violations.filter((v) => v.kind === 'accusation').map((v) => v.evidence.start));
  const candidates = [...sentences];
  for (const s of sentences) {
    const next = ctx.doc.sentences.find((x) => x.index === s.index + 1);
    if (accused.has(s.start) && next && !candidates.includes(next)) candidates.push(next);
  }
  const out: NonNullable<CeasefireReport['denials']> = [];
  for (const s of candidates) {
    const text = ctx.text(s);
    const m = DENIAL.exec(text);
    if (!m) continue;
    const subject = [...ctx.actorsIn(s)].reverse().find((a) => a.end - s.start <= m.index && partyOfMention(a, r.parties));
    const by = subject && partyOfMention(subject, r.parties);
    if (by && !out.some((d) => d.by === by && d.evidence.start === s.start)) out.push({ by, evidence: ctx.evidence(s) });
  }
  return out;
}

/** The party a mention stands for: its group code when that is a party (`PSEREB`), else its country. */
function partyOfMention(m: ActorMention, parties: string[]): string | undefined {
  const k = partyKey(m.code, m.kind);
  if (parties.includes(k)) return k;
  const c = mentionCountry(m);
  return c && parties.includes(c) && !parties.includes(k) && k.length === 3 ? c : undefined;
}

const MUTUAL = /\b(both sides|both parties|each other|one another|the two sides|both countries|both armies|each side|either side|each party)\b/i;
/** "Azerbaijan denied violating the ceasefire", "rejected accusations that it had breached": no accusation by the denier ("denied the accusation and said X had violated" is one). */
const DENIED_VIOLATION = /\b(?:denied|den(?:y|ies)|rejected)\s+(?:(?!said\b|says\b|and\b|but\b)[\w']+\s+){0,4}(?:violat\w*|breach\w*)/i;
/** "was violated within hours", "had been breached": the truce is the subject, the actors named before are not accusers. */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|get|got)\s+(?:\w+\s+)?$/i;
/** "shelled villages two hours after the truce took effect", "exchanged fire days after a ceasefire came into force", "despite the truce". */
// (within one sentence: "U.S.-brokered" keeps its periods)
const AFTER_TRUCE = /\b(?:after|since)\b[^;]*?\b(?:cease-?fire|truce)\b[^;]*?\b(?:took effect|came into (?:force|effect)|went into effect|began|started|was (?:agreed|declared|announced|signed))|\b(?:after|since)\s+the\s+(?:[\w-]+\s+)?(?:start|beginning|onset)\s+of\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:cease-?fire|truce)\b|\b(?:despite|in spite of|in breach of)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:cease-?fire|truce)/i;

/** The party a code stands for: its group code when that is a party, else its country. */
function partyOfCode(code: string, parties: string[]): string | undefined {
  const k = partyKey(code);
  if (parties.includes(k)) return k;
  return parties.includes(country(code)) ? country(code) : undefined;
}

/** Asserted armed clashes between the two parties ("fired", "shelled") in a sentence that places them after the truce began. */
function clashAfterTruce(ctx: StoryContext, s: Sentence, text: string, parties: string[]): boolean {
  return AFTER_TRUCE.test(text) && clashes(ctx, s, parties).length > 0;
}

function clashes(ctx: StoryContext, s: Sentence, parties: string[]): Event[] {
  return ctx.eventsIn(s).filter((e) => {
    if (e.modality !== 'asserted' || e.quad !== 4) return false;
    const a = partyOfCode(e.source.code, parties);
    // ("Russian assault operations continued after the start of the truce": force by one party with no
    // target named is against the other)
    if (!e.target) return a !== undefined && parties.length === 2;
    const b = partyOfCode(e.target.code, parties);
    return a !== undefined && b !== undefined && a !== b;
  });
}

/** The party an incident is against: its target's, else (a two-party truce) the party other than its source. */
function againstOf(e: Event, parties: string[]): string | undefined {
  if (e.target) return partyOfCode(e.target.code, parties);
  const by = partyOfCode(e.source.code, parties);
  return parties.find((p) => p !== by);
}

/**
 * The sentence's attacks between the parties are all told by the doer's own side: each one's speaker
 * (its attribution, else the subject of the saying verb, `teller`) is of the side of its source. Not
 * when a violation word has the other side as its subject ("... struck, after Hezbollah violated the
 * truce"): that part accuses.
 */
function ownReport(ctx: StoryContext, s: Sentence, text: string, incidents: Event[], parties: string[], teller: string | undefined, violationAt: number): { by: string; against?: string } | null {
  if (incidents.length === 0) return null;
  const sides = new Set<string | undefined>();
  for (const e of incidents) {
    const src = partyOfCode(e.source.code, parties);
    const spk = e.attribution?.speaker?.code;
    const told = spk ? partyOfCode(spk, parties) : teller;
    if (src === undefined || told !== src) return null;
    sides.add(src);
  }
  if (sides.size !== 1) return null;
  const by = [...sides][0]!;
  if (violationAt >= 0) {
    const clause = text.slice(0, violationAt).split(/[;,]/).pop() ?? '';
    const clauseStart = violationAt - clause.length;
    const subject = [...ctx.actorsIn(s)].reverse().find((m) => m.end - s.start <= violationAt && m.start - s.start >= clauseStart);
    const side = subject && partyOfMention(subject, parties);
    if (side && side !== by) return null;
  }
  const against = againstOf(incidents[0]!, parties);
  return { by, ...(against && against !== by ? { against } : {}) };
}

/**
 * "agreed to extend", "was extended until": an extension. An attempt, an offer or a possibility
 * ("sought to extend", "was ready to extend it ... if", "could be extended if", "proposed
 * extending") is not one.
 */
export function isExtension(text: string): boolean {
  const m = EXTEND.exec(text);
  if (!m) return false;
  const before = text.slice(Math.max(0, m.index - 60), m.index);
  if (/\b(?:sought|seek(?:s|ing)?|tr(?:y|ies|ied|ying)|push(?:ed|es|ing)?(?: for)?|bid|efforts?|aim(?:s|ed|ing)?|hop(?:e|es|ed|ing)|want(?:s|ed)?|ready|willing|prepared|propos(?:e|es|ed|ing|al)|call(?:s|ed|ing)? for|offer(?:s|ed|ing)?|could|might|may|can|whether|possible|possibility of|discuss(?:ed|ing)?|talks? (?:on|about))\s+(?:to\s+)?(?:\w+\s+){0,2}?(?:be\s+)?$/i.test(before)) return false;
  // ("called on all sides to extend the truce", "urged the parties to extend it": an appeal for an extension is none)
  if (/\b(?:call(?:s|ed|ing)? on|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|appeal(?:s|ed|ing)? to|encourag(?:e|es|ed|ing))\s+(?:[\w'’-]+\s+){0,4}?to\s+$/i.test(before)) return false;
  const clause = /^[^.;]*/.exec(text.slice(m.index))?.[0] ?? '';
  return !/\b(?:if|unless|provided|as long as)\b/i.test(clause);
}

/**
 * A violation report. Without an accusing or saying verb an asserted attack between the parties
 * is an incident. Otherwise the accuser is the subject of the first accusing verb (the last actor
 * before it: "Hamas accused Israel", "army spokesman X said"), a third party included ("Trump said
 * both sides had violated it"); the accused is the first party after the verb, none when both
 * sides are accused, or the other party when a party accuses and names nobody.
 */
function violation(ctx: StoryContext, s: Sentence, text: string, parties: string[]): CeasefireReport['violations'][number] {
  const ev: Evidence = ctx.evidence(s);
  const incidents = clashes(ctx, s, parties);
  const acc = ACCUSE.exec(text);
  const found = text.search(VIOLATION);
  const vAt = found < 0 ? text.length : found;
  if (incidents.length && !acc) {
    // ("exchanged fire": clashes both ways name no side)
    const sides = new Set(incidents.map((e) => partyOfCode(e.source.code, parties)));
    const e = incidents[0]!;
    const against = againstOf(e, parties);
    return sides.size > 1 || !against ? { kind: 'incident', evidence: ev } : { kind: 'incident', by: partyOfCode(e.source.code, parties)!, against, evidence: ev };
  }
  const passive = found >= 0 && PASSIVE_BEFORE.test(text.slice(0, vAt));
  if (passive && !acc) return { kind: 'incident', evidence: ev };
  const at = acc && (acc.index < vAt || passive) ? acc.index : vAt;
  const mentions = ctx.actorsIn(s).filter((m) => mentionCountry(m) || m.members);
  const subject = [...mentions].reverse().find((m) => m.end - s.start <= at);
  // ("each side accusing the other", "Ukraine and Russia accusing each other")
  const mutualSubject = MUTUAL.test(text.slice(0, at)) || /^\w+\s+(?:\w+\s+)?(?:each other|one another|the other)\b/i.test(text.slice(at));
  let by: string | undefined;
  if (subject && !mutualSubject) by = partyOfMention(subject, parties) ?? (subject.members ? undefined : mentionCountry(subject) ?? undefined);
  // ("The Israeli military said its aircraft struck a Hezbollah site, despite the truce": the doer's own side
  // tells the act — an admitted incident, no accusation against the other side)
  const own = ownReport(ctx, s, text, incidents, parties, by, vAt < text.length ? vAt : -1);
  if (own) return { kind: 'incident', by: own.by, ...(own.against ? { against: own.against } : {}), admitted: true, evidence: ev };
  const afterVerb = text.slice(at);
  let against: string | undefined;
  if (!mutualSubject && !MUTUAL.test(afterVerb)) {
    const obj = mentions.find((m) => m.start - s.start > at && partyOfMention(m, parties) && partyOfMention(m, parties) !== by);
    against = obj ? partyOfMention(obj, parties) : by && parties.includes(by) ? parties.find((p) => p !== by) : undefined;
  }
  return { kind: 'accusation', ...(by ? { by } : {}), ...(against ? { against } : {}), evidence: ev };
}
