/**
 * The entry of the classic-script build (dist/civic-widgets.iife.js, global
 * `CivicWidgets`): the same loader as the module build with every chunk and
 * language inlined, plus the element classes and feed tools.
 */
export { load, upgrade } from './loader.js';
export * from '../index.js';
