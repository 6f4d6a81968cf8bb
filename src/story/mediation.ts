/**
 * Mediation contacts: mediator → party, with the channel (phone call, visit, meeting, talks at a
 * third location, message, public post), on whose behalf when the text says so, when, evidence.
 * Derived from asserted consultation events (CAMEO 04x) between different countries.
 */
import type { ActorMention, Event, Sentence } from '../domain/types.js';
import { type StoryContext, country, mentionCountry, whenOfTime } from './context.js';
import { type CeasefireReport, type Channel, type MediationContact, whenOf } from './types.js';
import { partyKey } from './ceasefires.js';

const CODE_CHANNEL: Record<string, Channel> = {
  '041': 'phone-call', '042': 'visit', '043': 'visit', '044': 'third-location-talks', '045': 'mediation', '046': 'negotiation',
};

const WORD_CHANNEL: Array<[RegExp, Channel]> = [
  // ("called on Y to", "called for": appeals, not phone calls)
  [/\b(phone|tele?phon\w*|call(?:ed|s)?(?!\s+(?:on|for|upon)\b)|rang|dialled|dialed)\b/i, 'phone-call'],
  [/\b(posted|post on|tweet\w*|on X\b|social media)\b/i, 'public-post'],
  [/\b(letter|message|wrote to|envoy carried)\b/i, 'message'],
  [/\b(visit\w*|travel\w*|flew|trip)\b/i, 'visit'],
  [/\b(met|meeting|meets)\b/i, 'meeting'],
];

export function mediation(ctx: StoryContext, truces: CeasefireReport[] = []): MediationContact[] {
  const out: MediationContact[] = [];
  for (let e of ctx.asserted) {
    if (!e.cameo.startsWith('04') || !e.target || country(e.source.code) === country(e.target.code)) continue;
    if (country(e.target.code) === 'IGO' && country(e.source.code) === 'IGO') continue;
    if (isNoContact(ctx, e, truces) || isOtherSide(ctx, e, truces)) continue;
    // ("Zelensky travelled to Turkey", "the Ukrainian delegation met Turkish officials"): a truce party is no mediator;
    // its contact with a go-between of the truce is that go-between's contact with it, any other none
    const partyOfTruce = (c: string) => truces.some((t) => t.parties.includes(partyKey(c)) || t.parties.includes(country(c)));
    const mediatorOfTruce = (c: string) => truces.some((t) => t.mediators.includes(country(c)) || t.mediators.includes(c.slice(0, 6)));
    if (partyOfTruce(e.source.code) && !partyOfTruce(e.target.code)) {
      if (!mediatorOfTruce(e.target.code)) continue;
      e = { ...e, source: e.target, target: e.source };
    }
    for (let party of partiesOfTarget(ctx, e)) {
      if (isUnnamedTarget(ctx, e, party.code, truces)) continue;
      party = truceGroupOf(ctx, e, party, truces);
      out.push(brokeredBy(ctx, e, towardsParty(contact(ctx, e, party), truces), truces));
    }
  }
  const carried = carriedMessages(ctx);
  const hosted = hostContacts(ctx, truces).filter((h) => !out.some((c) => sameSides(c, h)));
  return dedupe([...out, ...carried, ...hosted]);
}

/**
 * "He said the deal, brokered by the United States and France, ...": a mediation the sentence does
 * not date took place by the time the truce was agreed or announced, not at the later time the
 * coder carried over from the sentences around it (the truce's start).
 */
function brokeredBy(ctx: StoryContext, e: Event, c: MediationContact, truces: CeasefireReport[]): MediationContact {
  if (!/^04[56]/.test(e.cameo)) return c;
  const s = ctx.doc.sentences.find((x) => x.index === e.sentence);
  if (!s || ctx.timesIn(s).length > 0) return c;
  const settled = truces[0]?.agreed ?? truces[0]?.announced;
  const day = c.when.date ?? c.when.utc?.slice(0, 10);
  if (!settled?.date || !day || settled.date >= day) return c;
  return { ...c, when: { date: settled.date, precision: settled.precision === 'minute' || settled.precision === 'hour' ? 'day' : settled.precision, ...(settled.stated ? { stated: settled.stated } : {}), inferred: true } };
}

/**
 * "negotiations mediated by Qatar, Egypt and the United States" between Israel and Hamas: a
 * mediation target the coder guessed as a state ("PSE"), not named in the sentence, whose truce
 * party is an armed group of that state, is the group.
 */
