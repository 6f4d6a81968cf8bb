/** Pure calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC, independent of the process time zone. */
import type { IsoDate, IsoInstant } from '../../domain/types.js';

export type DstRule = 'us' | 'eu' | 'israel' | 'au';

const DAY = 86_400_000;

export function parseIso(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Date.UTC(y, m - 1, d);
}

export function isoOf(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function ymd(y: number, m: number, d: number): IsoDate {
  return isoOf(Date.UTC(y, m - 1, d));
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return isoOf(parseIso(date) + n * DAY);
}

export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((parseIso(b) - parseIso(a)) / DAY);
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(date: IsoDate): number {
  return new Date(parseIso(date)).getUTCDay();
}

/** The most recent `wd` on or before `ref`. */
export function weekdayOnOrBefore(ref: IsoDate, wd: number): IsoDate {
  return addDays(ref, -((weekday(ref) - wd + 7) % 7));
}

/** The first `wd` strictly after `ref`. */
export function weekdayAfter(ref: IsoDate, wd: number): IsoDate {
  return addDays(ref, ((wd - weekday(ref) + 6) % 7) + 1);
}

/** Monday of the ISO week containing `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

export function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Local wall time + offset → UTC instant (`YYYY-MM-DDTHH:MM:SSZ`). */
export function toUtc(date: IsoDate, hour: number, minute: number, offsetMinutes: number): IsoInstant {
  const ms = parseIso(date) + (hour * 60 + minute - offsetMinutes) * 60_000;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** n-th (1-based; -1 = last) weekday `wd` of month m (1-12) of year y. */
function nthWeekday(y: number, m: number, wd: number, n: number): IsoDate {
  if (n > 0) {
    const first = ymd(y, m, 1);
    return addDays(first, ((wd - weekday(first) + 7) % 7) + (n - 1) * 7);
  }
  const last = ymd(y, m, lastDayOfMonth(y, m));
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

/** Whether daylight saving is in force on `date` under `rule` (day granularity). */
export function dstActive(rule: DstRule, date: IsoDate): boolean {
  const y = Number(date.slice(0, 4));
  switch (rule) {
    case 'us':
      return date >= nthWeekday(y, 3, 0, 2) && date < nthWeekday(y, 11, 0, 1);
    case 'eu':
      return date >= nthWeekday(y, 3, 0, -1) && date < nthWeekday(y, 10, 0, -1);
    case 'israel':
      return date >= addDays(nthWeekday(y, 3, 0, -1), -2) && date < nthWeekday(y, 10, 0, -1);
    case 'au':
      return date >= nthWeekday(y, 10, 0, 1) || date < nthWeekday(y, 4, 0, 1);
  }
}
