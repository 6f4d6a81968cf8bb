/**
 * Other actors: states the text names as having a stake or a possible role, kept apart from the
 * actors that acted. A country that is source or target of an asserted event, or a party/mediator
 * of a ceasefire, is not "other".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../engine/paths.js';
import type { StoryContext } from './context.js';
import { country } from './context.js';
import type { OtherActor } from './types.js';

/** A possible role: offers and abilities to help, and observers at the talks ("attend as observers", "Chinese diplomats also attended the talks"). */
const POSSIBLE = /\b(could|might|may|can) (?:potentially |also |yet |eventually )?(?:play (?:a|an) [\w-]*\s*role|mediat\w*|help|facilitat\w*|step in|intervene|broker|persuade|pressure|press|convince|use (?:its|their) influence)|\bpotential (?:mediators?|role)\b|\boffer\w* to (?:mediate|host|facilitate|broker)\b|\b(?:ready|willing|prepared) to (?:help|mediate|facilitate|host|assist)\b|\bas (?:an )?observers?\b|\b(?:also )?attend(?:ed|s|ing)? (?:the )?(?:talks|negotiations|signing)\b/i;
/** Statements, appeals, intents, praise, demands and disapproval (CAMEO 01, 02, 03, 051, 10, 11). */
const VERBAL_ONLY = /^(?:01|02|03|051|10|11)/;
const STAKE = /\b(backs|backed|backing|close ties|ties to|ties with|interests? in|stake in|influence (?:over|in)|ally|allies|backer|patron|security dynamics|strategic partner\w*|leverage)\b/i;

export function otherActors(ctx: StoryContext, exclude: Iterable<string>): OtherActor[] {
  const acted = new Set<string>(exclude);
  for (const e of ctx.asserted) {
    // ("China offered to mediate", "Uganda welcomed the deal", "Rwanda denied involvement": words alone leave a state "other")
    // ("Chinese diplomats also attended the talks": being present, a consultation with nobody, is no act)
    const presence = e.cameo === '040' && !e.target;
    if ((VERBAL_ONLY.test(e.cameo) || presence) && !ctx.asserted.some((x) => x !== e && !VERBAL_ONLY.test(x.cameo) && [x.source.code, x.target?.code].some((c) => country(c) === country(e.source.code)))) {
      if (e.target) acted.add(country(e.target.code));
      continue;
    }
    acted.add(country(e.source.code));
    if (e.target) acted.add(country(e.target.code));
  }
  const out = new Map<string, OtherActor>();
  for (const s of ctx.doc.sentences) {
    const text = ctx.text(s);
    const possible = POSSIBLE.test(text) || ctx.eventsIn(s).some((e) => e.modality !== 'asserted' && e.cameo.startsWith('04'));
    const stakeAt = text.search(STAKE);
    const stake = stakeAt >= 0;
    if (!possible && !stake) continue;
    for (const m of ctx.actorsIn(s)) {
      // ("said Tehran was ready to help": a capital or government speaks for its state)
      const state = (m.kind === 'agent' || m.kind === 'person') && m.code.length >= 6 && m.code.slice(3, 6) === 'GOV' && !m.code.startsWith('IGO');
      if (m.kind !== 'country' && m.kind !== 'igo' && !(state && POSSIBLE.test(text))) continue;
      const at = m.start - s.start;
      // ("Rwanda, which backs M23 according to U.N. experts": the source of a claim has no stake in it; nor has
      // the one the ties are with, "ties to Pakistan")
      if (/\b(?:according to|citing|quoting)\s+(?:the\s+)?(?:[\w.]+\s+){0,2}$/i.test(text.slice(Math.max(0, at - 30), at))) continue;
      if (!possible && at > stakeAt) continue;
      const c = country(m.code);
      const code = state ? c : m.code;
      if (acted.has(c) || c === 'IGO' && acted.has(m.code)) continue;
      const prev = out.get(code);
      const why = possible ? 'possible-role' : 'stake';
      if (prev && (prev.why === 'possible-role' || why === 'stake')) continue;
      out.set(code, { code, name: state ? stateName(c) ?? m.name : m.name, why, evidence: ctx.evidence(s) });
    }
  }
  return [...out.values()];
}

let stateNames: Map<string, string> | null = null;
/** `IRN` → "Iran", from data/actors/countries.json. */
function stateName(code: string): string | undefined {
  if (!stateNames) {
    stateNames = new Map();
    try {
      const raw = JSON.parse(readFileSync(join(DATA_DIR, 'actors', 'countries.json'), 'utf8')) as { entries: Array<{ code: string; name: string }> };
      for (const e of raw.entries) stateNames.set(e.code, e.name);
    } catch {
      // without the dictionary the mention's own name stands
    }
  }
  return stateNames.get(code);
}
