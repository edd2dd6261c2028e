/**
 * The base class of <activity-feed>, with its English words: the widget imports
 * CivicElement from here, so its words travel with its code and a page
 * without it never fetches them.
 */
import { CivicElement as Base } from '../../shared/civic-element.js';
import { addEnglish } from '../../shared/strings/index.js';
import { english, SECTION } from './strings.js';

export const CivicElement = addEnglish(Base, SECTION, english);
