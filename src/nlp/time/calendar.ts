/** Pure calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC, independent of the process time zone. */
import type { IsoDate, IsoInstant } from '../../domain/types.js';

export type DstRule = 'us' | 'eu' | 'israel' | 'au';

const DAY = 86_400_000;

export function parseIso(date: IsoDate): number {
  // YYYY?MM?DD with ASCII digits (every date the time finder makes): read the digits in place
  if (date.length >= 10) {
    const y0 = date.charCodeAt(0) - 48, y1 = date.charCodeAt(1) - 48, y2 = date.charCodeAt(2) - 48, y3 = date.charCodeAt(3) - 48;
    const m0 = date.charCodeAt(5) - 48, m1 = date.charCodeAt(6) - 48, d0 = date.charCodeAt(8) - 48, d1 = date.charCodeAt(9) - 48;
    if (((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) & ~15) === 0 && y0 <= 9 && y1 <= 9 && y2 <= 9 && y3 <= 9 && m0 <= 9 && m1 <= 9 && d0 <= 9 && d1 <= 9) {
      return utcDays(((y0 * 10 + y1) * 10 + y2) * 10 + y3, m0 * 10 + m1 - 1, d0 * 10 + d1) * DAY;
    }
  }
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Date.UTC(y, m - 1, d);
}

/**
 * `Date.UTC(y, month, d) / DAY` for integers y in 0–9999, month in -1–98 and d in 0–99 (every date parseIso
 * reads in place), by day arithmetic (H. Hinnant's days-from-civil) instead of the builtin, a call into the
 * runtime that costs several times more (the time finder parses its reference day per expression). As
 * `Date.UTC`: a year 0–99 is 1900 + year, a month past December runs into the next years, a day past the
 * month's end (or 0) into the next (previous) month.
 */
function utcDays(year: number, month: number, d: number): number {
  const civil = (year <= 99 ? 1900 + year : year) + Math.floor(month / 12);
  const m = month - 12 * Math.floor(month / 12); // 0 = January
  // counted in years starting on 1 March (the leap day last)
  const y = m < 2 ? civil - 1 : civil;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m >= 2 ? m - 2 : m + 10) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const PAD2 = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));

/**
 * The UTC day of an instant, `YYYY-MM-DD`. Arithmetic civil-from-days (H. Hinnant's algorithm) instead of
 * `Date#toISOString` (the time finder and the coder call this per expression); years outside 0–9999
 * take the Date path, which writes them the ISO way (`+010000`, `-000001`).
 */
export function isoOf(ms: number): IsoDate {
  const days = Math.floor(Math.trunc(ms) / DAY); // Date truncates fractional ms
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (!(y >= 0 && y <= 9999)) return isoOfDate(ms);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${PAD2[m]}-${PAD2[d]}`;
}

/** The reference implementation of `isoOf` (tests compare the two). */
export function isoOfDate(ms: number): IsoDate {
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

/** 0 = Sunday … 6 = Saturday (as `Date#getUTCDay`, with no Date made: 1970-01-01, day 0, was a Thursday). */
export function weekday(date: IsoDate): number {
  return (((Math.floor(parseIso(date) / DAY) + 4) % 7) + 7) % 7;
}

/** The most recent `wd` on or before `ref`. */
export function weekdayOnOrBefore(ref: IsoDate, wd: number): IsoDate {
  return addDays(ref, -((weekday(ref) - wd + 7) % 7));
}

/** The first `wd` on or after `ref`. */
export function weekdayOnOrAfter(ref: IsoDate, wd: number): IsoDate {
  return addDays(ref, (wd - weekday(ref) + 7) % 7);
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
  const key = rule + date;
  let v = dstMemo.get(key);
  if (v === undefined) {
    if (dstMemo.size >= 4096) dstMemo.clear();
    v = computeDst(rule, date);
    dstMemo.set(key, v);
  }
  return v;
}

/** (rule + date) → in force; news dates cluster, so a small memo saves the month arithmetic. */
const dstMemo = new Map<string, boolean>();

function computeDst(rule: DstRule, date: IsoDate): boolean {
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
