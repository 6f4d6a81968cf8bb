/**
 * Claims and their sourcing. Two sources of claims:
 * - events whose attribution names a speaker, an outlet or a basis;
 * - sentences that cite a media outlet ("a CNN report citing senior administration sources"),
 *   which often carry the article's central account rather than one event.
 * A basis is anonymous unless it names a person ("officials", "sources", "people familiar with").
 */
import type { Sentence } from '../domain/types.js';
import type { StoryContext } from './context.js';
import type { Claim } from './types.js';
import { describeEvent } from './describe.js';

const CITING = /\b(?:citing|quoting|according to|attributed to|based on)\s+((?:an? |the |several |two |three |unnamed |anonymous )?[^,.;()]{3,80}?)(?=[,.;()]|\s+(?:lends|said|says|who|that|which|as|and (?:a|the)|to\b|in\b|on\b|for\b)|$)/i;
/** Head nouns of anonymous sourcing: "senior administration sources", "a Western diplomat". */
const ANON_HEAD = /^(sources?|officials?|people|persons?|aides?|diplomats?|insiders?|officers?|spokes(?:man|woman|person|people)|staff|advisers?|advisors?|analysts?|intelligence)$/i;

/**
 * A basis is named when it identifies someone: its head noun is not an anonymous-source noun
 * ("senior Trump administration sources" is anonymous although it contains a name) and it is not
 * hedged ("people familiar with the matter", "on condition of anonymity").
 */
export function isNamedBasis(basis: string): boolean {
  if (/\b(familiar with|anonymity|unnamed|anonymous|who declined to be named|not authori[sz]ed)\b/i.test(basis)) return false;
  const head = basis.trim().split(/\s+/).pop() ?? '';
  return !ANON_HEAD.test(head);
}
const REPORT = /\b(report\w*|said|says|citing|according to|told|quoted|published|broadcast)\b/i;
const NARRATIVE = /\b(the (?:narrative|account|story|article|reporting)|this account)\b/i;

export function claims(ctx: StoryContext): Claim[] {
  const out: Claim[] = [];
  for (const e of ctx.events) {
    const a = e.attribution;
    if (!a || (!a.outlet && !a.basis && !a.speaker)) continue;
    const anon = a.named && !a.basis ? anonymousSpeaker(ctx, e.sentence, a.evidence?.start) : null;
    const s = ctx.doc.sentences.find((x) => x.index === e.sentence);
    const basis = a.basis ? fullBasis(a.basis, s ? ctx.text(s) : e.evidence) : anon ?? undefined;
    // ("citing the Prime Minister's office": an office that is named is on the record)
    const named = anon ? false : a.named || (basis !== undefined && !a.speaker && isNamedBasis(basis) && !ANONYMITY.test(s ? ctx.text(s) : e.evidence));
    const chain = (anon ? [...a.chain.slice(0, -1), anon] : a.chain).map((c) => (a.basis && c === a.basis && basis ? basis : tidy(c)));
    // ("State media, citing the Prime Minister's office, said": the one citing is the outer source)
    const citer = !a.speaker && !a.outlet && a.basis && s ? citingSource(ctx.text(s)) : null;
    if (citer && chain[0] !== citer) chain.unshift(citer);
    // ("declared the truce without consulting Kyiv": a claim of what did not happen says so)
    const modality = e.modality === 'asserted' ? '' : ` [${e.modality}]`;
    out.push({
      claim: `${describeEvent(e, ctx.nameOf)}${modality}`, ...(a.outlet ? { outlet: a.outlet } : {}), ...(basis ? { basis } : {}),
      named, chain, ...(a.speaker ? { speaker: a.speaker.name } : {}),
      evidence: { text: e.evidence, start: e.span[0], end: e.span[1] },
    });
  }
  for (const s of ctx.doc.sentences) {
    const c = outletClaim(ctx, s) ?? anonymousClaim(ctx, s, out);
    if (c && !out.some((o) => o.outlet === c.outlet && o.evidence.start === c.evidence.start)) out.push(c);
  }
  return out;
}

const ANONYMITY = /\b(?:on condition of anonymity|speaking anonymously|(?:asked|declined|requested) not to be (?:named|identified)|declined to be (?:named|identified)|not authori[sz]ed to (?:speak|talk|brief)|familiar with|briefed on)\b/i;

/** "Saudi state television, citing an official source, said": the phrase before ", citing". */
function citingSource(text: string): string | null {
  const m = /(?:^|[,;:]\s+|\s[-–—]\s+)([A-Z][\w'.-]*(?:\s+[\w'.-]+){0,4}?),\s+(?:citing|quoting)\s+/.exec(text);
  return m ? m[1]!.trim() : null;
}

