import type { LookupFunction } from 'node:net';
import type { BrinkError } from '../domain/errors.js';
import type { Document } from '../domain/types.js';

/** Default cap on one input (file, response body, stdin): 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 5;

export interface IngestOptions {
  /** Publication date/instant for sources that don't state one (never overrides the source). */
  published?: string;
  /** Outlet name for sources that don't state one (never overrides the source). */
  outlet?: string;
  /** Cap on one input in bytes (default 20 MB). */
  maxBytes?: number;
  /** Allow fetching private/loopback/link-local addresses (tests, intranets). */
  allowPrivate?: boolean;
  /** Overall time for one URL, redirects and body included (default 15 s). */
  timeoutMs?: number;
  /** Redirect hops followed (default 5). */
  maxRedirects?: number;
  /** Stream read for the input `-` (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** DNS lookup used for URL hosts (default dns.lookup); tests simulate answers with it. */
  lookup?: LookupFunction;
}

/** One result of ingestion: exactly one of `doc` / `error`. */
export interface IngestItem {
  origin: string;
  doc?: Document;
  error?: BrinkError;
}

export interface ParseHint {
  origin: string;
  filename?: string;
  contentType?: string;
  /** The URL the bytes came from (base for relative links, default `Document.url`). */
  url?: string;
}