function truceGroupOf(ctx: StoryContext, e: Event, party: { code: string; name?: string }, truces: CeasefireReport[]): { code: string; name?: string } {
  if (!/^04[56]/.test(e.cameo) || party.code.length !== 3) return party;
  const s = ctx.doc.sentences.find((x) => x.index === e.sentence);
  if (s && ctx.actorsIn(s).some((m) => m.code === party.code)) return party;
  const group = truces[0]?.parties.find((p) => p.length > 3 && country(p) === party.code && !truces[0]!.parties.includes(party.code));
  if (!group) return party;
  const name = ctx.doc.actors.find((m) => partyKey(m.code, m.kind) === group)?.name;
  return { code: group, ...(name ? { name } : {}) };
}

function sameSides(a: MediationContact, b: MediationContact): boolean {
  return country(a.mediator.code) === country(b.mediator.code) && country(a.party.code) === country(b.party.code);
}

/**
 * "The talks are mediated by Obasanjo ...": a mediation (045/046) whose sentence names no side
 * has its target guessed; a target that is no party of the article's truces and is named neither
 * in the sentence nor in the one before ("The United States ... attend as observers" after it)
 * is no side of the talks.
 */
function isUnnamedTarget(ctx: StoryContext, e: Event, code: string, truces: CeasefireReport[]): boolean {
  if (!/^04[56]/.test(e.cameo)) return false;
  if (truces.some((t) => t.parties.some((p) => country(p) === country(code)))) return false;
  const named = (s: Sentence | undefined) => s !== undefined && ctx.actorsIn(s).some((m) => (m.members ?? [m.code]).some((c) => country(c) === country(code)));
  const s = ctx.doc.sentences.find((x) => x.index === e.sentence);
  const prev = ctx.doc.sentences.find((x) => x.index === e.sentence - 1);
  return !named(s) && !named(prev);
}

const CARRY_VERB = '(?:carri(?:ed|es)|carry(?:ing)?|pass(?:ed|es|ing)?(?: on)?|deliver(?:ed|s|ing)?|convey(?:ed|s|ing)?|relay(?:ed|s|ing)?|hand(?:ed|s|ing)?(?: over)?|transmit(?:ted|s|ting)?|br(?:ought|ings?|inging))';
const MESSAGE_NOUN = '(?:messages?|letters?|notes?|responses?|repl(?:y|ies)|proposals?|offers?|invitations?)';
/** "Egypt passed a message from": the carrier is the subject before the verb. */
const CARRIED_BEFORE = new RegExp(`\\b${CARRY_VERB}\\s+(?:a|an|the|another|two|three|several|written|verbal|new)\\s+(?:[\\w-]+\\s+){0,2}?${MESSAGE_NOUN}\\s+from\\s+(?:the\\s+)?$`, 'i');
/** "a letter from X to Y was delivered by": the carrier follows "by". */
const CARRIED_BY_AFTER = new RegExp(`^\\s*,?\\s*(?:which\\s+|that\\s+)?(?:was|were|had been|has been|is|are)?\\s*${CARRY_VERB}\\s+by\\s+(?:the\\s+|an?\\s+)?$`, 'i');

/**
 * A go-between carrying a message: "Egypt passed a message from Hamas to Israel", "an envoy
 * carried a letter from X to Y", "a letter from X to Y was delivered by a Russian envoy". The
 * carrier, a third party to both, is in contact with the recipient (on the sender's behalf) and
 * with the sender; the coder has no event for the carrying.
 */
