/**
 * Last refiners — statement subsumption and merging (they run last because they compare finished
 * events: modality, date and evidence must be known).
 * - A plain statement (010; the specific 01x comments stay) is dropped when the same sentence holds another asserted event:
 *   "X said Y attacked Z" is an attack, not a statement. An intent to cooperate (030) is dropped when its
 *   source makes an asserted threat in the same sentence ("vowed to retaliate").
 * - Duplicates within an article (same source, target, code, modality, date) merge: the best
 *   evidenced one (highest confidence, then the one with an explicit date, then the earliest) is
 *   kept and `mentions` counts them. An event whose date was only inferred from context merges into
 *   an explicitly dated one of the month around it with the same parties and code ("following X's
 *   call to Y" repeats the call dated earlier; a refusal the article dates years back is another).
 */
import type { Event } from '../domain/types.js';
import { sideOf } from './context.js';

export type CodedEvent = Event & { mentions?: number };

export function dropSubsumedStatements(events: CodedEvent[]): CodedEvent[] {
  const keep = new Uint8Array(events.length).fill(1);
  if (!dropSubsumed(events, keep)) return events;
  const kept: CodedEvent[] = [];
  for (let i = 0; i < events.length; i++) if (keep[i] === 1) kept.push(events[i] as CodedEvent);
  return kept;
}

/**
 * `dropSubsumedStatements` on the events still kept (`keep[i] === 1`; an event not kept may be null):
 * unmarks the plain statements it drops. Returns whether any sentence holds an asserted event other
 * than a plain statement.
 */
export function dropSubsumed(events: ReadonlyArray<CodedEvent | null>, keep: Uint8Array): boolean {
  // sentences holding an asserted event other than a plain statement (few per article: a list)
  const asserted: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const o = events[i] as CodedEvent;
    if (keep[i] === 1 && o.cameo !== '010' && o.modality === 'asserted' && !asserted.includes(o.sentence)) asserted.push(o.sentence);
  }
  if (asserted.length === 0) return false;
  let threats = false;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as CodedEvent;
    if (keep[i] === 1 && e.cameo === '010' && asserted.includes(e.sentence)) keep[i] = 0;
    if (keep[i] === 1 && (((e.modality === 'asserted' || alleged(e)) && e.cameo.startsWith('13')) || (e.modality === 'future-intent' && e.cameo >= '11'))) threats = true;
  }
  if (threats) dropVowedThreats(events, keep);
  dropAgreedTo(events, keep);
  dropPurposeEchoes(events, keep);
  return true;
}

/**
 * "Police used tear gas to disperse protesters": a purpose that restates the act told (the same code, source and
 * target, intended, with no intent event of its own) adds nothing to the asserted act; it is dropped.
 */
function dropPurposeEchoes(events: ReadonlyArray<CodedEvent | null>, keep: Uint8Array): void {
  let ids: Set<string> | null = null;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as CodedEvent;
    if (keep[i] !== 1 || e.modality !== 'future-intent') continue;
    // (an intent stated, with its own intent event — "said it would support the deal" — is news of its own)
    ids ??= new Set(events.map((x) => x?.id ?? ''));
    if (ids.has(`${e.id}i`)) continue;
    for (let j = 0; j < events.length; j++) {
      const t = events[j] as CodedEvent;
      if (j === i || keep[j] !== 1 || t.sentence !== e.sentence || t.modality !== 'asserted' || t.cameo !== e.cameo || t.id === `${e.id}i`
        || t.source.code !== e.source.code || (t.target?.code ?? null) !== (e.target?.code ?? null)) continue;
      keep[i] = 0;
      break;
    }
  }
}

/** Rules of a plain refusal ("refused to", "declined to"). */
const GENERIC_REFUSAL = /^v\.(?:refuse|decline)\./;

/** Rules of a generic intent to act: "agreed to", "intends to", "vowed to", "committed to", "offered to". */
const GENERIC_INTENT = /^m\.(?:agree|intend|vow|commit|offer)-to\b/;

/**
 * "X agreed to resign", "X intends to convene a meeting": the generic agreement or intent to act (030 of "agree to") is
 * dropped when the sentence holds its source's more specific intent (03x, asserted), derived from the act
 * agreed to. (An agreed act coded as done — "agreed to stop firing" — keeps the agreement beside it: the
 * news says both.)
 */
