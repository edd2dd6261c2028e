/**
 * The one iCalendar (RFC 5545) writer, for the calendar's "Add to calendar"
 * and for `civic-feed export ics`, so both write the same VEVENT for the
 * same event:
 *
 * - UID is `<event id>@civic-widgets`. Feed ids are unique within a feed and
 *   kept by the hub's aggregate, and the suffix keeps them apart from other
 *   producers' UIDs (RFC 5545 3.8.4.7). A resident who subscribes to a hub
 *   calendar and also adds one of its events gets the event once.
 * - Times: a date is VALUE=DATE; a local or offset time in a known zone is
 *   written with TZID and a VTIMEZONE; without a known zone a local time is
 *   floating (the reader's own clock) and an offset time is UTC.
 * - DTEND: an all-day event ends the day after its last day (exclusive, as
 *   calendar apps expect); a timed event whose end is a date ends at the
 *   midnight closing that day in its zone; an end not after the start is left
 *   out.
 * - Every TEXT value and parameter is escaped, every line folded; URLs go
 *   through the safe-URL rule and a refused one is reported, not written.
 * - VTIMEZONE covers only the years in which a written time falls, so the
 *   work per event is bounded however long the event runs (to 9999, say).
 */
import { addDaysToKey } from './days.js';
import { escapeText, foldLine, paramValue } from './ics-text.js';
import { safeUrl, urlProblem, type UrlRule } from './url.js';
import { eventEndInstant, eventInstant, isAllDay, timeKind } from './values.js';
import { DAY, pad, parseWall, wallFromMs, wallMs, formatOffset, type Wall } from './wall.js';
import { offsetAt, wallAt, zoneTransitions } from './zones.js';

/** The fields of a feed event the writer reads (a CivicEvent fits). */
export interface IcsEvent {
  id: string;
  title: string;
  start: string;
  end?: string;
  summary?: string;
  description?: string;
  location?: { name?: string; address?: string; geo?: { lat: number; lon: number } };
  online?: string;
  url?: string;
  image?: { url: string };
  status?: string;
  updated?: string;
}

export interface IcsEntry {
  event: IcsEvent;
  /** The event's zone from `eventZone`; undefined when the feed names none. */
  zone: string | undefined;
}

export interface IcsOptions {
  /** DTSTAMP of every event, milliseconds since the epoch. */
  now: number;
  /** PRODID: who made the file. */
  product?: string;
  /** X-WR-CALNAME: the calendar's name in calendar apps. */
  name?: string;
}

export interface IcsProblem {
  eventId: string;
  field: string;
  message: string;
}

export interface IcsResult {
  text: string;
  /** Values left out of the file, with the reason. */
  problems: IcsProblem[];
}

/** The UID every writer gives an event (see the module comment). */
export const icsUid = (id: string): string => `${id}@civic-widgets`;

const STATUS: Record<string, string> = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

