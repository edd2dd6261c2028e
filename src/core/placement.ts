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
 * `placed`, `byMonth` and `long` are made on first use (the list view);
 * the grid reads `runs` through dayLists.
 */
export interface Placement<E extends PlaceableEvent = PlaceableEvent> {
  readonly placed: Placed<E>[];
  readonly byMonth: Map<string, Placed<E>[]>;
  readonly long: Placed<E>[];
  /** The events by start, in the calendar's order. */
  readonly runs: readonly Run<E>[];
}

const INDEX_MONTHS = 3;
/** The last day a feed can name: December 9999's grid runs into "10000-01-…", which sorts first. */
const LAST_KEY = '9999-12-31';
const clampKey = (key: string) => (key.length > LAST_KEY.length ? LAST_KEY : key);

// One collator for every sort: String#localeCompare builds one per call.
const titleOrder = new Intl.Collator();

/** Events with the same start, end and zone (and whether the feed named it): what they share. */
interface Slot<E extends PlaceableEvent> extends Omit<Placed<E>, 'event' | 'order'> {
  /**
   * A number that orders events as the calendar does (all-day first, by
   * first day; then timed, by start). All-day keys sit below every instant
   * a feed can name (year 1 is about -6.2e13 ms).
   */
  key: number;
  events: E[];
}

/**
 * The slots with one key (one start: one first day). Its events are placed
 * and ordered by title only when asked for: a grid needs a few a day, and
 * counts for the rest.
 */
export interface Run<E extends PlaceableEvent = PlaceableEvent> {
  slots: Slot<E>[];
  /** Its events, placed, in the calendar's order (made on the first call). */
  placed: () => Placed<E>[];
}

/** Months from one "YYYY-MM" (or a day in it) to another, inclusive; undefined past `max` months. */
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

/**
 * Filters and groups the events by start, end and zone, and orders the
 * groups: once per feed, filter or zone change. An event costs a few
 * lookups; objects per event are made for the days and lists shown.
 */
export function place<E extends PlaceableEvent>(
  events: readonly E[],
  options: PlaceOptions,
): Placement<E> {
  const { city, network, displayZone, viewerZone } = options;
  const cities = options.cities ?? new Map<string, ZonedCity>();
  // Feeds repeat the same times (a weekly slot, a 10:00 start) and the same
  // zone and city: each distinct start, end and zone is converted once, each
  // zone and city resolved once (nested maps keyed by the feed's own strings,
  // so no key is built per event).
  const zones = new Map<string, Map<string, string | null>>();
  const slotsByZone = new Map<string | null, Map<string, Map<string, Slot<E>>>>();
  const slots: Slot<E>[] = [];
  for (const event of events) {
    if (city && event.city !== city) continue;
    if (network && event.network !== network) continue;
    const timeZone = event.timeZone ?? '';
    const cityId = event.city ?? '';
    let byCity = zones.get(timeZone);
    if (!byCity) zones.set(timeZone, (byCity = new Map<string, string | null>()));
    let known = byCity.get(cityId);
    if (known === undefined) byCity.set(cityId, (known = eventZone(event, cities) ?? null));
    // Keyed by the zone the feed named, or null: "not named" is the viewer's zone, not known.
    let byStart = slotsByZone.get(known);
    if (!byStart) slotsByZone.set(known, (byStart = new Map<string, Map<string, Slot<E>>>()));
    let byEnd = byStart.get(event.start);
    if (!byEnd) byStart.set(event.start, (byEnd = new Map<string, Slot<E>>()));
    const end = event.end ?? '';
    let slot = byEnd.get(end);
    if (!slot) {
      const zone = known ?? viewerZone;
      const span = eventSpan(event.start, event.end, zone, displayZone);
      const { allDay, firstDay, lastDay } = span;
      slot = {
        span,
        key: allDay ? noonOfKey(firstDay) - 1e15 : (span.start ?? 0),
        // Most events last one day, which needs no date arithmetic.
        days: firstDay === lastDay ? 1 : dayDifference(firstDay, lastDay) + 1,
        zone,
        zoneKnown: known !== null,
        events: [],
      };
      byEnd.set(end, slot);
      slots.push(slot);
    }
    slot.events.push(event);
  }
  slots.sort((a, b) => a.key - b.key);
  // Needed only for events that start together and have the same title.
  let order: Map<E, number> | undefined;
  const feedOrder = (event: E) => (order ??= new Map(events.map((e, i) => [e, i]))).get(event)!;
  const runs: Run<E>[] = [];
  let count = 0;
  for (const slot of slots) {
    const last = runs[runs.length - 1];
    if (last?.slots[0].key === slot.key) {
      last.slots.push(slot);
    } else {
      const base = count;
      let list: Placed<E>[] | undefined;
      runs.push({
        slots: [slot],
        placed() {
          if (list) return list;
          list = this.slots.flatMap(({ events, zone, zoneKnown, span, days }) =>
            events.map((event) => ({ event, zone, zoneKnown, span, days, order: 0 })),
          );
          // Equal titles keep the feed's order (slots that start together are listed one after the other).
          list.sort(
            (a, b) =>
              titleOrder.compare(a.event.title, b.event.title) ||
              feedOrder(a.event) - feedOrder(b.event),
          );
          list.forEach((item, i) => (item.order = base + i));
          return list;
        },
      });
    }
    count += slot.events.length;
  }
  const whole = () => {
    const placed = runs.flatMap((run) => run.placed());
    const byMonth = new Map<string, Placed<E>[]>();
    const long: Placed<E>[] = [];
    for (const item of placed) {
      const { firstDay, lastDay } = item.span;
      const months = monthsBetween(firstDay, lastDay, INDEX_MONTHS);
      if (!months) long.push(item);
      for (const month of months ?? []) {
        let list = byMonth.get(month);
        if (!list) byMonth.set(month, (list = []));
        list.push(item);
      }
    }
    return { placed, byMonth, long };
  };
  let made: ReturnType<typeof whole> | undefined;
  const placement = { runs } as unknown as Placement<E>;
  for (const key of ['placed', 'byMonth', 'long'] as const)
    Object.defineProperty(placement, key, { get: () => (made ??= whole())[key] });
  return placement;
}

