/** Participle clauses after a comma share the parties of the clause they hang on. */
import type { Candidate } from './match.js';
import { sideOf, type DocContext } from './context.js';
import { ADVERBIAL_SUB, clauseEnd, expand, findObject, findSubject, finiteBetween, pairs, REPORTING, SPEECH_PARTICIPLES, speakerTagBefore, subordinateBeforeParticiple, type Attached, type Pair, type Party } from './attach.js';
import { tok } from './tokens.js';

/** Acts said to somebody: an apology (055), thanks or praise (051), condolences (018), a demand (10x) or an appeal (02x). */
const ADDRESSED_ACTS = /^(?:055|051|018|10\d{0,2}|02\d{0,2})$/;
/** Contacts (calls, meetings, visits) and summonses (114): the one contacted is whom such an act is said to. */
const CONTACTS = /^(?:04[0-4]|114)/;

/** Some pair's source is on the side `c` (a state with its organs, or one of its non-state sectors). */
function sourceSideIn(ps: readonly Pair[], c: string): boolean {
  for (let k = 0; k < ps.length; k++) if (sideOf((ps[k] as Pair).source.code) === c) return true;
  return false;
}

/** Some party has the code. */
function hasCode(ps: readonly Party[], code: string): boolean {
  for (let k = 0; k < ps.length; k++) if ((ps[k] as Party).code === code) return true;
  return false;
}

/**
 * A participle clause after a comma ("X's call to Y, urging restraint") is addressed to the target
 * of the event it hangs on: when it found no target of its own and shares the source, it inherits it.
 */
export function inheritTarget(ctx: DocContext, att: Attached, previous: Attached | null): Attached {
  if (!previous || att.pairs.length === 0) return att;
  for (let k = 0; k < att.pairs.length; k++) if ((att.pairs[k] as Attached['pairs'][number]).target) return att;
  const t = tok(ctx, att.cand.trigger);
  const before = att.cand.trigger > 0 ? tok(ctx, att.cand.trigger - 1) : null;
  // ("called the Qatari prime minister and apologised for the strike": an apology, thanks or condolences
  // coordinated with a contact are made to the one contacted; so is a demand or appeal: "summoned the Armenian ambassador
  // and demanded an apology")
  // (not an appeal or demand after a meeting of the subjects with each other: "Kenya and Tanzania met in Arusha and called for a
  // ceasefire" asks third parties)
  if (before && before.lower === 'and' && ADDRESSED_ACTS.test(att.cand.pattern.code) && CONTACTS.test(previous.cand.pattern.code) && previous.cand.sentence === att.cand.sentence
    && !(/^(?:02|10)/.test(att.cand.pattern.code) && previous.how.includes('reciprocal'))) {
    const inherited: Pair[] = [];
    for (let k = 0; k < previous.pairs.length; k++) {
      const p = previous.pairs[k] as Pair;
      if (p.target && sourceSideIn(att.pairs, sideOf(p.source.code))) inherited.push({ source: p.source, target: p.target });
    }
    return inherited.length ? { ...att, pairs: inherited, how: `${att.how}+contact` } : att;
  }
  // (and so is one coordinated with it: ", killing 1,200 people and taking 251 hostages")
  if (!t.lower.endsWith('ing') || !before || (before.text !== ',' && !(before.lower === 'and' && commaParticipleBefore(ctx, att.cand.trigger - 1)))) return att;
  // the previous pairs with a target whose source is on the side of one of this event's sources
  // ("security forces opened fire on protesters, killing 38": not the protesters' protest)
  const inherited: Pair[] = [];
  for (let k = 0; k < previous.pairs.length; k++) {
    const p = previous.pairs[k] as Pair;
    if (p.target && sourceSideIn(att.pairs, sideOf(p.source.code))) inherited.push({ source: p.source, target: p.target });
  }
  if (inherited.length === 0) return att;
  return { ...att, pairs: inherited, how: `${att.how}+participle` };
}

/** The nearest verb left of the subordinator at `sub`, in its sentence, is a reporting verb. */
function reportedBefore(ctx: DocContext, sub: number): boolean {
  const v = verbBeforeSub(ctx, sub, false);
  return v >= 0 && REPORTING.has(tok(ctx, v).lemma);
}

/**
 * The verb nearest left of the subordinator at `sub` in its sentence, or -1; `finite`: not an -ing form,
 * and in the same clause (no comma between).
 */
