/** Every language the widgets speak, by lower-case BCP 47 base tag. */
import { cy } from './cy.js';
import { de } from './de.js';
import { en, type UiStrings } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { hu } from './hu.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ro } from './ro.js';

export type Strings = UiStrings;

export const LANGUAGES: Record<string, Strings> = {
  en,
  cy,
  fr,
  de,
  it,
  es,
  pt,
  nl,
  pl,
  hu,
  ro,
};

/** A language's strings if they are here now (English always is); `lang` is a base tag. */
export function stringsFor(lang: string): Strings | undefined {
  return LANGUAGES[lang.toLowerCase()];
}

/** A language's strings, loaded if need be; English for a language we do not have. */
export function loadStrings(lang: string): Promise<Strings> {
  return Promise.resolve(stringsFor(lang) ?? en);
}
