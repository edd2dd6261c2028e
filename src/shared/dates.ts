/**
 * Dates and time zones. The only file that imports date-fns (calendar
 * arithmetic on plain days). Names, formats and relative times are made in
 * ./locale.ts.
 *
 * Days are plain "YYYY-MM-DD" keys. An event's day is decided in the
 * calendar's display zone (the city's, unless told otherwise), so 23:30 in
 * London on 3 December is on 3 December in a London calendar wherever the
 * viewer is; an all-day event is a date, never converted, never moved.
 */
import {
  addDays,
  addMonths,
  eachDayOfInterval,
  endOfMonth,
  endOfWeek,
  startOfMonth,
  startOfWeek,
  type Day,
} from 'date-fns';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_ONLY = /^\d{4}-(0[1-9]|1[0-2])$/;
const HAS_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;
const HOUR = 3_600_000;
const DAY = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A local Date at midnight used as a plain calendar day (date-fns works on these). */
export function dayFromKey(key: string): Date {
  const [y, m, d] = key.split('-').map(Number);
  const day = new Date(y, m - 1, d);
  // new Date() maps years 0–99 to 1900–1999.
  if (y < 100) day.setFullYear(y);
  return day;
}

export function keyFromDay(day: Date): string {
  return `${pad(day.getFullYear(), 4)}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

export function isAllDay(value: string): boolean {
  return DATE_ONLY.test(value);
}

/** True for "2026-12". */
export function isMonthKey(value: unknown): value is string {
  return typeof value === 'string' && MONTH_ONLY.test(value);
}

const knownZones = new Map<string, boolean>();

/** True when this runtime knows the IANA zone name (remembered: asking Intl is slow). */
export function isTimeZone(value: unknown): boolean {
  if (typeof value !== 'string' || !value) return false;
  let known = knownZones.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(value, known);
  }
  return known;
}

export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock parts of an instant in a zone. */
export function zonedParts(instant: number, timeZone: string) {
  let format = partsFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, format);
  }
  const out: Record<string, number> = {};
  let bc = false;
  for (const part of format.formatToParts(instant)) {
    if (part.type === 'era') bc = part.value.startsWith('B');
    else if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return {
    year: bc ? 1 - out.year : out.year,
    month: out.month,
    day: out.day,
    hour: out.hour,
    minute: out.minute,
    second: out.second,
  };
}

/** The day key of an instant in a zone. */
export function dayKeyAt(instant: number, timeZone: string): string {
  const wall = new Date(instant + offsetAt(instant, timeZone));
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
}

const hourOffsets = new Map<string, Map<number, number>>();

/**
 * Milliseconds east of UTC in `timeZone` at an instant (+3_600_000 for Paris
 * in winter). Asking Intl costs microseconds, and a month of 5,000 events
 * asks tens of thousands of times: offsets are kept per zone at each whole
 * UTC hour, and an instant inside an hour whose two ends agree has that
 * offset (no zone changes offset twice within an hour).
 */
export function offsetAt(instant: number, timeZone: string): number {
  let cache = hourOffsets.get(timeZone);
  if (!cache) hourOffsets.set(timeZone, (cache = new Map<number, number>()));
  const hour = Math.floor(instant / HOUR);
  const at = (h: number): number => {
    let offset = cache.get(h);
    if (offset === undefined) {
      if (cache.size > 100_000) cache.clear();
      offset = exactOffsetAt(h * HOUR, timeZone);
      cache.set(h, offset);
    }
    return offset;
  };
  const before = at(hour);
  return before === at(hour + 1) ? before : exactOffsetAt(instant, timeZone);
}

function exactOffsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const p = zonedParts(whole, timeZone);
  const wall = new Date(0);
  wall.setUTCFullYear(p.year, p.month - 1, p.day);
  wall.setUTCHours(p.hour, p.minute, p.second, 0);
  return wall.getTime() - whole;
}

/** Wall-clock milliseconds of a local "YYYY-MM-DDTHH:mm[:ss]" read as if it were UTC. */
function wallMs(local: string): number {
  const [date, time = '00:00'] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm, ss = 0] = time.split(':').map(Number);
  const wall = new Date(0);
  wall.setUTCFullYear(y, m - 1, d);
  wall.setUTCHours(hh, mm, Math.floor(ss), 0);
  return wall.getTime();
}

/**
 * The instant of a wall-clock time in a zone, disambiguated as RFC 5545 and
 * calendar apps do: in the autumn overlap the first of the two instants
 * (01:30 on 25 October 2026 in London is 01:30 BST); a time skipped in the
 * spring gap is read with the offset from before the gap, so it moves
 * forward by the gap (01:30 on 29 March 2026 in London becomes 02:30 BST).
 */
export function zonedToInstant(local: string, timeZone: string): number {
  const wall = wallMs(local);
  const before = offsetAt(wall - 14 * HOUR, timeZone);
  const after = offsetAt(wall + 14 * HOUR, timeZone);
  const valid = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => instant + offsetAt(instant, timeZone) === wall);
  if (valid.length > 0) return Math.min(...valid);
  return wall - before;
}

/** The instant an event time means: offsets are absolute, local times read in `timeZone`. */
export function eventInstant(value: string, timeZone: string): number {
  if (HAS_OFFSET.test(value)) return Date.parse(value);
  return zonedToInstant(isAllDay(value) ? `${value}T00:00` : value, timeZone);
}

/** True when the time carries its own offset ("…+01:00" or "…Z"). */
export function hasOffset(value: string): boolean {
  return HAS_OFFSET.test(value);
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
  const endInstant = end
    ? isAllDay(end)
      ? zonedToInstant(`${addDaysToKey(end, 1)}T00:00`, eventZone)
      : eventInstant(end, eventZone)
    : undefined;
  const firstDay = dayKeyAt(startInstant, displayZone);
  let lastDay = firstDay;
  if (endInstant !== undefined && endInstant > startInstant) {
    lastDay = dayKeyAt(endInstant - 1, displayZone);
  }
  return { allDay: false, firstDay, lastDay, start: startInstant, end: endInstant };
}

/** All day keys from first to last, inclusive. */
export function daysBetween(firstDay: string, lastDay: string): string[] {
  if (lastDay < firstDay) return [firstDay];
  return eachDayOfInterval({ start: dayFromKey(firstDay), end: dayFromKey(lastDay) }).map(
    keyFromDay,
  );
}

/** How many days from `from` to `to` (negative when `to` is earlier). */
export function dayDifference(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / DAY);
}

export function addDaysToKey(key: string, days: number): string {
  return keyFromDay(addDays(dayFromKey(key), days));
}

/** "2026-12" plus n months. */
export function addMonthsToMonth(month: string, months: number): string {
  return keyFromDay(addMonths(dayFromKey(`${month}-01`), months)).slice(0, 7);
}

/** Same day in another month, clamped to that month's length (31 Jan → 28 Feb). */
export function addMonthsToKey(key: string, months: number): string {
  return keyFromDay(addMonths(dayFromKey(key), months));
}

/** The last day of a month: "2028-02" → "2028-02-29". */
export function lastDayOfMonth(month: string): string {
  return keyFromDay(endOfMonth(dayFromKey(`${month}-01`)));
}

/**
 * The weeks shown for a month: whole weeks starting on `weekStartsOn`
 * (0 = Sunday). With `weeks`, the grid is padded with the following days to
 * that many rows, so every month has the same height (6 fits any month).
 */
export function monthGrid(month: string, weekStartsOn: Day, weeks?: number): string[][] {
  const first = startOfMonth(dayFromKey(`${month}-01`));
  const days = eachDayOfInterval({
    start: startOfWeek(first, { weekStartsOn }),
    end: endOfWeek(endOfMonth(first), { weekStartsOn }),
  }).map(keyFromDay);
  while (weeks && days.length < weeks * 7) days.push(addDaysToKey(days[days.length - 1], 1));
  const rows: string[][] = [];
  for (let i = 0; i < days.length; i += 7) rows.push(days.slice(i, i + 7));
  return rows;
}

/** Start of the week containing a day. */
export function weekStartKey(key: string, weekStartsOn: Day): string {
  return keyFromDay(startOfWeek(dayFromKey(key), { weekStartsOn }));
}

/** Day of the week of a key, 0 = Sunday … 6 = Saturday. */
export function weekdayOfKey(key: string): Day {
  return dayFromKey(key).getDay() as Day;
}

/** Today's day key in a zone. */
export function todayKey(timeZone: string, now = Date.now()): string {
  return dayKeyAt(now, timeZone);
}

/** Parses an ISO date or date-time (with or without offset; local read as UTC noon for dates). */
export function parseTimestamp(value: string): number {
  if (isAllDay(value)) return Date.parse(`${value}T12:00:00Z`);
  return Date.parse(HAS_OFFSET.test(value) ? value : `${value}Z`);
}

/**
 * Noon UTC of a day key, the instant to format a plain day with (in UTC). Not
 * Date.parse: the grid of December 9999 ends on "10000-01-09", which it rejects.
 */
export function noonOfKey(key: string): number {
  const [year, month, day] = key.split('-').map(Number);
  const noon = new Date(0);
  noon.setUTCFullYear(year, month - 1, day);
  return noon.getTime() + 12 * HOUR;
}

export interface ZoneTransition {
  /** The instant the offset changes. */
  at: number;
  /** Offsets in milliseconds east of UTC, before and after. */
  before: number;
  after: number;
}

/**
 * The offset changes of a zone between two instants (daylight saving time
 * and any change of standard time), found from Intl to the second.
 */
export function zoneTransitions(timeZone: string, from: number, to: number): ZoneTransition[] {
  const found: ZoneTransition[] = [];
  let previous = offsetAt(from, timeZone);
  // Zones change offset at most every few weeks; a 6-hour step cannot miss one.
  for (let t = from + 6 * HOUR; t < to + 6 * HOUR; t += 6 * HOUR) {
    const current = offsetAt(t, timeZone);
    if (current === previous) continue;
    let low = t - 6 * HOUR;
    let high = t;
    while (high - low > 1000) {
      const middle = Math.floor((low + high) / 2000) * 1000;
      if (offsetAt(middle, timeZone) === previous) low = middle;
      else high = middle;
    }
    if (high <= to && high > from) found.push({ at: high, before: previous, after: current });
    previous = current;
  }
  return found;
}
