/**
 * UI strings: lookup, interpolation, plurals and the page's overrides.
 * All strings live in ./strings/ (one file per language); this is the only
 * code that reads them. Number and plural rules come from ./locale.ts.
 */
import type { Message, MessageKey, UiStrings } from './strings/en.js';
import { canonicalTag, formatNumber, pluralCategory } from './locale.js';
import { english, LANGUAGE_CODES, languageCode, stringsFor } from './strings/index.js';

export type { MessageKey, UiStrings };

const OVERRIDES = Symbol.for('civic-widgets.strings.v1');

function overrides(): Map<string, Partial<Record<MessageKey, Message>>> {
  const holder = globalThis as unknown as Record<
    symbol,
    Map<string, Partial<Record<MessageKey, Message>>>
  >;
  return (holder[OVERRIDES] ??= new Map());
}

/**
 * Replaces some UI strings for a language on the whole page (any copy of
 * the library sees it). Elements also take a `strings` property for one widget.
 *
 * @example
 * setStrings('en', { eventsHeading: 'What’s on' });
 */
export function setStrings(lang: string, strings: Partial<Record<MessageKey, Message>>): void {
  const key = lang.toLowerCase();
  overrides().set(key, { ...overrides().get(key), ...strings });
}

/** The languages with a full set of strings. */
export const SUPPORTED_LANGUAGES: string[] = [...LANGUAGE_CODES];

/**
 * Best supported language for what a page writes: "pt-BR" → "pt", "cy_GB" →
 * "cy", "EN-gb" → "en"; an unknown or empty tag → "en".
 */
export function supportedLanguage(lang: string | undefined): string {
  return languageCode(canonicalTag(lang));
}

/**
 * The tag a widget speaks for what a page writes: canonical ("en_GB" →
 * "en-GB") when we have its language, else plain English ("sv" → "en"), so
 * the `lang` on our own text always matches the words in it.
 */
export function interfaceLanguage(lang: string | undefined): string {
  const tag = canonicalTag(lang);
  const base = supportedLanguage(tag);
  return tag.toLowerCase().split('-')[0] === base ? tag : base;
}

export type Values = Record<string, string | number>;

/** A translator for one element: `t('eventsCount', { count: 3 })`. */
export type Translate = (key: MessageKey, values?: Values) => string;

export function translator(
  lang: string | undefined,
  local?: Partial<Record<MessageKey, Message>>,
): Translate {
  const tag = interfaceLanguage(lang);
  const base = supportedLanguage(tag);
  const page = overrides();
  return (key, values = {}) => {
    const message: Message =
      local?.[key] ??
      page.get(tag.toLowerCase())?.[key] ??
      page.get(base)?.[key] ??
      // Looked up on each call: a language pack may arrive after the translator is made.
      stringsFor(base)?.[key] ??
      english[key];
    const text =
      typeof message === 'string'
        ? message
        : (message[pluralCategory(tag, Number(values.count ?? 0))] ?? message.other);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(value, tag) : value;
    });
  };
}
