/**
 * The entry of the one-script-tag build (dist/civic-widgets.js): a small
 * loader. It defines each tag when the page first uses it (in the page at
 * load, added later, or inside a <city-profile>), importing that widget's
 * chunk, the shared chunk and the widget's language pack from the folder the
 * script came from (relative imports resolve against `import.meta.url`).
 * Until then the element is undefined, so the page's reserved space and the
 * fallback content inside it stay on screen.
 *
 * Nothing here is imported by the chunks: a chunk that imported the entry
 * would load it a second time when the page added a query (`?v=3`).
 */
import { defineElement, warnLoadedTwice } from '../shared/define.js';

type Loaders = Record<string, () => Promise<CustomElementConstructor>>;

const WIDGETS: Loaders = {
  'network-card': () =>
    import('../widgets/network-card/network-card.js').then((m) => m.NetworkCard),
  'activity-feed': () =>
    import('../widgets/activity-feed/activity-feed.js').then((m) => m.ActivityFeed),
  'events-calendar': () =>
    import('../widgets/events-calendar/events-calendar.js').then((m) => m.EventsCalendar),
  'city-profile': () =>
    import('../widgets/city-profile/city-profile.js').then((m) => m.CityProfile),
};

const SELECTOR = Object.keys(WIDGETS).join();
const CMS = '[data-civic-widget]';

/** What every copy of the script on a page shares: the first copy does the work. */
interface Loader {
  load(tag: string): Promise<CustomElementConstructor | undefined>;
  upgrade(root?: ParentNode): Promise<void>;
}

const KEY = Symbol.for('civic-widgets.loader.v1');
const holder = globalThis as unknown as Record<symbol, Loader | undefined>;

/** The widget's language: its own `lang`, else the nearest ancestor's (through shadow roots), else the page's. */
function langOf(el: Element): string {
  let node: Node | null = el;
  while (node) {
    const lang = node instanceof Element && node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || navigator.language;
}

function createLoader(): Loader {
  const pending = new Map<string, Promise<CustomElementConstructor | undefined>>();
  const languages = new Set<string>();
  const watched = new WeakSet<Node>();
  const live = document.documentElement.dataset.civicUpgrade === 'live';

  const load: Loader['load'] = (tag) => {
    let promise = pending.get(tag);
    if (!promise) {
      // A page's first Intl call sets up the browser's locale data (30–65 ms in
      // Chromium on a 2-core machine): made while the widget's code and feed are
      // on their way, not in the task that gives the widget its data.
      if (!pending.size) self.requestIdleCallback?.(() => Intl.DateTimeFormat().format());
      const defined = customElements.get(tag);
      promise = defined
        ? Promise.resolve(defined)
        : (WIDGETS[tag]?.().then((ctor) => {
            defineElement(tag, ctor);
            // The new definition upgraded the page's elements: a profile now
            // has a shadow root, where its own widgets will appear.
            scan(document);
            return customElements.get(tag);
          }) ?? Promise.resolve(undefined));
      pending.set(tag, promise);
    }
    return promise;
  };

  /** Starts loading a language pack beside the widget's code (the widget waits for it). */
  const prepare = (el: Element) => {
    const lang = langOf(el).toLowerCase();
    if (languages.has(lang)) return;
    languages.add(lang);
    void import('../shared/strings/index.js').then((m) => m.loadStrings(lang));
  };

  const upgrade: Loader['upgrade'] = (root = document) =>
    import('./upgrade.js').then((m) => m.upgradeAll(root, load));

  function scan(root: ParentNode): void {
    const found = [...root.querySelectorAll(SELECTOR)];
    if (root instanceof Element && root.matches(SELECTOR)) found.push(root);
    for (const el of found) {
      prepare(el);
      void load(el.localName);
      if (el.shadowRoot && el.localName === 'city-profile') watch(el.shadowRoot);
    }
  }

  function watch(root: Document | ShadowRoot): void {
    if (watched.has(root)) return;
    watched.add(root);
    scan(root);
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          scan(node);
          if (live && (node.matches(CMS) || node.querySelector(CMS))) void upgrade(node);
        }
      }
    }).observe(root, { childList: true, subtree: true });
  }

  const start = () => {
    watch(document);
    // CMS markup present at load; later markup only with the opt-in above or an explicit call.
    if (document.querySelector(CMS)) void upgrade();
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start, { once: true });
  } else {
    start();
  }
  return { load, upgrade };
}

const existing = holder[KEY];
if (existing) warnLoadedTwice('civic-widgets.js runs a second time');
const loader = (holder[KEY] = existing ?? createLoader());

/**
 * Loads and defines one widget now, for scripts that create widgets and want
 * the class first: `await load('events-calendar')`.
 */
export const load = (tag: string) => loader.load(tag);

/**
 * Turns `data-civic-widget` markup inside `root` (default: the whole page)
 * into widgets. Markup present at load is converted without this; call it for
 * markup your scripts insert later, or set `data-civic-upgrade="live"` on <html>.
 */
export const upgrade = (root?: ParentNode) => loader.upgrade(root);

const OVERRIDES = Symbol.for('civic-widgets.strings.v1');

/**
 * Replaces some UI strings for a language on the whole page. The map on
 * globalThis is the interface every copy of the library reads (see
 * src/shared/i18n.ts); writing it here keeps the strings code out of this file.
 *
 * @example
 * setStrings('en', { eventsHeading: 'What’s on' });
 */
export function setStrings(lang: string, strings: Record<string, unknown>): void {
  const map = ((globalThis as unknown as Record<symbol, Map<string, object>>)[OVERRIDES] ??=
    new Map());
  const key = lang.toLowerCase();
  map.set(key, { ...map.get(key), ...strings });
}
