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
import { wallToInstant } from './zones.js';

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
  const w = parseWall(value);
  if (!w) return false;
  const { year, month, day, hour, minute, second } = w;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  if (day > daysInMonth(year, month)) return false;
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(value);
  return !offset || (Number(offset[2]) <= 14 && Number(offset[3]) <= 59);
}

/**
 * The instant a feed time means: offsets are absolute, local times are read
 * in `zone`, a date is the midnight that starts it in `zone`.
 */
export function eventInstant(value: string, zone: string): number {
  if (timeKind(value) === 'offset') return Date.parse(value);
  return wallToInstant(parseWall(value) as Wall, zone);
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