function carriedMessages(ctx: StoryContext): MediationContact[] {
  const out: MediationContact[] = [];
  for (const s of ctx.doc.sentences) {
    const text = ctx.text(s);
    if (!new RegExp(`${MESSAGE_NOUN}\\s+from\\b`, 'i').test(text)) continue;
    const ms = ctx.actorsIn(s).filter((m) => mentionCountry(m));
    const at = (m: ActorMention) => m.start - s.start;
    for (let i = 0; i + 1 < ms.length; i++) {
      const from = ms[i]!;
      const to = ms[i + 1]!;
      if (!/^\s+to\s+(?:the\s+)?$/i.test(text.slice(from.end - s.start, at(to)))) continue;
      const before = text.slice(0, at(from));
      let carrier: ActorMention | undefined;
      if (CARRIED_BEFORE.test(before)) carrier = [...ms.slice(0, i)].reverse().find((m) => !/[.;]/.test(text.slice(m.end - s.start, at(from))));
      else if (new RegExp(`${MESSAGE_NOUN}\\s+from\\s+(?:the\\s+)?$`, 'i').test(before)) {
        carrier = ms.slice(i + 2).find((m) => CARRIED_BY_AFTER.test(text.slice(to.end - s.start, at(m))));
      }
      if (!carrier || [from, to].some((x) => country(x.code) === country(carrier!.code)) || notYet(text, at(from))) continue;
      const when = ctx.timesIn(s)[0];
      const base = { mediator: { code: carrier.code, name: carrier.name }, channel: 'message' as const, when: when ? whenOfTime(when) : publishedDay(ctx), evidence: ctx.evidence(s) };
      out.push({ ...base, party: { code: to.code, name: to.name }, onBehalfOf: from.name });
      out.push({ ...base, party: { code: from.code, name: from.name } });
    }
  }
  return out;
}

/** The article's day, inferred, for a contact the sentence does not date. */
function publishedDay(ctx: StoryContext): MediationContact['when'] {
  const date = ctx.doc.published?.slice(0, 10);
  return { ...(date ? { date } : {}), precision: 'day', inferred: true };
}

/** "talks hosted by Qatar", "in talks co-hosted by Egypt and Qatar", "negotiations convened by the African Union". */
const HOSTED_BY = /\b(?:talks|negotiations|consultations|summit|meetings?|round of talks|dialogue)\b[^.;]{0,40}?\b(?:hosted|co-?hosted|convened|organi[sz]ed|co-?organi[sz]ed)\s+by\s+/gi;
/** "Qatar hosted talks between X and Y", "Turkey, which hosted the talks". */
const HOSTED_ACTIVE = /\b(?:hosted|co-?hosted|convened)\s+(?:the\s+|a\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations|consultations|summit|round of talks|dialogue)\b/gi;

/**
 * The host of talks is a go-between of the sides that met there, whether or not the coder coded
 * the hosting: the sides are the other actors of the sentence, else the parties of the article's
 * truce ("The agreement was reached after talks hosted by Qatar"). One contact per side, talks at
 * a third location, unless a contact between them is already known.
 */
function hostContacts(ctx: StoryContext, truces: CeasefireReport[]): MediationContact[] {
  const out: MediationContact[] = [];
  for (const s of ctx.doc.sentences) {
    const text = ctx.text(s);
    const hosts = hostsIn(ctx, s, text);
    if (hosts.length === 0) continue;
    const hostCountries = new Set(hosts.map((h) => country(h.code)));
    const sides = sidesIn(ctx, s, hostCountries, truces);
    const t = ctx.timesIn(s)[0];
    for (const h of hosts) {
      // (an undated sentence: the time the coder gave the hosting, from the sentences around it)
      const hosting = ctx.eventsIn(s).find((e) => country(e.source.code) === country(h.code));
      const when = t ? whenOfTime(t) : hosting ? whenOf(hosting.when) : publishedDay(ctx);
      for (const side of sides) {
        out.push({ mediator: { code: h.code, name: h.name }, party: side, channel: 'third-location-talks', when, evidence: ctx.evidence(s) });
      }
    }
  }
  return out;
}

/** The hosts a sentence names: the list after "hosted by", or the subject of "hosted talks". */
function hostsIn(ctx: StoryContext, s: Sentence, text: string): ActorMention[] {
  const ms = ctx.actorsIn(s).filter((m) => mentionCountry(m));
  const out: ActorMention[] = [];
  for (const m of text.matchAll(HOSTED_BY)) {
    if (notYet(text, m.index)) continue;
    let pos = m.index + m[0].length;
    for (const a of ms.filter((x) => x.start - s.start >= pos)) {
      if (!/^\s*(?:,|and|,\s*and)?\s*(?:the\s+)?$/i.test(text.slice(pos, a.start - s.start))) break;
      out.push(a);
      pos = a.end - s.start;
    }
  }
  for (const m of text.matchAll(HOSTED_ACTIVE)) {
    if (notYet(text, m.index)) continue;
    const subj = [...ms].reverse().find((a) => a.end - s.start <= m.index && /^\s*(?:,\s*(?:which|who)\s+)?(?:had\s+|has\s+|also\s+)?$/i.test(text.slice(a.end - s.start, m.index)));
    if (subj) out.push(subj);
  }
  return out;
}

