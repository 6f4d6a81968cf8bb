/**
 * Alert delivery by webhook: a JSON POST signed with HMAC-SHA256, retried with exponential backoff
 * on network errors, timeouts, 429 and 5xx; every attempt is written to the delivery log.
 *
 * Headers: `X-Brink-Timestamp: <unix seconds>` and
 * `X-Brink-Signature: sha256=<hex HMAC of "<timestamp>.<body>" with the shared secret>`.
 * Receivers recompute the HMAC, compare in constant time and reject stale timestamps.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AlertDelivery } from '../store/types.js';

export interface WebhookTarget {
  url: string;
  secret: string;
  /** Attempts in all (default 4). */
  attempts?: number;
  /** First backoff in ms, doubled each retry (default 500). */
  backoffMs?: number;
  timeoutMs?: number;
}

/** One attempt as the store's delivery log records it (without the alert id, which the caller adds). */
export type DeliveryAttempt = Omit<AlertDelivery, 'alertId'>;

export function sign(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** For receivers (and tests): checks a signature and that the timestamp is within `toleranceS`. */
export function verify(secret: string, timestamp: string, body: string, signature: string, nowS = Date.now() / 1000, toleranceS = 300): boolean {
  if (Math.abs(nowS - Number(timestamp)) > toleranceS) return false;
  const expected = Buffer.from(sign(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function deliver(
  target: WebhookTarget,
  payload: unknown,
  log: (a: DeliveryAttempt) => Promise<void> = async () => {},
): Promise<boolean> {
  const body = JSON.stringify(payload);
  const attempts = target.attempts ?? 4;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const at = new Date().toISOString();
    let retry = true;
    try {
      const res = await fetch(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-brink-timestamp': timestamp, 'x-brink-signature': sign(target.secret, timestamp, body), 'user-agent': 'brink-webhook/1' },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(target.timeoutMs ?? 10_000),
      });
      await res.arrayBuffer().catch(() => undefined);
      const ok = res.status >= 200 && res.status < 300;
      await log({ url: target.url, attempt, statusCode: res.status, ok, at });
      if (ok) return true;
      retry = res.status === 429 || res.status >= 500;
    } catch (e) {
      await log({ url: target.url, attempt, ok: false, error: e instanceof Error ? e.message : String(e), at });
    }
    if (!retry) return false;
    if (attempt < attempts) await sleep((target.backoffMs ?? 500) * 2 ** (attempt - 1));
  }
  return false;
}
