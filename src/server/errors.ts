/**
 * The one table from catalogue codes to HTTP statuses, and the error body `{error: {code, message}}`.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ErrorCode, toBrinkError } from '../domain/errors.js';

const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  BAD_REQUEST: 400,
  BAD_DATE: 400,
  EMPTY_INPUT: 400,
  BINARY_INPUT: 400,
  BAD_ENCODING: 400,
  MALFORMED_HTML: 400,
  MALFORMED_XML: 400,
  XML_ENTITY_EXPANSION: 400,
  XML_EXTERNAL_ENTITY: 400,
  XML_TOO_DEEP: 400,
  UNKNOWN_FORMAT: 400,
  BAD_NDJSON_LINE: 400,
  BAD_URL: 400,
  PRIVATE_ADDRESS: 400,
  UNKNOWN_CODE: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  NOT_FOUND_RECORD: 404,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNREACHABLE: 502,
  HTTP_STATUS: 502,
  TOO_MANY_REDIRECTS: 502,
  FETCH_TIMEOUT: 504,
};

export function statusOf(code: string): ContentfulStatusCode {
  return STATUS[code as ErrorCode] ?? 500;
}

/** The JSON error body; internal errors do not leak their detail. */
export function errorBody(e: unknown): { status: ContentfulStatusCode; body: { error: { code: string; message: string } } } {
  const err = toBrinkError(e);
  const status = statusOf(err.code);
  const message = status === 500 ? 'internal error' : err.message;
  return { status, body: { error: { code: err.code, message } } };
}
