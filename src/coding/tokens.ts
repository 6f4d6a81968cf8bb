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
