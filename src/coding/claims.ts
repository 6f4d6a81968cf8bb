/**
 * Refiner 3c — claims of one's own attack. "The rebels claimed (that) they had attacked the base":
 * what the sentence asserts is the claim (CAMEO 015, claim responsibility); the attack itself is the
 * claimant's unverified word, so it is kept as speculative. Only material conflict (roots 15–20)
 * claimed by its own source counts: "X claimed that Y attacked Z" is an allegation about somebody
 * else (modality makes it speculative, no 015). Runs after attachment, before modality.
 */
import type { Token } from '../domain/types.js';
import type { Attached } from './attach.js';
import { countryOf, type DocContext } from './context.js';

const CLAIM = new Set(['claim', 'boast']);
const BETWEEN = new Set(['that', 'they', 'it', 'he', 'she', 'we', 'its', 'their', 'had', 'have', 'has', 'already', 'also', 'successfully', 'to',
  // "claimed responsibility for a missile and drone attack on Y"
  'responsibility', 'credit', 'for', 'the', 'a', 'an', 'and']);

const tok = (ctx: DocContext, i: number): Token => ctx.doc.tokens[i] as Token;

/** The token index of the claim verb governing the trigger, or -1. */
function claimVerb(ctx: DocContext, trigger: number, sentStart: number): number {
  // ("Al-Shabaab claimed the blast and kidnapped three teachers": a verb of its own after "and" is a second act told,
  // not part of what was claimed — a claimed act told by a verb follows "that" or "to have", not "and")
  const tr = tok(ctx, trigger);
  if (tr.pos === 'VERB' && !tr.lower.endsWith('ing')) {
    let k = trigger - 1;
    while (k > sentStart && tok(ctx, k).pos === 'ADV') k--;
    // ("claimed they had captured and destroyed two tanks": a verb right before "and" shares the claim)
    if (tok(ctx, k).lower === 'and') return k - 1 > sentStart && tok(ctx, k - 1).pos === 'VERB' ? claimVerb(ctx, k - 1, sentStart) : -1;
  }
  for (let i = trigger - 1, hops = 0; i >= sentStart && hops < 8; i--, hops++) {
    const t = tok(ctx, i);
    // "a Taliban-claimed car bomb struck the bus": a hyphened participle describes the weapon; the
    // strike itself is told as fact
    if (CLAIM.has(t.lemma) && t.pos === 'VERB') return i > sentStart && tok(ctx, i - 1).text === '-' && tok(ctx, i - 1).end === t.start ? -1 : i;
    if (BETWEEN.has(t.lower) || t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'NOUN' || ctx.actorAt[i]! >= 0) continue;
    return -1;
  }
  return -1;
}

/** Whether the attached event is its own source's claimed attack. */
export function selfClaimed(ctx: DocContext, att: Attached): boolean {
  const code = att.cand.pattern.code;
  const root = Number(code.slice(0, 2));
  if (root < 15 || att.pairs.length === 0) return false;
  const sent = ctx.doc.sentences[att.cand.sentence];
  if (!sent) return false;
  const c = claimVerb(ctx, att.cand.trigger, sent.tokenStart);
  if (c < 0) return false;
  // the claimant: the nearest actor before the claim verb in the sentence
  for (let i = c - 1; i >= sent.tokenStart; i--) {
    const mi = ctx.actorAt[i]!;
    if (mi < 0) continue;
    const m = ctx.doc.actors[mi]!;
    if (m.kind === 'media') continue;
    const claimant = countryOf(m.code);
    return att.pairs.every((p) => countryOf(p.source.code) === claimant);
  }
  return false;
}
