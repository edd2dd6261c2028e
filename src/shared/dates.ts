/**
 * Dates as people read them: locales, names, formats and relative times,
 * all from Intl, which costs no bytes per language. Time zones, day keys and
 * the meaning of feed times live in the core (src/core/).
 */
import { dayDifference, dayKeyAt, noonOfKey, todayKey, type Weekday } from '../core/days.js';
import { parseTimestamp } from '../core/values.js';
import { DAY, HOUR } from '../core/wall.js';
import { viewerTimeZone, wallAt } from '../core/zones.js';

const MINUTE = 60_000;

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
export function firstDayOfWeek(lang: string): Weekday {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    if (info) return (info.firstDay % 7) as Weekday;
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
      const p = wallAt(instant, zone);
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
