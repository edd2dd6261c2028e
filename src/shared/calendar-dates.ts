/**
 * Dates and zones only the events calendar prints: the locale of a calendar
 * in its city, the first day of its weeks, day keys as dates, and zone
 * names. Apart from ./locale.ts so that pages without a calendar do not load
 * them; they use its cache and its fallbacks for browsers without a
 * language's data, like every other name the widgets print.
 */
import type { Weekday as Day } from '../core/days.js';
import { noonOfKey } from '../core/days.js';
import { canonicalTag, dateFormatter, fallbackFor, once } from './locale.js';

/**
 * A bare language reads dates as spoken in Europe, because the widgets serve
 * European city networks: Intl's defaults for "en" and "pt" are the US and
 * Brazil (Sunday first, month before day).
 */
const EUROPEAN_REGION: Record<string, string> = { en: 'GB', pt: 'PT' };

function resolvesExactly(tag: string): boolean {
  return once(`exact ${tag}`, () => {
    try {
      return (
        new Intl.DateTimeFormat(tag).resolvedOptions().locale.toLowerCase() === tag.toLowerCase()
      );
    } catch {
      return false;
    }
  });
}

const localeOf = (tag: string) => once(`locale ${tag}`, () => new Intl.Locale(tag));

/**
 * The locale to hand Intl for a language tag. A tag with a region is used as
 * it is; a bare language takes the region of the calendar's city when Intl
 * knows that pair ("en" in Stoke-on-Trent → "en-GB", "fr" in Limoges →
 * "fr-FR"), else its European default ("en" → "en-GB", "pt" → "pt-PT").
 */
export function intlLocale(lang: string, region?: string): string {
  const tag = canonicalTag(lang);
  if (!tag) return 'en-GB';
  const locale = localeOf(tag);
  if (locale.region) return tag;
  const candidates = [
    region ? `${locale.language}-${region.toUpperCase()}` : '',
    EUROPEAN_REGION[locale.language]
      ? `${locale.language}-${EUROPEAN_REGION[locale.language]}`
      : '',
  ];
  return candidates.find((candidate) => candidate && resolvesExactly(candidate)) ?? tag;
}

/** First day of the week for a locale (0 = Sunday … 6), from Intl where the browser knows it. */
export function firstDayOfWeek(lang: string): Day {
  const tag = canonicalTag(lang);
  if (!tag) return 1;
  const locale = localeOf(tag) as Intl.Locale & {
    getWeekInfo?: () => { firstDay: number };
    weekInfo?: { firstDay: number };
  };
  const info = locale.getWeekInfo?.() ?? locale.weekInfo;
  // Monday is the first day in all our languages.
  return info ? ((info.firstDay % 7) as Day) : 1;
}

/** A day key as a readable date, e.g. "Thursday 3 December 2026". */
export function formatDayKey(
  key: string,
  lang: string,
  options: Intl.DateTimeFormatOptions,
): string {
  return dateFormatter(lang, { ...options, timeZone: 'UTC' }).format(noonOfKey(key));
}

function zonePart(tag: string, timeZone: string, style: string, instant: number): string {
  const format = once(`zone ${tag} ${timeZone} ${style}`, () => {
    try {
      return new Intl.DateTimeFormat(tag, {
        timeZone,
        timeZoneName: style as Intl.DateTimeFormatOptions['timeZoneName'],
      });
    } catch {
      return undefined;
    }
  });
  return format?.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * The name of a time zone in a language. "long" names the offset in force
 * at `instant` ("Central European Standard Time"); "longGeneric" the zone
 * ("Central European Time"). Without the language's data: the pack's name
 * for that zone, else the offset ("GMT+1"), never an English name.
 */
export function timeZoneName(
  timeZone: string,
  lang: string,
  instant = Date.now(),
  style: 'long' | 'longGeneric' = 'longGeneric',
): string {
  const tag = canonicalTag(lang) || 'en-GB';
  const fallback = fallbackFor(tag);
  if (!fallback) return zonePart(tag, timeZone, style, instant);
  const english = zonePart('en-GB', timeZone, style, instant);
  return fallback.zones[english] ?? zonePart('en-GB', timeZone, 'shortOffset', instant);
}
