/**
 * JSON responses with `<`, `>`, `&` and the JS line separators escaped as \uXXXX: the body stays
 * valid, equal JSON, but no HTML from stored text ever appears literally in a response.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

const UNSAFE = /[<>&\u2028\u2029]/g;

export function safeStringify(data: unknown): string {
  return JSON.stringify(data).replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function sendJson(c: Context, data: unknown, status: ContentfulStatusCode = 200): Response {
  return c.body(safeStringify(data), status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
}
