/**
 * Brink ingestion: the ways news arrives (files, directories, URLs, stdin; text, Markdown,
 * HTML, RSS/Atom, NDJSON) turned into Documents, and hostile input turned into BrinkErrors.
 */
export { readSources, readCapped } from './sources.js';
export { parseBuffer, chooseFormat } from './parse.js';
export { fetchUrl, checkUrl } from './fetch.js';
export { normalizeText, documentId, canonicalText, words } from './text.js';
export { simhash, hamming } from './simhash.js';
export { isNearDuplicate, NEAR_DUPLICATE_BITS } from './dedup.js';
export { detectLanguage, isSupported } from './language.js';
export { buildDocument, normalizeDate } from './doc.js';
export { blockedLiteral, parseIPv4Loose, parseIPv6 } from './address.js';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_TIMEOUT_MS,
  type IngestItem,
  type IngestOptions,
  type ParseHint,
} from './options.js';
export { minhash, minhashBands, similarityFromBands, NEAR_DUPLICATE_MIN_BANDS, MINHASH_BANDS } from './minhash.js';
