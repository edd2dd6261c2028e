/**
 * One render function per element, generated from custom-elements.json:
 * every attribute the manifest lists is a control and is set on the element
 * when it has a value, every theme token (`--civic-*`) that has a value is
 * set in its `style`, and every documented event goes to the Actions panel.
 * Nothing here is written per widget, so a new attribute gets its control
 * from its JSDoc alone.
 */
import { nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
// Named as Lit's docs name it: a static template, whose tag comes from the manifest.
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import manifest from '../../custom-elements.json';

export type WidgetArgs = Record<string, unknown>;

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssProperties?: { name: string }[];
}

export function declarationOf(tag: string): Declaration {
  for (const mod of manifest.modules) {
    for (const declaration of (mod.declarations ?? []) as Declaration[]) {
      if (declaration.tagName === tag) return declaration;
    }
  }
  throw new Error(`<${tag}> is not in custom-elements.json; run \`npm run analyze\``);
}

/** The arg Storybook makes for an event: civic-feed-load → onCivicFeedLoad (see its web-components docs). */
export const eventArg = (event: string) =>
  `on${event.replace(/[-_:.\s]+(.)?/g, (_, c?: string) => (c ? c.toUpperCase() : '')).replace(/^./, (c) => c.toUpperCase())}`;

type Listener = (event: Event) => void;

/** Sets the given attributes (removing those without a value) and listens for the given events. */
class HostDirective extends Directive {
  private listeners = new Map<string, Listener>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('host() belongs on an element');
  }

  render(_attributes: Record<string, unknown>, _events: Record<string, Listener | undefined>) {
    return nothing;
  }

  override update(
    part: ElementPart,
    [attributes, events]: [Record<string, unknown>, Record<string, Listener | undefined>],
  ) {
    const { element } = part;
    for (const [name, given] of Object.entries(attributes)) {
      // A list (the `types` checkboxes) is written as the attribute takes it: words with spaces.
      const value = Array.isArray(given) ? given.join(' ') : given;
      if (value === undefined || value === null || value === false || value === '') {
        element.removeAttribute(name);
      } else {
        element.setAttribute(
          name,
          value === true ? '' : typeof value === 'string' ? value : JSON.stringify(value),
        );
      }
    }
    for (const [name, listener] of Object.entries(events)) {
      const old = this.listeners.get(name);
      if (old === listener) continue;
      if (old) element.removeEventListener(name, old);
      if (listener) {
        element.addEventListener(name, listener);
        this.listeners.set(name, listener);
      } else {
        this.listeners.delete(name);
      }
    }
    return nothing;
  }
}
const host = directive(HostDirective);

/** The Actions panel shows what a page would read: the event's `detail` (a CustomEvent itself shows as `{}`). */
const logDetail = (action: unknown): Listener | undefined =>
  typeof action === 'function'
    ? (event) => (action as (detail: unknown) => void)((event as CustomEvent).detail)
    : undefined;

export interface WidgetOptions {
  /** Children: the fallback content of the default slot. */
  fallback?: TemplateResult;
}

/** A story `render` for `tag`: attributes and tokens from args, `feed` and `strings` as properties. */
export function renderWidget(tag: string, { fallback }: WidgetOptions = {}) {
  const { attributes = [], events = [], cssProperties = [] } = declarationOf(tag);
  const name = unsafeStatic(tag);
  return (args: WidgetArgs): TemplateResult => {
    const values = Object.fromEntries(attributes.map(({ name }) => [name, args[name]]));
    const listeners = Object.fromEntries(
      events.map(({ name }) => [name, logDetail(args[eventArg(name)])]),
    );
    const style = cssProperties
      .filter(({ name }) => args[name] !== undefined && args[name] !== '')
      .map(({ name }) => `${name}: ${String(args[name])}`)
      .join('; ');
    return staticHtml`<${name}
      ${host(values, listeners)}
      style=${style || nothing}
      .feed=${args.feed}
      .strings=${args.strings}
      >${fallback ?? nothing}</${name}
    >`;
  };
}
