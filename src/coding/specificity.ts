/**
 * Refiner 0 — pick the most specific reading. Runs before attachment: when patterns overlap
 * ("agreed to a truce" 0871 vs "agreed" 030; "air strike" 195 vs "strike" 143) only the reading whose words
 * matched the most tokens survives, then the one spanning more, then the one with the longer (more
 * specific) code, then the earlier-listed pattern. Non-overlapping candidates all survive.
 */
import type { Token } from '../domain/types.js';
import type { Candidate } from './match.js';
import type { DocContext } from './context.js';
import { attach } from './attach.js';

function better(a: Candidate, b: Candidate): boolean {
  if (a.words !== b.words) return a.words > b.words;
  const la = a.end - a.trigger;
  const lb = b.end - b.trigger;
  if (la !== lb) return la > lb;
  if (a.pattern.code.length !== b.pattern.code.length) return a.pattern.code.length > b.pattern.code.length;
  return false;
}

/** Overlapping spans, or two adjacent noun readings forming one compound ("ceasefire agreement"). */
const overlaps = (a: Candidate, b: Candidate): boolean =>
  (a.trigger < b.end && b.trigger < a.end) ||
  (a.pattern.kind === 'n' && b.pattern.kind === 'n' && (a.end === b.trigger || b.end === a.trigger));

/** Keeps, in token order, the best candidate of every overlapping group. */
export function mostSpecific(cands: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of cands) {
    const clash = kept.findIndex((k) => overlaps(k, c));
    if (clash < 0) { kept.push(c); continue; }
    if (better(c, kept[clash] as Candidate)) kept[clash] = c;
  }
  return kept.sort((a, b) => a.trigger - b.trigger);
}

/**
 * Foreground readings. A news sentence reports one main event; other event words in it often only
 * set the scene. A reading is background when its trigger sits
 * - in a relative clause ("guerrillas who overran it", "a helicopter that was captured by Y",
 *   "houses that were destroyed in an air raid") or a reduced one ("property seized by Y");
 * - in a scene-setting phrase up to its comma ("during the fight against Y", "amid clashes");
 * Background readings are dropped when the sentence has a foreground reading that is not a plain
 * statement (root 01) and finds its parties; otherwise all are kept ("X was released after Y
 * pardoned him": the release has no agent, the pardon stays). Always dropped: a participle used as an adjective
 * ("the occupied West Bank", "its long-threatened invasion"), an event noun modifying a noun of
 * persons or places ("truce monitors", "the ceasefire line") and a trigger inside a time expression
 * ("signed in March").
 */
const REL_PRON = new Set(['who', 'whom', 'which', 'whose']);
/** Only phrases that set a scene: "after"/"following" often carry news of their own ("agreed to a
 * truce after Malaysia-hosted talks"), so they are not background. */
const TEMPORAL = new Set(['during', 'amid', 'amidst']);
const NOT_RELATIVE_HEAD = new Set(['claims', 'claim', 'reports', 'report', 'fears', 'fear', 'hopes', 'hope', 'demand', 'demands', 'warning', 'news', 'statement', 'assurance', 'assurances', 'word', 'signs', 'evidence', 'belief', 'view', 'fact', 'idea']);
const MODIFIED_HEADS = new Set(['monitor', 'monitors', 'observer', 'observers', 'monitoring', 'line', 'lines', 'zone', 'zones', 'commission', 'committee', 'negotiator', 'negotiators', 'envoy']);

const at = (ctx: DocContext, i: number): Token => ctx.doc.tokens[i] as Token;

/** The trigger is part of a time expression: "in March", "on May 5" name no march and no permission. */
function inTime(ctx: DocContext, c: Candidate): boolean {
  const t = at(ctx, c.trigger);
  return ctx.doc.times.some((x) => x.start <= t.start && t.end <= x.end);
}

function attributive(ctx: DocContext, c: Candidate, lo: number): boolean {
  if (inTime(ctx, c)) return true;
  const t = at(ctx, c.trigger);
  const prev = c.trigger > lo ? at(ctx, c.trigger - 1) : null;
  const next = at(ctx, c.trigger + 1);
  if (c.pattern.kind === 'n' && next && MODIFIED_HEADS.has(next.lower) && c.end === c.trigger + 1) return true;
  if (t.pos !== 'VERB' || !t.lower.endsWith('ed') || !prev || !next) return false;
  const hyphen = prev.text === '-' && prev.end === t.start;
  return (hyphen || prev.pos === 'DET' || prev.pos === 'ADJ') && (next.pos === 'NOUN' || next.pos === 'PROPN') && c.end === c.trigger + 1;
}

function background(ctx: DocContext, c: Candidate, lo: number): boolean {
  const t = at(ctx, c.trigger);
  // reduced relative: "property seized by Y", "a helicopter captured by Y"
  const prev = c.trigger > lo ? at(ctx, c.trigger - 1) : null;
  const after = at(ctx, c.end);
  if (t.pos === 'VERB' && t.lower.endsWith('ed') && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && after && after.lower === 'by' && c.trigger > lo + 2) return true;
  for (let i = c.trigger - 1; i >= lo; i--) {
    const x = at(ctx, i);
    if (x.text === ',' || x.text === ';') return false;
    if (REL_PRON.has(x.lower) && i > lo) return true;
    if (x.lower === 'that' && i > lo && i + 1 <= c.trigger) {
      const head = at(ctx, i - 1);
      const nx = at(ctx, i + 1);
      if ((head.pos === 'NOUN' || head.pos === 'PROPN') && !NOT_RELATIVE_HEAD.has(head.lower) && (nx.pos === 'VERB' || nx.pos === 'AUX')) return true;
    }
    if (TEMPORAL.has(x.lower) && (x.pos === 'ADP' || x.pos === 'SCONJ' || x.pos === 'VERB')) return true;
  }
  return false;
}

/** Drops background readings (see above); `cands` in token order, all of one sentence. */
export function foreground(ctx: DocContext, cands: Candidate[]): Candidate[] {
  if (cands.length === 0) return cands;
  const s = ctx.doc.sentences[(cands[0] as Candidate).sentence];
  if (!s) return cands;
  const kept = cands.filter((c) => !attributive(ctx, c, s.tokenStart));
  const bg = kept.map((c) => background(ctx, c, s.tokenStart));
  if (!bg.some(Boolean)) return kept;
  // a foreground event that finds its parties; else the background is all the sentence has
  const main = kept.some((c, i) => !bg[i] && !c.pattern.code.startsWith('01') && attach(ctx, c).pairs.length > 0);
  return main ? kept.filter((_, i) => !bg[i]) : kept;
}