function dropAgreedTo(events: ReadonlyArray<CodedEvent | null>, keep: Uint8Array): void {
  for (let i = 0; i < events.length; i++) {
    if (keep[i] !== 1) continue;
    const e = events[i] as CodedEvent;
    // ("threatened to impose secondary tariffs on Russia": the plain threat (130 of "threaten") yields to the specific
    // one its act makes, 1312, as a generic intent yields to a specific one)
    // ("Hamas refused to disarm": the plain refusal (120 of "refuse") yields to the specific rejection of the act refused, 1246)
    const generic = e.cameo === '030' ? GENERIC_INTENT.test(e.rule) : e.cameo === '130' ? e.rule.startsWith('v.threaten') : e.cameo === '120' && GENERIC_REFUSAL.test(e.rule);
    if (!generic || e.modality !== 'asserted') continue;
    const root = e.cameo.slice(0, 2);
    for (let j = 0; j < events.length; j++) {
      const t = events[j] as CodedEvent;
      if (j === i || keep[j] !== 1 || t.sentence !== e.sentence || t.modality !== 'asserted' || t.cameo === e.cameo || t.source.code !== e.source.code) continue;
      if (t.cameo.startsWith(root)) { keep[i] = 0; break; }
    }
  }
}

/** Rules of wounding told as an attack's toll ("injuring eight people", "wounding dozens"). */
const WOUNDING = /^v\.(injure|injured|wound|wounded|maim)\./;

/**
 * "Israeli jets struck a house in Nabatieh, killing three people": the deaths an armed attack causes are that attack,
 * told once — a killing (1823) in the sentence of an asserted attack (19x, 20x) by the same side is dropped; so is a
 * wounding ("A Houthi missile struck near the airport, injuring eight people"). An attack with no target of its own
 * takes the victims as its target.
 */
export function dropKillEchoes(events: ReadonlyArray<CodedEvent | null>, keep: Uint8Array): void {
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as CodedEvent;
    // (and the property it destroyed: "Russian missiles struck the government building, setting its roof ablaze")
    // (and the killing of armed men, coded as fighting: "..., killing three Hezbollah fighters")
    if (keep[i] !== 1 || !(e.cameo === '1823' || e.cameo === '1712' || (e.cameo === '182' && WOUNDING.test(e.rule)) || (e.cameo === '190' && e.rule === 'm.kill-soldiers.190'))
      || e.modality !== 'asserted') continue;
    // (by fire from afar only: troops that storm a town and set fire to a station did two things)
    const destroyed = e.cameo === '1712';
    const side = sideOf(e.source.code);
    for (let j = 0; j < events.length; j++) {
      const t = events[j] as CodedEvent;
      // (a blockade or a capture is no attack whose toll the killing is: "captured Bara, killing 47 civilians" did both)
      // (unconventional attacks too: "ambushed a convoy, killing 25 soldiers", "a suicide bomber struck a market, killing 20")
      if (j === i || keep[j] !== 1 || t.sentence !== e.sentence || t.modality !== 'asserted' || !(t.cameo.startsWith('19') || t.cameo.startsWith('20') || t.cameo === '180' || t.cameo.startsWith('183'))
        || t.cameo.startsWith('191') || t.cameo.startsWith('192')) continue;
      if (t.rule === e.rule) continue;
      if (destroyed && t.cameo !== '194' && t.cameo !== '195') continue;
      if (sideOf(t.source.code) !== side) continue;
      // (an attack with no target of its own is on the victims: "shelled villages in the district, killing 12 civilians")
      if (t.target === null && e.target !== null) t.target = e.target;
      // (nor one whose target is only the country of the place it hit, when the victims are a party of it: "an Israeli
      // drone strike on a car in Nabatieh killed a Hezbollah member" is on Hezbollah)
      else if (t.target !== null && e.target !== null && t.target.code.length === 3 && e.target.code.length > 3 && e.target.country === t.target.code
        && !/CVL$/.test(e.target.code)) t.target = e.target;
      keep[i] = 0;
      break;
    }
  }
}

/**
 * "Thousands of protesters marched in Mogadishu against Israel's move": one act told by two words (the crowd's noun and
 * its verb), once aimed at the country the place is in — the source's own — and once at a foreign party; the one aimed
 * at the place is dropped.
 */
export function dropOwnPlaceEchoes(events: ReadonlyArray<CodedEvent | null>, keep: Uint8Array): void {
  const ordered = sentenceOrdered(events);
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as CodedEvent;
    if (keep[i] !== 1 || e.modality !== 'asserted' || !e.target || e.target.code.length !== 3 || e.target.code !== e.source.country) continue;
    const o = assertedInSentence(events, keep, ordered, i, (o) => !!o.target && o.cameo.slice(0, 2) === e.cameo.slice(0, 2)
      && o.source.code === e.source.code && o.target.country !== e.source.country);
    if (o >= 0) keep[i] = 0;
  }
}