function verbBeforeSub(ctx: DocContext, sub: number, finite = true): number {
  const sentence = tok(ctx, sub).sentence;
  for (let i = sub - 1; i >= 0 && tok(ctx, i).sentence === sentence; i--) {
    const v = tok(ctx, i);
    if (finite && v.text === ',') return -1;
    if (v.pos === 'VERB' && !(finite && v.lower.endsWith('ing'))) return i;
  }
  return -1;
}

const RELATIVES = new Set(['that', 'which', 'who', 'whom']);

/** The verb at `v` is in a relative clause: a relative pronoun right after a noun opens its clause (no comma between). */
function inRelativeClause(ctx: DocContext, v: number): boolean {
  const sentence = tok(ctx, v).sentence;
  for (let i = v - 1; i > 0 && tok(ctx, i).sentence === sentence; i--) {
    const t = tok(ctx, i);
    if (t.text === ',' || t.text === ';') return false;
    if (RELATIVES.has(t.lower)) return tok(ctx, i - 1).pos === 'NOUN';
  }
  return false;
}

/** An "-ing" verb right after the last comma before `at`, in its sentence: a participle clause that "and" at `at` continues. */
/** The comma before `at` in its sentence that opens a participle clause (", asking ..."), or -1. */
function commaOfParticiple(ctx: DocContext, at: number): number {
  const sentence = tok(ctx, at).sentence;
  for (let i = at - 1; i > 0 && tok(ctx, i).sentence === sentence; i--) {
    if (tok(ctx, i).text !== ',') continue;
    const v = tok(ctx, i + 1);
    return v.pos === 'VERB' && v.lower.endsWith('ing') ? i : -1;
  }
  return -1;
}

function commaParticipleBefore(ctx: DocContext, at: number): boolean {
  const sentence = tok(ctx, at).sentence;
  for (let i = at - 1; i > 0 && tok(ctx, i).sentence === sentence; i--) {
    if (tok(ctx, i).text !== ',') continue;
    const v = tok(ctx, i + 1);
    return v.pos === 'VERB' && v.lower.endsWith('ing');
  }
  return false;
}

/**
 * A participle clause after a comma ("X shelled the town, killing four") has the subject of the clause
 * it hangs on (the agent, for a passive one): its own nearest actor on the left is only an object there.
 */
