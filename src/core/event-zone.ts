/**
 * Which zone an event's local times are read in: the event's own `timeZone`,
 * else its city's (the contract's rule, docs/feed-format.md), where an event
 * that names no city in a feed of one city is that city's; else none. A
 * name this runtime does not know counts as none. With none, a widget reads
 * the times in the viewer's zone and an export writes them as they are
 * (floating), and both say the zone was not known.
 */
import { canonicalZone } from './zones.js';

/** The fields of an event and of a city that the rule reads. */
export interface ZonedEvent {
  timeZone?: string;
  city?: string;
}
export interface ZonedCity {
  id: string;
  timeZone?: string;
}

/** Canonical IANA name of the zone an event names directly or through its city. */
export function eventZone(
  event: ZonedEvent,
  cities: ReadonlyMap<string, ZonedCity>,
): string | undefined {
  const own = canonicalZone(event.timeZone);
  if (own) return own;
  const city = event.city
    ? cities.get(event.city)
    : cities.size === 1
      ? cities.values().next().value
      : undefined;
  return canonicalZone(city?.timeZone);
}
