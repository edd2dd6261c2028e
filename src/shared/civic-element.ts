/**
 * The base of every widget: the shared attributes (src, feed, refresh, lang,
 * heading-level, theme, strings), the feed controller, language resolution,
 * typed events and the loading / error / idle states every widget shows the
 * same way. Widgets only add their own attributes and render their data.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FeedError } from '../feed/errors.js';
import { FeedController } from '../feed/feed-controller.js';
import type { LoadedFeeds } from '../feed/loader.js';
import { windowAround } from '../feed/sources.js';
import { heading } from './heading.js';
import type { MessageKey, Translate } from './i18n.js';
import { LocaleController } from './locale-controller.js';
import { ShareConsumer } from './profile-share.js';
import type { Message } from './strings/en.js';

export { resolveLang } from './locale-controller.js';

/**
 * Whether trying again can help: the network, a slow or overloaded server.
 * Anything else (404, not JSON, a newer version, too large) stays broken
 * until the feed's publisher fixes it.
 */
function retryable(error: FeedError): boolean {
  const status = error.status ?? 0;
  return (
    error.kind === 'network' ||
    error.kind === 'timeout' ||
    (error.kind === 'http' && (status >= 500 || status === 408 || status === 429))
  );
}

export type Theme = 'light' | 'dark' | 'auto';

export abstract class CivicElement extends LitElement {
  /**
   * Address of the feed, or several addresses separated by spaces (merged).
   */
  @property() src?: string;

  /** A feed object to show instead of loading `src` (for frameworks and tests). */
  @property({ attribute: false }) feed?: unknown;

  /**
   * Reload the feed every this many seconds (0: never); the last good data
   * stays on screen. Readers get a "Pause updates" button (WCAG 2.2.2), and
   * the activity feed holds new items behind "Show N new activities".
   */
  @property({ type: Number }) refresh = 0;

  /**
   * Set by a parent widget that shows the pause control for its children
   * (and passes them `refresh` 0 while paused).
   */
  @property({ attribute: false }) refreshControlled = false;

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

  /** The reader paused the automatic updates. */
  @state() protected paused = false;

  /** The reader pressed Retry: say when it worked and put focus back in the widget. */
  private retried = false;
  @state() private retryDone = false;
  /** What a city-profile around this widget shares: its loaded feed, strings and language. */
  private readonly share = new ShareConsumer(this);

  protected readonly data = new FeedController(this, () => ({
    src: this.loading === 'lazy' && !this.nearViewport ? '' : this.src,
    feed: this.feed,
    refresh: this.paused ? 0 : this.refresh,
    loaded: this.share.value?.loaded,
    context: this.sourceContext(),
  }));

  /** What an iCalendar or RSS `src` needs from the widget: its filters and the months it shows. */
  private sourceContext() {
    const { city, network, month } = this as { city?: string; network?: string; month?: string };
    return { city, network, ...windowAround(month) };
  }

  /** Words, numbers, dates and names in the reader's language. */
  // A profile's strings reach its widgets; the widget's own `strings` win.
  protected readonly localize = new LocaleController(this, () => {
    const shared = this.share?.value?.strings;
    return shared ? { ...shared, ...this.strings } : this.strings;
  });

  /**
   * Where the widget is: "idle" (no src), "loading", "error" (nothing to
   * show) or "ready" (data on screen, possibly from before a failed refresh).
   */
  get state(): 'idle' | 'loading' | 'error' | 'ready' {
    return this.data.state;
  }

  /** The language the widget speaks now (resolved each update): always one we have. */
  protected locale = 'en';
  protected t: Translate = this.localize.t;

  override connectedCallback(): void {
    super.connectedCallback();
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
    this.visibility?.disconnect();
  }