const GENERIC_ATTACK = /^(v\.(strike|attack|hit)|m\.launch-attack)\.190$/;

/**
 * "A suicide bomber struck outside a court complex in Islamabad": a bombing (183x) and a plain use of force (190) by the
 * same side in one sentence are one act, the bombing — it takes the other's target when it has none.
 */
export function dropBombingEchoes(events: ReadonlyArray<CodedEvent | null>, keep: Uint8Array): void {
  const ordered = sentenceOrdered(events);
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as CodedEvent;
    // (the plain verbs of attacking only: storming a building after the bombing is another act)
    if (keep[i] !== 1 || e.cameo !== '190' || !GENERIC_ATTACK.test(e.rule) || e.modality !== 'asserted') continue;
    const j = assertedInSentence(events, keep, ordered, i, (b) => b.cameo.startsWith('183') && sideOf(b.source.code) === sideOf(e.source.code));
    if (j < 0) continue;
    const b = events[j] as CodedEvent;
    if (b.target === null && e.target !== null) b.target = e.target;
    keep[i] = 0;
  }
}

/**
 * "Israel struck the port on Monday in retaliation", "summoned the envoy to complain": an asserted event
 * with no target is dropped when its sentence holds an asserted event of the same side, root and modality
 * that has one — the same act named twice (the verb and the noun or phrase that explains it), told once
 * with its target. Two plain verbs are two acts ("fought two wars ..., when X retook the territory").
 */
export function dropUntargetedEchoes(events: ReadonlyArray<CodedEvent | null>, keep: Uint8Array): void {
  const ordered = sentenceOrdered(events);
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as CodedEvent;
    if (keep[i] !== 1 || e.target || e.modality !== 'asserted') continue;
    const side = sideOf(e.source.code);
    const verb = e.rule.startsWith('v.');
    const o = assertedInSentence(events, keep, ordered, i, (o) => !!o.target && !(verb && o.rule.startsWith('v.'))
      && o.cameo.slice(0, 2) === e.cameo.slice(0, 2) && sideOf(o.source.code) === side);
    if (o >= 0) keep[i] = 0;
  }
}

/**
 * The first other kept, asserted event of event `i`'s sentence that `match` accepts, or -1 (only the events of its
 * sentence are looked at: its run of the list when `ordered`).
 */
function assertedInSentence(events: ReadonlyArray<CodedEvent | null>, keep: Uint8Array, ordered: boolean, i: number,
  match: (o: CodedEvent) => boolean): number {
  const e = events[i] as CodedEvent;
  const end = ordered ? runEnd(events, i) : events.length;
  for (let j = ordered ? runStart(events, i) : 0; j < end; j++) {
    const o = events[j] as CodedEvent;
    if (j !== i && keep[j] === 1 && o.sentence === e.sentence && o.modality === 'asserted' && match(o)) return j;
  }
  return -1;
}

/**
 * The events (a slot left empty is null) come in sentence order, as `codeEvents` codes them: the events of one
 * sentence are then one run of the list, and a rule that compares an event with the others of its sentence
 * looks only there (`runStart`, `runEnd`).
 */
function sentenceOrdered(events: ReadonlyArray<CodedEvent | null>): boolean {
  let last = -1;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (!e) continue;
    if (e.sentence < last) return false;
    last = e.sentence;
  }
  return true;
}

/** In sentence-ordered events, the index of the first event of the sentence of event `i`. */
function runStart(events: ReadonlyArray<CodedEvent | null>, i: number): number {
  const s = (events[i] as CodedEvent).sentence;
  let start = i;
  for (let k = i - 1; k >= 0; k--) {
    const o = events[k];
    if (!o) continue;
    if (o.sentence !== s) break;
    start = k;
  }
  return start;
}

/** In sentence-ordered events, one past the index of the last event of the sentence of event `i`. */
function runEnd(events: ReadonlyArray<CodedEvent | null>, i: number): number {
  const s = (events[i] as CodedEvent).sentence;
  let end = i + 1;
  for (let k = i + 1; k < events.length; k++) {
    const o = events[k];
    if (!o) continue;
    if (o.sentence !== s) break;
    end = k + 1;
  }
  return end;
}

