import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LoadedFeeds } from '../../feed/loader.js';
import { warnAboutFilter } from '../../feed/filter-notice.js';
import type { Activity, Feed, RecordKind } from '../../feed/types.js';
import { CivicElement } from './base.js';
import { isAllDay, parseTimestamp } from '../../core/values.js';
import { heading } from '../../shared/heading.js';
import type { MessageKey } from '../../shared/i18n.js';
import { baseStyles } from '../../shared/styles.js';
import { safeUrl } from '../../core/url.js';
import { activityFeedStyles } from './activity-feed.styles.js';
import { KeyedElements, type KeyedItem } from './keyed.js';

/** Detail of the `civic-filter-change` event. */
export interface FilterChangeDetail {
  /** The types chosen with the chips, lower case, in chip order; empty for "All". */
  types: string[];
}

/**
 * The types the feed contract names, in the order their chips appear. A Map,
 * not an object: a feed's type may be any word, "constructor" included.
 */
const KNOWN_TYPES: ReadonlyMap<string, MessageKey> = new Map([
  ['article', 'typeArticle'],
  ['news', 'typeNews'],
  ['report', 'typeReport'],
  ['video', 'typeVideo'],
  ['podcast', 'typePodcast'],
  ['publication', 'typePublication'],
]);
const KNOWN_ORDER = [...KNOWN_TYPES.keys()];

const DEFAULT_LIMIT = 5;
/** The skeleton reserves room for at most this many items, whatever `limit` says. */
const MAX_SKELETON_ITEMS = 30;

/**
 * An activity with the instant it was published (for sorting and "3 hours
 * ago") and its lower-case type ('' when it has none).
 */
interface Entry {
  activity: Activity;
  instant: number;
  type: string;
}

/** What an item shows, all of it: the item is drawn again only when one of these changes. */
interface ItemView {
  activity: Activity;
  isNew: boolean;
  /** The type label ('' for none), and whether it is one of ours (else in the record's language). */
  type: string;
  known: boolean;
  date: string;
  lang?: string;
  /** The words around the date in "Published {date}". */
  before: string;
  after: string;
  newLabel: string;
  level: number;
}

/** One filter chip; `type` null is "All". `word` is the type as the feed writes it. */
interface TypeOption {
  type: string | null;
  word: string;
  count: number;
}

const typeKey = (type: string | undefined) => (type ?? '').trim().toLowerCase();

