/**
 * custom-elements.json, made ready for Storybook's docs tables and controls.
 *
 * Storybook builds one argType per name from the manifest (members, then
 * attributes, events, slots, CSS properties, parts). Before handing it over:
 * - a property that has an attribute is shown once, as the attribute (its
 *   property name is added to the description when it differs);
 * - the default slot, which has no name, gets one so that it is listed.
 * Then `civicArgTypes` gives each row the control its type asks for.
 */
import type { WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, InputType, StrictInputType } from 'storybook/internal/types';

interface Item {
  name: string;
  description?: string;
  attribute?: string;
  fieldName?: string;
  readonly?: boolean;
  type?: { text: string };
}
interface Declaration {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  slots?: Item[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

export const DEFAULT_SLOT = '(default)';

export function prepareManifest<T>(raw: T): T {
  const manifest = structuredClone(raw) as Manifest;
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.tagName) continue;
      declaration.members = declaration.members?.filter((member) => !member.attribute);
      for (const attribute of declaration.attributes ?? []) {
        if (attribute.fieldName && attribute.fieldName !== attribute.name) {
          attribute.description = `${attribute.description ?? ''}\n\nProperty: \`${attribute.fieldName}\`.`;
        }
      }
      for (const slot of declaration.slots ?? []) if (!slot.name) slot.name = DEFAULT_SLOT;
    }
  }
  return manifest as T;
}

/** The string literals of a type such as `'month' | 'list' | undefined`, else undefined. */
function literals(type: string): string[] | undefined {
  const parts = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  if (!parts.length || !parts.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

function baseType(type: string): string {
  return type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null')
    .join(' | ');
}

const COLOUR_TOKEN = /accent|surface|border|colou?r|error/;

/** Attributes whose type alone does not say which control a designer needs. */
const ATTRIBUTE_CONTROLS: Record<string, Partial<InputType>> = {
  theme: { control: { type: 'inline-radio' }, options: ['light', 'dark', 'auto'] },
  view: { control: { type: 'inline-radio' }, options: ['month', 'list'] },
  month: { control: { type: 'text' }, description: 'The month shown first, as YYYY-MM.' },
  limit: { control: { type: 'number', min: 1, step: 1 } },
  'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
  // The types the contract names; the widget joins the ticked ones with spaces.
  types: {
    control: { type: 'check' },
    options: ['article', 'news', 'report', 'video', 'podcast', 'publication'],
  },
};

/** The theme first: the attribute, then the tokens, under their own heading. */
const THEME = 'theme';
const isTheme = (name: string, category: string | undefined) =>
  category === 'css custom properties' || (category === 'attributes' && name === 'theme');

function controlFor(category: string | undefined, name: string, type: string): Partial<InputType> {
  switch (category) {
    case 'attributes': {
      if (ATTRIBUTE_CONTROLS[name]) return ATTRIBUTE_CONTROLS[name];
      const options = literals(type);
      if (options) return { control: { type: 'select' }, options };
      const base = baseType(type);
      if (base === 'number') return { control: { type: 'number' } };
      if (base === 'boolean') return { control: { type: 'boolean' } };
      return { control: { type: 'text' } };
    }
    case 'properties':
      // `feed` takes a whole feed object: the stories use `src` and the shared fixtures instead.
      return name === 'strings' ? { control: { type: 'object' } } : { control: false };
    case 'css custom properties':
      return { control: { type: COLOUR_TOKEN.test(name) ? 'color' : 'text' } };
    default:
      return { control: false };
  }
}

/**
 * Controls from the manifest's types; a story's own argTypes are left as
 * they are. The theme (attribute and tokens) comes first, in a section of
 * its own: Storybook lists sections in the order it first meets them.
 */
export const civicArgTypes: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes }) => {
  const result: Record<string, StrictInputType> = {};
  const entries = Object.entries(argTypes);
  const themeFirst = [
    ...entries.filter(([name, argType]) => isTheme(name, argType.table?.category)),
    ...entries.filter(([name, argType]) => !isTheme(name, argType.table?.category)),
  ];
  for (const [name, argType] of themeFirst) {
    const category = argType.table?.category;
    const action = (argType as { action?: { name?: string } | string }).action;
    const fixed: StrictInputType = { ...argType };
    if (typeof action === 'object' && action?.name) {
      // Storybook names an event's action after the arg; name it after the event.
      (fixed as { action?: string }).action = action.name;
    }
    if (category && argType.control === undefined) {
      Object.assign(fixed, controlFor(category, name, String(argType.type?.name ?? '')));
    }
    if (isTheme(name, category)) fixed.table = { ...argType.table, category: THEME };
    result[name] = fixed;
  }
  return result;
};
