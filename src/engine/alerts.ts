/**
 * Corpus alerts: evaluate the rules over every stored asserted event, store the alerts that are
 * new (an alert's key is rule + dyad + day), and deliver them to the configured webhooks.
 * The rules live in a JSON config (`brink.alerts.json` by default when present):
 *
 *   { "cooldownHours": 72, "rules": [ ...see analytics/alerts.ts... ],
 *     "webhooks": [ { "url": "https://…", "secret": "…" } ] }
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { BrinkError } from '../domain/errors.js';
import type { Store } from '../store/types.js';
import { DEFAULT_ALERT_CONFIG, evaluateAlerts, type Alert, type AlertConfig } from '../analytics/index.js';
import { DATA_DIR } from './paths.js';
import { ceasefireViews, loadHappenings } from './corpus.js';
import { deliver, type WebhookTarget } from './webhook.js';

const Rule = z.discriminatedUnion('type', [
  z.object({ id: z.string(), type: z.literal('threshold'), threshold: z.number(), halfLifeDays: z.number().positive().optional() }),
  z.object({ id: z.string(), type: z.literal('spike'), method: z.literal('zscore'), baselineDays: z.number().int().positive(), z: z.number(), minEvents: z.number().int().nonnegative() }),
  z.object({ id: z.string(), type: z.literal('spike'), method: z.literal('cusum'), baselineDays: z.number().int().positive(), k: z.number(), h: z.number(), minEvents: z.number().int().nonnegative() }),
  z.object({ id: z.string(), type: z.literal('nuclear-conflict') }),
  z.object({ id: z.string(), type: z.literal('ceasefire-violation'), roots: z.array(z.string().regex(/^\d\d$/)) }),
]);

const Config = z.object({
  cooldownHours: z.number().nonnegative().default(DEFAULT_ALERT_CONFIG.cooldownHours),
  rules: z.array(Rule).default(DEFAULT_ALERT_CONFIG.rules),
  webhooks: z.array(z.object({ url: z.string().url(), secret: z.string().min(8), attempts: z.number().int().positive().optional(), backoffMs: z.number().positive().optional() })).default([]),
});

export type AlertSettings = AlertConfig & { webhooks: WebhookTarget[] };

export const DEFAULT_ALERTS_FILE = 'brink.alerts.json';

/** Reads the alert config; without a file, the documented defaults and no webhooks. */
export function loadAlertSettings(file?: string): AlertSettings {
  const path = file ?? (existsSync(DEFAULT_ALERTS_FILE) ? DEFAULT_ALERTS_FILE : undefined);
  if (!path) return { ...DEFAULT_ALERT_CONFIG, webhooks: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new BrinkError('BAD_DATA_FILE', { file: path, detail: e instanceof Error ? e.message : String(e) }, path);
  }
  const parsed = Config.safeParse(raw);
  if (!parsed.success) throw new BrinkError('BAD_DATA_FILE', { file: path, detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }, path);
  return parsed.data as AlertSettings;
}

let nuclearCache: Set<string> | null = null;
export function nuclearStates(): Set<string> {
  if (nuclearCache) return nuclearCache;
  const raw = JSON.parse(readFileSync(join(DATA_DIR, 'actors', 'countries.json'), 'utf8')) as { entries: Array<{ code: string; nuclear?: boolean }> };
  nuclearCache = new Set(raw.entries.filter((c) => c.nuclear).map((c) => c.code));
  return nuclearCache;
}

export function alertKey(a: Alert): string {
  return a.id;
}

/** Evaluates the rules and stores (and delivers) the alerts not stored before. Returns the new ones. */
export async function refreshAlerts(store: Store, settings: AlertSettings, now = new Date().toISOString()): Promise<Alert[]> {
  const events = await loadHappenings(store);
  const ceasefires = (await ceasefireViews(store, now))
    .filter((c) => c.effectiveUtc)
    .map((c) => {
      // (fighting after the truce expired or collapsed breaks no truce)
      const ended = c.status.history.find((h) => h.status === 'expired' || h.status === 'collapsed')?.from;
      return { id: c.id, parties: c.parties, effectiveUtc: c.effectiveUtc as string, ...(ended ? { endedAt: ended } : {}) };
    });
  const alerts = evaluateAlerts(events, { nuclear: nuclearStates(), ceasefires }, settings);
  const known = new Set((await store.alerts.list({ limit: 1_000_000 })).map((a) => (a.explanation as { key?: string } | null)?.key));
  const fresh: Alert[] = [];
  for (const a of alerts) {
    if (known.has(alertKey(a))) continue;
    const id = await store.alerts.insert({
      rule: a.rule, dyad: a.dyad.join('-'), firedAt: a.firedOn, score: a.score,
      explanation: { key: alertKey(a), message: a.message, threshold: a.threshold, type: a.type, events: a.events },
      eventIds: a.events.map((e) => e.id),
    });
    fresh.push(a);
    for (const hook of settings.webhooks) {
      await deliver(hook, { ...a, key: a.id, id }, async (d) => store.alerts.addDelivery({ alertId: id, ...d }));
    }
  }
  return fresh;
}
