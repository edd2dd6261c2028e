/**
 * Every language at once, registered as loaded: for tests, stories and tools
 * that read all tables synchronously. The widgets never import this (they
 * load one pack at a time through ./index.ts).
 */
import { cy } from './cy.js';
import { de } from './de.js';
import { en, type UiStrings } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { hu } from './hu.js';
import { registerStrings, type LanguageCode } from './index.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ro } from './ro.js';

export const LANGUAGES: Record<LanguageCode, UiStrings> = {
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

for (const [lang, table] of Object.entries(LANGUAGES)) registerStrings(lang as LanguageCode, table);
