import { createHash } from 'node:crypto';

/* eslint-disable no-control-regex */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g;

/**
 * Normalizes document text: NFC, Unicode line breaks to `\n`, control characters dropped,
 * horizontal whitespace collapsed, paragraphs (blank-line separated) kept, at most one blank line
 * between paragraphs, trimmed. Case is kept.
 */
export function normalizeText(text: string): string {
  const lines = text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(CONTROL, '')
    .split('\n')
    .map((l) => l.replace(/[\s\u00A0]+/g, ' ').trim());
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** The normalized text with every whitespace run (newlines too) collapsed to one space. */
export function canonicalText(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ');
}

/** Content id: first 32 hex digits of SHA-256 over the canonical (normalized, collapsed) text. */
export function documentId(text: string): string {
  return createHash('sha256').update(canonicalText(text), 'utf8').digest('hex').slice(0, 32);
}

/** Lower-cased words (letters/digits, inner apostrophes and hyphens kept) of a text. */
export function words(text: string): string[] {
  return canonicalText(text).toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}
