/**
 * Every Intl object the widgets use is made here, once per language and
 * options, and every name, number and date the widgets print comes from
 * here. Where the browser lacks a language's locale data (Debian's Chromium
 * has none for Welsh), the language's own pack supplies month and weekday
 * names, relative-time words, country and zone names (`intl` in
 * ./strings/<lang>.ts), so a Welsh page never shows "3 days ago" or
 * "United Kingdom". Pages in other languages do not pay for that data.
 */
import { noonOfKey } from '../core/days.js';
import type { Fallback, RelativeUnit } from './intl-fallback.js';
import type { LanguagePack } from './strings/en.js';
import { stringsFor } from './strings/index.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

const made = new Map<string, unknown>();
/** Intl objects (and answers) are slow to make and cheap to reuse: each is made once and shared. */
export function once<T>(key: string, make: () => T): T {
  if (made.has(key)) return made.get(key) as T;
  const value = make();
  made.set(key, value);
  return value;
}

/**
 * A BCP 47 tag from what pages and CMSs write: "en_GB" → "en-GB", "EN-gb" →
 * "en-GB", " cy " → "cy". Returns "" for an empty or unusable value.
 */
export function canonicalTag(raw: string | null | undefined): string {
  return once(`tag ${raw ?? ''}`, () => {
    const tag = (raw ?? '').trim().replace(/_/g, '-');
    for (const candidate of tag ? [tag, tag.split('-')[0]] : []) {
      try {
        const [canonical] = Intl.getCanonicalLocales(candidate);
        if (canonical) return canonical;
      } catch {
        // Not a tag Intl accepts: try the language subtag alone.
      }
    }
    return '';
  });
}

/** True when this runtime has date data for the tag itself (not a silent fallback to English). */
export function hasLocaleData(tag: string): boolean {
  return once(`has ${tag}`, () => {
    try {
      return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
    } catch {
      return false;
    }
  });
}

const fallbacks = new Map<string, Fallback>();
const fallbacksLoading = new Map<string, Promise<void>>();

/**
 * Loads a language's own names and words if this runtime lacks the language
 * and they are not here yet; undefined when there is nothing to wait for.
 * Call it once the language's strings are loaded.
 */
export function loadFallback(lang: string): Promise<void> | undefined {
  const tag = canonicalTag(lang);
  const base = tag.split('-')[0];
  if (!tag || fallbacks.has(base)) return undefined;
  // Only a pack with its own names (Welsh) needs asking Intl, whose first answer is slow.
  const pack: LanguagePack | undefined = stringsFor(base);
  if (!pack?.intl || hasLocaleData(tag)) return undefined;
  let loading = fallbacksLoading.get(base);
  if (!loading) {
    loading = pack.intl().then((data) => void fallbacks.set(base, data));
    fallbacksLoading.set(base, loading);
  }
  return loading;
}

/** The language's own names and words, when this runtime lacks the language. */
export function fallbackFor(tag: string): Fallback | undefined {
  const fallback = fallbacks.get(tag.split('-')[0]);
  return fallback && !hasLocaleData(tag) ? fallback : undefined;
}

/** The tag to hand Intl: the language's stand-in where the runtime lacks it, "en-GB" for nonsense. */
function intlTag(lang: string): string {
  const tag = canonicalTag(lang);
  if (!tag) return 'en-GB';
  return fallbackFor(tag)?.base ?? tag;
}

/** Plural category of a number; a bare "pt" is European Portuguese (0 is singular there). */
export function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  const tag = canonicalTag(lang) || 'en';
  const pluralTag = tag === 'pt' ? 'pt-PT' : tag;
  return once(`plural ${pluralTag}`, () => new Intl.PluralRules(pluralTag)).select(count);
}