/** The placed events that touch the days from `from` to `to`, once each, in order. */
export function eventsBetween<E extends PlaceableEvent>(
  placement: Placement<E>,
  from: string,
  to: string,
): Placed<E>[] {
  to = clampKey(to);
  const months = monthsBetween(from, to, Infinity) ?? [];
  const found = [
    ...months.flatMap((month) => placement.byMonth.get(month) ?? []),
    ...placement.long,
  ]
    .filter(({ span }) => span.lastDay >= from && span.firstDay <= to)
    .sort((a, b) => a.order - b.order);
  // An event is listed under each month it covers: once each.
  return found.filter((item, i) => item !== found[i - 1]);
}

/** A day's events: how many, and the first of them in order, placed when asked for. */
export interface DayList<E extends PlaceableEvent = PlaceableEvent> {
  readonly length: number;
  /** The first `limit` events (all by default), in the calendar's order. */
  items(limit?: number): DayItem<E>[];
}

/**
 * Events by day for the days from `from` to `to` (the weeks on screen), as
 * counts: a day's events are placed and ordered by title only when its
 * list is read, and only as far as it is read.
 */
export function dayLists<E extends PlaceableEvent>(
  placement: Placement<E>,
  from: string,
  to: string,
): Map<string, DayList<E>> {
  to = clampKey(to);
  // Days are counted from `from` (an index into the range), so no date is written per slot;
  // counted, not compared: keys past 9999 ("10000-01-01") sort before "9999-12-31".
  const count = dayDifference(from, to) + 1;
  const runs: Run<E>[][] = [];
  const sizes: number[] = [];
  for (const run of placement.runs) {
    for (const { span, days, events } of run.slots) {
      if (span.lastDay < from || span.firstDay > to) continue;
      // Its first day, as an index into the range (negative when it began before).
      const first = dayDifference(from, span.firstDay);
      for (let i = Math.max(first, 0); i < Math.min(first + days, count); i++) {
        const list = (runs[i] ??= []);
        if (list.at(-1) !== run) list.push(run);
        sizes[i] = (sizes[i] ?? 0) + events.length;
      }
    }
  }
  const byDay = new Map<string, DayList<E>>();
  // forEach skips the days without events.
  runs.forEach((list, i) => {
    const day = addDaysToKey(from, i);
    byDay.set(day, {
      length: sizes[i],
      items(limit) {
        const found: DayItem<E>[] = [];
        for (const run of list) {
          // A run's events all start on its first day.
          const nth = dayDifference(run.slots[0].span.firstDay, day) + 1;
          for (const placed of run.placed()) {
            if (found.length === limit) return found;
            // Of a run with several ends, the events that reach this day.
            if (placed.span.lastDay >= day) found.push({ placed, day: nth });
          }
        }
        return found;
      },
    });
  });
  return byDay;
}

/** Events by day for the days from `from` to `to`, every list whole. */
export function bucket<E extends PlaceableEvent>(
  placement: Placement<E>,
  from: string,
  to: string,
): Map<string, DayItem<E>[]> {
  return new Map([...dayLists(placement, from, to)].map(([day, list]) => [day, list.items()]));
}

/** Today when it has events, else the next day of the month with events, else the first. */
export function firstDayWithEvents(
  byDay: ReadonlyMap<string, { readonly length: number }>,
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