function byChipOrder(a: string, b: string): number {
  const ia = KNOWN_ORDER.indexOf(a);
  const ib = KNOWN_ORDER.indexOf(b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
  return a.localeCompare(b);
}

/**
 * Each feed's activities newest first, dated, typed and sorted once per data
 * however many widgets show them and however often their filters change: a
 * widget's scope and chips then hold these same entries and make none of
 * their own. Stable: activities published at the same moment keep the
 * feed's order.
 */
const newestFirst = new WeakMap<readonly Activity[], readonly Entry[]>();

function byNewest(activities: readonly Activity[]): readonly Entry[] {
  let sorted = newestFirst.get(activities);
  if (!sorted) {
    sorted = activities
      .map((activity) => ({
        activity,
        instant: parseTimestamp(activity.published),
        type: typeKey(activity.type),
      }))
      .sort((a, b) => b.instant - a.instant);
    newestFirst.set(activities, sorted);
  }
  return sorted;
}

/**
 * The latest news, reports, videos and other activities of a city or a
 * network, newest first, with a filter by type and a "Show more" button.
 * After a refresh, activities that were not there before are marked "New"
 * and announced to screen readers ("2 new activities").
 *
 * @summary A list of the latest activities from a feed.
 * @tag activity-feed
 *
 * @slot - Fallback content (e.g. a link to the city's news page), shown before the script runs and when the feed fails.
 *
 * @csspart base - The whole widget (a labelled region).
 * @csspart heading - The widget's heading.
 * @csspart filters - The group of filter chips.
 * @csspart filter - One filter chip; also `pressed` when it is on.
 * @csspart list - The list of activities.
 * @csspart item - One activity; also `new` when it arrived with the last refresh.
 * @csspart new - The "New" label on an activity that arrived with the last refresh.
 * @csspart type - The activity's type label.
 * @csspart title - The activity's title (a heading holding the link).
 * @csspart summary - The activity's summary.
 * @csspart date - The publication date.
 * @csspart status - "Showing 5 of 12".
 * @csspart more - The "Show more" button.
 * @csspart show-new - "Show 2 new activities": activities a timed refresh brought wait behind it.
 * @csspart empty - The message shown when there is nothing to list.
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - The error message and Retry button.
 * @csspart error-title - The error's heading.
 * @csspart error-detail - What the feed's publisher must fix (in English, for them).
 * @csspart retry - The Retry button.
 * @csspart notice - The note shown when a refresh failed and older data stays on screen.
 *
 * @cssproperty [--civic-accent=#1d70b8] Links, pressed chips and the "New" label.
 * @cssproperty [--civic-surface=transparent] Background of the activity cards.
 * @cssproperty [--civic-border=currentColor at 25%] Lines between and around activities.
 * @cssproperty [--civic-radius=4px] Corner radius of cards, chips and buttons.
 * @cssproperty [--civic-space=1rem] Base spacing; everything scales from it.
 *
 * @event civic-filter-change - The reader changed the type filter; `detail.types` lists the chosen types (empty for "All").
 * @event civic-feed-load - The feed loaded; `detail.problems` lists records that were left out.
 * @event civic-feed-error - The feed failed; `detail.error` says why.
 *
 * @example
 * <activity-feed src="/feeds/stoke-on-trent.json" city="stoke-on-trent" limit="5">
 *   <a href="https://www.stoke.gov.uk/news">Stoke-on-Trent news</a>
 * </activity-feed>
 */
export class ActivityFeed extends CivicElement {
  static override styles = [baseStyles, activityFeedStyles];

  /** Show only the activities of the city with this id. */
  @property() city?: string;

  /** Show only the activities of the network with this id. */
  @property() network?: string;

  /**
   * Show only these types, separated by spaces (e.g. "article report"; case
   * does not matter); unset: every type. The filter chips offer the types
   * that remain.
   */
  @property() types?: string;

  /** How many activities to show at first, and how many more "Show more" adds. */
  @property({ type: Number }) limit = DEFAULT_LIMIT;

  /** The types chosen with the chips (lower case); empty: all. */
  @state() private selected: ReadonlySet<string> = new Set();

  /** How many activities are on screen (at least `limit`; "Show more" adds `limit`). */
  @state() private visible = 0;

  /**
   * What the polite live region says, in a new element each time: a screen
   * reader then speaks a repeat of the same words again.
   */
  @state() private announcement?: HTMLElement;
  /** Set by the chips: filter again and announce the result. */
  private filterChanged = false;

  /** The data the lists below were worked out from. */
  private source?: LoadedFeeds;
  /** The controller's load that `source` came from. */
  private sourceLoads = 0;
  /** Activities in scope (city, network, types), newest first, without the held ones. */
  private scoped: Entry[] = [];
  /** The held activities in scope. */
  private heldScoped: Entry[] = [];
  /** `scoped` after the chips. */
  private filtered: Entry[] = [];
  /** "All", then each type in scope. */
  private typeOptions: TypeOption[] = [];
  /** The chips: `typeOptions`, then chosen types that a refresh removed. */
  private chipOptions: TypeOption[] = [];
  /**
   * Ids of earlier data, so a refresh can tell what is new: worked out when
   * the next data arrives, as the first data has nothing new.
   */
  private seen?: Set<string>;
  private previous?: readonly Activity[];
  private newIds: ReadonlySet<string> = new Set();
  /**
   * New activities a timed refresh brought, held back until the reader asks
   * for them ("Show 2 new activities"), so nothing moves under their eyes or
   * their focus (WCAG 2.2.2).
   */
  private held: ReadonlySet<string> = new Set();
  /** How many held activities the reader's scope and chips would show. */
  private heldCount = 0;
  /** Set by "Show N new activities": let the held ones in. */
  private releasing = false;
  /**
   * Date labels by language and date. Without them every "Show more" would
   * format every shown date again. Cleared each minute so that "5 minutes
   * ago" moves on.
   */
  private dateLabels = new Map<string, string>();
  private dateLabelsAt = 0;
  /** The chips and the items on screen: one element per type and per activity. */
  private readonly chips = new KeyedElements();
  private readonly items = new KeyedElements();

  private get pageSize(): number {
    const limit = Math.floor(Number(this.limit));
    return limit >= 1 ? limit : DEFAULT_LIMIT;
  }

  private get shownCount(): number {
    return Math.min(Math.max(this.visible, this.pageSize), this.filtered.length);
  }

  /**
   * What the list shows: its feed's activities are checked before the first render, the other
   * records when the browser is idle (FeedController).
   * @internal
   */
  feedKinds(): readonly RecordKind[] {
    return ['activities'];
  }

  /**
   * Dates and sorts new data in a task of its own, before the render that shows it (FeedController).
   * @internal
   */
  feedPrepare(feed: Feed): void {
    byNewest(feed.activities);
  }

  // Scoping and filtering happen here, once per change of data or options,
  // never in render; sorting once per data (byNewest). "Show more" then only
  // draws the items it adds.
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') && changed.get('src') !== undefined) {
      // Another feed: nothing in it is "new" to this reader.
      this.seen = this.previous = undefined;
    }
    const value = this.data.value;
    // A new load; not the rest of the same feed checked later, which comes with the very
    // activities already shown (FeedController.loads).
    const dataChanged = this.data.loads !== this.sourceLoads;
    const before = this.shownCount;
    const lastShown = this.filtered[before - 1]?.activity.id;
    const optionsChanged = changed.has('city') || changed.has('network') || changed.has('types');
    let arrived: ReadonlySet<string> = new Set();
    if (dataChanged && value) {
      arrived = this.unseen(value.feed.activities);
      if (this.refresh > 0) {
        this.held = new Set([...this.held, ...arrived]);
        this.newIds = new Set();
      } else {
        this.newIds = arrived;
      }
    }
    const releasing = this.releasing;
    if (releasing) {
      this.newIds = this.held;
      this.held = new Set();
      this.releasing = false;
    }
    if (dataChanged || optionsChanged || releasing) {
      this.source = value;
      this.sourceLoads = this.data.loads;
      this.scope(value?.feed);
    }
    const { selected } = this;
    if (dataChanged || optionsChanged || this.filterChanged || releasing) {
      const chosen = (e: Entry) => !selected.size || selected.has(e.type);
      this.filtered = selected.size ? this.scoped.filter(chosen) : this.scoped;
      this.heldCount = this.heldScoped.filter(chosen).length;
    }
    if (optionsChanged || this.filterChanged || changed.has('limit')) {
      this.visible = this.pageSize;
    } else if (releasing) {
      // The released ones come on top of everything the reader had.
      this.visible = before + this.filtered.filter((e) => this.newIds.has(e.activity.id)).length;
    } else if (dataChanged && lastShown !== undefined) {
      // New activities arrive at the top: show more rather than push out what
      // the reader was looking at (and perhaps had focus in).
      const index = this.filtered.findIndex((e) => e.activity.id === lastShown);
      if (index >= this.shownCount) this.visible = index + 1;
    }
    // A chosen type that a refresh removed keeps its chip, so it can be turned off.
    const gone = [...selected].filter((type) => !this.typeOptions.some((o) => o.type === type));
    this.chipOptions = [
      ...this.typeOptions,
      ...gone.map((type) => ({ type, word: type, count: 0 })),
    ];

    if (dataChanged && arrived.size) {
      const count = this.filtered.filter((e) => arrived.has(e.activity.id)).length;
      const heldNow = this.refresh > 0 ? this.heldCount : count;
      if (heldNow) this.announce(this.t('activitiesNew', { count: heldNow }));
    } else if (this.filterChanged) {
      this.announce(this.statusText());
    }
    this.filterChanged = false;
  }

  /** The chips and the items go in by key (KeyedElements), after Lit has drawn their lists. */
  protected override updated(changed: PropertyValues<this>): void {
    const root = this.renderRoot;
    this.chips.update(root.querySelector('.chips'), this.chipViews(), this);
    this.items.update(root.querySelector('ul.list'), this.itemViews(), this);
    super.updated(changed);
  }

  /** New activities are held behind "Show N new activities" instead: nothing to pause. */
  protected override renderPause(): typeof nothing {
    return nothing;
  }

  protected override render(): TemplateResult {
    if (this.data.state === 'idle') return html`<slot></slot>`;
    return html`<section part="base" class="base" aria-labelledby="heading" lang=${this.locale}>
      ${heading(this.level(), this.t('activitiesHeading'), {
        id: 'heading',
        part: 'heading',
        className: 'heading',
      })}
      ${this.renderStates({
        errorKey: 'activitiesError',
        errorDepth: 1,
        skeleton: () => this.renderSkeleton(),
        ready: () => this.renderReady(),
      })}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">
        ${this.announcement ?? nothing}
      </div>
    </section>`;
  }

  /** Bones laid out with the real classes, so the skeleton takes the ready widget's shape in any container. */
  private renderSkeleton(): TemplateResult {
    const items = Math.min(this.pageSize, MAX_SKELETON_ITEMS);
    return html`<div class="filters">
        <span class="bone w30"></span><span class="bone chips-bone"></span>
      </div>
      <div class="list">
        ${Array.from(
          { length: items },
          () =>
            html`<div class="item">
              <span class="bone title-bone"></span><span class="bone w50"></span
              ><span class="bone w40"></span><span class="bone"></span><span class="bone"></span
              ><span class="bone w60"></span>
            </div>`,
        )}
      </div>
      <div class="footer"><span class="bone w30"></span><span class="bone more-bone"></span></div>`;
  }

  private renderReady(): TemplateResult {
    if (this.scoped.length === 0) {
      return html`<p part="empty" class="empty">${this.t('activitiesEmpty')}</p>`;
    }
    return html`${this.renderFilters()}
    ${
      this.filtered.length
        ? html`<ul part="list" class="list"></ul>
            <div class="footer">
              <p part="status" class="status" id="status">${this.statusText()}</p>
              ${
                this.heldCount
                  ? html`<button
                      type="button"
                      part="show-new"
                      class="button show-new"
                      @click=${() => void this.showNew()}
                    >
                      ${this.t('activitiesShowNew', { count: this.heldCount })}
                    </button>`
                  : nothing
              }
              ${
                this.shownCount < this.filtered.length
                  ? html`<button
                      type="button"
                      part="more"
                      class="button secondary more"
                      aria-describedby="status"
                      @click=${() => void this.showMore()}
                    >
                      ${this.t('activitiesShowMore')}
                    </button>`
                  : nothing
              }
            </div>`
        : html`<p part="empty" class="empty">${this.t('activitiesEmptyType')}</p>`
    }`;
  }

  /*
   * Toggle buttons (aria-pressed), not a radio group. The filter is a set of
   * types (several may be on, matching the `types` attribute and the event),
   * which is what a group of toggle buttons means in the APG; radios would
   * allow one type only and need arrow keys and a roving tab stop that
   * readers do not expect from chips. Native buttons give Tab, Enter and
   * Space for free, and keep focus where it was when the list changes.
   * "All" clears the set, so it is pressed exactly when no type is chosen.
   * The chips themselves go in by key (chipViews).
   */
  private renderFilters(): TemplateResult | typeof nothing {
    if (this.chipOptions.length < 3 && this.selected.size === 0) return nothing;
    return html`<div part="filters" class="filters" role="group" aria-labelledby="filter-label">
      <span id="filter-label" class="filter-label">${this.t('activitiesFilter')}</span>
      <div class="chips"></div>
    </div>`;
  }

  private chipViews(): KeyedItem[] {
    return this.chipOptions.map(({ type, word, count }) => {
      const pressed = type === null ? this.selected.size === 0 : this.selected.has(type);
      const label = type === null ? this.t('activitiesAll') : this.typeLabel(type, word);
      const number = this.localize.number(count);
      return {
        key: type ?? '',
        deps: [pressed, label, number],
        view: () =>
          html`<button
            type="button"
            part=${pressed ? 'filter pressed' : 'filter'}
            class="button secondary chip"
            aria-pressed=${pressed ? 'true' : 'false'}
            @click=${() => this.choose(type)}
          >
            ${label}
            <span class="count">(${number})</span>
          </button>`,
      };
    });
  }

  private itemViews(): KeyedItem[] {
    const now = Date.now();
    if (now - this.dateLabelsAt > 60_000) {
      this.dateLabels.clear();
      this.dateLabelsAt = now;
    }
    const [before, after = ''] = this.t('activityPublished', { date: '\u0000' }).split('\u0000');
    const newLabel = this.t('activityNew');
    const level = this.level(1);
    const feedLanguage = this.source?.feed.language;
    return this.filtered.slice(0, this.shownCount).map(({ activity, instant, type }) => {
      const view: ItemView = {
        activity,
        isNew: this.newIds.has(activity.id),
        type: type ? this.typeLabel(type, activity.type ?? '') : '',
        known: KNOWN_TYPES.has(type),
        date: this.dateLabel(activity.published, instant, now),
        lang: activity.language ?? feedLanguage,
        before,
        after,
        newLabel,
        level,
      };
      return { key: activity.id, deps: Object.values(view), view: () => this.renderItem(view) };
    });
  }

  private renderItem(view: ItemView): TemplateResult {
    const { activity, lang } = view;
    const link = safeUrl(activity.url);
    // An item without a link takes focus itself after "Show more".
    return html`<li
      part=${view.isNew ? 'item new' : 'item'}
      class=${view.isNew ? 'item new' : 'item'}
      tabindex=${link ? nothing : '-1'}
    >
      ${heading(
        view.level,
        html`<span lang=${lang ?? nothing} dir="auto"
          >${
            link
              ? html`<a class="clamp" href=${link} title=${activity.title}>${activity.title}</a>`
              : html`<span class="clamp" title=${activity.title}>${activity.title}</span>`
          }</span
        >`,
        { part: 'title', className: 'title' },
      )}
      <p class="meta">
        ${view.isNew ? html`<strong part="new" class="new-label">${view.newLabel}</strong>` : nothing}
        ${
          view.type
            ? html`<span
                part="type"
                class="type"
                lang=${view.known ? nothing : (lang ?? nothing)}
                dir="auto"
                >${view.type}</span
              >`
            : nothing
        }
        <span part="date" class="date"
          >${view.before}<time datetime=${activity.published}>${view.date}</time>${view.after}</span
        >
      </p>
      ${
        activity.summary
          ? html`<p part="summary" class="summary" lang=${lang ?? nothing} dir="auto">
              ${activity.summary}
            </p>`
          : nothing
      }
    </li>`;
  }

  private dateLabel(published: string, instant: number, now: number): string {
    const key = `${this.locale} ${published}`;
    let label = this.dateLabels.get(key);
    if (label === undefined) {
      label = this.localize.relative(instant, now, isAllDay(published));
      this.dateLabels.set(key, label);
    }
    return label;
  }

  /** Known types in the reader's language; any other word as the feed writes it. */
  private typeLabel(type: string, word: string): string {
    const key = KNOWN_TYPES.get(type);
    return key ? this.t(key) : word;
  }

  private statusText(): string {
    return this.filtered.length
      ? this.t('activitiesShown', { shown: this.shownCount, total: this.filtered.length })
      : this.t('activitiesEmptyType');
  }

  /** Works out `scoped`, `heldScoped` and the chips from the feed: one pass over its sorted activities. */
  private scope(feed: Feed | undefined): void {
    const include = new Set(
      (this.types ?? '')
        .split(/[\s,]+/)
        .map(typeKey)
        .filter(Boolean),
    );
    const scoped: Entry[] = [];
    const held: Entry[] = [];
    const byType = new Map<string, TypeOption>();
    if (feed) {
      void warnAboutFilter(this.localName, 'activities', feed.activities, {
        city: this.city,
        network: this.network,
      });
      for (const entry of byNewest(feed.activities)) {
        const { activity, type } = entry;
        if (this.city && activity.city !== this.city) continue;
        if (this.network && activity.network !== this.network) continue;
        if (include.size && !include.has(type)) continue;
        if (this.held.has(activity.id)) {
          held.push(entry);
          continue;
        }
        scoped.push(entry);
        const option = byType.get(type);
        if (option) option.count += 1;
        else if (type) byType.set(type, { type, word: activity.type ?? type, count: 1 });
      }
    }
    this.scoped = scoped;
    this.heldScoped = held;
    this.typeOptions = [
      { type: null, word: '', count: scoped.length },
      ...[...byType.values()].sort((a, b) => byChipOrder(a.type!, b.type!)),
    ];
  }

  /** Ids not in any earlier data; the first data has none (nothing is "new" on arrival). */
  private unseen(activities: readonly Activity[]): ReadonlySet<string> {
    const fresh = new Set<string>();
    if (this.previous) {
      const seen = (this.seen ??= new Set());
      for (const { id } of this.previous) seen.add(id);
      for (const { id } of activities) if (!seen.has(id)) fresh.add(id);
    }
    this.previous = activities;
    return fresh;
  }

  private announce(message: string): void {
    this.announcement = document.createElement('span');
    this.announcement.textContent = message;
  }

  private choose(type: string | null): void {
    const next = new Set(type === null ? [] : this.selected);
    if (type !== null && !next.delete(type)) next.add(type);
    if (next.size === this.selected.size && [...next].every((t) => this.selected.has(t))) return;
    this.selected = next;
    this.filterChanged = true;
    const order = [...next].sort(byChipOrder);
    this.emit('civic-filter-change', { types: order });
  }

  /** Lets the held activities in and puts focus on the newest. */
  private async showNew(): Promise<void> {
    this.releasing = true;
    this.requestUpdate();
    await this.updateComplete;
    await this.focusItem(this.filtered.find((e) => this.newIds.has(e.activity.id)));
  }

  private async showMore(): Promise<void> {
    const first = this.shownCount;
    this.visible = first + this.pageSize;
    await this.updateComplete;
    await this.focusItem(this.filtered[first]);
  }

  /**
   * Focus on an item's link (or the item) in the next frame: focus() lays the
   * page out at once, which in the middle of the update would be a second
   * layout; in a frame callback it is the frame's own.
   */
  private focusItem(entry: Entry | undefined): Promise<void> {
    const item = this.items.get(entry?.activity.id) as HTMLElement | undefined;
    return new Promise((resolve) =>
      requestAnimationFrame(() => {
        (item?.querySelector<HTMLElement>('a[href]') ?? item)?.focus();
        resolve();
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'activity-feed': ActivityFeed;
  }
  interface HTMLElementEventMap {
    'civic-filter-change': CustomEvent<FilterChangeDetail>;
  }
}
