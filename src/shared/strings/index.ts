/**
 * Loading of the UI strings. English comes in sections: the shared words
 * here, each widget's with its code (`addEnglish`). Every other language is
 * a pack of its own, fetched (a dynamic import, so a chunk of the script-tag
 * build) only when a widget's language needs it.
 *
 * - `stringsFor(lang)`: the table now, without loading; undefined only while
 *   the language has a pack that is not loaded yet.
 * - `loadStrings(lang)`: loads the pack; English for unsupported languages.
 */
import { hasLocaleData } from '../locale.js';
import { english as shared } from './en-shared.js';
import type { LanguagePack, Message, UiStrings } from './en.js';

export type Strings = UiStrings;

/**
 * A pack as the script-tag build ships it: each section's values in the
 * order of that section's English keys (`compactPacks` in vite.config.ts).
 * Sources, tests and the npm build have the pack as an object.
 */
type CompactPack = Message[][] & Pick<LanguagePack, 'intl'>;

/** One import per language but English, written out so that bundlers make one chunk of each. */
const PACKS = {
  // A browser without Welsh data fetches one file with the strings and the names it lacks.
  cy: () =>
    hasLocaleData('cy')
      ? import('./cy.js').then((m) => m.cy)
      : import('./cy-intl.js').then((m) => m.welsh()),
  fr: () => import('./fr.js').then((m) => m.fr),
  de: () => import('./de.js').then((m) => m.de),
  it: () => import('./it.js').then((m) => m.it),
  es: () => import('./es.js').then((m) => m.es),
  pt: () => import('./pt.js').then((m) => m.pt),
  nl: () => import('./nl.js').then((m) => m.nl),
  pl: () => import('./pl.js').then((m) => m.pl),
  hu: () => import('./hu.js').then((m) => m.hu),
  ro: () => import('./ro.js').then((m) => m.ro),
} satisfies Record<string, () => Promise<Strings | CompactPack>>;

export type LanguageCode = 'en' | keyof typeof PACKS;

/** Every language the widgets speak, by lower-case BCP 47 base tag. */
export const LANGUAGE_CODES = ['en', ...Object.keys(PACKS)] as readonly LanguageCode[];

type Section = Record<string, Message>;

/** English so far: the shared words, and each widget's once its code has run. */
export const english = { ...shared } as unknown as Strings;
const sections: Section[] = [shared];
const compact = new Map<string, CompactPack>();
const loaded = new Map<string, Strings>([['en', english]]);
const loading = new Map<string, Promise<Strings>>();
const warned = new Set<string>();

/** Fills a language's table with one section's words, from the pack's values for it. */
function fill(table: Strings, section: Section, values: Message[] = []): void {
  Object.keys(section).forEach((key, i) => ((table as Record<string, Message>)[key] = values[i]));
}

/**
 * Adds a widget's English words (its section of every pack), and the same
 * section of each pack already loaded. Returns `value`, so that a widget's
 * module can tie this to a value it uses (bundlers then keep the call).
 */
export function addEnglish<T>(value: T, index: number, section: Section): T {
  if (sections[index]) return value;
  sections[index] = section;
  Object.assign(english, section);
  for (const [code, pack] of compact) fill(loaded.get(code)!, section, pack[index]);
  return value;
}

/** A pack as a table: the compact form is spread over the English sections known so far. */
function table(code: string, pack: Strings | CompactPack): Strings {
  if (!Array.isArray(pack)) return pack;
  compact.set(code, pack);
  const result = { intl: pack.intl } as LanguagePack;
  sections.forEach((section, i) => fill(result, section, pack[i]));
  return result;
}

/**
 * The supported language for any form of a tag ("cy-GB", "EN_gb", "pt-BR"),
 * else "en" (unknown tags, empty, malformed).
 */
export function languageCode(lang: string | null | undefined): LanguageCode {
  const base = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGE_CODES as readonly string[]).includes(base) ? (base as LanguageCode) : 'en';
}

/** The strings for a language if they are at hand (English always is). */
export function stringsFor(lang: string | null | undefined): Strings | undefined {
  return loaded.get(languageCode(lang));
}

/** Loads a language's pack once (shared by every widget); English for unsupported languages. */
export function loadStrings(lang: string | null | undefined): Promise<Strings> {
  const code = languageCode(lang);
  const ready = loaded.get(code);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(code);
  if (!pending) {
    pending = PACKS[code as Exclude<LanguageCode, 'en'>]().then(
      (pack) => {
        const strings = table(code, pack);
        loaded.set(code, strings);
        return strings;
      },
      (error: unknown) => {
        // A pack that failed to load (offline, a missing file) is tried again
        // next time; meanwhile the widget speaks English rather than nothing.
        // The console hears it once per language, however many widgets ask.
        loading.delete(code);
        if (!warned.has(code)) {
          warned.add(code);
          console.warn(`civic-widgets: the "${code}" strings did not load (${String(error)}).`);
        }
        return english;
      },
    );
    loading.set(code, pending);
  }
  return pending;
}

/** Makes a table available without loading (for builds and tests that bundle every language). */
export function registerStrings(lang: LanguageCode, pack: Strings | CompactPack): void {
  loaded.set(lang, table(lang, pack));
}
