/**
 * Secrets on the wire and at rest: random 32-byte values (base64url) handed out once, stored only
 * as SHA-256 hex. CSRF tokens are an HMAC of the session id under the server secret.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** What the store keeps of a session id or API token. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** API tokens carry a prefix so they are recognisable in logs and secret scanners. */
export function newApiToken(): string {
  return `brk_${randomToken(32)}`;
}

export function csrfToken(secret: Buffer, sessionId: string): string {
  return createHmac('sha256', secret).update(`csrf:${sessionId}`).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
