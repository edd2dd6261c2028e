/**
 * Day arithmetic on plain "YYYY-MM-DD" keys (and "YYYY-MM" month keys).
 *
 * Plain UTC arithmetic, not date-fns: a key is read as midnight UTC, so the
 * viewer's zone (and its DST days) can never move a day. Measured with
 * esbuild (min+gzip): this file with the wall.ts helpers it shares with the
 * zone engine is 1.0 KB; the seven date-fns functions the widgets used are
 * 0.8 KB before @date-fns/utc and before the key parsing around them, and
 * on local Dates they depended on the machine's zone.
 */
import { DAY, formatDate, parseWall, wallFromMs, wallMs, type Wall } from './wall.js';
import { offsetAt } from './zones.js';

export type DayKey = string;
/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay and Intl's week info (mod 7). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;

/** True for "2026-12". */
export function isMonthKey(value: unknown): value is string {
  return typeof value === 'string' && MONTH_KEY.test(value);
}

// Fast paths for the years 100–9999 (a calendar asks tens of thousands of times);
// wallMs/formatDate cover the rest (Date.UTC maps 0–99 to 1900–1999).
// A grid for December 9999 runs into "10000-01-02": the year is what comes before the dash.
const keyMs = (key: DayKey): number => {
  const dash = key.indexOf('-', 1);
  const year = Number(key.slice(0, dash));
  const month = Number(key.slice(dash + 1, dash + 3));
  const day = Number(key.slice(dash + 4, dash + 6));
  if (year >= 100) return Date.UTC(year, month - 1, day);
  return wallMs({ year, month, day, hour: 0, minute: 0, second: 0 });
};
const LAST_FAST = Date.UTC(10_000, 0, 1);
const msKey = (ms: number): DayKey =>
  ms >= Date.UTC(100, 0, 1) && ms < LAST_FAST
    ? new Date(ms).toISOString().slice(0, 10)
    : formatDate(wallFromMs(ms));

/**
 * Noon UTC of a day key: the instant to format a plain day with (in UTC).
 * Not Date.parse, which rejects the "10000-01-09" that ends December 9999's grid.
 */
export const noonOfKey = (key: DayKey): number => keyMs(key) + DAY / 2;

/** The day key of an instant in a zone. */
export function dayKeyAt(instant: number, zone: string): DayKey {
  return msKey(instant + offsetAt(instant, zone));
}

/** Today's day key in a zone; `now` is passed in by anything that must be testable. */
export function todayKey(zone: string, now: number = Date.now()): DayKey {
  return dayKeyAt(now, zone);
}

export function addDaysToKey(key: DayKey, days: number): DayKey {
  return msKey(keyMs(key) + days * DAY);
}

/** How many days from `from` to `to` (negative when `to` is earlier). */
export function dayDifference(from: DayKey, to: DayKey): number {
  return Math.round((keyMs(to) - keyMs(from)) / DAY);
}

/** All day keys from first to last, inclusive ([first] when last is earlier). */
export function daysBetween(first: DayKey, last: DayKey): DayKey[] {
  const days = [first];
  const count = dayDifference(first, last);
  for (let i = 1; i <= count; i++) days.push(addDaysToKey(first, i));
  return days;
}

/** Same day in another month, clamped to that month's length (31 Jan → 28 Feb). */
export function addMonthsToKey(key: DayKey, months: number): DayKey {
  const w = parseWall(key) as Wall;
  const total = w.year * 12 + (w.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const last = lastDayOfMonth(formatDate({ year, month, day: 1 }).slice(0, 7));
  const day = formatDate({ year, month, day: w.day });
  return day > last ? last : day;
}

/** "2026-12" plus n months. */
export function addMonthsToMonth(month: string, months: number): string {
  return addMonthsToKey(`${month}-01`, months).slice(0, 7);
}

/** The last day of a month: "2028-02" → "2028-02-29". */
export function lastDayOfMonth(month: string): DayKey {
  const [year, m] = month.split('-').map(Number);
  return msKey(wallMs({ year, month: m + 1, day: 0, hour: 0, minute: 0, second: 0 }));
}

/** Day of the week of a key, 0 = Sunday … 6 = Saturday. */
export function weekdayOfKey(key: DayKey): Weekday {
  return new Date(keyMs(key)).getUTCDay() as Weekday;
}

/** Start of the week containing a day. */
export function weekStartKey(key: DayKey, weekStartsOn: Weekday): DayKey {
  return addDaysToKey(key, -((weekdayOfKey(key) - weekStartsOn + 7) % 7));
}

/**
 * The weeks shown for a month: whole weeks starting on `weekStartsOn`. With
 * `weeks`, the grid is padded with the following days to that many rows, so
 * every month has the same height (6 fits any month).
 */
export function monthGrid(month: string, weekStartsOn: Weekday, weeks?: number): DayKey[][] {
  const first = weekStartKey(`${month}-01`, weekStartsOn);
  const lastOfMonth = lastDayOfMonth(month);
  const last = addDaysToKey(weekStartKey(lastOfMonth, weekStartsOn), 6);
  const count = Math.max(dayDifference(first, last) + 1, (weeks ?? 0) * 7);
  const rows: DayKey[][] = [];
  for (let i = 0; i < count; i += 7) {
    const row: DayKey[] = [];
    for (let d = i; d < i + 7; d++) row.push(addDaysToKey(first, d));
    rows.push(row);
  }
  return rows;
}
