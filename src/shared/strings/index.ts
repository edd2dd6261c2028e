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

export const LANGUAGES: Record<string, UiStrings> = {
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