  /** A render waits for the language's strings and names: never English first on a Welsh page. */
  protected override async scheduleUpdate(): Promise<unknown> {
    // A pack that fails to load leaves English (always here) rather than no widget.
    await this.localize.pending()?.catch(() => undefined);
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.localize.resolve();
    this.locale = this.localize.lang;
    this.t = this.localize.t;
    if (this.retried && this.data.state === 'ready') this.retryDone = true;
    // Through the CSSOM, which a CSP without 'unsafe-inline' allows (a style attribute it blocks).
    if (changed.has('accent')) {
      if (this.accent && CSS.supports('color', this.accent))
        this.style.setProperty('--civic-accent', this.accent);
      else if (changed.get('accent')) this.style.removeProperty('--civic-accent');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.retried || this.data.busy) return;
    this.retried = false;
    if (this.data.state !== 'ready') return;
    // The Retry button is gone with the error: unless the reader has moved on,
    // focus goes to the widget's heading instead of dropping to the page.
    const active = this.shadowRoot?.activeElement;
    const lost = !active && (document.activeElement === document.body || !document.activeElement);
    if (!lost && !active?.matches('[part~=retry]')) return;
    const target = this.renderRoot.querySelector<HTMLElement>(
      'h1, h2, h3, h4, h5, h6, [role=heading]',
    );
    if (!target) return;
    target.tabIndex = -1;
    target.focus();
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
   * `errorDepth`: how far below the widget's main heading the error's heading
   * sits (1 when the widget shows its own heading in every state).
   */
  protected renderStates(options: {
    errorKey: MessageKey;
    errorDepth?: number;
    skeleton: () => TemplateResult;
    ready: (loaded: LoadedFeeds) => TemplateResult;
  }): TemplateResult {
    return html`${this.renderState(options)}<span class="visually-hidden" role="status"
        >${this.data.state === 'error' && this.data.busy ? this.t('loading') : ''}${
          this.retryDone ? this.t('retryDone') : ''
        }</span
      >`;
  }

  private renderState(options: {
    errorKey: MessageKey;
    errorDepth?: number;
    skeleton: () => TemplateResult;
    ready: (loaded: LoadedFeeds) => TemplateResult;
  }): TemplateResult {
    const { state, error, value } = this.data;
    if (state === 'ready' && value) {
      return html`${options.ready(value)}${
        error
          ? html`<p class="stale" part="notice" role="status" lang=${this.locale}>
              ${this.t('refreshFailed', {
                // Older than today: say the day too, "from 14:05" alone would mislead.
                time: this.localize.date(this.data.loadedAt ?? 0, {
                  timeStyle: 'short',
                  dateStyle:
                    new Date(this.data.loadedAt ?? 0).toDateString() === new Date().toDateString()
                      ? undefined
                      : 'medium',
                }),
              })}
            </p>`
          : nothing
      }${this.renderPause()}`;
    }
    if (state === 'error' && error) {
      return this.renderError(error, options.errorKey, options.errorDepth ?? 0);
    }
    if (state === 'idle') return html`<slot></slot>`;
    return html`<div class="skeleton" part="skeleton" aria-busy="true" lang=${this.locale}>
      <span class="visually-hidden" role="status">${this.t('loading')}</span>
      ${options.skeleton()}
    </div>`;
  }

  /** What went wrong, and what can be done: Retry only where retrying can help. */
  private renderError(error: FeedError, key: MessageKey, depth: number): TemplateResult {
    const canRetry = retryable(error);
    const advice =
      error.kind === 'network' ? 'errorNetwork' : canRetry ? 'errorServer' : 'errorPublisher';
    return html`<div class="error" part="error" role="alert" lang=${this.locale}>
      ${heading(this.level(depth), this.t(key), { part: 'error-title', className: 'error-title' })}
      <p class="error-message">${this.t(advice)}</p>
      ${
        canRetry
          ? html`<button
              type="button"
              part="button retry"
              class="button"
              aria-disabled=${this.data.busy ? 'true' : 'false'}
              @click=${() => {
                if (this.data.busy) return;
                this.retried = true;
                this.retryDone = false;
                this.data.reload();
              }}
            >
              ${this.t('retry')}
            </button>`
          : // For the feed's publisher, in the words the editor's tools use.
            html`<p part="error-detail" class="error-detail" lang="en">${error.detail}</p>`
      }
      <div class="fallback"><slot></slot></div>
    </div>`;
  }

  /**
   * The pause control for automatic updates (WCAG 2.2.2), after the content
   * so that nothing before it moves. A widget whose updates never move what
   * the reader is looking at may override this.
   */
  protected renderPause(): TemplateResult | typeof nothing {
    if (!(this.refresh > 0) || this.refreshControlled) return nothing;
    return html`<p class="pause" lang=${this.locale}>
      <button
        type="button"
        part="pause"
        class="button secondary pause-button"
        aria-pressed=${this.paused ? 'true' : 'false'}
        @click=${() => (this.paused = !this.paused)}
      >
        ${this.t('refreshPause')}
      </button>
    </p>`;
  }
}
