/**
 * Where a calendar's events go: which days each event covers in the
 * calendar's zone, events by day for the days on screen, the day to open
 * first, and the list view's runs. Pure: no DOM, no Lit, no clock (today is
 * passed in), so it is tested in Node under several process time zones.
 */
import { addDaysToKey, dayDifference, lastDayOfMonth, noonOfKey } from './days.js';
import { eventZone, type ZonedCity, type ZonedEvent } from './event-zone.js';
import { eventSpan, type EventSpan } from './values.js';

/** The fields of a feed event that placement reads (the core does not import the feed's types). */
export interface PlaceableEvent extends ZonedEvent {
  title: string;
  start: string;
  end?: string;
  network?: string;
}

/** One event placed in the calendar: computed once per data, filter or zone change. */
export interface Placed<E extends PlaceableEvent = PlaceableEvent> {
  event: E;
  /** The zone the event's own times are shown in. */
  zone: string;
  /** False when the feed named no zone for it (the viewer's is used, as the contract says). */
  zoneKnown: boolean;
  span: EventSpan;
  /** Days covered in the calendar's zone. */
  days: number;
  /** Position in the calendar's order (all-day first, then by start, then by title). */
  order: number;
}

/** An event on one day: `day` is 1 on its first day. */
export interface DayItem<E extends PlaceableEvent = PlaceableEvent> {
  placed: Placed<E>;
  day: number;
}

export interface PlaceOptions {
  /** Only events of this city (`event.city`). */
  city?: string;
  /** Only events of this network (`event.network`). */
  network?: string;
  /** The zone that decides the day an event is on. */
  displayZone: string;
  /** The zone for events whose feed names none. */
  viewerZone: string;
  /** The feed's cities by id: an event without `timeZone` takes its city's (see eventZone). */
  cities?: ReadonlyMap<string, ZonedCity>;
}

/**
 * Events indexed by month: an event is listed under each month it covers,
 * up to INDEX_MONTHS; longer ones (a year-long exhibition, a feed's event
 * "until 9999") are kept apart and checked for every range, so no event can
 * make the index (or the grid) enumerate thousands of months or days.
 */
export interface Placement<E extends PlaceableEvent = PlaceableEvent> {
  placed: Placed<E>[];
  byMonth: Map<string, Placed<E>[]>;
  long: Placed<E>[];
}

const INDEX_MONTHS = 3;
/** The last day a feed can name: December 9999's grid runs into "10000-01-…", which sorts first. */
const LAST_KEY = '9999-12-31';
const clampKey = (key: string) => (key.length > LAST_KEY.length ? LAST_KEY : key);

// One collator for every sort: String#localeCompare builds one per call.
const titleOrder = new Intl.Collator();

/** A lower-case ASCII letter or a digit: distinct, never ignored, and in code order in the root collation. */
const plain = (code: number) => (code >= 48 && code <= 57) || (code >= 97 && code <= 122);

/**
 * Languages whose collation orders letters and digits as the root collation
 * does (no "ch", "aa" or "ij" of their own): there, titles that first differ
 * at a lower-case letter or a digit compare as their code units.
 */
const ROOT_ORDER = /^(en|fr|de|it|nl|pt)\b/.test(titleOrder.resolvedOptions().locale);

/**
 * The collator's order of two titles, asking it only when needed: up to
 * where two titles first differ they are the same text, so if both have a
 * lower-case letter or a digit there (or one ends there and the other goes
 * on with one), that place decides, as it would for the collator. Busy
 * calendars sort thousands of titles that differ by a number.
 */
export function compareTitles(a: string, b: string): number {
  if (a === b) return 0;
  if (ROOT_ORDER) {
    const length = Math.min(a.length, b.length);
    let i = 0;
    while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (i === a.length ? plain(y) : i === b.length ? plain(x) : plain(x) && plain(y)) {
      return i === a.length ? -1 : i === b.length ? 1 : x - y;
    }
  }
  return titleOrder.compare(a, b);
}

/** What events with the same start, end and zone share. */
interface Slot<E extends PlaceableEvent> {
  span: EventSpan;
  /**
   * A number that orders events as the calendar does (all-day first, by
   * first day; then timed, by start). All-day keys sit below every instant
   * a feed can name (year 1 is about -6.2e13 ms).
   */
  key: number;
  /** Days covered; most events last one day, which needs no date arithmetic. */
  days: number;
  /** The month lists it goes in (empty when it is too long for the index). */
  months: Placed<E>[][];
  /** Its events, in the feed's order until sorted. */
  items: Placed<E>[];
}

