/**
 * Feed cities and events as schema.org JSON-LD, the structured data search
 * engines read for event listings. Google's event rich results require
 * name, startDate and location (a Place with an address, or a
 * VirtualLocation with a url) and recommend description, endDate,
 * eventStatus, eventAttendanceMode, image and organizer; all are filled from
 * the feed where it has them, URLs only through the safe-URL rule. Dates
 * carry an offset computed from the event's (or its city's) time zone,
 * because a local time alone is ambiguous.
 */
import { eventZone } from '../core/event-zone.js';
import { safeUrl } from '../core/url.js';
import { timeKind } from '../core/values.js';
import { formatOffset, pad, parseWall, type Wall } from '../core/wall.js';
import { offsetAt, wallToInstant } from '../core/zones.js';
import type { City, CivicEvent, Feed } from '../feed/types.js';

export interface JsonLdOptions {
  /** Base URL for @id values (default: the feed's url); without one, blank-node ids are used. */
  base?: string;
}

export interface JsonLdResult {
  document: Record<string, unknown>;
  notes: string[];
}

const STATUS: Record<string, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
};

/**
 * A feed time as schema.org wants it: dates as they are, local times with
 * seconds and the zone's offset at that moment ("2026-07-01T18:00:00+01:00"),
 * offset times as written.
 */
export function schemaDate(value: string, zone: string | undefined): string {
  if (timeKind(value) !== 'local') return value;
  const wall = parseWall(value) as Wall;
  const local = `${value.slice(0, 16)}:${pad(wall.second)}`;
  if (!zone) return local;
  return `${local}${formatOffset(offsetAt(wallToInstant(wall, zone), zone))}`;
}

function clean<T extends Record<string, unknown>>(obj: T): T {
  for (const key of Object.keys(obj)) if (obj[key] === undefined) delete obj[key];
  return obj;
}

export function feedToJsonLd(feed: Feed, options: JsonLdOptions = {}): JsonLdResult {
  const notes: string[] = [];
  const given = options.base ?? feed.url;
  // Cut the fragment once, by index: a pattern such as /#.*$/ is quadratic on many "#".
  const base = given === undefined ? undefined : given.split('#', 1)[0];
  const iri = (kind: string, id: string) =>
    base ? `${base}#${kind}-${encodeURIComponent(id)}` : `_:${kind}-${encodeURIComponent(id)}`;
  const cities = new Map(feed.cities.map((c) => [c.id, c]));
  const onlyCity = feed.cities.length === 1 ? feed.cities[0] : undefined;

  const cityNode = (city: City) =>
    clean({
      '@type': 'City',
      '@id': iri('city', city.id),
      name: city.name,
      description: city.summary ?? city.description,
      url: safeUrl(city.url),
      image: safeUrl(city.image?.url, { web: true }),
      geo: city.geo
        ? { '@type': 'GeoCoordinates', latitude: city.geo.lat, longitude: city.geo.lon }
        : undefined,
      address:
        city.country || city.region
          ? clean({
              '@type': 'PostalAddress',
              addressRegion: city.region,
              addressCountry: city.country,
            })
          : undefined,
    });

  const eventNode = (event: CivicEvent) => {
    const city = (event.city ? cities.get(event.city) : undefined) ?? onlyCity;
    const zone = eventZone(event, cities);
    if (!zone && timeKind(event.start) === 'local') {
      notes.push(
        `event ${JSON.stringify(event.id)}: local time without a time zone; give the event or its city a timeZone so the date has an offset`,
      );
    }
    const place = () =>
      clean({
        '@type': 'Place',
        name: event.location?.name ?? city?.name,
        address: clean({
          '@type': 'PostalAddress',
          streetAddress: event.location?.address,
          addressLocality: city?.name,
          addressRegion: city?.region,
          addressCountry: city?.country,
        }),
        geo: event.location?.geo
          ? {
              '@type': 'GeoCoordinates',
              latitude: event.location.geo.lat,
              longitude: event.location.geo.lon,
            }
          : undefined,
      });
    const virtual = () => ({
      '@type': 'VirtualLocation',
      url: safeUrl(event.online, { web: true }),
    });
    const physical = Boolean(event.location) || !event.online;
    const mode = event.online
      ? physical && event.location
        ? 'https://schema.org/MixedEventAttendanceMode'
        : 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode';
    const location = event.online ? (event.location ? [place(), virtual()] : virtual()) : place();
    if (!event.online && !event.location?.address && !city) {
      notes.push(
        `event ${JSON.stringify(event.id)}: no address and no city; Google needs a location address`,
      );
    }
    const image = safeUrl(event.image?.url, { web: true });
    return clean({
      '@type': 'Event',
      '@id': iri('event', event.id),
      name: event.title,
      startDate: schemaDate(event.start, zone),
      endDate: event.end ? schemaDate(event.end, zone) : undefined,
      eventStatus: STATUS[event.status ?? 'scheduled'],
      eventAttendanceMode: mode,
      location,
      description: event.description ?? event.summary,
      image: image ? [image] : undefined,
      url: safeUrl(event.url),
      inLanguage: event.language ?? feed.language,
      organizer: city
        ? clean({ '@type': 'Organization', name: city.name, url: safeUrl(city.url) })
        : undefined,
    });
  };

  return {
    document: {
      '@context': 'https://schema.org',
      '@graph': [...feed.cities.map(cityNode), ...feed.events.map(eventNode)],
    },
    notes,
  };
}

/** JSON text that is also safe inside <script type="application/ld+json"> (no "</script>"). */
export function jsonLdText(document: unknown): string {
  return `${JSON.stringify(document, null, 2).replace(/</g, '\\u003c')}\n`;
}
