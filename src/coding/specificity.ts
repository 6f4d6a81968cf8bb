/**
 * Refiner 0 — pick the most specific reading. Runs before attachment: when patterns overlap
 * ("agreed to a truce" 0871 vs "agreed" 030; "air strike" 195 vs "strike" 143) only the reading whose words
 * matched the most tokens survives, then the one spanning more, then the one with the longer (more
 * specific) code, then the earlier-listed pattern. Non-overlapping candidates all survive. A winning
 * reading flagged `none` (a figurative use: "fight poverty", "battle the epidemic") is dropped: it is
 * there only to outrank the literal reading.
 *
 * A winner keeps, as fallbacks, the less specific readings of its group that share its trigger word, best
 * first, then the group's readings of other words: when the winner finds no actors to attach ("soldiers
 * were killed by X" matched "kill ... troops" with the agent as its object), the coder tries the plainer
 * reading of the same verb ("kill") instead, then the other words' noun readings ("killed in clashes with Y": "clashes with").
 */
import type { Candidate } from './match.js';

function better(a: Candidate, b: Candidate): boolean {
  // ("Ukrainian drones hit a refinery in Saratov"): an aerial weapon as the subject of a verb of hitting makes the attack
  // aerial (195), whatever longer reading the verb has
  if (aerialOver(a, b)) return true;
  if (aerialOver(b, a)) return false;
  if (a.words !== b.words) return a.words > b.words;
  const la = a.end - a.trigger;
  const lb = b.end - b.trigger;
  // ("the swap took place on the border": an idiom's word next to the verb is its complement; the literal reading's
  // farther word, "take ... border", sits in a phrase after it; of the same root: "flew over 13 tons of medicine" is no visit's idiom "fly over")
  if (a.trigger === b.trigger && a.pattern.code.slice(0, 2) === b.pattern.code.slice(0, 2)) {
    if (idiomWithin(a, b)) return true;
    if (idiomWithin(b, a)) return false;
  }
  if (la !== lb) return la > lb;
  if (a.pattern.code.length !== b.pattern.code.length) return a.pattern.code.length > b.pattern.code.length;
  // ("the RSF blocked the road": a reading for armed sources only says more than the plain one of the same words, which
  // stays its fallback for a crowd)
  // (a figurative reading of the same words still comes first: "pushed Israel into accepting the deal")
  if (a.pattern.flags.has('armed') !== b.pattern.flags.has('armed') && !a.pattern.flags.has('none') && !b.pattern.flags.has('none')) return a.pattern.flags.has('armed');
  // ("warned India on Thursday that ...": a reading that names whom it is done to says more than one that skips them)
  if ((a.slot === undefined) !== (b.slot === undefined)) return a.slot !== undefined;
  return false;
}

/** `a` reads an aerial weapon and the verb after it (195) whose verb `b`, a plain use of force (190), reads on. */
const aerialOver = (a: Candidate, b: Candidate): boolean =>
  a.pattern.code === '195' && b.pattern.code === '190' && a.trigger < b.trigger && a.end > b.trigger && !b.pattern.flags.has('none');

/** `a` is a figurative reading of adjacent words ("took place") shorter than the literal reading `b` ("take ... border"). */
const idiomWithin = (a: Candidate, b: Candidate): boolean =>
  a.pattern.flags.has('none') && !b.pattern.flags.has('none') && a.end - a.trigger === a.words && a.end < b.end;

/**
 * "accused X of killing dozens of civilians": a pattern whose last word is the trigger of a longer,
 * more specific reading of another kind running past it ("accuse ... killing", "kill ... dozens ... civilians") holds
 * two events — the accusation and the act it names — not two readings of one.
 */
const chained = (a: Candidate, b: Candidate): boolean =>
  a.trigger < b.trigger && a.end - 1 === b.trigger && b.end > a.end && better(b, a) && a.pattern.code.slice(0, 2) !== b.pattern.code.slice(0, 2);

/**
 * "agreed to a Qatar-brokered truce", "signed the U.S.-mediated deal": a go-between's word (045) inside another
 * reading's span, past its trigger, tells a second event — who mediated the deal — not another reading of the first.
 */
const brokerInside = (a: Candidate, b: Candidate): boolean =>
  b.pattern.code === '045' && (b.pattern.kind === 'v' || b.pattern.id.startsWith('m.mediated')) && a.trigger < b.trigger && b.end <= a.end && a.pattern.code !== '045';

