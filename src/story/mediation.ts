/**
 * Mediation contacts: mediator → party, with the channel (phone call, visit, meeting, talks at a
 * third location, message, public post), on whose behalf when the text says so, when, evidence.
 * Derived from asserted consultation events (CAMEO 04x) between different countries.
 */
import type { Event, Sentence } from '../domain/types.js';
import { type StoryContext, country } from './context.js';
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
  for (const e of ctx.asserted) {
    if (!e.cameo.startsWith('04') || !e.target || country(e.source.code) === country(e.target.code)) continue;
    if (country(e.target.code) === 'IGO' && country(e.source.code) === 'IGO') continue;
    if (isNoContact(ctx, e, truces)) continue;
    for (const party of partiesOfTarget(ctx, e)) out.push(towardsParty(contact(ctx, e, party), truces));
  }
  return dedupe(out);
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
 * the mediators, it does not say they consulted each other; "Armenia and Azerbaijan agreed to a
 * ceasefire after talks" are the parties' own talks, no mediator's (both cases: a bare consult or
 * negotiation, 040/046, between two mediators or the two parties of one truce).
 */
function isNoContact(ctx: StoryContext, e: Event, truces: CeasefireReport[]): boolean {
  if (!/^04[06]/.test(e.cameo) || !e.target) return false;
  const s = ctx.doc.sentences.find((x) => x.index === e.sentence);
  const text = s ? ctx.text(s) : e.evidence;
  const a = e.source.code;
  const b = e.target.code;
  const key = (c: string) => (/^(?:IGO|NGO)/.test(c) ? c.slice(0, 6) : country(c));
  const isParty = (c: string, parties: string[]) => parties.includes(partyKey(c)) || parties.includes(country(c));
  return truces.some((t) =>
    (t.mediators.includes(key(a)) && t.mediators.includes(key(b)) && MEDIATORS_LISTED.test(text)) ||
    (isParty(a, t.parties) && isParty(b, t.parties) && partyOf(a, t.parties) !== partyOf(b, t.parties)));
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
  if (!group) return [{ code: t.code, ...(t.name ? { name: t.name } : {}) }];
  return group.members!.map((code) => {
    const person = ctx.doc.actors.find((m) => m.code === code && !m.members && m.kind === 'person');
    return { code, ...(person ? { name: person.name } : {}) };
  });
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

function dedupe(list: MediationContact[]): MediationContact[] {
  const seen = new Map<string, MediationContact>();
  for (const c of list) {
    const k = `${c.mediator.code}|${c.party.code}|${c.channel}|${c.when.date ?? ''}`;
    const prev = seen.get(k);
    if (!prev || (prev.when.inferred && !c.when.inferred)) seen.set(k, c);
  }
  return [...seen.values()].sort((a, b) => (a.when.utc ?? a.when.date ?? '').localeCompare(b.when.utc ?? b.when.date ?? ''));
}

/** The sentence places the meeting ("in Baku") in the contacted party's country. */
function inPartyCountry(ctx: StoryContext, s: Sentence, party: string): boolean {
  return ctx.doc.places.some((p) => p.start >= s.start && p.start < s.end && p.place.country === country(party) && /\bin\s+$/i.test(ctx.doc.text.slice(Math.max(s.start, p.start - 4), p.start)));
}