/** Talks or a message still to come, or only offered: "will hold talks hosted by", "offered to carry a message". */
const NOT_YET = /\b(?:will|would|shall|could|may|might|due to|expected to|set to|plans? to|planned to|planning to|hopes? to|offer(?:ed|s)? to|propos(?:ed|es) to|next (?:week|month)|later this (?:week|month))\b/i;

/** The clause before `at` says the talks or the message are yet to come. */
function notYet(text: string, at: number): boolean {
  const clause = text.slice(0, at).split(/[;:]|,\s+(?:but|and|while)\s+/).pop() ?? '';
  return NOT_YET.test(clause) || /^[^.;]{0,30}\bnext (?:week|month)\b/i.test(text.slice(at));
}

/** The sides of hosted talks: the sentence's other actors with a country, else the current truce's parties. */
function sidesIn(ctx: StoryContext, s: Sentence, hosts: Set<string>, truces: CeasefireReport[]): Array<{ code: string; name?: string }> {
  const seen = new Set<string>();
  const named = ctx.actorsIn(s).filter((m) => mentionCountry(m) && !m.members && !hosts.has(country(m.code)) && m.kind !== 'media');
  const out: Array<{ code: string; name?: string }> = [];
  for (const m of named) {
    const k = partyKey(m.code, m.kind);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ code: m.code, name: m.name });
  }
  if (out.length >= 2) return out;
  const parties = truces[0]?.parties.filter((p) => !hosts.has(country(p))) ?? [];
  return parties.length === 2 ? parties.map((p) => ({ code: p, ...(ctx.nameOf(p) ? { name: ctx.nameOf(p)! } : {}) })) : [];
}

/**
 * "Saudi Crown Prince Mohammed bin Salman discussed the truce with Omani Sultan Haitham": a
 * party contacting a mediator of its truce; the mediator is still the go-between.
 */
function towardsParty(c: MediationContact, truces: CeasefireReport[]): MediationContact {
  const key = (code: string) => (/^(?:IGO|NGO)/.test(code) ? code.slice(0, 6) : country(code));
  const swap = truces.some((t) => (t.parties.includes(partyKey(c.mediator.code)) || t.parties.includes(country(c.mediator.code))) && t.mediators.includes(key(c.party.code)));
  return swap ? { ...c, mediator: c.party, party: c.mediator } : c;
}

const MEDIATORS_LISTED = /\b(?:mediated|brokered|facilitated|hosted|co-?hosted|sponsored) by\b|\bmediators?\b/i;

/**
 * Talks that are no go-between's contact: "mediated by Qatar, Egypt and the United States" lists
 * the mediators, it does not say they consulted each other (a bare consult or negotiation,
 * 040/046, between two mediators); "Armenia and Azerbaijan agreed to a ceasefire after talks",
 * "Pakistan's military operations chief called his Indian counterpart" are the parties' own
 * contacts, no mediator's (any channel between the two parties of one truce).
 */
function isNoContact(ctx: StoryContext, e: Event, truces: CeasefireReport[]): boolean {
  if (!e.target) return false;
  const s = ctx.doc.sentences.find((x) => x.index === e.sentence);
  const text = s ? ctx.text(s) : e.evidence;
  const a = e.source.code;
  const b = e.target.code;
  const key = (c: string) => (/^(?:IGO|NGO)/.test(c) ? c.slice(0, 6) : country(c));
  const isParty = (c: string, parties: string[]) => parties.includes(partyKey(c)) || parties.includes(country(c));
  return truces.some((t) =>
    (/^04[06]/.test(e.cameo) && t.mediators.includes(key(a)) && t.mediators.includes(key(b)) && MEDIATORS_LISTED.test(text)) ||
    (isParty(a, t.parties) && isParty(b, t.parties) && partyOf(a, t.parties) !== partyOf(b, t.parties)));
}

/**
 * Talks both ways in one sentence ("X and Y held talks", "Rubio and Dar spoke by phone") are one
 * conversation: bare talks (040) are the two sides' own, no go-between's, unless one of them
 * mediates a truce of the article; any other channel is kept once, from the mediator's side (a
 * truce's mediator, else the one named first).
 */