const icsDate = (w: Wall): string => `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}`;
const icsDateTime = (w: Wall): string =>
  `${icsDate(w)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
const icsUtc = (ms: number): string => `${icsDateTime(wallFromMs(Math.floor(ms / 1000) * 1000))}Z`;
const yearStart = (year: number): number =>
  wallMs({ year, month: 1, day: 1, hour: 0, minute: 0, second: 0 });

/** Writes one calendar; `zoneYears` collects, per zone, the years its VTIMEZONE must cover. */
function vevent(
  { event, zone }: IcsEntry,
  stamp: string,
  zoneYears: Map<string, Set<number>>,
  problems: IcsProblem[],
): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(icsUid(event.id))}`, `DTSTAMP:${stamp}`];
  const tzid = zone ? `;TZID=${paramValue(zone)}` : '';
  const timed = (name: string, value: string, instant: number): string => {
    if (zone) {
      const w = wallAt(instant, zone);
      let years = zoneYears.get(zone);
      if (!years) zoneYears.set(zone, (years = new Set()));
      years.add(w.year);
      return `${name}${tzid}:${icsDateTime(w)}`;
    }
    if (timeKind(value) === 'offset') return `${name}:${icsUtc(instant)}`;
    // Floating: the wall time as written (for a date end, the midnight after it).
    const w = parseWall(value)!;
    return `${name}:${icsDateTime(isAllDay(value) ? wallFromMs(wallMs(w) + DAY) : w)}`;
  };

  if (isAllDay(event.start)) {
    const last =
      event.end && event.end.slice(0, 10) > event.start ? event.end.slice(0, 10) : event.start;
    lines.push(
      `DTSTART;VALUE=DATE:${event.start.replace(/-/g, '')}`,
      `DTEND;VALUE=DATE:${addDaysToKey(last, 1).replace(/-/g, '')}`,
    );
  } else {
    // Without a zone, times are compared as written (UTC stands in for the reader's zone).
    const start = eventInstant(event.start, zone ?? 'UTC');
    const end = eventEndInstant(event.end, zone ?? 'UTC');
    lines.push(timed('DTSTART', event.start, start));
    if (event.end && end !== undefined && end > start) lines.push(timed('DTEND', event.end, end));
  }

  const link = (field: string, value: string | undefined, rule: UrlRule): string | undefined => {
    if (value === undefined) return undefined;
    const href = safeUrl(value, rule);
    if (!href) problems.push({ eventId: event.id, field, message: urlProblem(value, rule)! });
    return href;
  };
  const online = link('online', event.online, { web: true });
  const url = link('url', event.url, {});
  const image = link('image.url', event.image?.url, { web: true });

  lines.push(`SUMMARY:${escapeText(event.title)}`);
  // The online address also goes in the text: many calendar apps ignore CONFERENCE.
  const description = [event.summary, event.description, online].filter(Boolean).join('\n\n');
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  const place = [event.location?.name, event.location?.address].filter(Boolean).join(', ');
  if (place || online) lines.push(`LOCATION:${escapeText(place || online!)}`);
  const geo = event.location?.geo;
  if (geo && Number.isFinite(geo.lat) && Number.isFinite(geo.lon)) {
    lines.push(`GEO:${geo.lat};${geo.lon}`);
  }
  if (online) lines.push(`CONFERENCE;VALUE=URI:${online}`);
  if (url) lines.push(`URL:${url}`);
  if (image) lines.push(`IMAGE;VALUE=URI:${image}`);
  lines.push(`STATUS:${STATUS[event.status ?? 'scheduled'] ?? 'CONFIRMED'}`);
  const updated = event.updated ? Date.parse(event.updated) : Number.NaN;
  if (!Number.isNaN(updated)) lines.push(`LAST-MODIFIED:${icsUtc(updated)}`);
  lines.push('END:VEVENT');
  return lines;
}

/**
 * A VTIMEZONE for `zone` covering the given years: the offset in force at
 * the start of each year and every change within it. Each observance's
 * DTSTART is local time in the offset it replaces, as the RFC says.
 */
export function vtimezone(zone: string, years: Iterable<number>): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${escapeText(zone)}`];
  const standardOf = (year: number) =>
    Math.min(offsetAt(yearStart(year), zone), offsetAt(yearStart(year) + 181 * DAY, zone));
  const observance = (at: number, before: number, after: number) => {
    const year = wallFromMs(at).year;
    const kind = after > standardOf(year) ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${icsDateTime(wallFromMs(at + before))}`,
      `TZOFFSETFROM:${formatOffset(before, '')}`,
      `TZOFFSETTO:${formatOffset(after, '')}`,
      `END:${kind}`,
    );
  };
  let last: number | undefined;
  for (const year of [...years].sort((a, b) => a - b)) {
    // From the day before the year: a time early on 1 January may sit before a change.
    const from = yearStart(year) - DAY;
    const offset = offsetAt(from, zone);
    if (offset !== last) observance(from, last ?? offset, offset);
    last = offset;
    for (const change of zoneTransitions(zone, from, yearStart(year + 1))) {
      observance(change.at, change.before, change.after);
      last = change.after;
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** A whole calendar: one VEVENT per entry, a VTIMEZONE for every zone a TZID names. */
export function writeIcs(entries: readonly IcsEntry[], options: IcsOptions): IcsResult {
  const problems: IcsProblem[] = [];
  const zoneYears = new Map<string, Set<number>>();
  const stamp = icsUtc(options.now);
  const events = entries.flatMap((entry) => vevent(entry, stamp, zoneYears, problems));
  const head = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.product ?? '-//civic-widgets//civic-widgets//EN')}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.name) head.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  const zones = [...zoneYears].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = [
    ...head,
    ...zones.flatMap(([zone, years]) => vtimezone(zone, years)),
    ...events,
    'END:VCALENDAR',
  ];
  return { text: `${lines.map(foldLine).join('\r\n')}\r\n`, problems };
}
