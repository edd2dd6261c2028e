/**
 * CMS-proof embedding. Rich-text editors (CKEditor in Drupal, the WordPress
 * block editor) often strip unknown elements, but keep a <div> or <a> with
 * data- attributes. This upgrades such markup into the real element in place:
 *
 *   <div data-civic-widget="events-calendar" data-src="https://…/feed.json" data-city="delft">
 *     <a href="https://www.delft.nl/agenda">Delft events</a>
 *   </div>
 *
 * The children stay inside as fallback content, so the link still works
 * where the script does not run. Only our four tags and the attributes each
 * element observes are accepted.
 */
const TAGS = new Set(['city-profile', 'network-card', 'activity-feed', 'events-calendar']);
const SELECTOR = '[data-civic-widget]';

/** Gives the class of a tag once it is defined (the script-tag loader defines it on request). */
export type ClassFor = (tag: string) => Promise<CustomElementConstructor | undefined>;

const whenDefined: ClassFor = (tag) =>
  customElements.whenDefined(tag).then(() => customElements.get(tag));

/** Markup already being converted: a second pass (live mode, a second call) leaves it alone. */
const claimed = new WeakSet<Element>();

async function upgrade(source: HTMLElement, classFor: ClassFor): Promise<void> {
  if (claimed.has(source)) return;
  claimed.add(source);
  const tag = source.dataset.civicWidget ?? '';
  if (!TAGS.has(tag)) {
    console.warn(
      `civic-widgets: data-civic-widget="${tag}" is not a widget; use one of ${[...TAGS].join(', ')}.`,
    );
    source.removeAttribute('data-civic-widget');
    return;
  }
  // The element's own attribute list, so that every attribute it takes (and
  // nothing else, no event handler) survives the CMS.
  const ctor = (await classFor(tag)) as { observedAttributes?: string[] } | undefined;
  const allowed = new Set(ctor?.observedAttributes);
  if (!source.isConnected) return;
  const widget = document.createElement(tag);
  for (const attribute of [...source.attributes]) {
    if (!attribute.name.startsWith('data-') || attribute.name === 'data-civic-widget') continue;
    const name = attribute.name.slice(5);
    if (allowed.has(name)) widget.setAttribute(name, attribute.value);
  }
  if (source.lang && !widget.hasAttribute('lang')) widget.setAttribute('lang', source.lang);
  if (source.id) widget.id = source.id;
  if (source.className) widget.className = source.className;
  if (source.localName === 'a') {
    // A fallback link upgraded in place: the link itself stays as the fallback.
    source.removeAttribute('data-civic-widget');
    source.replaceWith(widget);
    widget.append(source);
    return;
  }
  widget.append(...source.childNodes);
  source.replaceWith(widget);
}

/** Converts the `data-civic-widget` markup inside `root` (and `root` itself) into widgets. */
export async function upgradeAll(
  root: ParentNode = document,
  classFor: ClassFor = whenDefined,
): Promise<void> {
  const sources = [...root.querySelectorAll<HTMLElement>(SELECTOR)];
  if (root instanceof HTMLElement && root.matches(SELECTOR)) sources.unshift(root);
  await Promise.all(sources.map((source) => upgrade(source, classFor)));
}

const STARTED = Symbol.for('civic-widgets.upgrade.v1');

/**
 * Converts the markup present when the page has loaded. Markup inserted
 * later (for example inside sanitised user comments) is converted only when
 * the page opts in with `<html data-civic-upgrade="live">`, or by calling
 * `upgradeAll(root)` for it.
 */
export function startUpgrades(classFor: ClassFor = whenDefined): void {
  const holder = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (holder[STARTED] || typeof document === 'undefined') return;
  holder[STARTED] = true;
  const run = () => {
    void upgradeAll(document, classFor);
    if (document.documentElement.dataset.civicUpgrade !== 'live') return;
    new MutationObserver((records) => {
      for (const record of records) {
        record.addedNodes.forEach((node) => {
          if (node instanceof HTMLElement) void upgradeAll(node, classFor);
        });
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', run, { once: true });
  } else {
    run();
  }
}