function isOtherSide(ctx: StoryContext, e: Event, truces: CeasefireReport[]): boolean {
  const back = ctx.asserted.find((x) => x.sentence === e.sentence && x.cameo.slice(0, 3) === e.cameo.slice(0, 3) && x.source.code === e.target!.code && x.target?.code === e.source.code);
  if (!back) return false;
  const key = (c: string) => (/^(?:IGO|NGO)/.test(c) ? c.slice(0, 6) : country(c));
  const mediates = (c: string) => truces.some((t) => t.mediators.includes(key(c)));
  if (mediates(e.source.code) !== mediates(e.target!.code)) return !mediates(e.source.code);
  if (e.cameo.startsWith('040')) return true;
  const first = (x: Event) => ctx.doc.actors.find((m) => m.code === x.source.code && m.start >= x.span[0] && m.start < x.span[1])?.start ?? Infinity;
  return first(e) > first(back) || (first(e) === first(back) && e.id > back.id);
}

function partyOf(code: string, parties: string[]): string {
  return parties.includes(partyKey(code)) ? partyKey(code) : country(code);
}

/**
 * "spoke by phone with Hun Manet and Phumtham Wechayachai": one contact per person of a
 * coordinated target (its mention lists the members), named when the article names them.
 */
function partiesOfTarget(ctx: StoryContext, e: Event): Array<{ code: string; name?: string }> {
  const t = e.target!;
  const s = ctx.doc.sentences.find((x) => x.index === e.sentence);
  const group = s && ctx.actorsIn(s).find((m) => m.members && m.members.length > 1 && m.name === t.name && m.start >= e.span[0] - 200);
  // (a target the coder guessed has no name of its own, or its code for a name)
  const name = t.name && t.name !== t.code ? t.name : onlyName(ctx, t.code) ?? t.name;
  if (!group) return [{ code: t.code, ...(name ? { name } : {}) }];
  return group.members!.map((code) => {
    const person = ctx.doc.actors.find((m) => m.code === code && !m.members && m.kind === 'person');
    return { code, ...(person ? { name: person.name } : {}) };
  });
}

/** The article's one name for a code (none when two people share the code: which one was meant is unknown). */
function onlyName(ctx: StoryContext, code: string): string | undefined {
  const names = new Set(ctx.doc.actors.filter((m) => m.code === code && !m.members).map((m) => m.name));
  return names.size === 1 ? [...names][0] : code.length === 3 ? ctx.nameOf(code) : undefined;
}