export function inheritSource(ctx: DocContext, cand: Candidate, att: Attached, previous: Attached | null): Attached {
  // ("sanctions against Russia, targeting 200 vessels": a measure's participle is nobody's act)
  if (att.how === 'figurative') return att;
  // ("Gunmen stormed a factory, India said, condemning the attack"): a participle of speech after a speaker's tag is the speaker's
  if (att.pairs.length > 0 && speakerTagBefore(ctx, cand.trigger, (ctx.doc.sentences[cand.sentence] as { tokenStart: number }).tokenStart) >= 0) return att;
  const t = tok(ctx, cand.trigger);
  const before = cand.trigger > 0 ? tok(ctx, cand.trigger - 1) : null;
  // (so is an adverbial participle after a subordinator: "X stormed a village after killing a police
  // officer" — the killer is X, not the nearest actor, "in northern Kosovo")
  // ("..., Y said after hosting talks": after a reporting verb, the reporter)
  // ("attacked the town, freeing 500 inmates and setting fire to a police station": a participle coordinated with one
  // after the comma hangs on the same clause)
  const participle = t.pos === 'VERB' && t.lower.endsWith('ing') && !!before
    && (before.text === ',' || (ADVERBIAL_SUB.has(before.lower) && !reportedBefore(ctx, cand.trigger - 1)) || (before.lower === 'and' && commaParticipleBefore(ctx, cand.trigger - 1)));
  // a finite verb's event is what a later participle clause hangs on (not a nominal inside its object:
  // "X rejected a Y proposal for an agreement, urging ...")
  // (a parenthetical attribution — "X overran the base, officials said, killing 17" — does not replace the
  // clause it interrupts: the participle still hangs on "overran")
  const aside = cand.pattern.code.startsWith('01') && ctx.finite[cand.sentence] !== undefined;
  // (nor does a reduced passive relative: "agreed to a truce after talks mediated by Qatar and Turkey, ..., ending")
  if (!participle && !aside && t.pos === 'VERB' && !t.lower.endsWith('ing') && att.pairs.length > 0 && !(before && before.lower === 'to')
    && att.how !== 'reduced-passive') ctx.finite[cand.sentence] = att;
  const main = ctx.finite[cand.sentence];
  if (main && main.cand.trigger < cand.trigger) previous = main;
  // ("The Houthis said a U.S. air strike hit a detention centre, killing 68 people": a participle after the reported
  // clause's own finite verb hangs on that clause, not on the verb of saying — the speaker did not kill)
  if (participle && before && before.text === ',' && previous && previous.cand.sentence === cand.sentence && previous.cand.pattern.code.startsWith('01')
    && REPORTING.has(tok(ctx, previous.cand.trigger).lemma) && finiteBetween(ctx, previous.cand.end, cand.trigger - 1) && !SPEECH_PARTICIPLES.has(t.lemma)) previous = null;
  // ("carried out a strike against a boat that Trump said was carrying drugs, killing 11 people": a verb inside
  // a relative clause is not what a later participle hangs on)
  if (participle && previous && previous.cand.sentence === cand.sentence && inRelativeClause(ctx, previous.cand.trigger)) previous = null;
  // ("rallied ... since a canopy collapsed in Novi Sad in November, killing 16 people": a participle after a
  // subordinate clause's own verb hangs on that verb, not on the main clause's)
  if (participle && before && before.text === ',' && previous && previous.cand.sentence === cand.sentence
    && subordinateBeforeParticiple(ctx, cand.trigger, (ctx.doc.sentences[cand.sentence] as { tokenStart: number }).tokenStart) > previous.cand.end) previous = null;
  // ("Trump, who addressed Israel's parliament before flying to Egypt": with no event of the clause's verb, an
  // adverbial participle's subject is that verb's subject, not the actor nearest to it)
  let subjects: Party[] | null = null;
  // ("wrote to the UN chief, asking him to mediate and demanding that Israel withdraw": a participle coordinated with
  // one after a comma shares its subject — the main clause's — not that of an event told inside the first participle)
  if (participle && before && before.lower === 'and') {
    const comma = commaOfParticiple(ctx, cand.trigger - 1);
    if (comma >= 0 && previous && previous.cand.sentence === cand.sentence && previous.cand.trigger > comma + 1) {
      const v = verbBeforeSub(ctx, comma);
      const sent = ctx.doc.sentences[cand.sentence];
      const found = v >= 0 && sent ? expand(ctx, findSubject(ctx, v, sent.tokenStart)) : [];
      if (found.length) { subjects = found; previous = null; }
    }
  }
  if (!subjects && participle && before && before.text !== ',' && (!previous || previous.cand.sentence !== cand.sentence || previous.pairs.length === 0)) {
    const v = verbBeforeSub(ctx, cand.trigger - 1);
    if (v >= 0) {
      const sent = ctx.doc.sentences[cand.sentence];
      const found = sent ? expand(ctx, findSubject(ctx, v, sent.tokenStart)) : [];
      if (found.length) subjects = found;
    }
  }
  if (!subjects && (!previous || previous.cand.sentence !== cand.sentence || previous.pairs.length === 0)) return att;
  if (!participle) return att;
  const sources: Party[] = [];
  if (subjects) for (const p of subjects) { if (!hasCode(sources, p.code)) sources.push(p); }
  // ("three activists detained while investigating a company": a participle after a subordinator and a passive verb is
  // done by the passive's subject, the one acted on; not after a comma: "was attacked by militiamen, killing 156")
  else if (previous && previous.passive && before && before.text !== ',') { for (const p of previous.pairs) if (p.target && !hasCode(sources, p.target.code)) sources.push(p.target); }
  else if (previous) for (const p of previous.pairs) if (!hasCode(sources, p.source.code)) sources.push(p.source);
  if (sources.length === 0) return att;
  let targets: Party[] = [];
  // (a target that was one of the participle's own wrongly found subjects — a reciprocal pair of them — is none)
  const own: Party[] = [];
  for (const p of att.pairs) if (!hasCode(own, p.source.code)) own.push(p.source);
  // (nor is one the article's context gave for the wrong subject)
  const guessed = att.how.includes('context');
  for (const p of att.pairs) if (p.target && !guessed && !hasCode(targets, p.target.code) && !hasCode(own, p.target.code)) targets.push(p.target);
  if (targets.length === 0 && !cand.pattern.flags.has('notarget')) {
    const sent = ctx.doc.sentences[cand.sentence];
    if (sent) targets = expand(ctx, findObject(ctx, cand.trigger + 1, clauseEnd(ctx, cand.end, sent.tokenEnd), cand.end));
  }
  // ("X and Y agreed to a truce, ending the fighting": a mutual act of the pair the clause hangs on)
  if (targets.length === 0 && cand.pattern.flags.has('recip') && sources.length > 1) targets = sources;
  const ps = pairs(sources, targets.length ? targets : null, cand.pattern.flags.has('self'));
  return ps.length ? { ...att, pairs: ps, how: `${att.how}+participle-subject` } : att;
}
