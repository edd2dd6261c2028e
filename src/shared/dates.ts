/**
 * Dates and time zones. The only file that imports date-fns (calendar
 * arithmetic on plain days); names, formats and relative times come from
 * Intl, which costs no bytes per language.
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
const HAS_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A local Date at midnight used as a plain calendar day (date-fns works on these). */
export function dayFromKey(key: string): Date {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export function keyFromDay(day: Date): string {
  return `${pad(day.getFullYear(), 4)}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

export function isAllDay(value: string): boolean {
  return DATE_ONLY.test(value);
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
  for (const part of format.formatToParts(instant)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return {
    year: out.year,
    month: out.month,
    day: out.day,
    hour: out.hour,
    minute: out.minute,
    second: out.second,
  };
}

/** The day key of an instant in a zone. */
export function dayKeyAt(instant: number, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant of a wall-clock time in a zone. In the spring-forward gap the
 * time is moved forward by the gap (02:30 → 03:30 in London), in the autumn
 * overlap the first of the two instants is taken, as calendar apps do.
 */
export function zonedToInstant(local: string, timeZone: string): number {
  const [date, time = '00:00'] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm, ss = 0] = time.split(':').map(Number);
  const asUtc = Date.UTC(y, m - 1, d, hh, mm, Math.floor(ss));
  const first = asUtc - offsetAt(asUtc, timeZone);
  const second = asUtc - offsetAt(first, timeZone);
  if (first === second) return first;
  // Overlap or gap: prefer the earlier reading that maps back to the same wall time.
  const candidates = [first, second].sort((a, b) => a - b);
  for (const candidate of candidates) {
    if (candidate + offsetAt(candidate, timeZone) === asUtc) return candidate;
  }
  return Math.max(first, second);
}

/** The instant an event time means: offsets are absolute, local times read in `timeZone`. */
export function eventInstant(value: string, timeZone: string): number {
  if (HAS_OFFSET.test(value)) return Date.parse(value);
  return zonedToInstant(value, timeZone);
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
 * Which days an event covers in the display zone. A timed event that ends
 * exactly at midnight does not cover the next day.
 */
export function eventSpan(
  start: string,
  end: string | undefined,
  eventZone: string,
  displayZone: string,
): EventSpan {
  if (isAllDay(start)) {
    const last = end && isAllDay(end) && end >= start ? end : end && !isAllDay(end) ? end.slice(0, 10) : start;
    return { allDay: true, firstDay: start, lastDay: last < start ? start : last };
  }
  const startInstant = eventInstant(start, eventZone);
  const endInstant = end ? eventInstant(isAllDay(end) ? `${end}T23:59` : end, eventZone) : undefined;
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
  return eachDayOfInterval({ start: dayFromKey(firstDay), end: dayFromKey(lastDay) }).map(keyFromDay);
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

/** The weeks shown for a month: whole weeks, starting on `weekStartsOn` (0 = Sunday). */
export function monthGrid(month: string, weekStartsOn: Day): string[][] {
  const first = startOfMonth(dayFromKey(`${month}-01`));
  const days = eachDayOfInterval({
    start: startOfWeek(first, { weekStartsOn }),
    end: endOfWeek(endOfMonth(first), { weekStartsOn }),
  }).map(keyFromDay);
  const weeks: string[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return weeks;
}

/** Start of the week containing a day. */
export function weekStartKey(key: string, weekStartsOn: Day): string {
  return keyFromDay(startOfWeek(dayFromKey(key), { weekStartsOn }));
}

const MONDAY_FIRST_FALLBACK = 1 as Day;

/** First day of the week for a locale (0 = Sunday … 6), from Intl where the browser knows it. */
export function firstDayOfWeek(lang: string): Day {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    if (info) return (info.firstDay % 7) as Day;
  } catch {
    // An unusable tag: fall through to Monday, the first day in all our languages.
  }
  return MONDAY_FIRST_FALLBACK;
}

/** Today's day key in a zone. */
export function todayKey(timeZone: string, now = Date.now()): string {
  return dayKeyAt(now, timeZone);
}

const DAY = 86_400_000;

/**
 * "3 hours ago", "yesterday", "2 days ago" within a week; else a date such
 * as "14 March 2026" (with the year only when not this year).
 */
export function formatRelativeOrDate(instant: number, lang: string, now = Date.now()): string {
  const diff = instant - now;
  const abs = Math.abs(diff);
  if (abs < 7 * DAY) {
    const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    if (abs < 60 * 60_000) return rtf.format(Math.round(diff / 60_000), 'minute');
    if (abs < DAY) return rtf.format(Math.round(diff / 3_600_000), 'hour');
    return rtf.format(Math.round(diff / DAY), 'day');
  }
  const sameYear = new Date(instant).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'long',
    year: sameYear ? undefined : 'numeric',
  }).format(instant);
}

/** Parses an ISO date or date-time (with or without offset; local read as UTC noon for dates). */
export function parseTimestamp(value: string): number {
  if (isAllDay(value)) return Date.parse(`${value}T12:00:00Z`);
  return Date.parse(HAS_OFFSET.test(value) ? value : `${value}Z`);
}

/** A day key as a readable date, e.g. "Thursday 3 December 2026". */
export function formatDayKey(key: string, lang: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(
    Date.parse(`${key}T12:00:00Z`),
  );
}

/** The name of a time zone in a language: "Central European Time". */
export function timeZoneName(timeZone: string, lang: string, instant = Date.now()): string {
  const part = new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** A network's period, e.g. "March 2009 – June 2012"; one side may be missing. */
export function formatMonthRange(start: string, end: string, lang: string): string {
  const format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  return format.formatRange(parseTimestamp(start), parseTimestamp(end));
}

export function formatMonth(value: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    parseTimestamp(value),
  );
}
