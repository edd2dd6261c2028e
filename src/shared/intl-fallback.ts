/**
 * Dates, relative times and country names for a language this browser's
 * Intl lacks (Debian's Chromium has no Welsh), from the language's own
 * names and words. This code travels with those names (./strings/cy-intl.ts),
 * so only a page in such a language, in such a browser, fetches it;
 * ./locale.ts hands over to it where `fallbackFor` finds one.
 */
import { formatNumber, pluralCategory, type DateFormatter } from './locale.js';
import type { IntlFallback, PluralMessage } from './strings/en.js';

export type RelativeUnit = 'minute' | 'hour' | 'day';

/** A language's names and words, with what ./locale.ts asks of them. */
export interface Fallback extends IntlFallback {
  /** `intl` (made for `base`) with this language's month and weekday names put in. */
  dates(intl: Intl.DateTimeFormat, options: Intl.DateTimeFormatOptions): DateFormatter;
  /** "3 days ago", "yesterday", "in 2 hours" in this language. */
  ago(value: number, unit: RelativeUnit, tag: string): string;
  /** A country's name, else its code. */
  region(code: string): string;
}

/** Picks the plural form of a message and fills in `{count}`. */
function pluralText(lang: string, message: PluralMessage, count: number): string {
  const text = message[pluralCategory(lang, count)] ?? message.other;
  return text.replace('{count}', formatNumber(count, lang));
}

export function fallback(data: IntlFallback): Fallback {
  return {
    ...data,
    dates(intl, options) {
      // The stand-in's numbers tell which month and weekday a name part stands for.
      const numeric = new Intl.DateTimeFormat('en-US', {
        timeZone: intl.resolvedOptions().timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
      });
      const name = (part: Intl.DateTimeFormatPart, instant: number): string => {
        const style = part.type === 'month' ? options.month : options.weekday;
        const names = (part.type === 'month' ? data.months : data.weekdays)[
          style as keyof IntlFallback['months']
        ];
        if ((part.type !== 'month' && part.type !== 'weekday') || !names) return part.value;
        const p = Object.fromEntries(
          numeric.formatToParts(instant).map((x) => [x.type, Number(x.value)]),
        );
        return names[
          part.type === 'month'
            ? p.month - 1
            : new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()
        ];
      };
      return {
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
    },
    ago(value, unit, tag) {
      const words = data.relative;
      if (value === 0) return unit === 'day' ? words.today : words.now;
      if (unit === 'day' && value === -1) return words.yesterday;
      if (unit === 'day' && value === 1) return words.tomorrow;
      return pluralText(tag, words[unit][value < 0 ? 'past' : 'future'], Math.abs(value));
    },
    region: (code) => data.regions[code] ?? code,
  };
}