/**
 * "The rebels vowed to retaliate": what is vowed is a threat (138, derived from the infinitive), so the
 * generic intent to cooperate (030) the vow itself matched (vow, pledge, promise, intend, swear — not an
 * offer or an agreement, which stay cooperative) is dropped when its source makes an asserted threat in
 * the same sentence.
 */
const VOWED = /\b(vow|pledge|promise|intend|swear)/;
const WARNED = /^m\.warn-/;

/** A threat alleged by another ("Pakistan said India intended to carry out strikes"): kept as speculative; it still
 * tells what the vowed or intended act is, no cooperation. */
const alleged = (e: CodedEvent): boolean => e.modality === 'speculative' && e.rule.endsWith('+intent');

function dropVowedThreats(events: ReadonlyArray<CodedEvent | null>, keep: Uint8Array): void {
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as CodedEvent;
    // ("Iran warned that it would block the corridor": a warning whose clause is the warner's own threat is that threat, no
    // pessimistic comment)
    if (keep[i] !== 1) continue;
    const warned = e.cameo === '012' && WARNED.test(e.rule);
    if (e.modality !== 'asserted' || !(warned || (e.cameo === '030' && VOWED.test(e.rule)))) continue;
    for (let j = 0; j < events.length; j++) {
      const t = events[j] as CodedEvent;
      // (one side: "Katz warned that Israel would strike" — the minister's warning is his state's threat)
      if (keep[j] !== 1 || t.sentence !== e.sentence || (t.source.code !== e.source.code && sideOf(t.source.code) !== sideOf(e.source.code))) continue;
      // ("vowed to defy the ruling", "pledged to resist": a vow of a hostile act is no intent to cooperate either)
      if (((t.modality === 'asserted' || alleged(t)) && t.cameo.startsWith('13')) || (!warned && t.modality === 'future-intent' && t.cameo >= '11')) { keep[i] = 0; break; }
    }
  }
}

/**
 * Duplicates share the dyad (the two codes when both parties are of one country, else the two
 * sides — a state with its organs, or one of its non-state sectors; '-' for no target), the code and the modality. Groups are found per code by comparing
 * those parts (no key strings built per event): each group is known by its first event, its leader,
 * and the leaders are chained in index order — one chain for an article of a few events, else one
 * chain per code (found in a Map: a Map costs more than scanning a few leaders). The per-event
 * columns are reused from one article to the next (most events are alone in their group: no object
 * or list per group).
 */
const FEW = 48;
let leader = new Int32Array(256);
let nextLeader = new Int32Array(256);
let groupSize = new Int32Array(256);
/** Per event, the next event of its group (-1: none); per leader, its group's last event. */
let nextMember = new Int32Array(256);
let lastMember = new Int32Array(256);
const fromOf: string[] = [];
const toOf: string[] = [];

/** Makes room for `n` events in the reused columns. */
function room(n: number): void {
  if (leader.length >= n) return;
  leader = new Int32Array(2 * n);
  nextLeader = new Int32Array(2 * n);
  groupSize = new Int32Array(2 * n);
  nextMember = new Int32Array(2 * n);
  lastMember = new Int32Array(2 * n);
}

/**
 * The events' groups: `leader[i]` is the index of the first event of event i's group; per leader, `groupSize`
 * counts its group's events, which `nextMember` chains in index order.
 */
function group(events: readonly CodedEvent[]): void {
  const byCode = events.length > FEW ? new Map<string, number>() : null;
  let firstLeader = -1;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as CodedEvent;
    // (a party with no country — a bare role code — is told apart by its code)
    const same = !!e.target && e.target.country === e.source.country;
    // (a state's organs are one side, its rebels or opposition another: "spoke with the army chief and the
    // RSF commander" is two calls)
    const from = same || !e.source.country ? e.source.code : sideOf(e.source.code);
    const to = !e.target ? '-' : same || !e.target.country ? e.target.code : sideOf(e.target.code);
    fromOf[i] = from;
    toOf[i] = to;
    let g = -1;
    const first = byCode ? byCode.get(e.cameo) ?? -1 : firstLeader;
    let last = -1;
    for (let l = first; l >= 0; l = nextLeader[l] as number) {
      const o = events[l] as CodedEvent;
      if (o.cameo === e.cameo && fromOf[l] === from && toOf[l] === to && o.modality === e.modality) { g = l; break; }
      last = l;
    }
    if (g < 0) {
      if (last >= 0) nextLeader[last] = i;
      else if (byCode) byCode.set(e.cameo, i);
      else firstLeader = i;
    }
    nextMember[i] = -1;
    if (g < 0) { leader[i] = i; nextLeader[i] = -1; groupSize[i] = 1; lastMember[i] = i; }
    else {
      leader[i] = g;
      groupSize[g] = (groupSize[g] as number) + 1;
      nextMember[lastMember[g] as number] = i;
      lastMember[g] = i;
    }
  }
}

