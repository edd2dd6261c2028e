/**
 * `civic-feed export ics`: feed events as a calendar that Outlook, Google
 * Calendar and Apple Calendar can subscribe to, written by the core's one
 * iCalendar writer (the calendar's "Add to calendar" uses the same).
 */
import { eventZone } from '../core/event-zone.js';
import { writeIcs, type IcsResult } from '../core/ics.js';
import type { Feed } from '../feed/types.js';
import { VERSION } from './version.js';

export interface IcsExportOptions {
  /** DTSTAMP of every event (default: now). */
  now?: Date;
}

export function feedToIcs(feed: Feed, options: IcsExportOptions = {}): IcsResult {
  const cities = new Map(feed.cities.map((c) => [c.id, c]));
  return writeIcs(
    feed.events.map((event) => ({ event, zone: eventZone(event, cities) })),
    {
      now: (options.now ?? new Date()).getTime(),
      product: `-//civic-widgets//civic-feed ${VERSION}//EN`,
      name: feed.title,
    },
  );
}
