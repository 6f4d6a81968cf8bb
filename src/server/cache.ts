/**
 * A small cache of analytics events (`loadEvents` results) per filter and of computed views. An entry is used while
 * (a) the store's event and document counts are unchanged, (b) it is younger than `ttlMs`
 * (default 10 s; bounds staleness after an out-of-process recode that keeps the counts), and
 * (c) nothing was ingested through this server since (`invalidate`).
 */
import { sql } from 'kysely';
import type { AEvent } from '../analytics/index.js';
import { loadEvents } from '../engine/corpus.js';
import type { EventFilter, Store } from '../store/types.js';

type Filter = Omit<EventFilter, 'limit' | 'after'>;

export class EventCache {
  private readonly entries = new Map<string, { at: number; fingerprint: string; value: Promise<unknown> }>();

  constructor(
    private readonly store: Store,
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 32,
  ) {}

  invalidate(): void {
    this.entries.clear();
  }

  private async fingerprint(): Promise<string> {
    const r = await sql<{ e: number | string; d: number | string }>`select (select count(*) from events) as e, (select count(*) from documents) as d`.execute(this.store.db);
    const row = r.rows[0];
    return `${row?.e ?? 0}/${row?.d ?? 0}`;
  }

  /** `compute()`'s value for `key`, reused while the store is unchanged (see above). */
  async memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const fp = await this.fingerprint();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.fingerprint === fp && now - hit.at < this.ttlMs) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = compute();
    this.entries.set(key, { at: now, fingerprint: fp, value });
    value.catch(() => this.entries.delete(key));
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  events(filter: Filter = {}): Promise<AEvent[]> {
    return this.memo(`events:${JSON.stringify(filter)}`, () => loadEvents(this.store, filter));
  }
}
