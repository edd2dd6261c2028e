/**
 * The base of every widget: the shared attributes (src, feed, refresh, lang,
 * heading-level, theme, strings), the feed controller, language resolution,
 * typed events and the loading / error / idle states every widget shows the
 * same way. Widgets only add their own attributes and render their data.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FeedController } from '../feed/feed-controller.js';
import type { LoadedFeeds } from '../feed/loader.js';
import { translator, type MessageKey, type Translate } from './i18n.js';
import type { Message } from './strings/en.js';

const live = new Set<CivicElement>();
let langObserver: MutationObserver | undefined;

/** One observer for the page: a `lang` change anywhere re-renders the widgets. */
function watchLang(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => live.forEach((el) => el.requestUpdate()));
  langObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/** The nearest `lang`, looking through shadow roots, else the document's, else the browser's. */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || navigator.language || 'en';
}

export type Theme = 'light' | 'dark' | 'auto';

export abstract class CivicElement extends LitElement {
  /**
   * Address of the feed, or several addresses separated by spaces (merged).
   */
  @property() src?: string;

  /** A feed object to show instead of loading `src` (for frameworks and tests). */
  @property({ attribute: false }) feed?: unknown;

  /** Reload the feed every this many seconds (0: never); the last good data stays on screen. */
  @property({ type: Number }) refresh = 0;

  /** Language of the widget's interface; else the nearest ancestor's `lang`, else the page's. */
  @property({ reflect: true }) override lang!: string;

  /** Level of the widget's main heading (2 to 6); inner headings follow it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Colours: unset inherits the page's text colour; "light" and "dark" force a
   * palette; "auto" follows the reader's system setting.
   */
  @property({ reflect: true }) theme?: Theme;

  /**
   * Accent colour (links, buttons, the selected day), e.g. "#005ea5": the same
   * as `--civic-accent`, for pages whose editor or security policy drops `style`.
   */
  @property() accent?: string;

  /** Replaces some interface strings for this widget only. */
  @property({ attribute: false }) strings?: Partial<Record<MessageKey, Message>>;

  /**
   * "lazy": load the feed only when the widget comes near the screen
   * (for widgets far down a long page). Default "eager".
   */
  @property({ reflect: true }) loading: 'eager' | 'lazy' = 'eager';

  /** Set once a lazy widget has come near the viewport. */
  @state() private nearViewport = false;
  private visibility?: IntersectionObserver;

  protected readonly data = new FeedController(this, () => ({
    src: this.loading === 'lazy' && !this.nearViewport ? '' : this.src,
    feed: this.feed,
    refresh: this.refresh,
  }));

  /**
   * Where the widget is: "idle" (no src), "loading", "error" (nothing to
   * show) or "ready" (data on screen, possibly from before a failed refresh).
   */
  get state(): 'idle' | 'loading' | 'error' | 'ready' {
    return this.data.state;
  }

  /** The language the widget speaks now (resolved each update). */
  protected locale = 'en';
  protected t: Translate = translator('en');

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this);
    watchLang();
    if (
      this.loading === 'lazy' &&
      !this.nearViewport &&
      typeof IntersectionObserver !== 'undefined'
    ) {
      this.visibility = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          this.nearViewport = true;
          this.visibility?.disconnect();
        },
        { rootMargin: '400px' },
      );
      this.visibility.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
    this.visibility?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.locale = resolveLang(this);
    this.t = translator(this.locale, this.strings);
    // Through the CSSOM, which a CSP without 'unsafe-inline' allows (a style attribute it blocks).
    if (changed.has('accent')) {
      if (this.accent && CSS.supports('color', this.accent))
        this.style.setProperty('--civic-accent', this.accent);
      else if (changed.get('accent')) this.style.removeProperty('--civic-accent');
    }
  }

  /** The heading level for an inner heading `depth` below the main one (capped at 6). */
  protected level(depth = 0): number {
    const base = Math.min(Math.max(Math.round(this.headingLevel) || 2, 1), 6);
    return Math.min(base + depth, 6);
  }

  /** Dispatches a bubbling, composed event typed by HTMLElementEventMap. */
  protected emit<K extends keyof HTMLElementEventMap>(
    name: K,
    detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, { bubbles: true, composed: true, cancelable: true, detail }),
    );
  }

  /**
   * Renders the common states and hands ready data to `ready`.
   * `skeleton` must reserve about the final height so the page does not jump.
   */
  protected renderStates(options: {
    errorKey: MessageKey;
    skeleton: () => TemplateResult;
    ready: (loaded: LoadedFeeds) => TemplateResult;
  }): TemplateResult {
    const { state, error, value } = this.data;
    if (state === 'ready' && value) {
      return html`${options.ready(value)}${
        error
          ? html`<p class="stale" part="notice" role="status">
              ${this.t('refreshFailed', {
                // Older than today: say the day too, "from 14:05" alone would mislead.
                time: new Intl.DateTimeFormat(this.locale, {
                  timeStyle: 'short',
                  dateStyle:
                    new Date(this.data.loadedAt ?? 0).toDateString() === new Date().toDateString()
                      ? undefined
                      : 'medium',
                }).format(this.data.loadedAt),
              })}
            </p>`
          : nothing
      }`;
    }
    if (state === 'error' && error) {
      const busy = this.data.busy;
      return html`<div class="error" part="error" role="alert">
        <p class="error-message">
          <strong>${this.t(options.errorKey)}</strong>
          ${this.t(error.kind === 'network' || error.kind === 'timeout' ? 'errorNetwork' : 'errorOther')}
        </p>
        <button
          type="button"
          part="button retry"
          class="button"
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => {
            if (!this.data.busy) this.data.reload();
          }}
        >
          ${this.t('retry')}
        </button>
        <span role="status" class=${busy ? '' : 'visually-hidden'}
          >${busy ? this.t('loading') : ''}</span
        >
        <div class="fallback"><slot></slot></div>
      </div>`;
    }
    if (state === 'idle') return html`<slot></slot>`;
    return html`<div class="skeleton" part="skeleton" aria-busy="true">
      <span class="visually-hidden" role="status">${this.t('loading')}</span>
      ${options.skeleton()}
    </div>`;
  }
}
