/** Feeds and small readers shared by the <events-calendar> tests. */
import type { EventsCalendar } from '../../../src/widgets/events-calendar/events-calendar.js';

export const stoke = {
  id: 'stoke-on-trent',
  name: 'Stoke-on-Trent',
  country: 'GB',
  timeZone: 'Europe/London',
};
export const pecs = { id: 'pecs', name: 'Pécs', country: 'HU', timeZone: 'Europe/Budapest' };

/** December 2026, the calendar's fixture month (the same events as demo/feeds/states/calendar-december.json). */
export const december = {
  version: 1,
  language: 'en-GB',
  cities: [stoke, pecs],
  networks: [{ id: 'unic', name: 'UNIC' }],
  events: [
    {
      id: 'late-kiln',
      title: 'Late-night kiln opening',
      start: '2026-12-03T23:30',
      end: '2026-12-04T01:00',
      summary: 'The door of the big kiln is unbricked just before midnight.',
      url: 'https://example.org/events/late-kiln',
      location: { name: 'Middleport Pottery', address: 'Port Street, Burslem' },
      city: 'stoke-on-trent',
    },
    {
      id: 'glaze-talk',
      title: 'Glaze talk',
      start: '2026-12-03T18:00',
      end: '2026-12-03T19:30',
      location: { name: 'Spode Works' },
      city: 'stoke-on-trent',
      network: 'unic',
    },
    {
      id: 'budget',
      title: 'Budget session',
      start: '2026-12-08T14:00',
      end: '2026-12-08T16:30',
      status: 'postponed',
      city: 'stoke-on-trent',
    },
    {
      id: 'exchange',
      title: 'Online exchange',
      start: '2026-12-09T18:00',
      end: '2026-12-09T19:30',
      online: 'https://example.org/join',
      city: 'pecs',
      network: 'unic',
    },
    {
      id: 'clay-day',
      title: 'Family clay day',
      start: '2026-12-10T10:30',
      end: '2026-12-10T15:30',
      status: 'cancelled',
      url: 'https://example.org/events/clay-day',
      city: 'stoke-on-trent',
    },
    {
      id: 'open-studio',
      title: 'Open studios',
      start: '2026-12-12T10:00',
      end: '2026-12-12T16:00',
      status: 'rescheduled',
      city: 'stoke-on-trent',
    },
    {
      id: 'biennial',
      title: 'Biennial week',
      start: '2026-12-14',
      end: '2026-12-17',
      city: 'stoke-on-trent',
      network: 'unic',
    },
    {
      id: 'market',
      title: "Makers' Christmas market",
      start: '2026-12-19',
      location: { name: 'Hanley Market Square' },
      city: 'stoke-on-trent',
    },
    {
      id: 'new-year',
      title: 'New year walk',
      start: '2027-01-02T10:00',
      end: '2027-01-02T12:00',
      city: 'stoke-on-trent',
    },
  ],
};

/** A feed with only some events (and the cities). */
export function feedWith(events: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  return { version: 1, language: 'en-GB', cities: [stoke, pecs], events, ...extra };
}

export function root(el: EventsCalendar): ShadowRoot {
  return el.shadowRoot!;
}

export function cell(el: EventsCalendar, day: string): HTMLTableCellElement {
  const found = root(el).querySelector<HTMLTableCellElement>(`td[data-day="${day}"]`);
  if (!found) throw new Error(`no cell for ${day}`);
  return found;
}

/** The accessible name a cell gets from its content (the parts not hidden from AT). */
export function cellName(el: EventsCalendar, day: string): string {
  return cell(el, day).querySelector('.visually-hidden')!.textContent.trim();
}

export function monthHeading(el: EventsCalendar): string {
  return root(el).querySelector('[part~=heading]')!.textContent.trim();
}

export function button(el: EventsCalendar, part: string): HTMLButtonElement {
  return root(el).querySelector<HTMLButtonElement>(`button[part~=${part}]`)!;
}

/** Titles of the events listed for the chosen day (or the whole list view). */
export function listedTitles(el: EventsCalendar, scope = '[part~=day-events]'): string[] {
  return [...root(el).querySelectorAll(`${scope} [part~=event-title]`)].map((h) =>
    h.textContent.replace(/\s+/g, ' ').trim(),
  );
}

export function focusedDay(el: EventsCalendar): string | undefined {
  return (root(el).activeElement as HTMLElement | null)?.dataset.day;
}

export async function nextFrame(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}
