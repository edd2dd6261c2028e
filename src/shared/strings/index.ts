/** Every language the widgets speak, by lower-case BCP 47 base tag. */
import { en, type UiStrings } from './en.js';

export const LANGUAGES: Record<string, UiStrings> = {
  en,
};