export function formatNumber(
  value: number,
  lang: string,
  options?: Intl.NumberFormatOptions,
): string {
  const tag = intlTag(lang);
  return once(
    `number ${tag} ${JSON.stringify(options ?? {})}`,
    () => new Intl.NumberFormat(tag, options),
  ).format(value);
}

/** A date formatter with the two methods the widgets use; cached per language and options. */
export interface DateFormatter {
  format(instant: number): string;
  formatRange(start: number, end: number): string;
}

/** Intl.DateTimeFormat for a language, with names from the pack where the browser lacks them. */
export function dateFormatter(lang: string, options: Intl.DateTimeFormatOptions): DateFormatter {
  const tag = canonicalTag(lang) || 'en-GB';
  return once(`date ${tag} ${JSON.stringify(options)}`, () => {
    const fallback = fallbackFor(tag);
    let intl: Intl.DateTimeFormat;
    try {
      intl = new Intl.DateTimeFormat(fallback?.base ?? tag, options);
    } catch {
      intl = new Intl.DateTimeFormat('en-GB', options);
    }
    return (
      fallback?.dates(intl, options) ?? {
        format: (instant: number) => intl.format(instant),
        formatRange: (start: number, end: number) => intl.formatRange(start, end),
      }
    );
  });
}

/** "3 days ago", "yesterday", "in 2 hours" (words where they exist: numeric "auto"). */
export function formatRelative(value: number, unit: RelativeUnit, lang: string): string {
  const tag = canonicalTag(lang) || 'en-GB';
  return (
    fallbackFor(tag)?.ago(value, unit, tag) ??
    once(`relative ${tag}`, () => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' })).format(
      value,
      unit,
    )
  );
}

/**
 * "3 hours ago", "yesterday", "2 days ago" within a week; else a date such
 * as "14 March 2026" (with the year only when not this year). An all-day
 * value counts calendar days in the viewer's zone.
 */
export function formatRelativeOrDate(
  instant: number,
  lang: string,
  now = Date.now(),
  allDay = false,
): string {
  if (allDay) {
    const today = new Date(now);
    const days = Math.round(
      (instant - 12 * HOUR - Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())) /
        DAY,
    );
    if (Math.abs(days) < 7) return formatRelative(days, 'day', lang);
  } else {
    const diff = instant - now;
    const abs = Math.abs(diff);
    if (abs < 7 * DAY) {
      if (abs < 60 * MINUTE) return formatRelative(Math.round(diff / MINUTE), 'minute', lang);
      if (abs < DAY) return formatRelative(Math.round(diff / HOUR), 'hour', lang);
      return formatRelative(Math.round(diff / DAY), 'day', lang);
    }
  }
  const sameYear = new Date(instant).getFullYear() === new Date(now).getFullYear();
  return dateFormatter(lang, {
    day: 'numeric',
    month: 'long',
    year: sameYear ? undefined : 'numeric',
    timeZone: allDay ? 'UTC' : undefined,
  }).format(instant);
}

/** "2026-03" or "2026-03-01" at noon UTC, so no zone moves the month. */
const monthInstant = (value: string) => noonOfKey(`${value}-01`.slice(0, 10));

/** A network's period, e.g. "March 2009 – June 2012". */
export function formatMonthRange(start: string, end: string, lang: string): string {
  return dateFormatter(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).formatRange(
    monthInstant(start),
    monthInstant(end),
  );
}

export function formatMonth(value: string, lang: string): string {
  return dateFormatter(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    monthInstant(value),
  );
}

/** A country's name from its ISO 3166 code ("GB" → "United Kingdom"), else the code. */
export function regionName(code: string, lang: string): string {
  const upper = code.trim().toUpperCase();
  const tag = canonicalTag(lang) || 'en-GB';
  const fallback = fallbackFor(tag);
  if (fallback) return fallback.region(upper);
  try {
    return once(`region ${tag}`, () => new Intl.DisplayNames(tag, { type: 'region' })).of(upper)!;
  } catch {
    return upper;
  }
}