const DAY_MS = 86_400_000;

/**
 * The first explicitly dated event of group `g` dated at most a month before `date` (or after it), or -1:
 * "following X's call to Y" repeats the call dated earlier in the article, but "Beijing rejected the
 * criticism" is not the refusal the article dates to 2016.
 */
function firstExplicitNear(events: readonly CodedEvent[], g: readonly number[], dated: ArrayLike<boolean>, date: string): number {
  const t = date ? Date.parse(date) : NaN;
  for (let k = 0; k < g.length; k++) {
    const j = g[k] as number;
    if (dated[j]) continue;
    const dj = (events[j] as CodedEvent).when.date;
    if (Number.isNaN(t) || !dj || Math.abs(t - Date.parse(dj)) <= 31 * DAY_MS) return j;
  }
  return -1;
}

/** The best ranked event of a list of indices (the first of equals), its `mentions` set to the list's. */
function mergedBest(events: readonly CodedEvent[], list: readonly number[], dated: ArrayLike<boolean>): number {
  let best = list[0] as number;
  let bestRank = rank(events, best, dated);
  let mentions = (events[best] as CodedEvent).mentions ?? 1;
  for (let k = 1; k < list.length; k++) {
    const i = list[k] as number;
    mentions += (events[i] as CodedEvent).mentions ?? 1;
    const r = rank(events, i, dated);
    if (r > bestRank) { best = i; bestRank = r; }
  }
  (events[best] as CodedEvent).mentions = mentions;
  return best;
}

function rank(events: readonly CodedEvent[], i: number, dated: ArrayLike<boolean>): number {
  return (events[i] as CodedEvent).confidence + (dated[i] ? 0 : 0.5);
}

/**
 * `fromContext`: events whose date was taken from the article's context, not their sentence.
 * The events are the caller's own, fresh from coding (unique ids): the kept ones get their
 * `mentions` set in place and are returned in evidence order, then input order.
 */
export function mergeDuplicates(events: CodedEvent[], fromContext: ReadonlySet<Event> = new Set()): CodedEvent[] {
  const dated: boolean[] = [];
  for (let i = 0; i < events.length; i++) dated.push(fromContext.has(events[i] as CodedEvent));
  return mergeDated(events, dated);
}

/** `mergeDuplicates` with the context-dated flags given per event index (`dated[i]`). */
export function mergeDated(events: readonly CodedEvent[], dated: ArrayLike<boolean>): CodedEvent[] {
  room(events.length);
  group(events);
  const kept = new Uint8Array(events.length);
  for (let gi = 0; gi < events.length; gi++) {
    if (leader[gi] !== gi) continue;
    if (groupSize[gi] === 1) { (events[gi] as CodedEvent).mentions ??= 1; kept[gi] = 1; continue; }
    // the group's events, in index order
    const g: number[] = [];
    for (let i = gi; i >= 0; i = nextMember[i] as number) g.push(i);
    const byDate = new Map<string, number[]>();
    for (let k = 0; k < g.length; k++) {
      const i = g[k] as number;
      // inferred-date events join the first explicitly dated one of the month before when there is any
      const own = (events[i] as CodedEvent).when.date ?? '';
      const explicit = dated[i] ? firstExplicitNear(events, g, dated, own) : -1;
      const d = explicit >= 0 ? (events[explicit] as CodedEvent).when.date ?? '' : own;
      const list = byDate.get(d);
      if (list) list.push(i);
      else byDate.set(d, [i]);
    }
    for (const list of byDate.values()) kept[mergedBest(events, list, dated)] = 1;
  }
  const out: CodedEvent[] = [];
  let sorted = true;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as CodedEvent;
    if (i > 0 && e.span[0] < (events[i - 1] as CodedEvent).span[0]) sorted = false;
    if (kept[i] === 1) out.push(e);
  }
  if (sorted) return out;
  // the input index of each kept event
  const at: number[] = [];
  for (let i = 0; i < events.length; i++) if (kept[i] === 1) at.push(i);
  // by evidence, then input order
  const order = at.map((_, k) => k).sort((a, b) => (out[a] as CodedEvent).span[0] - (out[b] as CodedEvent).span[0] || (at[a] as number) - (at[b] as number));
  return order.map((k) => out[k] as CodedEvent);
}
