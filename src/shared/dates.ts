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
const MONTH_ONLY = /^\d{4}-(0[1-9]|1[0-2])$/;
const HAS_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;
const MINUTE = 60_000;
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

/**
 * A bare language reads dates as spoken in Europe, because the widgets serve
 * European city networks: Intl's defaults for "en" and "pt" are the US and
 * Brazil (Sunday first, month before day).
 */
const EUROPEAN_REGION: Record<string, string> = { en: 'GB', pt: 'PT' };

function resolvesExactly(tag: string): boolean {
  try {
    return (
      new Intl.DateTimeFormat(tag).resolvedOptions().locale.toLowerCase() === tag.toLowerCase()
    );
  } catch {
    return false;
  }
}

/**
 * The locale to hand Intl for a language tag. A tag with a region is used as
 * it is; a bare language takes the region of the calendar's city when Intl
 * knows that pair ("en" in Stoke-on-Trent → "en-GB", "fr" in Limoges →
 * "fr-FR"), else its European default ("en" → "en-GB", "pt" → "pt-PT").
 */
export function intlLocale(lang: string, region?: string): string {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(lang);
  } catch {
    return 'en-GB';
  }
  if (locale.region) return lang;
  const candidates = [
    region ? `${locale.language}-${region.toUpperCase()}` : '',
    EUROPEAN_REGION[locale.language]
      ? `${locale.language}-${EUROPEAN_REGION[locale.language]}`
      : '',
  ];
  return candidates.find((tag) => tag && resolvesExactly(tag)) ?? lang;
}

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
  return 1;
}

/**
 * Month and weekday names for a language the browser's Intl lacks. Chromium
 * ships without Welsh, so "cy" would otherwise print "December 3, 2026" in
 * the middle of Welsh sentences. Dates are then formatted as British English
 * and these names replace the English ones (names from CLDR).
 */
interface NameTable {
  base: string;
  month: Record<'long' | 'short' | 'narrow', string[]>;
  weekday: Record<'long' | 'short' | 'narrow', string[]>;
}

const NAME_TABLES: Record<string, NameTable> = {
  cy: {
    base: 'en-GB',
    month: {
      long: 'Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr'.split(
        ' ',
      ),
      short: 'Ion Chw Maw Ebr Mai Meh Gor Awst Medi Hyd Tach Rhag'.split(' '),
      narrow: 'I Ch M E M M G A M H T Rh'.split(' '),
    },
    weekday: {
      long: [
        'Dydd Sul',
        'Dydd Llun',
        'Dydd Mawrth',
        'Dydd Mercher',
        'Dydd Iau',
        'Dydd Gwener',
        'Dydd Sadwrn',
      ],
      short: 'Sul Llun Maw Mer Iau Gwe Sad'.split(' '),
      narrow: 'S Ll M M I G S'.split(' '),
    },
  },
};

/** A date formatter with the two methods the widgets use; cached per language and options. */
export interface DateFormatter {
  format(instant: number): string;
  formatRange(start: number, end: number): string;
}

const formatters = new Map<string, DateFormatter>();

function nameTableFor(lang: string): NameTable | undefined {
  const base = lang.toLowerCase().split('-')[0];
  const table = NAME_TABLES[base];
  if (!table) return undefined;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([lang]).length ? undefined : table;
  } catch {
    return undefined;
  }
}

/** Intl.DateTimeFormat for a language, with names filled in where the browser lacks them. */
export function dateFormatter(lang: string, options: Intl.DateTimeFormatOptions): DateFormatter {
  const key = `${lang}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (formatter) return formatter;
  const table = nameTableFor(lang);
  if (!table) {
    let intl: Intl.DateTimeFormat;
    try {
      intl = new Intl.DateTimeFormat(lang, options);
    } catch {
      intl = new Intl.DateTimeFormat('en-GB', options);
    }
    formatter = {
      format: (instant) => intl.format(instant),
      formatRange: (start, end) => intl.formatRange(start, end),
    };
  } else {
    const intl = new Intl.DateTimeFormat(table.base, options);
    const zone = intl.resolvedOptions().timeZone;
    const name = (part: Intl.DateTimeFormatPart, instant: number): string => {
      const p = zonedParts(instant, zone);
      if (
        part.type === 'month' &&
        typeof options.month === 'string' &&
        !/digit|numeric/.test(options.month)
      ) {
        return table.month[options.month as 'long' | 'short' | 'narrow'][p.month - 1];
      }
      if (part.type === 'weekday' && options.weekday) {
        const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
        return table.weekday[options.weekday][weekday];
      }
      return part.value;
    };
    formatter = {
      format: (instant) =>
        intl
          .formatToParts(instant)
          .map((part) => name(part, instant))
          .join(''),
      formatRange: (start, end) =>
        intl
          .formatRangeToParts(start, end)
          .map((part) => name(part, part.source === 'endRange' ? end : start))
          .join(''),
    };
  }
  formatters.set(key, formatter);
  return formatter;
}

/** Today's day key in a zone. */
export function todayKey(timeZone: string, now = Date.now()): string {
  return dayKeyAt(now, timeZone);
}

/**
 * "3 hours ago", "yesterday", "2 days ago" within a week; else a date such
 * as "14 March 2026" (with the year only when not this year).
 */
export function formatRelativeOrDate(
  instant: number,
  lang: string,
  now = Date.now(),
  allDay = false,
): string {
  // A browser without data for the language (Debian's Chromium has none for
  // Welsh) would answer in US English; British English is the kinder fallback.
  const locale = Intl.DateTimeFormat.supportedLocalesOf(lang).length ? lang : 'en-GB';
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (allDay) {
    // A date without a time counts in calendar days: "today", "yesterday", "3 days ago".
    const days = dayDifference(todayKey(viewerTimeZone(), now), dayKeyAt(instant, 'UTC'));
    if (Math.abs(days) < 7) return rtf.format(days, 'day');
  } else {
    const diff = instant - now;
    const abs = Math.abs(diff);
    if (abs < 7 * DAY) {
      if (abs < 60 * MINUTE) return rtf.format(Math.round(diff / MINUTE), 'minute');
      if (abs < DAY) return rtf.format(Math.round(diff / HOUR), 'hour');
      return rtf.format(Math.round(diff / DAY), 'day');
    }
  }
  const sameYear = new Date(instant).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: sameYear ? undefined : 'numeric',
    timeZone: allDay ? 'UTC' : undefined,
  }).format(instant);
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

/** A day key as a readable date, e.g. "Thursday 3 December 2026". */
export function formatDayKey(
  key: string,
  lang: string,
  options: Intl.DateTimeFormatOptions,
): string {
  return dateFormatter(lang, { ...options, timeZone: 'UTC' }).format(noonOfKey(key));
}

/**
 * The name of a time zone in a language. "long" names the offset in force
 * at `instant` ("Central European Standard Time"); "longGeneric" the zone
 * ("Central European Time").
 */
export function timeZoneName(
  timeZone: string,
  lang: string,
  instant = Date.now(),
  style: 'long' | 'longGeneric' = 'longGeneric',
): string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: style });
  } catch {
    return timeZone;
  }
  const part = format.formatToParts(instant).find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
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

/** A network's period, e.g. "March 2009 – June 2012"; one side may be missing. */
export function formatMonthRange(start: string, end: string, lang: string): string {
  return dateFormatter(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).formatRange(
    parseTimestamp(start),
    parseTimestamp(end),
  );
}

export function formatMonth(value: string, lang: string): string {
  return dateFormatter(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    parseTimestamp(value),
  );
}
