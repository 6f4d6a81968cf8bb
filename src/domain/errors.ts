/**
 * The error catalogue. Every failure Brink reports carries a code from here, the item it concerns
 * and why. Callers that need an HTTP status or exit code map codes in one place (server/cli).
 */

export const ERRORS = {
  // ingest: the input itself
  EMPTY_INPUT: 'the input is empty',
  BINARY_INPUT: 'the input looks binary, not text ({detail})',
  TOO_LARGE: 'the input is larger than the cap of {limit} bytes',
  BAD_ENCODING: 'the input is not valid {encoding} ({detail})',
  MALFORMED_HTML: 'no readable text could be extracted from the HTML ({detail})',
  MALFORMED_XML: 'the feed is not well-formed XML ({detail})',
  XML_ENTITY_EXPANSION: 'the XML declares entities (a possible entity-expansion bomb); refused',
  XML_EXTERNAL_ENTITY: 'the XML references an external entity (XXE); refused',
  XML_TOO_DEEP: 'the XML nests deeper than {limit} levels',
  UNKNOWN_FORMAT: 'unknown or unsupported format ({detail})',
  BAD_NDJSON_LINE: 'line {line} is not a valid document object ({detail})',
  NOT_FOUND: 'no such file or directory',
  READ_FAILED: 'the input could not be read ({detail})',
  // fetch
  BAD_URL: 'not an http(s) URL ({detail})',
  PRIVATE_ADDRESS: 'refused: {host} resolves to a private, loopback or link-local address ({address})',
  UNREACHABLE: 'the host could not be reached ({detail})',
  FETCH_TIMEOUT: 'no complete answer within {limit} ms',
  TOO_MANY_REDIRECTS: 'more than {limit} redirects',
  HTTP_STATUS: 'the server answered {status}',
  // pipeline / data
  BAD_DATE: 'not a valid date: {value}',
  BAD_DATA_FILE: 'data file {file} is invalid ({detail})',
  UNKNOWN_CODE: 'unknown code {value}',
  PIPELINE_MISSING: 'component {component} requires {requires}, which no earlier component assigns',
  // store
  STORE_FAILED: 'the store refused the write ({detail})',
  MIGRATION_FAILED: 'migration {name} failed ({detail})',
  // interface
  BAD_REQUEST: 'invalid request ({detail})',
  UNAUTHORIZED: 'authentication required',
  FORBIDDEN: 'not allowed for this role',
  NOT_FOUND_RECORD: 'no such {what}: {id}',
  RATE_LIMITED: 'too many requests',
  INTERNAL: 'internal error ({detail})',
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class BrinkError extends Error {
  readonly code: ErrorCode;
  /** The item the error concerns: a path, URL, `file:line`, record id. */
  readonly item: string | undefined;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(code: ErrorCode, params: Record<string, string | number> = {}, item?: string, options?: { cause?: unknown }) {
    super(format(code, params), options);
    this.name = 'BrinkError';
    this.code = code;
    this.item = item;
    this.params = params;
  }

  /** `CODE item: message`, the one-line form the CLI prints. */
  describe(): string {
    return `${this.code}${this.item ? ` ${this.item}` : ''}: ${this.message}`;
  }

  toJSON(): { code: ErrorCode; item?: string; message: string } {
    return { code: this.code, ...(this.item ? { item: this.item } : {}), message: this.message };
  }
}

function format(code: ErrorCode, params: Record<string, string | number>): string {
  return ERRORS[code].replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : '?'));
}

/** Wraps anything thrown into a BrinkError (unknown errors become INTERNAL). */
export function toBrinkError(e: unknown, item?: string): BrinkError {
  if (e instanceof BrinkError) return e;
  const detail = e instanceof Error ? e.message : String(e);
  return new BrinkError('INTERNAL', { detail }, item, { cause: e });
}

export function isBrinkError(e: unknown): e is BrinkError {
  return e instanceof BrinkError;
}