function contact(ctx: StoryContext, e: Event, party: { code: string; name?: string }): MediationContact {
  const channel = channelOf(ctx, e, party.code);
  const behalf = /\bon behalf of ((?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*)/.exec(e.evidence);
  return {
    mediator: { code: e.source.code, ...(e.source.name ? { name: e.source.name } : {}) },
    party,
    channel,
    ...(behalf?.[1] ? { onBehalfOf: behalf[1] } : {}),
    when: whenOf(e.when),
    eventId: e.id,
    evidence: { text: e.evidence, start: e.span[0], end: e.span[1] },
  };
}

/**
 * The channel: the event code's when it names one (041 phone, 042/043 visit, 044 talks at a third
 * place); for mediation and negotiation (045/046) the words of the sentence, but only words of
 * contact (a "post" or "letter" there announces the deal, it is not the channel), and not when the
 * words name another party as the one contacted ("helped broker the deal in phone calls with
 * Iranian officials" is no phone call with Israel).
 */
function channelOf(ctx: StoryContext, e: Event, party: string): Channel {
  const byCode = CODE_CHANNEL[e.cameo.slice(0, 3)];
  const s = ctx.doc.sentences.find((x) => x.index === e.sentence);
  // "talks in Doha hosted by Qatar": the host's capital is a third place for the parties
  if (e.cameo.startsWith('043') && s && /\b(?:talks|negotiations|summit)\b/i.test(ctx.text(s))) return 'third-location-talks';
  // "met Aliyev in Baku": a meeting in the party's own country is a visit
  if (e.cameo.startsWith('044') && s && inPartyCountry(ctx, s, party)) return 'visit';
  if (byCode && byCode !== 'mediation' && byCode !== 'negotiation') return byCode;
  for (const [re, ch] of WORD_CHANNEL) {
    const m = re.exec(e.evidence);
    if (!m) continue;
    if (byCode && (ch === 'public-post' || ch === 'message')) continue;
    if (byCode && s) {
      const at = e.span[0] + m.index + m[0].length;
      const withWhom = ctx.actorsIn(s).find((a) => a.start >= at && a.start - at <= 40 && /^\s*(?:\w+\s+){0,2}with\s+(?:\w+\s+){0,2}$/i.test(ctx.doc.text.slice(at, a.start)));
      if (withWhom && country(withWhom.code) !== country(party)) continue;
    }
    return ch;
  }
  return byCode ?? 'meeting';
}

/**
 * One contact per go-between, side, channel and day; "travelled to Israel and met Prime Minister
 * Netanyahu" is one visit, kept with the person met rather than the country as well.
 */
function dedupe(list: MediationContact[]): MediationContact[] {
  const seen = new Map<string, MediationContact>();
  const specific = (c: MediationContact) => (c.party.code.length > 3 ? 1 : 0) + (c.party.name && c.party.name !== c.party.code ? 1 : 0);
  // ("travelled to Israel and met Netanyahu": the meeting is the visit's)
  const sameTalk = (c: MediationContact, d: MediationContact) => d !== c && d.evidence.start === c.evidence.start && d.mediator.code === c.mediator.code && partyKey(d.party.code) === partyKey(c.party.code);
  list = list.map((c) => (c.channel === 'meeting' && list.some((d) => sameTalk(c, d) && d.channel === 'visit') ? { ...c, channel: 'visit' as const } : c));
  list = list.filter((c) => !list.some((d) => d !== c && d.evidence.start === c.evidence.start && d.mediator.code === c.mediator.code && d.channel === c.channel && partyKey(d.party.code) === partyKey(c.party.code) && d.party.code !== c.party.code && specific(d) > specific(c)));
  for (const c of mergeTalks(list)) {
    const k = `${c.mediator.code}|${c.party.code}|${c.channel}|${c.when.date ?? ''}`;
    const prev = seen.get(k);
    if (!prev || (prev.when.inferred && !c.when.inferred)) seen.set(k, c);
  }
  return [...seen.values()].sort((a, b) => (a.when.utc ?? a.when.date ?? '').localeCompare(b.when.utc ?? b.when.date ?? ''));
}

const IN_PERSON: Partial<Record<Channel, number>> = { 'third-location-talks': 3, visit: 2, meeting: 1 };

/**
 * "Anwar hosted talks between the two leaders ... Hun Manet and Phumtham attended the meeting at
 * Anwar's residence": the same go-between meeting the same side in person on the same day is one
 * contact, told in two sentences. It keeps the most specific channel (talks at a third place >
 * visit > meeting) and the people's names where either sentence gives them.
 */
function mergeTalks(list: MediationContact[]): MediationContact[] {
  const key = (c: MediationContact) => `${/^(?:IGO|NGO)/.test(c.mediator.code) ? c.mediator.code.slice(0, 6) : country(c.mediator.code)}|${partyKey(c.party.code)}|${c.when.date ?? ''}`;
  const person = (x: { code: string; name?: string }) => x.code.length > 3 && x.name !== undefined && !/\b(?:government|military|police|ministry)$/i.test(x.name);
  const out: MediationContact[] = [];
  for (const c of list) {
    const i = IN_PERSON[c.channel] && c.when.date ? out.findIndex((d) => IN_PERSON[d.channel] && key(d) === key(c) && d.evidence.start !== c.evidence.start) : -1;
    const d = i >= 0 ? out[i] : undefined;
    if (!d) {
      out.push(c);
      continue;
    }
    const base = (IN_PERSON[c.channel] ?? 0) > (IN_PERSON[d.channel] ?? 0) ? c : d;
    const other = base === c ? d : c;
    out[i] = { ...base, mediator: person(base.mediator) || !person(other.mediator) ? base.mediator : other.mediator, party: person(base.party) || !person(other.party) ? base.party : other.party };
  }
  return out;
}

/** The sentence places the meeting ("in Baku") in the contacted party's country. */
function inPartyCountry(ctx: StoryContext, s: Sentence, party: string): boolean {
  return ctx.doc.places.some((p) => p.start >= s.start && p.start < s.end && p.place.country === country(party) && /\bin\s+$/i.test(ctx.doc.text.slice(Math.max(s.start, p.start - 4), p.start)));
}
