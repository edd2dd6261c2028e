import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { City, CivicEvent, Feed, RecordKind } from '../../feed/types.js';
import { warnAboutFilter } from '../../feed/filter-notice.js';
import { CivicElement } from './base.js';
import {
  addDaysToKey,
  addMonthsToKey,
  dayDifference,
  dayKeyAt,
  isMonthKey,
  lastDayOfMonth,
  monthGrid,
  noonOfKey,
  todayKey,
  weekStartKey,
} from '../../core/days.js';
import { safeUrl } from '../../core/url.js';
import { canonicalZone, offsetAt, viewerTimeZone } from '../../core/zones.js';
import { dateFormatter, type DateFormatter } from '../../shared/locale.js';
import {
  firstDayOfWeek,
  formatDayKey,
  intlLocale,
  timeZoneName,
} from '../../shared/calendar-dates.js';
import { heading } from '../../shared/heading.js';
import {
  dayLists,
  firstDayWithEvents,
  listEntries,
  place,
  type DayItem as AnyDayItem,
  type DayList,
  type ListEntry as AnyListEntry,
  type Placed as AnyPlaced,
  type Placement,
  type PlaceOptions,
} from '../../core/placement.js';
import { baseStyles } from '../../shared/styles.js';
import { eventsCalendarStyles } from './events-calendar.styles.js';

export type CalendarView = 'month' | 'list';
type Placed = AnyPlaced<CivicEvent>;
type DayItem = AnyDayItem<CivicEvent>;
type ListEntry = AnyListEntry<CivicEvent>;
type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Detail of `civic-day-select`. */
export interface DaySelectDetail {
  /** The chosen day, "YYYY-MM-DD" in the calendar's zone. */
  date: string;
  /** The events on that day (a multi-day event on each day it covers). */
  events: CivicEvent[];
}

/** Detail of `civic-month-change`. */
export interface MonthChangeDetail {
  /** The month now shown, "YYYY-MM". */
  month: string;
}

const FULL_DATE = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
const UNTIL_DATE = { day: 'numeric', month: 'long' } as const;
/** Below this container width (in em) the calendar shows the list unless told which view. */
const NARROW_EM = 30;
/** From this container width (in em) the grid shows titles instead of counts. */
const WIDE_EM = 48;
/** Lines of titles in a day cell: all when they fit, else one fewer and "+N more". */
const CELL_LINES = 3;
/** Events the list view shows at first, and adds with each "Show more". */
const LIST_PAGE = 6;
const WARNED = new Set<string>();

function warnOnce(message: string): void {
  if (WARNED.has(message)) return;
  WARNED.add(message);
  console.warn(`civic-widgets <events-calendar>: ${message}`);
}

/**
 * A month of events: a grid that follows the WAI-ARIA date grid pattern, a
 * list of the chosen day's events, and an agenda view that narrow
 * containers get by themselves. Every event can be added to a personal
 * calendar as an .ics file made in the browser.
 *
 * Days are decided in one display zone (see `time-zone`), so an event at
 * 23:30 in Stoke-on-Trent on 3 December is on 3 December wherever the
 * viewer is; all-day events never move. Each event's times are shown in its
 * own zone, named when it differs from the viewer's.
 *
 * Keyboard, in the grid (one tab stop): arrows move by day and week,
 * Home/End to the start/end of the week within the month, PageUp/PageDown by month,
 * Shift+PageUp/PageDown by year, Enter or Space chooses the day.
 *
 * @summary A calendar of a city's or a network's events.
 * @tag events-calendar
 *
 * @slot - Fallback content (e.g. a link to the council's events page), shown before the script runs and when the feed fails.
 *
 * @csspart base - The calendar (a labelled region).
 * @csspart header - The heading, navigation and view switch.
 * @csspart heading - The month heading (announced when it changes).
 * @csspart nav - The group of navigation buttons.
 * @csspart nav-button - Each navigation button; also `previous`, `today` or `next`.
 * @csspart views - The month/list switch.
 * @csspart view-button - A button of the switch; also `selected` on the current view.
 * @csspart grid - The month grid (a table with role="grid").
 * @csspart weekday - A weekday column header.
 * @csspart day - A day cell; also `today`, `selected`, `outside` (another month) and `has-events`.
 * @csspart count - The number of events on a day.
 * @csspart day-events - The region listing the chosen day's events.
 * @csspart day-heading - The heading of a day (day region and list view).
 * @csspart agenda - The list view.
 * @csspart agenda-day - One day of the list view.
 * @csspart event-list - A list of events.
 * @csspart event - One event; also `cancelled`, `postponed` or `rescheduled`.
 * @csspart event-title - The event's heading.
 * @csspart event-time - When the event happens.
 * @csspart status - The word saying an event is cancelled, postponed or rescheduled.
 * @csspart location - Where the event happens.
 * @csspart online - The link to join online.
 * @csspart add-to-calendar - The "Add to calendar" button.
 * @csspart empty - The "No events this month" message.
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - The error message and Retry button.
 * @csspart retry - The Retry button.
 *
 * @cssproperty [--civic-accent=#1d70b8] Links, buttons, event markers and the chosen day.
 * @cssproperty [--civic-on-accent=#fff] Text on the accent colour.
 * @cssproperty [--civic-surface=transparent] Background.
 * @cssproperty [--civic-border=currentColor at 25%] Grid lines and separators.
 * @cssproperty [--civic-radius=4px] Corner radius.
 * @cssproperty [--civic-space=1rem] Base spacing.
 *
 * @event civic-day-select - A day was chosen (click, Enter or Space); `detail` is `{date, events}`.
 * @event civic-month-change - The reader moved to another month; `detail` is `{month}`. Not fired when the page sets `month`.
 * @event civic-feed-load - The feed loaded; `detail.problems` lists records that were left out.
 * @event civic-feed-error - The feed failed; `detail.error` says why.
 */