/** Months from one "YYYY-MM" to another, inclusive; undefined past `max` months. */
function monthsBetween(from: string, to: string, max: number): string[] | undefined {
  const index = (key: string) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
  const first = index(from);
  const count = index(to) - first + 1;
  if (count > max) return undefined;
  // Counted, not compared: a key past 9999 ("10000-01") sorts before "9999-12".
  return Array.from({ length: Math.max(count, 0) }, (_, i) => {
    const n = first + i;
    return `${String(Math.floor(n / 12)).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
}

/**
 * Filters, places, sorts and indexes the events: once per feed, filter or
 * zone change. The work is per distinct time, not per event: feeds repeat
 * the same times (a weekly slot, a 10:00 start) and the same zone and city,
 * so each distinct start, end and zone is converted once, each zone and city
 * resolved once (nested maps keyed by the feed's own strings, so no key is
 * built per event), and the sort orders the distinct times as numbers,
 * asking the collator only within a tie.
 */
export function place<E extends PlaceableEvent>(
  events: readonly E[],
  options: PlaceOptions,
): Placement<E> {
  const { city, network, displayZone, viewerZone } = options;
  const cities = options.cities ?? new Map<string, ZonedCity>();
  const zones = new Map<string, Map<string, string | null>>();
  const slotsByZone = new Map<string, Map<string, Map<string, Slot<E>>>>();
  const slots: Slot<E>[] = [];
  const byMonth = new Map<string, Placed<E>[]>();
  const long: Placed<E>[] = [];
  const monthList = (month: string) => {
    let list = byMonth.get(month);
    if (!list) byMonth.set(month, (list = []));
    return list;
  };
  // The zone and city of the previous event: most events share them with the one before.
  let lastZone: string | undefined;
  let lastCity = '';
  let known: string | null = null;
  let zone = viewerZone;
  let byStart = new Map<string, Map<string, Slot<E>>>();
  let index = 0;
  for (const event of events) {
    if (city && event.city !== city) continue;
    if (network && event.network !== network) continue;
    const timeZone = event.timeZone ?? '';
    const cityId = event.city ?? '';
    if (timeZone !== lastZone || cityId !== lastCity) {
      lastZone = timeZone;
      lastCity = cityId;
      let byCity = zones.get(timeZone);
      if (!byCity) zones.set(timeZone, (byCity = new Map<string, string | null>()));
      let found = byCity.get(cityId);
      if (found === undefined) byCity.set(cityId, (found = eventZone(event, cities) ?? null));
      known = found;
      zone = known ?? viewerZone;
      let here = slotsByZone.get(zone);
      if (!here) slotsByZone.set(zone, (here = new Map<string, Map<string, Slot<E>>>()));
      byStart = here;
    }
    let byEnd = byStart.get(event.start);
    if (!byEnd) byStart.set(event.start, (byEnd = new Map<string, Slot<E>>()));
    const end = event.end ?? '';
    let slot = byEnd.get(end);
    if (!slot) {
      const span = eventSpan(event.start, event.end, zone, displayZone);
      const first = span.firstDay.slice(0, 7);
      const last = span.lastDay.slice(0, 7);
      const months = first === last ? [first] : monthsBetween(first, last, INDEX_MONTHS);
      slot = {
        span,
        key: span.allDay ? noonOfKey(span.firstDay) - 1e15 : (span.start ?? 0),
        days: span.firstDay === span.lastDay ? 1 : dayDifference(span.firstDay, span.lastDay) + 1,
        months: months?.map(monthList) ?? [],
        items: [],
      };
      byEnd.set(end, slot);
      slots.push(slot);
    }
    slot.items.push({
      event,
      zone,
      zoneKnown: known !== null,
      span: slot.span,
      days: slot.days,
      order: index++,
    });
  }
  slots.sort((a, b) => a.key - b.key);
  const placed: Placed<E>[] = [];
  for (let i = 0; i < slots.length;) {
    // Slots with the same key (same start, other ends or zones) form one run, ordered by title.
    let j = i + 1;
    while (j < slots.length && slots[j].key === slots[i].key) j++;
    const run = slots.slice(i, j);
    const items = run.length === 1 ? run[0].items : run.flatMap((slot) => slot.items);
    // Until here `order` is the place in the feed: equal titles keep the feed's order.
    if (items.length > 1)
      items.sort((a, b) => compareTitles(a.event.title, b.event.title) || a.order - b.order);
    const slotOf = run.length === 1 ? undefined : new Map(run.map((slot) => [slot.span, slot]));
    for (const item of items) {
      item.order = placed.length;
      placed.push(item);
      // Each month list gets its events in order; events too long for the index go apart.
      const { months } = slotOf?.get(item.span) ?? run[0];
      if (!months.length) long.push(item);
      for (const list of months) list.push(item);
    }
    i = j;
  }
  return { placed, byMonth, long };
}

/** True when the events are in the calendar's order already (one month's list always is). */
function inOrder(items: readonly Placed[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i].order < items[i - 1].order) return false;
  return true;
}

/** The placed events that touch the days from `from` to `to`, once each, in order. */
export function eventsBetween<E extends PlaceableEvent>(
  placement: Placement<E>,
  from: string,
  to: string,
): Placed<E>[] {
  const found: Placed<E>[] = [];
  to = clampKey(to);
  const months = monthsBetween(from.slice(0, 7), to.slice(0, 7), Infinity) ?? [];
  for (const month of months) {
    for (const item of placement.byMonth.get(month) ?? []) {
      const { firstDay, lastDay } = item.span;
      if (lastDay < from || firstDay > to) continue;
      // Listed under each month it covers: keep it only under the first one in range.
      const shownFrom = firstDay < from ? from : firstDay;
      if (shownFrom.slice(0, 7) === month) found.push(item);
    }
  }
  for (const item of placement.long) {
    if (item.span.lastDay >= from && item.span.firstDay <= to) found.push(item);
  }
  // Lists of several months, one after the other, need a sort only when they interleave.
  return inOrder(found) ? found : found.sort((a, b) => a.order - b.order);
}

/** Events by day for the days from `from` to `to` (the weeks on screen). */
export function bucket<E extends PlaceableEvent>(
  placement: Placement<E>,
  from: string,
  to: string,
): Map<string, DayItem<E>[]> {
  to = clampKey(to);
  // Days are counted from `from` (an index into the range), so no date is written per event;
  // counted, not compared: keys past 9999 ("10000-01-01") sort before "9999-12-31".
  const count = dayDifference(from, to) + 1;
  const lists: DayItem<E>[][] = [];
  let span: EventSpan | undefined;
  let first = 0;
  for (const placed of eventsBetween(placement, from, to)) {
    // The event's first day, as an index into the range (negative when it began before);
    // events in a row often share their span.
    if (placed.span !== span) {
      span = placed.span;
      first = dayDifference(from, span.firstDay);
    }
    const start = Math.max(first, 0);
    const end = Math.min(first + placed.days, count);
    for (let i = start; i < end; i++) (lists[i] ??= []).push({ placed, day: i - first + 1 });
  }
  const byDay = new Map<string, DayItem<E>[]>();
  for (let i = 0; i < count; i++) if (lists[i]) byDay.set(addDaysToKey(from, i), lists[i]);
  return byDay;
}

/** Today when it has events, else the next day of the month with events, else the first. */
export function firstDayWithEvents(
  byDay: ReadonlyMap<string, readonly DayItem[]>,
  month: string,
  today: string,
): string | undefined {
  let first: string | undefined;
  const start = `${month}-01`;
  const count = dayDifference(start, lastDayOfMonth(month));
  for (let i = 0; i <= count; i++) {
    const day = addDaysToKey(start, i);
    if (!byDay.get(day)?.length) continue;
    if (day >= today) return day;
    first ??= day;
  }
  return first;
}

/** One entry of the list view: an event once in the range, under the day it is listed on. */
export interface ListEntry<E extends PlaceableEvent = PlaceableEvent> {
  placed: Placed<E>;
  /** The day it is listed under: its first day, or the range's first when it began before. */
  day: string;
  /** It began before the range ("continues"). */
  continues: boolean;
  /** Its last day, when it goes on after the day it is listed under ("until …"). */
  until?: string;
}

/** The list view of a range: each event once, under the first of its days in the range. */
export function listEntries<E extends PlaceableEvent>(
  placement: Placement<E>,
  from: string,
  to: string,
): ListEntry<E>[] {
  return eventsBetween(placement, from, to)
    .map((placed) => {
      const { firstDay, lastDay } = placed.span;
      const day = firstDay < from ? from : firstDay;
      return {
        placed,
        day,
        continues: firstDay < from,
        ...(lastDay > day ? { until: lastDay } : {}),
      };
    })
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.placed.order - b.placed.order));
}
