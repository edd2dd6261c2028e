/**
 * The English UI strings: the reference every other language follows, put
 * together from its sections (the shared words, then each widget's, which
 * travel with that widget). Runtime code imports a section, never `en`.
 * `{name}` is replaced by a value; plural messages pick a form with
 * Intl.PluralRules (languages use the forms they need, "other" is required).
 * Keep sentences short and plain (GOV.UK style): residents read these.
 */
import type { Fallback } from '../intl-fallback.js';
import * as shared from './en-shared.js';
import * as cityProfile from '../../widgets/city-profile/strings.js';
import * as networkCard from '../../widgets/network-card/strings.js';
import * as activityFeed from '../../widgets/activity-feed/strings.js';
import * as eventsCalendar from '../../widgets/events-calendar/strings.js';

export const en = {
  ...shared.english,
  ...cityProfile.english,
  ...networkCard.english,
  ...activityFeed.english,
  ...eventsCalendar.english,
} as const;

/**
 * English by section, in the order of each language pack's sections in the
 * script-tag build (vite.config.ts `compactPacks`).
 */
export const SECTIONS: readonly Record<string, Message>[] = [
  shared,
  cityProfile,
  networkCard,
  activityFeed,
  eventsCalendar,
].reduce<Record<string, Message>[]>((all, part) => ((all[part.SECTION] = part.english), all), []);

export type MessageKey = keyof typeof en;
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
/** A complete language: every key, each a string or plural forms. */
export type UiStrings = {
  [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage;
};

/**
 * What a language brings for runtimes that lack its locale data (Debian's
 * Chromium has none for Welsh): names and words Intl would otherwise give in
 * English. Dates keep the layout of `base` with these names in place.
 */
export interface IntlFallback {
  /** The locale whose date and number layout is used, e.g. "en-GB". */
  base: string;
  /** The styles the widgets print (no narrow names). */
  months: Record<'long' | 'short', string[]>;
  /** Sunday first. */
  weekdays: Record<'long' | 'short', string[]>;
  relative: {
    now: string;
    today: string;
    yesterday: string;
    tomorrow: string;
  } & Record<'minute' | 'hour' | 'day', { past: PluralMessage; future: PluralMessage }>;
  /** Country names by ISO 3166 code. */
  regions: Record<string, string>;
  /** Zone names by their British English name ("Central European Standard Time"). */
  zones: Record<string, string>;
}

/**
 * A language's strings, and where it has one, the loader of its Intl fallback
 * (a module of its own, fetched only by browsers that lack the language).
 */
export type LanguagePack = UiStrings & { intl?: () => Promise<Fallback> };
