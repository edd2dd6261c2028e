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
 * where the script does not run. Only our four tags and their documented
 * attributes are accepted.
 */
const TAGS = new Set(['city-profile', 'network-card', 'activity-feed', 'events-calendar']);
const ATTRIBUTES = new Set([
  'src',
  'city',
  'network',
  'types',
  'limit',
  'month',
  'view',
  'time-zone',
  'week-start',
  'lang',
  'heading-level',
  'theme',
  'accent',
  'refresh',
  'sections',
  'compact',
]);

const SELECTOR = '[data-civic-widget]';

function upgrade(source: HTMLElement): void {
  const tag = source.dataset.civicWidget ?? '';
  if (!TAGS.has(tag)) {
    console.warn(
      `civic-widgets: data-civic-widget="${tag}" is not a widget; use one of ${[...TAGS].join(', ')}.`,
    );
    source.removeAttribute('data-civic-widget');
    return;
  }
  const widget = document.createElement(tag);
  for (const attribute of [...source.attributes]) {
    if (!attribute.name.startsWith('data-') || attribute.name === 'data-civic-widget') continue;
    const name = attribute.name.slice(5);
    if (ATTRIBUTES.has(name)) widget.setAttribute(name, attribute.value);
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

function upgradeAll(root: ParentNode): void {
  if (root instanceof HTMLElement && root.matches(SELECTOR)) upgrade(root);
  root.querySelectorAll<HTMLElement>(SELECTOR).forEach(upgrade);
}

const STARTED = Symbol.for('civic-widgets.upgrade.v1');

/** Upgrades the page now and watches for markup added later (e.g. by a CMS's own scripts). */
export function startUpgrades(): void {
  const holder = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (holder[STARTED] || typeof document === 'undefined') return;
  holder[STARTED] = true;
  const run = () => {
    upgradeAll(document);
    new MutationObserver((records) => {
      for (const record of records) {
        record.addedNodes.forEach((node) => {
          if (node instanceof HTMLElement) upgradeAll(node);
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

startUpgrades();