/** "Prime Minister 's office" as tokens were joined: "Prime Minister's office". */
function tidy(s: string): string {
  return s.replace(/\s+('s?)\b/g, '$1');
}

/** "a diplomat who": the basis goes on to the end of its relative clause ("a diplomat who asked not to be named"). */
function fullBasis(basis: string, text: string): string {
  const b = tidy(basis);
  if (!/\b(?:who|which|that)$/i.test(b)) return b;
  const at = text.indexOf(b);
  if (at < 0) return b;
  const rest = /^[^,.;]*/.exec(text.slice(at + b.length))?.[0] ?? '';
  return `${b}${rest}`.trim();
}

/**
 * A sentence sourced to someone unnamed ("A Hamas official, speaking on condition of anonymity,
 * said ...", "officials familiar with the talks said ...") whose events carry no attribution:
 * the sentence is the claim, the unnamed source its basis.
 */
function anonymousClaim(ctx: StoryContext, s: Sentence, found: Claim[]): Claim | null {
  const text = ctx.text(s);
  if (!ANONYMITY.test(text) || found.some((c) => c.evidence.start >= s.start && c.evidence.start < s.end)) return null;
  // ("..., according to people familiar with the negotiations": the phrase after "according to")
  const according = /\baccording to\s+([^,.;]+)/i.exec(text);
  const said = /\b(?:said|says|told)\b/i.exec(text);
  if (!said && !according) return null;
  const basis = according && !isNamedBasis(according[1]!) ? according[1]!.trim() : (said && anonymousSpeaker(ctx, s.index, s.start + said.index)) ?? anonymousPhrase(text);
  if (!basis) return null;
  return { claim: text.trim(), basis, named: false, chain: [basis], evidence: ctx.evidence(s) };
}

/** "according to a diplomat who asked not to be named", "officials familiar with the talks". */
function anonymousPhrase(text: string): string | null {
  const m = /\b((?:an?|one|two|three|several|some|senior|the)?\s*(?:[\w-]+\s+){0,3}?(?:officials?|sources?|diplomats?|officers?|aides?|people|persons?)(?:\s+(?:familiar with|briefed on|close to)\s+(?:the\s+)?[\w-]+|\s+who\s+[^,.;]*)?)/i.exec(text);
  return m?.[1]?.trim() ?? null;
}

/**
 * The speaker of a saying verb is anonymous when the words before the verb are a bare group of
 * officials ("officials said", "civil defence officials said", "officials in both countries
 * said", "two diplomats briefed on the talks said") with no person named among them, or when the
 * sentence says the speaker spoke on condition of anonymity. Returns the phrase, or null.
 */
export function anonymousSpeaker(ctx: StoryContext, sentence: number, cueStart: number | undefined): string | null {
  const s = ctx.doc.sentences.find((x) => x.index === sentence);
  if (!s || cueStart === undefined || cueStart < s.start || cueStart > s.end) return null;
  const text = ctx.text(s);
  const upTo = cueStart - s.start;
  const clauseStart = Math.max(text.lastIndexOf(',', upTo - 1), text.lastIndexOf(';', upTo - 1), text.lastIndexOf('—', upTo - 1)) + 1;
  const phrase = text.slice(clauseStart, upTo).trim();
  const anonymity = /\b(on condition of anonymity|speaking anonymously|declined to be (?:named|identified)|not authori[sz]ed to (?:speak|talk))\b/i;
  if (anonymity.test(text)) {
    const m = /\b((?:an?|one|two|three|several|some|senior|the)\s+(?:[\w-]+\s+){0,3}(?:officials?|sources?|diplomats?|officers?|aides?|people))\b/i.exec(text);
    return m?.[1] ?? 'an unnamed source';
  }
  const words = phrase.split(/\s+/);
  const head = /^(officials?|sources?|diplomats?|people|aides?|officers?|insiders?|residents|witnesses|analysts)$/i;
  const hi = words.findIndex((w) => head.test(w));
  if (hi < 0 || hi > 4) return null;
  // a person named in the phrase makes it named ("officials including Misri")
  if (ctx.actorsIn(s).some((m) => m.kind === 'person' && m.start - s.start >= clauseStart && m.start - s.start < upTo)) return null;
  return phrase;
}

function outletClaim(ctx: StoryContext, s: Sentence): Claim | null {
  const text = ctx.text(s);
  const media = ctx.actorsIn(s).filter((m) => m.kind === 'media');
  if (media.length === 0 || !REPORT.test(text)) return null;
  const cite = CITING.exec(text);
  const basis = cite?.[1]?.trim();
  const outlets = media.map((m) => m.name);
  const named = basis ? isNamedBasis(basis) : true;
  return {
    claim: NARRATIVE.test(text) ? "the article's central account" : text.trim(),
    outlet: outlets[0] as string,
    ...(basis ? { basis } : {}),
    named,
    chain: basis ? [...outlets, basis] : outlets,
    evidence: ctx.evidence(s),
  };
}

/** One line an analyst can paste: how much rests on whom. */
export function sourcingSummary(list: Claim[]): string {
  if (list.length === 0) return 'no attributed claims: the article states its account without citing sources';
  const outlets = [...new Set(list.map((c) => c.outlet).filter(Boolean))] as string[];
  const anonymous = list.filter((c) => !c.named);
  const central = list.find((c) => c.claim === "the article's central account") ?? list[0]!;
  const basis = central.basis ? ` citing ${central.named ? '' : 'anonymous '}${central.basis}` : '';
  const head = central.outlet ? `the central claim rests on ${outlets.length === 1 ? 'one outlet' : `${outlets.length} outlets`} (${central.outlet})${basis}` : `the central claim rests on ${!central.named && central.basis ? `anonymous ${central.basis}` : central.speaker ?? central.basis ?? 'an unnamed source'}`;
  return `${head}; ${list.length} attributed claim${list.length > 1 ? 's' : ''}, ${anonymous.length} anonymous`;
}