/** Overlapping spans, or two adjacent noun readings forming one compound ("ceasefire agreement"). */
const overlaps = (a: Candidate, b: Candidate): boolean =>
  ((a.trigger < b.end && b.trigger < a.end) && !chained(a, b) && !chained(b, a) && !brokerInside(a, b) && !brokerInside(b, a)) ||
  (a.pattern.kind === 'n' && b.pattern.kind === 'n' && (a.end === b.trigger || b.end === a.trigger));

/**
 * Sorts a few candidates best first, stably (an insertion sort: the order a stable sort by `better`
 * gives, without a comparator closure).
 */
function bestFirst(cs: Candidate[]): void {
  for (let i = 1; i < cs.length; i++) {
    const c = cs[i] as Candidate;
    let j = i - 1;
    while (j >= 0 && better(c, cs[j] as Candidate)) { cs[j + 1] = cs[j] as Candidate; j--; }
    cs[j + 1] = c;
  }
}

export interface Reading { best: Candidate; fallbacks: readonly Candidate[] }

/** The fallbacks of a reading that has none (shared: fallbacks are only read). */
const NO_FALLBACKS: readonly Candidate[] = [];

/**
 * Per group (by index), its kept candidate, and per candidate its group: reused from one call to the
 * next (the counts say how much is in use), so that a sentence of several candidates builds no
 * working arrays, only its readings.
 */
const keptOf: Candidate[] = [];
const groupOf: number[] = [];

/** The best candidate of every overlapping group, in token order, with its same-trigger fallbacks. */
export function readings(cands: Candidate[]): Reading[] {
  // most sentences have no candidate or a single one
  if (cands.length === 0) return [];
  if (cands.length === 1) {
    const c = cands[0] as Candidate;
    return c.pattern.flags.has('none') ? [] : [{ best: c, fallbacks: NO_FALLBACKS }];
  }
  // per candidate its group (the index of the kept candidate it first clashed with); a group's members
  // are then its candidates in input order (no array per group)
  const kept = keptOf;
  let groups = 0;
  let shared = false;
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci] as Candidate;
    let clash = -1;
    for (let k = 0; k < groups; k++) if (overlaps(kept[k] as Candidate, c)) { clash = k; break; }
    if (clash < 0) { groupOf[ci] = groups; kept[groups++] = c; continue; }
    groupOf[ci] = clash;
    shared = true;
    if (better(c, kept[clash] as Candidate)) kept[clash] = c;
  }
  const out: Reading[] = [];
  let sorted = true;
  for (let g = 0; g < groups; g++) {
    const best = kept[g] as Candidate;
    // a `none` reading won its group to silence it: "fought poverty" is no fight
    if (best.pattern.flags.has('none')) continue;
    let fallbacks: Candidate[] | null = null;
    if (shared) {
      // the same word's plainer readings first, then the other words' noun readings of the group ("killed in
      // clashes with Y": when "kill ... fighters" finds no actors, "clashes with" may) — noun readings only:
      // they find their actors in their own phrase, not in the clause whose subject the winner failed on
      // ("as the opposition threatened to seize")
      for (let ci = 0; ci < cands.length; ci++) {
        const c = cands[ci] as Candidate;
        if (groupOf[ci] !== g || c === best || c.trigger !== best.trigger || c.pattern.flags.has('none')) continue;
        (fallbacks ??= []).push(c);
      }
      if (fallbacks && fallbacks.length > 1) bestFirst(fallbacks);
      let others: Candidate[] | null = null;
      for (let ci = 0; ci < cands.length; ci++) {
        const c = cands[ci] as Candidate;
        if (groupOf[ci] !== g || c.trigger === best.trigger || c.pattern.kind !== 'n' || c.pattern.flags.has('none')) continue;
        (others ??= []).push(c);
      }
      if (others) {
        if (others.length > 1) bestFirst(others);
        // (appended in place: `fallbacks` is this reading's own list)
        if (fallbacks) for (let k = 0; k < others.length; k++) fallbacks.push(others[k] as Candidate);
        else fallbacks = others;
      }
    }
    if (out.length > 0 && (out[out.length - 1] as Reading).best.trigger > best.trigger) sorted = false;
    out.push({ best, fallbacks: fallbacks ?? NO_FALLBACKS });
  }
  // (a stable sort: already ordered readings stay as they are)
  return sorted ? out : out.sort((a, b) => a.best.trigger - b.best.trigger);
}

/** Keeps, in token order, the best candidate of every overlapping group. */
export function mostSpecific(cands: Candidate[]): Candidate[] {
  return readings(cands).map((r) => r.best);
}
