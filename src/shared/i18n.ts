/**
 * UI strings: lookup, interpolation, plurals and the page's overrides.
 * All strings live in ./strings/ (one file per language); this is the only
 * code that reads them. Number, date and plural rules come from Intl, so a
 * language costs its sentences and nothing more.
 */
import { en, type Message, type MessageKey, type UiStrings } from './strings/en.js';
import { LANGUAGE_CODES, languageCode, stringsFor } from './strings/index.js';

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

/** Best supported language for a BCP 47 tag: "pt-BR" → "pt", "cy-GB" → "cy", else "en". */
export function supportedLanguage(lang: string | undefined): string {
  return languageCode(lang);
}

export type Values = Record<string, string | number>;

const intlCache = new Map<string, Intl.PluralRules | Intl.NumberFormat>();
function cached<T extends Intl.PluralRules | Intl.NumberFormat>(key: string, make: () => T): T {
  let value = intlCache.get(key) as T | undefined;
  if (!value) {
    value = make();
    intlCache.set(key, value);
  }
  return value;
}

/** A translator for one element: `t('eventsCount', { count: 3 })`. */
export type Translate = (key: MessageKey, values?: Values) => string;

export function translator(
  lang: string | undefined,
  local?: Partial<Record<MessageKey, Message>>,
): Translate {
  const tag = lang || 'en';
  const base = supportedLanguage(tag);
  const page = overrides();
  // Our Portuguese is European: a bare "pt" must not get Brazilian plural rules (0 is plural in pt-PT).
  const pluralTag = base === 'pt' && !/-/.test(tag) ? 'pt-PT' : tag;
  // Intl objects are made on first use and shared: every widget makes a
  // translator in each update, and building them costs far more than using them.
  const plural = () => cached(`p ${pluralTag}`, () => new Intl.PluralRules(pluralTag));
  const number = () => cached(`n ${tag}`, () => new Intl.NumberFormat(tag));
  return (key, values = {}) => {
    const message: Message =
      local?.[key] ??
      page.get(tag.toLowerCase())?.[key] ??
      page.get(base)?.[key] ??
      // Looked up on each call: a language pack may arrive after the translator is made.
      (stringsFor(base) ?? en)[key];
    const text =
      typeof message === 'string'
        ? message
        : (message[plural().select(Number(values.count ?? 0))] ?? message.other);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? number().format(value) : value;
    });
  };
}
