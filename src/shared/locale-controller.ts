/**
 * LocaleController: the one place a widget gets words, numbers, dates,
 * relative times and country and zone names in its reader's language. It
 * follows the nearest `lang` (through shadow roots, and as the page changes
 * it), says what to load before a render (`pending`), and hands
 * everything to ./locale.ts, which holds the Intl objects and the fallbacks
 * for browsers without the language's data.
 *
 * @example
 * readonly localize = new LocaleController(this, () => this.strings);
 * render() { return html`${this.localize.t('loading')} ${this.localize.relative(at)}`; }
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interfaceLanguage, translator, type Translate } from './i18n.js';
import {
  dateFormatter,
  formatMonth,
  formatMonthRange,
  formatNumber,
  formatRelativeOrDate,
  loadFallback,
  regionName,
} from './locale.js';
import type { Message, MessageKey } from './strings/en.js';
import { loadStrings, stringsFor } from './strings/index.js';

type Host = ReactiveControllerHost & HTMLElement;

const live = new Set<Host>();
let langObserver: MutationObserver | undefined;

/** One observer for the page: a `lang` change anywhere re-renders the widgets. */
function watchLang(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => live.forEach((host) => host.requestUpdate()));
  langObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/** The nearest `lang` as written, looking through shadow roots, else the page's, else the browser's. */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')?.trim()) {
      return node.getAttribute('lang')!;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || navigator.language || 'en';
}

export class LocaleController implements ReactiveController {
  /**
   * The tag the interface speaks ("cy", "en-GB"): always one of our
   * languages, whatever the page wrote ("en_GB", "sv", nothing). Put it in
   * `lang` on interface text that sits among feed text.
   */
  lang = 'en';
  /** Looks up an interface string: `t('eventsCount', { count: 3 })`. */
  t: Translate = translator('en');

  private readonly host: Host;
  private readonly overrides: () => Partial<Record<MessageKey, Message>> | undefined;

  constructor(host: Host, overrides: () => Partial<Record<MessageKey, Message>> | undefined) {
    this.host = host;
    this.overrides = overrides;
    host.addController(this);
  }

  hostConnected(): void {
    live.add(this.host);
    watchLang();
  }

  hostDisconnected(): void {
    live.delete(this.host);
  }

  /**
   * What the next render must wait for: the language's strings and, in a
   * browser without the language's locale data, its names and words.
   * Undefined when everything is here (the usual case after the first render).
   */
  pending(): Promise<unknown> | undefined {
    const lang = interfaceLanguage(resolveLang(this.host));
    // Both take any form of the tag ("cy-GB") to the language's pack.
    if (!stringsFor(lang)) return loadStrings(lang).then(() => loadFallback(lang));
    return loadFallback(lang);
  }

  /** Works out the language again; the element calls this before each render. */
  resolve(): void {
    this.lang = interfaceLanguage(resolveLang(this.host));
    this.t = translator(this.lang, this.overrides());
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.lang, options);
  }

  /** An instant with Intl's options (`timeZone` included). */
  date(instant: number, options: Intl.DateTimeFormatOptions): string {
    return dateFormatter(this.lang, options).format(instant);
  }

  /** "3 hours ago", "yesterday"; a date beyond a week. */
  relative(instant: number, now = Date.now(), allDay = false): string {
    return formatRelativeOrDate(instant, this.lang, now, allDay);
  }

  /** "March 2009" from "2009-03" or "2009-03-01". */
  month(value: string): string {
    return formatMonth(value, this.lang);
  }

  monthRange(start: string, end: string): string {
    return formatMonthRange(start, end, this.lang);
  }

  /** A country's name from its ISO code. */
  region(code: string): string {
    return regionName(code, this.lang);
  }
}