export class EventsCalendar extends CivicElement {
  static override styles = [baseStyles, eventsCalendarStyles];

  /**
   * Id of a city: shows only its events, and the calendar keeps that city's
   * time zone (and reads a bare `lang` with the city's country).
   */
  @property() city?: string;

  /** Id of a network: shows only events whose `network` is this id. */
  @property() network?: string;

  /**
   * The month shown, "YYYY-MM"; by default the current month in the display
   * zone. Reflected: it follows the reader as they move between months, so
   * the page can read or restore it.
   */
  @property({ reflect: true }) month?: string;

  /**
   * "month" (grid) or "list" (agenda). Unset: the grid, or the list when the
   * widget is narrower than 30em. Reflected: choosing a view with the
   * switch sets it, and it then stays at any width.
   */
  @property({ reflect: true }) view?: CalendarView;

  /**
   * The IANA zone that decides which day an event is on. Default: the
   * city's zone (when `city` is set, or the feed has one city), else the
   * viewer's.
   */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** First day of the week, 0 (Sunday) to 6 (Saturday); default: the locale's (Monday in Europe). */
  @property({
    attribute: 'week-start',
    // An empty attribute is no choice, not 0 (Sunday).
    converter: (value) => (value === null || value.trim() === '' ? undefined : Number(value)),
  })
  weekStart?: number;

  /** The day whose events are listed (chosen, else the next day with events). */
  @state() private selected?: string;
  /** The day that holds the grid's single tab stop. */
  @state() private active?: string;
  @state() private narrow = false;
  @state() private wide = false;
  /** Events the list view shows (grows with "Show more"; back to one page on a new month). */
  @state() private listLimit = LIST_PAGE;

  // Nothing placed yet (no zone is read for no events).
  private placement: Placement<CivicEvent> = place([], {} as PlaceOptions);
  private byDay = new Map<string, DayList<CivicEvent>>();
  private placedFor: unknown[] = [];
  private placedFrom: unknown[] = [];
  private bucketsFor = '';
  private feedLanguage?: string;
  // One Intl.DateTimeFormat for both (the first of a page is slow).
  private readonly viewerZone = viewerTimeZone();
  private zone = this.viewerZone;
  private dateLocale = 'en-GB';
  private weekStartsOn: Weekday = 1;
  private shownMonth = '';
  private today = '';
  private chosen = false;
  private focusGrid = false;
  /** After "Show more": the list entry to focus once rendered. */
  private focusEntry?: number;
  /** After the calendar changed view by itself: the day whose place gets focus. */
  private refocusDay?: string;
  private resizeObserver?: ResizeObserver;
  private resizeFrame = 0;

