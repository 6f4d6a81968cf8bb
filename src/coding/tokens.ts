/** Token-level helpers the attachment refiners share. */
import type { ActorMention, Token } from '../domain/types.js';
import type { DocContext } from './context.js';

export const REL = new Set(['who', 'which', 'whose', 'whom', 'where', 'when', 'after', 'before', 'while', 'following', 'despite', 'since', 'although', 'though', 'if', 'unless', 'as', 'because', 'amid']);
export const PRONOUNS = new Set(['he', 'she', 'his', 'her', 'they', 'their', 'it', 'its', 'him', 'them']);
export const STOP_RIGHT = new Set(['that', 'because', 'after', 'before', 'while', 'which', 'who', 'but', 'although', 'when', 'as', 'if', 'unless', 'following']);

export const tok = (ctx: DocContext, i: number): Token => ctx.doc.tokens[i] as Token;
export const isMedia = (m: ActorMention): boolean => m.kind === 'media';

export function mentionAt(ctx: DocContext, i: number): number {
  return i >= 0 && i < ctx.actorAt.length ? (ctx.actorAt[i] as number) : -1;
}

/** Auxiliaries that make a verb group past: "was launched", "had fled", "has been seized". */
const PAST_AUX = new Set(['was', 'were', 'had', 'has', 'have']);

/** The verb group at `i` is in the past: a simple past ("began"), or a past auxiliary before a participle or "been". */
export function pastVerbGroup(tokens: readonly Token[], i: number): boolean {
  const x = tokens[i];
  if (!x) return false;
  const next = tokens[i + 1];
  if (x.pos === 'AUX') return PAST_AUX.has(x.lower) && !!next && ((next.pos === 'VERB' && !next.lower.endsWith('ing')) || next.lower === 'been');
  return x.pos === 'VERB' && x.lower !== x.lemma && !x.lower.endsWith('ing') && !x.lower.endsWith('s');
}

/**
 * The relative word at `rel` opens a clause with a past verb ("that began with", "which was launched by",
 * "that had killed") that still runs at `to`: after its verb group no comma, auxiliary or finite verb comes
 * before `to` (in "the men who were abducted will be released" the "will" starts the main clause again),
 * and `to` is not a verb coordinated by "and" ("a report that found X and called for Y").
 */
export function pastRelativeRunsTo(tokens: readonly Token[], rel: number, to: number): boolean {
  let j = rel + 1;
  while (j < to && (tokens[j] as Token).pos === 'ADV') j++;
  if (j >= to || !pastVerbGroup(tokens, j)) return false;
  for (j++; j < to && ((tokens[j] as Token).pos === 'AUX' || (tokens[j] as Token).pos === 'ADV' || ((tokens[j] as Token).pos === 'VERB' && (tokens[j - 1] as Token).pos === 'AUX')); j++);
  for (; j < to; j++) {
    const t = tokens[j] as Token;
    if (t.text === ',' || t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && (tokens[j - 1] as Token).lower !== 'to')) return false;
  }
  return (tokens[to - 1] as Token | undefined)?.lower !== 'and';
}
