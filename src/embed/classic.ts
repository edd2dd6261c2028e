/**
 * The entry of the classic-script build (dist/civic-widgets.iife.js, global
 * `CivicWidgets`): all the code in one file, so it defines all four tags at
 * once, with English and Welsh at hand, and converts the CMS markup present
 * at load. Other languages' words are data files beside it (./classic-packs.ts).
 * `load` and `upgrade` match the module script's.
 */
import '../define.js';
import { upgradeAll } from './upgrade.js';

export * from '../index.js';

/** The class of a widget (all are defined already in this build). */
export const load = (tag: string) => Promise.resolve(customElements.get(tag));

/** Converts `data-civic-widget` markup inside `root` (default: the whole page). */
export const upgrade = (root?: ParentNode) => upgradeAll(root);
