/**
 * The three ways a feed writes a time, and what each means:
 * - a date, "2026-12-03": a day, the same day everywhere, never converted;
 * - a local date-time, "2026-12-03T18:00[:00[.000]]": a wall time, read in
 *   the event's zone (see event-zone.ts);
 * - an offset date-time, "2026-12-03T18:00:00+01:00" or "…Z": an instant.
 * These patterns exist only here; the validator, the calendar and the
 * exporters all classify through `timeKind`.
 */
import { addDaysToKey, dayKeyAt } from './days.js';
import { daysInMonth, parseWall, wallMs, type Wall } from './wall.js';
import { localToInstant, wallToInstant } from './zones.js';

export const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/;
export const OFFSET_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Any of the three forms, as one pattern (event `start` and `end`; the JSON Schema shows it). */
export const EVENT_TIME =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
/** A date or an offset date-time: `updated` and `published`, which name a moment or a day. */
export const TIMESTAMP =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

export type TimeKind = 'date' | 'local' | 'offset';

/** Which of the three forms a value is in, or undefined for anything else. */
export function timeKind(value: unknown): TimeKind | undefined {
  if (typeof value !== 'string') return undefined;
  if (DATE.test(value)) return 'date';
  if (LOCAL_DATE_TIME.test(value)) return 'local';
  if (OFFSET_DATE_TIME.test(value)) return 'offset';
  return undefined;
}

export const isAllDay = (value: string): boolean => DATE.test(value);
export const hasOffset = (value: string): boolean => timeKind(value) === 'offset';

/** True when the numbers in an ISO date (and time) name a real moment: no 30 February, no 25:00. */
export function isRealDateTime(value: string): boolean {
  const quick = quickRealDateTime(value);
  if (quick !== undefined) return quick;
  const w = parseWall(value);
  if (!w) return false;
  const { year, month, day, hour, minute, second } = w;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  if (day > daysInMonth(year, month)) return false;
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(value);
  return !offset || (Number(offset[2]) <= 14 && Number(offset[3]) <= 59);
}

/** The number written by `count` digits at `at`, or -1 when they are not all digits. */
function digitsAt(value: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A date and time's fields as written, and where the time part ended. */
interface Written {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  end: number;
}

/**
 * Reads the forms feeds write most (2026-12-03, 2026-12-03T18:00[:00],
 * then anything) by position, without a regular expression; undefined for
 * another form, which the general reading then takes. The feed check and a
 * calendar read thousands of these.
 */
function readWritten(value: string): Written | undefined {
  if (value.length < 10 || value[4] !== '-' || value[7] !== '-') return undefined;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year < 0 || month < 0 || day < 0) return undefined;
  if (value.length === 10) return { year, month, day, hour: 0, minute: 0, second: 0, end: 10 };
  if (value[10] !== 'T' || value[13] !== ':') return undefined;
  const hour = digitsAt(value, 11, 2);
  const minute = digitsAt(value, 14, 2);
  const withSeconds = value[16] === ':';
  const second = withSeconds ? digitsAt(value, 17, 2) : 0;
  if (hour < 0 || minute < 0 || second < 0) return undefined;
  return { year, month, day, hour, minute, second, end: withSeconds ? 19 : 16 };
}

/**
 * isRealDateTime for the forms readWritten reads, with Z or ±hh:mm after
 * the time; undefined for anything else, which the general reading decides.
 */
function quickRealDateTime(value: string): boolean | undefined {
  const written = readWritten(value);
  if (!written) return undefined;
  const { year, month, day, hour, minute, second, end } = written;
  const length = value.length;
  let offsetHours = 0;
  let offsetMinutes = 0;
  if (end === length || (end + 1 === length && value[end] === 'Z')) {
    // No offset, or UTC.
  } else if (
    end + 6 === length &&
    (value[end] === '+' || value[end] === '-') &&
    value[end + 3] === ':'
  ) {
    offsetHours = digitsAt(value, end + 1, 2);
    offsetMinutes = digitsAt(value, end + 4, 2);
    if (offsetHours < 0 || offsetMinutes < 0) return undefined;
  } else {
    return undefined;
  }
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  return day <= daysInMonth(year, month) && offsetHours <= 14 && offsetMinutes <= 59;
}

/**
 * The instant a feed time means: offsets are absolute, local times are read
 * in `zone`, a date is the midnight that starts it in `zone`.
 */
export function eventInstant(value: string, zone: string): number {
  const local = localMs(value);
  if (!Number.isNaN(local)) return localToInstant(local, zone);
  if (timeKind(value) === 'offset') return Date.parse(value);
  return wallToInstant(parseWall(value) as Wall, zone);
}

/**
 * wallMs(parseWall(value)) for a local date or time readWritten reads; NaN
 * for anything else (an offset, Z, fractions), which the general reading takes.
 */
function localMs(value: string): number {
  const written = readWritten(value);
  // Date.UTC reads the years 0–99 as 1900–1999: those take the general reading.
  if (!written || written.end !== value.length || written.year < 100) return Number.NaN;
  const { year, month, day, hour, minute, second } = written;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/**
 * The end instant of a timed event. The feed's end of a timed event may be a
 * date (the last day): it then ends at the midnight that closes that day in
 * the event's zone, so it keeps an end. Undefined when there is no end.
 */
export function eventEndInstant(end: string | undefined, zone: string): number | undefined {
  if (!end) return undefined;
  return isAllDay(end) ? eventInstant(addDaysToKey(end, 1), zone) : eventInstant(end, zone);
}

/**
 * An instant for sorting and for "3 hours ago": a date counts from UTC noon
 * (so it sorts within its day everywhere), a local time as if it were UTC.
 */
export function parseTimestamp(value: string): number {
  const kind = timeKind(value);
  if (kind === 'offset') return Date.parse(value);
  const w = parseWall(value);
  if (!w) return Number.NaN;
  return wallMs(kind === 'date' ? { ...w, hour: 12 } : w);
}

export interface EventSpan {
  allDay: boolean;
  /** First day covered, in the display zone. */
  firstDay: string;
  /** Last day covered (inclusive). */
  lastDay: string;
  /** Instants for timed events. */
  start?: number;
  end?: number;
}

/**
 * Which days an event covers in the display zone. An all-day event keeps its
 * dates whatever the zones (a date is not a moment). A timed event that ends
 * exactly at midnight does not cover the next day; a timed event whose end
 * is a date ends at the end of that day in the event's zone.
 */
export function eventSpan(
  start: string,
  end: string | undefined,
  eventZone: string,
  displayZone: string,
): EventSpan {
  if (isAllDay(start)) {
    const endDay = end ? end.slice(0, 10) : start;
    return { allDay: true, firstDay: start, lastDay: endDay < start ? start : endDay };
  }
  const startInstant = eventInstant(start, eventZone);
  const endInstant = eventEndInstant(end, eventZone);
  const firstDay = dayKeyAt(startInstant, displayZone);
  let lastDay = firstDay;
  if (endInstant !== undefined && endInstant > startInstant) {
    lastDay = dayKeyAt(endInstant - 1, displayZone);
  }
  return { allDay: false, firstDay, lastDay, start: startInstant, end: endInstant };
}