  /** The view on screen: `view`, else the list when narrow. */
  get currentView(): CalendarView {
    if (this.view === 'month' || this.view === 'list') return this.view;
    return this.narrow ? 'list' : 'month';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.measure();
    if (typeof ResizeObserver === 'undefined') return;
    // Deferred a frame: the switch changes the height, which would otherwise
    // re-trigger the observer within the same frame.
    this.resizeObserver = new ResizeObserver(() => {
      cancelAnimationFrame(this.resizeFrame);
      this.resizeFrame = requestAnimationFrame(() => this.measure());
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.resizeFrame);
  }

  private measure(): void {
    const width = this.getBoundingClientRect().width;
    if (!width) return;
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    const narrow = width < NARROW_EM * em;
    const wide = width >= WIDE_EM * em;
    if (wide !== this.wide) this.wide = wide;
    if (narrow === this.narrow) return;
    const before = this.currentView;
    this.narrow = narrow;
    if (this.currentView !== before) this.keepFocus();
  }

  /**
   * The view changes by itself (resize, zoom, rotation): if focus was on a
   * day or an event of the view going away, it goes to the same day in the
   * new view once rendered, instead of dropping to the page's body.
   */
  private keepFocus(): void {
    const focused = this.shadowRoot?.activeElement;
    const day =
      focused?.closest<HTMLElement>('[data-day]')?.dataset.day ??
      (focused?.closest('.day-events') ? this.selected : undefined);
    if (!day) return;
    this.refocusDay = day;
    if (this.currentView !== 'list') return;
    // The list shows a page at a time: make sure the page reaches that day.
    const entries = listEntries(
      this.placement,
      `${this.shownMonth}-01`,
      lastDayOfMonth(this.shownMonth),
    );
    const at = entries.findIndex((entry) => entry.day >= day);
    if (at >= this.listLimit) this.listLimit = (Math.floor(at / LIST_PAGE) + 1) * LIST_PAGE;
  }

  /**
   * The grid's days: FeedController checks these events before the first render, the rest when idle.
   * @internal
   */
  feedFirstRange(): { from: string; to: string } | undefined {
    if (!this.shownMonth) return undefined;
    const weeks = monthGrid(this.shownMonth, this.weekStartsOn, 6);
    return { from: weeks[0][0], to: weeks[5][6] };
  }

  /**
   * What the calendar shows: events (those of the grid's days first, see feedFirstRange) and
   * cities (for the display zone); the other records are checked when the browser is idle.
   * @internal
   */
  feedKinds(): readonly RecordKind[] {
    return ['events', 'cities'];
  }

  /**
   * Places new data in a task of its own, before the render that shows it (FeedController).
   * @internal
   */
  feedPrepare(feed: Feed): void {
    this.zone = this.displayZone(this.displayCity(feed));
    this.place(feed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.data.value?.feed;
    const city = feed ? this.displayCity(feed) : undefined;
    this.dateLocale = intlLocale(this.locale, city?.country);
    this.zone = this.displayZone(city);
    this.today = todayKey(this.zone);
    this.weekStartsOn = this.resolveWeekStart();

    if (this.month !== undefined && this.month !== null && !isMonthKey(this.month)) {
      warnOnce(
        `month="${String(this.month)}" is not a month such as 2026-12; the current month is shown.`,
      );
    }
    const month = isMonthKey(this.month) ? this.month : this.today.slice(0, 7);
    const monthChanged = month !== this.shownMonth;
    this.shownMonth = month;

    if (feed) this.place(feed);
    const grid = monthGrid(month, this.weekStartsOn, 6);
    this.bucket(grid[0][0], grid[5][6]);

    if (monthChanged) {
      this.listLimit = LIST_PAGE;
      if (this.selected?.slice(0, 7) !== month) {
        this.selected = undefined;
        this.chosen = false;
      }
      if (this.active?.slice(0, 7) !== month) this.active = undefined;
    }
    if (!this.chosen) this.selected = firstDayWithEvents(this.byDay, month, this.today);
  }

  private resolveWeekStart(): Weekday {
    const value = this.weekStart;
    if (value === undefined || value === null) return firstDayOfWeek(this.dateLocale);
    if (Number.isInteger(value) && value >= 0 && value <= 6) return value as Weekday;
    warnOnce(
      `week-start="${String(value)}" is not a day from 0 (Sunday) to 6 (Saturday); the locale's first day is used.`,
    );
    return firstDayOfWeek(this.dateLocale);
  }

  /** The city whose zone and country the calendar takes: `city`, else the feed's only city. */
  private displayCity(feed: Feed): City | undefined {
    if (this.city) return feed.cities.find((c) => c.id === this.city);
    return feed.cities.length === 1 ? feed.cities[0] : undefined;
  }

  private displayZone(city: City | undefined): string {
    if (this.timeZone) {
      const zone = canonicalZone(this.timeZone);
      if (zone) return zone;
      warnOnce(
        `time-zone="${String(this.timeZone)}" is not an IANA time zone such as Europe/London; it is ignored.`,
      );
    }
    return canonicalZone(city?.timeZone) ?? this.viewerZone;
  }

  /**
   * Filters and places the events: once per feed, filter or zone change, never per render.
   * A feed checked in two parts comes back whole with the same records: nothing to place again.
   */
  private place(feed: Feed): void {
    this.feedLanguage = feed.language;
    // Every update asks (an arrow key in the grid too): the same lists and options answer at once.
    const inputs = [feed.events, feed.cities, this.city, this.network, this.zone];
    if (inputs.every((value, i) => value === this.placedFrom[i])) return;
    this.placedFrom = inputs;
    const key = [...feed.events, ...feed.cities, this.city, this.network, this.zone];
    if (
      key.length === this.placedFor.length &&
      key.every((value, i) => value === this.placedFor[i])
    )
      return;
    this.placedFor = key;
    void warnAboutFilter(this.localName, 'events', feed.events, {
      city: this.city,
      network: this.network,
    });
    this.bucketsFor = '';
    this.placement = place(feed.events, {
      city: this.city,
      network: this.network,
      displayZone: this.zone,
      viewerZone: this.viewerZone,
      cities: new Map(feed.cities.map((c) => [c.id, c])),
    });
  }

  /** Events by day for the days on screen (a 6-week grid), rebuilt when the month changes. */
  private bucket(from: string, to: string): void {
    const key = `${from}|${to}`;
    if (key === this.bucketsFor) return;
    this.bucketsFor = key;
    this.byDay = dayLists(this.placement, from, to);
  }

  /** The day's events, the first `limit` (all by default). */
  private itemsOn(day: string, limit?: number): DayItem[] {
    return this.byDay.get(day)?.items(limit) ?? [];
  }

  private countOn(day: string): number {
    return this.byDay.get(day)?.length ?? 0;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const root = this.renderRoot;
    if (this.refocusDay) {
      const day = this.refocusDay;
      this.refocusDay = undefined;
      if (this.currentView === 'month') {
        if (day.startsWith(this.shownMonth) && day !== this.active) {
          // Moves the tab stop to that day first; the next update focuses it.
          this.active = day;
          this.focusGrid = true;
          return;
        }
        this.focusGrid = true;
      } else {
        // The day in the list, else the next listed day, else the pressed List button.
        const days = [...root.querySelectorAll<HTMLElement>('.agenda-day[data-day]')];
        const target =
          days.find((el) => (el.dataset.day ?? '') >= day) ??
          root.querySelector<HTMLElement>('.view-button[aria-pressed="true"]');
        target?.focus();
      }
    }
    if (this.focusEntry !== undefined) {
      root.querySelector<HTMLElement>(`li[data-index="${this.focusEntry}"]`)?.focus();
      this.focusEntry = undefined;
    }
    if (!this.focusGrid) return;
    this.focusGrid = false;
    root.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
  }

  protected override render(): TemplateResult {
    return this.renderStates({
      errorKey: 'eventsError',
      skeleton: () => this.renderSkeleton(),
      ready: () => this.renderCalendar(),
    });
  }

  private renderSkeleton(): TemplateResult {
    if (this.currentView === 'list') {
      return html`<div class="header"><span class="bone skeleton-heading"></span></div>
        ${[1, 2, 3].map(
          () =>
            html`<span class="bone w40"></span><span class="bone"></span
              ><span class="bone w60"></span>`,
        )}`;
    }
    return html`<div class="header">
        <span class="bone skeleton-heading"></span>
        <span class="skeleton-controls"
          ><span class="bone skeleton-button"></span><span class="bone skeleton-views"></span
        ></span>
      </div>
      <div class="skeleton-grid">
        ${Array.from({ length: 49 }, () => html`<span class="bone"></span>`)}
      </div>
      <span class="bone skeleton-line"></span>`;
  }

  private renderCalendar(): TemplateResult {
    const view = this.currentView;
    const title = formatDayKey(`${this.shownMonth}-01`, this.dateLocale, {
      month: 'long',
      year: 'numeric',
    });
    return html`<section part="base" class="calendar ${view}" aria-label=${this.t('eventsHeading')}>
      <div part="header" class="header">
        <div class="title" aria-live="polite" aria-atomic="true">
          ${heading(this.level(), title, { id: 'heading', part: 'heading', className: 'heading' })}
        </div>
        <div class="controls">
          <div part="nav" class="nav">
            <button
              type="button"
              part="nav-button previous"
              class="button secondary"
              @click=${() => this.step(-1)}
            >
              <span class="arrow" aria-hidden="true">‹</span>
              <span class="label">${this.t('eventsPrevious')}</span>
            </button>
            <button
              type="button"
              part="nav-button today"
              class="button secondary today-button"
              @click=${this.goToToday}
            >
              ${this.t('eventsToday')}
            </button>
            <button
              type="button"
              part="nav-button next"
              class="button secondary"
              @click=${() => this.step(1)}
            >
              <span class="label">${this.t('eventsNext')}</span>
              <span class="arrow" aria-hidden="true">›</span>
            </button>
          </div>
          <div part="views" class="views" role="group" aria-label=${this.t('eventsView')}>
            ${(['month', 'list'] as const).map(
              (option) =>
                html`<button
                  type="button"
                  part=${option === view ? 'view-button selected' : 'view-button'}
                  class="view-button"
                  aria-pressed=${option === view ? 'true' : 'false'}
                  @click=${() => this.chooseView(option)}
                >
                  ${this.t(option === 'month' ? 'eventsViewMonth' : 'eventsViewList')}
                </button>`,
            )}
          </div>
        </div>
      </div>
      ${view === 'month' ? this.renderMonth() : this.renderAgenda()}
    </section>`;
  }

  private renderMonth(): TemplateResult {
    // Formatters made once a render, not once a day.
    const dayNumber = dateFormatter(this.dateLocale, { day: 'numeric', timeZone: 'UTC' });
    const fullDate = dateFormatter(this.dateLocale, { ...FULL_DATE, timeZone: 'UTC' });
    const weeks = monthGrid(this.shownMonth, this.weekStartsOn, 6);
    const days = weeks.flat();
    const active =
      // Every day of the month is on the grid.
      this.active?.startsWith(this.shownMonth)
        ? this.active
        : this.selected?.startsWith(this.shownMonth)
          ? this.selected
          : this.today.startsWith(this.shownMonth)
            ? this.today
            : `${this.shownMonth}-01`;
    const time = dateFormatter(this.dateLocale, {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: this.zone,
    });
    const monthEmpty = !days.some((day) => day.startsWith(this.shownMonth) && this.countOn(day));

    return html`<table
        role="grid"
        part="grid"
        class="grid"
        aria-labelledby="heading"
        @keydown=${this.onGridKeydown}
        @click=${this.onGridClick}
        @focusin=${this.onGridFocus}
      >
        <thead>
          <tr role="row">
            ${weeks[0].map(
              (day) =>
                html`<th role="columnheader" scope="col" part="weekday">
                  <span aria-hidden="true"
                    >${formatDayKey(day, this.dateLocale, { weekday: 'short' })}</span
                  >
                  <span class="visually-hidden"
                    >${formatDayKey(day, this.dateLocale, { weekday: 'long' })}</span
                  >
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (week) =>
              html`<tr role="row">
                ${week.map((day) => {
                  const noon = noonOfKey(day);
                  const date = fullDate.format(noon);
                  const n = this.countOn(day);
                  const outside = !day.startsWith(this.shownMonth);
                  const isToday = day === this.today;
                  const isSelected = day === this.selected;
                  const names = `day${isToday ? ' today' : ''}${isSelected ? ' selected' : ''}${outside ? ' outside' : ''}${n ? ' has-events' : ''}`;
                  return html`<td
                    role="gridcell"
                    part=${names}
                    class=${names}
                    data-day=${day}
                    tabindex=${day === active ? '0' : '-1'}
                    aria-selected=${ifDefined(isSelected ? 'true' : undefined)}
                    aria-current=${ifDefined(isToday ? 'date' : undefined)}
                  >
                    <span class="number" aria-hidden="true">${dayNumber.format(noon)}</span>
                    ${n ? (this.wide ? this.renderTitles(n, day, week[0], time) : this.renderCount(n)) : nothing}
                    <span class="visually-hidden"
                      >${n ? `${date}, ${this.t('eventsCount', { count: n })}` : date}</span
                    >
                  </td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        monthEmpty
          ? html`<p part="empty" class="empty">${this.t('eventsEmptyMonth')}</p>`
          : this.selected
            ? this.renderDay(this.selected)
            : nothing
      }`;
  }

  private renderCount(n: number): TemplateResult {
    return html`<span class="count" part="count" aria-hidden="true"
      ><span class="dot"></span><span class="short">${this.localize.number(n)}</span
      ><span class="long">${this.t('eventsCount', { count: n })}</span></span
    >`;
  }

  /**
   * A day's first events, one clamped line each (the full title in `title`),
   * and "+N more". Hidden from assistive technology: the cell's name says
   * the date and the count, and choosing the day lists every event in full.
   */
  private renderTitles(
    n: number,
    day: string,
    weekStart: string,
    time: DateFormatter,
  ): TemplateResult {
    const shown = this.itemsOn(day, n > CELL_LINES ? CELL_LINES - 1 : CELL_LINES);
    const more = n - shown.length;
    // One template a line (and one for its time): 42 days draw up to 126 lines.
    return html`<span class="titles" aria-hidden="true">
      ${shown.map(({ placed, day: nth }) => {
        const { event, span, days } = placed;
        const status = event.status && event.status !== 'scheduled' ? ` ${event.status}` : '';
        const band = days > 1 || span.allDay;
        // A band names its event where it starts and at the start of each week row.
        const named = !band || nth === 1 || day === weekStart;
        const at = !span.allDay && nth === 1 ? span.start : undefined;
        return html`<span
          part=${band ? 'title band' : 'title'}
          class="title${band ? ' band' : ''}${nth > 1 ? ' continued' : ''}${status}"
          lang=${ifDefined(event.language ?? this.feedLanguage)}
          title=${event.title}
          >${at === undefined ? nothing : html`<span class="time">${time.format(at)}</span> `}<bdi
            dir="auto"
            >${named ? event.title : '\u00a0'}</bdi
          ></span
        >`;
      })}
      ${more ? html`<span part="more" class="more">${this.t('eventsMore', { count: more })}</span>` : nothing}
    </span>`;
  }

  private renderDay(day: string): TemplateResult {
    const total = this.countOn(day);
    return html`<section part="day-events" class="day-events" aria-labelledby="day-heading">
      ${heading(
        this.level(1),
        this.t('eventsOnDay', { date: formatDayKey(day, this.dateLocale, FULL_DATE) }),
        { id: 'day-heading', part: 'day-heading', className: 'day-heading' },
      )}
      ${
        total
          ? html`<ul part="event-list" class="events">
                ${this.itemsOn(day, this.listLimit).map((item, i) =>
                  this.renderEvent(item, `d${i}`, undefined, i),
                )}
              </ul>
              ${this.renderShowMore(total)}`
          : html`<p>${this.t('eventsEmptyDay')}</p>`
      }
    </section>`;
  }

  /** "Show more" under a list of `total` events, while some are not shown. */
  private renderShowMore(total: number): TemplateResult | typeof nothing {
    if (total <= this.listLimit) return nothing;
    const from = this.listLimit;
    return html`<button
      type="button"
      part="show-more"
      class="button secondary more-button"
      @click=${() => this.showMore(from)}
    >
      ${this.t('eventsShowMore')}
    </button>`;
  }

  /**
   * The month as a list: each event once, under the first of its days in the
   * month ("until …" when it goes on, "continues" when it began before), a
   * page of events at a time, so a long market does not fill a phone.
   */
  private renderAgenda(): TemplateResult {
    const entries = listEntries(
      this.placement,
      `${this.shownMonth}-01`,
      lastDayOfMonth(this.shownMonth),
    );
    if (!entries.length)
      return html`<p part="empty" class="empty">${this.t('eventsEmptyMonth')}</p>`;
    const shown = entries.slice(0, this.listLimit);
    const days: { day: string; entries: { entry: ListEntry; index: number }[] }[] = [];
    shown.forEach((entry, index) => {
      const last = days[days.length - 1];
      if (last?.day === entry.day) last.entries.push({ entry, index });
      else days.push({ day: entry.day, entries: [{ entry, index }] });
    });
    return html`<div part="agenda" class="agenda">
      ${days.map(
        ({ day, entries: dayEntries }) =>
          html`<div
            part="agenda-day"
            class=${day === this.today ? 'agenda-day today' : 'agenda-day'}
            data-day=${day}
            tabindex="-1"
          >
            ${heading(
              this.level(1),
              html`<time datetime=${day}>${formatDayKey(day, this.dateLocale, FULL_DATE)}</time>${
                  day === this.today
                    ? html` <span class="tag">${this.t('eventsToday')}</span>`
                    : nothing
                }`,
              { part: 'day-heading', className: 'day-heading' },
            )}
            <ul part="event-list" class="events">
              ${dayEntries.map(({ entry, index }) =>
                this.renderEvent(
                  { placed: entry.placed, day: dayDifference(entry.placed.span.firstDay, day) + 1 },
                  `l${index}`,
                  entry,
                  index,
                ),
              )}
            </ul>
          </div>`,
      )}
      ${this.renderShowMore(entries.length)}
    </div>`;
  }

  /** Shows the next page of the list and moves focus to its first event (the button may go). */
  private showMore(from: number): void {
    this.listLimit = from + LIST_PAGE;
    this.focusEntry = from;
  }

  private renderEvent(
    { placed, day }: DayItem,
    id: string,
    entry?: ListEntry,
    index?: number,
  ): TemplateResult {
    const { event } = placed;
    const status = event.status && event.status !== 'scheduled' ? event.status : undefined;
    const statusText =
      status === 'cancelled'
        ? this.t('statusCancelled')
        : status === 'postponed'
          ? this.t('statusPostponed')
          : status === 'rescheduled'
            ? this.t('statusRescheduled')
            : '';
    const link = safeUrl(event.url);
    const online = safeUrl(event.online, { web: true });
    // dir=auto: feed text keeps its own direction (Arabic on an English page and the reverse).
    const text = html`<bdi dir="auto">${event.title}</bdi>`;
    const title = status === 'cancelled' ? html`<s>${text}</s>` : text;
    const place = event.location;
    const titleId = `event-${id}`;
    return html`<li
      part=${status ? `event ${status}` : 'event'}
      class=${status ? `event ${status}` : 'event'}
      lang=${ifDefined(event.language ?? this.feedLanguage)}
      data-index=${ifDefined(index)}
      tabindex=${ifDefined(index === undefined ? undefined : '-1')}
    >
      ${heading(
        this.level(2),
        html`${
          status
            ? html`<strong part="status" class="status" lang=${this.locale}>${statusText}</strong> `
            : nothing
        }${link ? html`<a href=${link}>${title}</a>` : title}`,
        { id: titleId, part: 'event-title', className: 'event-title' },
      )}
      <p part="event-time" class="when" lang=${this.locale}>
        ${this.renderWhen(placed, day, entry)}
      </p>
      ${
        place?.name || place?.address
          ? html`<p part="location" class="where">
              ${place.name ? html`<span dir="auto">${place.name}</span>` : nothing}
              ${place.address ? html`<span class="address" dir="auto">${place.address}</span>` : nothing}
            </p>`
          : nothing
      }
      ${
        online
          ? html`<p part="online" class="online">
              <span class="tag" lang=${this.locale}>${this.t('eventsOnline')}</span>
              <a href=${online} lang=${this.locale}
                >${this.t('eventsJoinOnline', { title: event.title })}</a
              >
            </p>`
          : nothing
      }
      ${event.summary ? html`<p class="summary" dir="auto">${event.summary}</p>` : nothing}
      <button
        type="button"
        part="add-to-calendar"
        class="button secondary add"
        lang=${this.locale}
        aria-describedby=${titleId}
        @click=${() => void this.addToCalendar(placed)}
      >
        ${this.t('eventsAddToCalendar')}
      </button>
    </li>`;
  }

  /** "All day" or the time range in the event's zone (named when not the viewer's), and "Day 2 of 4". */
  private renderWhen({ span, zone, days }: Placed, day: number, entry?: ListEntry): TemplateResult {
    // The list names the range once ("until …", "continues"); the day list says "Day 2 of 4".
    const dayOf = entry
      ? html`${
          entry.continues ? html`<span class="day-of">${this.t('eventsContinues')}</span>` : nothing
        }${
          entry.until && span.allDay
            ? html`<span class="day-of"
                >${this.t('eventsUntil', {
                  date: formatDayKey(entry.until, this.dateLocale, UNTIL_DATE),
                })}</span
              >`
            : nothing
        }`
      : days > 1
        ? html`<span class="day-of">${this.t('eventsDayOf', { day, days })}</span>`
        : nothing;
    if (span.allDay || span.start === undefined) {
      return html`<time datetime=${addDaysToKey(span.firstDay, day - 1)}
          >${this.t('eventsAllDay')}</time
        >${dayOf}`;
    }
    const { start, end } = span;
    const hasEnd = end !== undefined && end > start;
    const range = (timeZone: string) => {
      const spansDays = hasEnd && dayKeyAt(start, timeZone) !== dayKeyAt(end - 1, timeZone);
      const format = dateFormatter(this.dateLocale, {
        timeZone,
        hour: 'numeric',
        minute: '2-digit',
        ...(spansDays ? { day: 'numeric', month: 'short' } : {}),
      });
      return hasEnd ? format.formatRange(start, end) : format.format(start);
    };
    const differs =
      offsetAt(start, zone) !== offsetAt(start, this.viewerZone) ||
      (hasEnd && offsetAt(end, zone) !== offsetAt(end, this.viewerZone));
    return html`<time datetime=${new Date(start).toISOString()}>${range(zone)}</time>${
        differs
          ? html`<span class="zone"
                >${this.t('eventsTimeZone', { zone: timeZoneName(zone, this.dateLocale, start, 'long') })}</span
              ><span class="your-time"
                >${this.t('eventsYourTime', { time: range(this.viewerZone) })}</span
              >`
          : nothing
      }${dayOf}`;
  }

  private onGridClick = (event: MouseEvent): void => {
    const target = event.target as Element;
    const cell = target.closest<HTMLElement>('td[data-day]');
    if (!cell?.dataset.day) return;
    this.choose(cell.dataset.day);
    // "+N more": bring the day's full list into view.
    if (target.closest('.more')) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector('.day-events')?.scrollIntoView({ block: 'nearest' }),
      );
    }
  };

  private onGridFocus = (event: FocusEvent): void => {
    const cell = (event.target as Element).closest<HTMLElement>('td[data-day]');
    const day = cell?.dataset.day;
    if (day && day !== this.active && day.startsWith(this.shownMonth)) this.active = day;
  };

  private onGridKeydown = (event: KeyboardEvent): void => {
    const cell = (event.target as Element).closest<HTMLElement>('td[data-day]');
    const day = cell?.dataset.day;
    if (!day || event.altKey || event.ctrlKey || event.metaKey) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    let next: string;
    switch (event.key) {
      case 'ArrowLeft':
        next = addDaysToKey(day, rtl ? 1 : -1);
        break;
      case 'ArrowRight':
        next = addDaysToKey(day, rtl ? -1 : 1);
        break;
      case 'ArrowUp':
        next = addDaysToKey(day, -7);
        break;
      case 'ArrowDown':
        next = addDaysToKey(day, 7);
        break;
      // Start and end of the week row, as the APG date picker and cally do, but
      // kept to the month on screen: Home never changes the month (see
      // docs/decisions/calendar-keys.md).
      case 'Home': {
        const start = weekStartKey(day, this.weekStartsOn);
        next = start.startsWith(this.shownMonth) ? start : `${this.shownMonth}-01`;
        break;
      }
      case 'End': {
        const end = addDaysToKey(weekStartKey(day, this.weekStartsOn), 6);
        next = end.startsWith(this.shownMonth) ? end : lastDayOfMonth(this.shownMonth);
        break;
      }
      case 'PageUp':
        next = addMonthsToKey(day, event.shiftKey ? -12 : -1);
        break;
      case 'PageDown':
        next = addMonthsToKey(day, event.shiftKey ? 12 : 1);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.choose(day);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.moveTo(next, true);
  };

  /** Moves the grid's tab stop (and the month, when needed); `focus` also moves keyboard focus. */
  private moveTo(day: string, focus: boolean): void {
    this.active = day;
    this.focusGrid = focus;
    // Focus even when nothing changed (Home on the first day of the week).
    if (focus) this.requestUpdate();
    this.changeMonth(day.slice(0, 7));
  }

  /** The month on screen, or about to be (several clicks can come before one update). */
  private currentMonth(): string {
    return isMonthKey(this.month) ? this.month : this.shownMonth;
  }

  private changeMonth(month: string): void {
    // Past December 9999 there is no month to show (keys have four-digit years).
    if (month === this.currentMonth() || !isMonthKey(month)) return;
    this.month = month;
    this.emit('civic-month-change', { month });
  }

  private step(months: number): void {
    const month = this.currentMonth();
    const from = this.active?.startsWith(month) ? this.active : `${month}-01`;
    // Clamped: from 31 January, one month on is 28 (or 29) February.
    this.moveTo(addMonthsToKey(from, months), false);
  }

  private goToToday = (): void => {
    this.moveTo(this.today, false);
  };

  private chooseView(view: CalendarView): void {
    this.view = view;
  }

  private choose(day: string): void {
    this.moveTo(day, false);
    if (day !== this.selected) this.listLimit = LIST_PAGE;
    this.selected = day;
    this.chosen = true;
    const events = this.itemsOn(day).map(({ placed }) => placed.event);
    this.emit('civic-day-select', { date: day, events });
  }

  /**
   * Makes the .ics in the browser and hands it over as a download (a blob:
   * URL, fine under a strict CSP). The iCalendar writer loads on the first
   * press: most visits never add an event, so no page pays for it up front.
   */
  private async addToCalendar({ event, zone, zoneKnown }: Placed): Promise<void> {
    let writer: typeof import('./ics.js');
    try {
      writer = await import('./ics.js');
    } catch (error) {
      warnOnce(`the file for "Add to calendar" could not be loaded (${String(error)}).`);
      return;
    }
    const text = writer.eventToIcs(event, { zone, zoneKnown });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = writer.icsFileName(event.title);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'events-calendar': EventsCalendar;
  }
  interface HTMLElementEventMap {
    'civic-day-select': CustomEvent<DaySelectDetail>;
    'civic-month-change': CustomEvent<MonthChangeDetail>;
  }
}
