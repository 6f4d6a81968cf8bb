/**
 * Refiner 0 — pick the most specific reading. Runs before attachment: when patterns overlap
 * ("agreed to a truce" 0871 vs "agreed" 030; "air strike" 195 vs "strike" 143) only the reading whose words
 * matched the most tokens survives, then the one spanning more, then the one with the longer (more
 * specific) code, then the earlier-listed pattern. Non-overlapping candidates all survive. A winning
 * reading flagged `none` (a figurative use: "fight poverty", "battle the epidemic") is dropped: it is
 * there only to outrank the literal reading.
 */
import type { Candidate } from './match.js';

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
  // a `none` reading won its group to silence it: "fought poverty" is no fight
  return kept.filter((c) => !c.pattern.flags.has('none')).sort((a, b) => a.trigger - b.trigger);
}
