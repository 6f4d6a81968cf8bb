/**
 * The analytics layer works on plain records projected from stored events. Everything here is
 * pure: events (and `now`) in, results out; no I/O, no clock reads.
 */
import type { IsoDate, Modality, QuadClass } from '../domain/types.js';
import { countryPart } from '../domain/types.js';

/** An event as analytics sees it (one row of the event store, or one cluster of them). */
export interface AEvent {
  id: string;
  /** Day of the event (not of the article). */
  date: IsoDate;
  /** Event instant when known to the hour/minute. */
  utc?: string;
  sourceCode: string;
  targetCode: string | null;
  cameo: string;
  quad: QuadClass;
  goldstein: number;
  modality: Modality;
  docId?: string;
  outlet?: string;
  evidence?: string;
  /** Cross-outlet cluster id (events of one happening share it). */
  clusterId?: string;
  /** Distinct outlets reporting the cluster (NumSources); 1 when unknown. */
  sources?: number;
}

/** An actor selector: a country (`IND`) or a code prefix (`INDMIL`, `IGOUNO`). */
export type ActorKey = string;

/** Country part of an actor code (`INDGOV` → `IND`, `IGOUNO` → `IGO`). */
export function countryOf(code: string | null | undefined): string {
  return code ? countryPart(code) : '';
}

/** Does an actor code fall under a selector? A 3-letter key matches the country, longer keys prefix-match. */
export function matches(code: string | null | undefined, key: ActorKey): boolean {
  if (!code) return false;
  return code.startsWith(key);
}

export function isMaterialConflict(e: AEvent): boolean {
  return e.quad === 4;
}

export const DAY_MS = 86_400_000;

export function dayNumber(date: IsoDate): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export function dateOfDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Monday of the ISO week containing `date`. */
export function weekStart(date: IsoDate): IsoDate {
  const d = dayNumber(date);
  const dow = (new Date(d * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
  return dateOfDay(d - dow);
}
