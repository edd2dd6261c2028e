/**
 * Where a calendar's events go: which days each event covers in the
 * calendar's zone, events by day for the days on screen, the day to open
 * first, and the list view's runs. Pure: no DOM, no Lit, no clock (today is
 * passed in), so it is tested in Node under several process time zones.
 */
import { addDaysToKey, dayDifference, lastDayOfMonth, noonOfKey } from './days.js';
import { eventZone, type ZonedCity, type ZonedEvent } from './event-zone.js';
import { eventSpan, type EventSpan } from './values.js';
import { pad } from './wall.js';

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

/** What events with the same start, end and zone share. */
interface Slot {
  span: EventSpan;
  /**
   * A number that orders events as the calendar does (all-day first, by
   * first day; then timed, by start). All-day keys sit below every instant
   * a feed can name (year 1 is about -6.2e13 ms).
   */
  key: number;
  /** Days covered; most events last one day, which needs no date arithmetic. */
  days: number;
}

function makeSlot(span: EventSpan): Slot {
  return {
    span,
    key: span.allDay ? noonOfKey(span.firstDay) - 1e15 : (span.start ?? 0),
    days: span.firstDay === span.lastDay ? 1 : dayDifference(span.firstDay, span.lastDay) + 1,
  };
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
    return `${pad(Math.floor(n / 12), 4)}-${pad((n % 12) + 1)}`;
  });
}

/** Filters, places, sorts and indexes the events: once per feed, filter or zone change. */
export function place<E extends PlaceableEvent>(
  events: readonly E[],
  options: PlaceOptions,
): Placement<E> {
  const { city, network, displayZone, viewerZone } = options;
  const cities = options.cities ?? new Map<string, ZonedCity>();
  // Feeds repeat the same times (a weekly slot, a 10:00 start) and the same
  // zone and city: each distinct start, end and zone is converted once, each
  // zone and city resolved once (nested maps keyed by the feed's own strings,
  // so no key is built per event); spans are never changed after.
  const zones = new Map<string, Map<string, string | null>>();
  const slots = new Map<string, Map<string, Map<string, Slot>>>();
  // Events by sort key: the keys are sorted as numbers, and the collator only
  // orders events that start together, by title.
  const groups = new Map<number, Placed<E>[]>();
  for (const event of events) {
    if (city && event.city !== city) continue;
    if (network && event.network !== network) continue;
    const timeZone = event.timeZone ?? '';
    const cityId = event.city ?? '';
    let byCity = zones.get(timeZone);
    if (!byCity) zones.set(timeZone, (byCity = new Map<string, string | null>()));
    let known = byCity.get(cityId);
    if (known === undefined) byCity.set(cityId, (known = eventZone(event, cities) ?? null));
    const zone = known ?? viewerZone;
    let byStart = slots.get(zone);
    if (!byStart) slots.set(zone, (byStart = new Map<string, Map<string, Slot>>()));
    let byEnd = byStart.get(event.start);
    if (!byEnd) byStart.set(event.start, (byEnd = new Map<string, Slot>()));
    const end = event.end ?? '';
    let slot = byEnd.get(end);
    if (!slot)
      byEnd.set(end, (slot = makeSlot(eventSpan(event.start, event.end, zone, displayZone))));
    let group = groups.get(slot.key);
    if (!group) groups.set(slot.key, (group = []));
    group.push({
      event,
      zone,
      zoneKnown: known !== null,
      span: slot.span,
      days: slot.days,
      order: 0,
    });
  }
  const placed: Placed<E>[] = [];
  for (const key of [...groups.keys()].sort((a, b) => a - b)) {
    const group = groups.get(key)!;
    if (group.length > 1) group.sort((a, b) => titleOrder.compare(a.event.title, b.event.title));
    for (const item of group) placed.push(item);
  }
  const byMonth = new Map<string, Placed<E>[]>();
  const long: Placed<E>[] = [];
  placed.forEach((item, i) => {
    item.order = i;
    const first = item.span.firstDay.slice(0, 7);
    const last = item.span.lastDay.slice(0, 7);
    const months = first === last ? [first] : monthsBetween(first, last, INDEX_MONTHS);
    if (!months) {
      long.push(item);
      return;
    }
    for (const month of months) {
      let list = byMonth.get(month);
      if (!list) byMonth.set(month, (list = []));
      list.push(item);
    }
  });
  return { placed, byMonth, long };
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
  return found.every((item, i) => !i || found[i - 1].order < item.order)
    ? found
    : found.sort((a, b) => a.order - b.order);
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
  let firstDay = '';
  let first = 0;
  for (const placed of eventsBetween(placement, from, to)) {
    // The event's first day, as an index into the range (negative when it began before);
    // events in a row often start on the same day.
    if (placed.span.firstDay !== firstDay) {
      firstDay = placed.span.firstDay;
      first = dayDifference(from, firstDay);
    }
    const start = Math.max(first, 0);
    const end = Math.min(first + placed.days, count);
    for (let i = start; i < end; i++) (lists[i] ??= []).push({ placed, day: i - first + 1 });
  }
  const byDay = new Map<string, DayItem<E>[]>();
  // forEach skips the days without events.
  lists.forEach((list, i) => byDay.set(addDaysToKey(from, i), list));
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
