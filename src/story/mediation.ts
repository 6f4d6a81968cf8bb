/**
 * Mediation contacts: mediator → party, with the channel (phone call, visit, meeting, talks at a
 * third location, message, public post), on whose behalf when the text says so, when, evidence.
 * Derived from asserted consultation events (CAMEO 04x) between different countries.
 */
import type { Event } from '../domain/types.js';
import { type StoryContext, country } from './context.js';
import { type Channel, type MediationContact, whenOf } from './types.js';

const CODE_CHANNEL: Record<string, Channel> = {
  '041': 'phone-call', '042': 'visit', '043': 'visit', '044': 'third-location-talks', '045': 'mediation', '046': 'negotiation',
};

const WORD_CHANNEL: Array<[RegExp, Channel]> = [
  [/\b(phone|tele?phon\w*|call(?:ed|s)?|rang|dialled|dialed)\b/i, 'phone-call'],
  [/\b(posted|post on|tweet\w*|on X\b|social media)\b/i, 'public-post'],
  [/\b(letter|message|wrote to|envoy carried)\b/i, 'message'],
  [/\b(visit\w*|travel\w*|flew|trip)\b/i, 'visit'],
  [/\b(met|meeting|meets)\b/i, 'meeting'],
];

export function mediation(ctx: StoryContext): MediationContact[] {
  const out: MediationContact[] = [];
  for (const e of ctx.asserted) {
    if (!e.cameo.startsWith('04') || !e.target || country(e.source.code) === country(e.target.code)) continue;
    if (country(e.target.code) === 'IGO' && country(e.source.code) === 'IGO') continue;
    out.push(contact(ctx, e));
  }
  return dedupe(out);
}

function contact(ctx: StoryContext, e: Event): MediationContact {
  const channel = channelOf(e);
  const behalf = /\bon behalf of ((?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*)/.exec(e.evidence);
  return {
    mediator: { code: e.source.code, ...(e.source.name ? { name: e.source.name } : {}) },
    party: { code: e.target!.code, ...(e.target!.name ? { name: e.target!.name } : {}) },
    channel,
    ...(behalf?.[1] ? { onBehalfOf: behalf[1] } : {}),
    when: whenOf(e.when),
    eventId: e.id,
    evidence: { text: e.evidence, start: e.span[0], end: e.span[1] },
  };
}

function channelOf(e: Event): Channel {
  const byCode = CODE_CHANNEL[e.cameo.slice(0, 3)];
  if (byCode && byCode !== 'mediation' && byCode !== 'negotiation') return byCode;
  for (const [re, ch] of WORD_CHANNEL) if (re.test(e.evidence)) return ch;
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
