/**
 * Other actors: states the text names as having a stake or a possible role, kept apart from the
 * actors that acted. A country that is source or target of an asserted event, or a party/mediator
 * of a ceasefire, is not "other".
 */
import type { StoryContext } from './context.js';
import { country } from './context.js';
import type { OtherActor } from './types.js';

const POSSIBLE = /\b(could|might|may|can) (?:potentially |also |yet |eventually )?(?:play (?:a|an) [\w-]*\s*role|mediat\w*|help|facilitat\w*|step in|intervene|broker)|\bpotential (?:mediators?|role)\b|\boffer\w* to mediate\b/i;
const STAKE = /\b(close ties|ties to|ties with|interests? in|stake in|influence (?:over|in)|ally|allies|backer|patron|security dynamics|strategic partner\w*|leverage)\b/i;

export function otherActors(ctx: StoryContext, exclude: Iterable<string>): OtherActor[] {
  const acted = new Set<string>(exclude);
  for (const e of ctx.asserted) {
    acted.add(country(e.source.code));
    if (e.target) acted.add(country(e.target.code));
  }
  const out = new Map<string, OtherActor>();
  for (const s of ctx.doc.sentences) {
    const text = ctx.text(s);
    const possible = POSSIBLE.test(text) || ctx.eventsIn(s).some((e) => e.modality !== 'asserted' && e.cameo.startsWith('04'));
    const stake = STAKE.test(text);
    if (!possible && !stake) continue;
    for (const m of ctx.actorsIn(s)) {
      if (m.kind !== 'country' && m.kind !== 'igo') continue;
      const c = country(m.code);
      if (acted.has(c) || c === 'IGO' && acted.has(m.code)) continue;
      const prev = out.get(m.code);
      const why = possible ? 'possible-role' : 'stake';
      if (prev && (prev.why === 'possible-role' || why === 'stake')) continue;
      out.set(m.code, { code: m.code, name: m.name, why, evidence: ctx.evidence(s) });
    }
  }
  return [...out.values()];
}
