/**
 * Feed events as an RFC 5545 calendar that Outlook, Google Calendar and
 * Apple Calendar can subscribe to: CRLF line ends, lines folded at 75
 * octets, TEXT escaping, a VTIMEZONE for every zone named in a TZID (the
 * RFC requires one; it is generated from Intl's rules for the years the
 * events span), all-day events as VALUE=DATE with an exclusive DTEND.
 */
import type { City, CivicEvent, Feed } from '../feed/types.js';
import {
  addDays,
  formatOffset,
  offsetAt,
  parseWall,
  transitions,
  wallFromMs,
  type Wall,
} from './tz.js';
import { escapeText, foldLine } from '../shared/ics-text.js';
import { VERSION } from './version.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const icsDate = (w: Wall) => `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}`;
const icsDateTime = (w: Wall) => `${icsDate(w)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
const icsUtc = (ms: number) => `${icsDateTime(wallFromMs(ms))}Z`;
const icsOffset = (minutes: number) => formatOffset(minutes).replace(':', '');

type Kind = 'date' | 'local' | 'offset';
function kindOf(value: string): Kind {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'date';
  return /(Z|[+-]\d{2}:\d{2})$/.test(value) ? 'offset' : 'local';
}

/** The zone an event's local times are read in: its own, else its city's (the contract's rule). */
export function eventZone(event: CivicEvent, cities: Map<string, City>): string | undefined {
  return event.timeZone ?? (event.city ? cities.get(event.city)?.timeZone : undefined);
}

/** A DTSTART/DTEND property for a feed time. */
function timeProperty(name: string, value: string, zone: string | undefined): string {
  const kind = kindOf(value);
  const wall = parseWall(value)!;
  if (kind === 'date') return `${name};VALUE=DATE:${icsDate(wall)}`;
  if (kind === 'offset') return `${name}:${icsUtc(Date.parse(value))}`;
  return zone ? `${name};TZID=${zone}:${icsDateTime(wall)}` : `${name}:${icsDateTime(wall)}`;
}

function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  const standardOf = (year: number) =>
    Math.min(offsetAt(Date.UTC(year, 0, 1), zone), offsetAt(Date.UTC(year, 6, 1), zone));
  const block = (at: number, from: number, to: number) => {
    const type = to > standardOf(wallFromMs(at).year) ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART of an observance is the local time just before the change (in the old offset).
    lines.push(
      `BEGIN:${type}`,
      `DTSTART:${icsDateTime(wallFromMs(at + from * 60000))}`,
      `TZOFFSETFROM:${icsOffset(from)}`,
      `TZOFFSETTO:${icsOffset(to)}`,
      `END:${type}`,
    );
  };
  const initial = offsetAt(start, zone);
  block(start, initial, initial);
  for (const t of transitions(zone, start, end)) block(t.at, t.from, t.to);
  lines.push('END:VTIMEZONE');
  return lines;
}

export interface IcsExportOptions {
  /** DTSTAMP of every event (default: now). */
  now?: Date;
}

export function feedToIcs(feed: Feed, options: IcsExportOptions = {}): string {
  const cities = new Map(feed.cities.map((c) => [c.id, c]));
  const stamp = icsUtc((options.now ?? new Date()).getTime());
  const zoneYears = new Map<string, [number, number]>();
  const events: string[][] = [];

  for (const event of feed.events) {
    const zone = eventZone(event, cities);
    const startKind = kindOf(event.start);
    const lines = ['BEGIN:VEVENT', `UID:${escapeText(event.id)}`, `DTSTAMP:${stamp}`];
    const usesZone = (value: string) => kindOf(value) === 'local' && zone;
    lines.push(timeProperty('DTSTART', event.start, zone));
    if (startKind === 'date') {
      // The contract's all-day end is the last day; iCalendar's DTEND is the day after.
      const last =
        event.end && kindOf(event.end) === 'date' ? parseWall(event.end)! : parseWall(event.start)!;
      lines.push(`DTEND;VALUE=DATE:${icsDate(addDays(last, 1))}`);
    } else if (event.end && kindOf(event.end) !== 'date') {
      lines.push(timeProperty('DTEND', event.end, zone));
    }
    for (const value of [event.start, event.end]) {
      if (value && usesZone(value)) {
        const year = parseWall(value)!.year;
        const [lo, hi] = zoneYears.get(zone!) ?? [year, year];
        zoneYears.set(zone!, [Math.min(lo, year), Math.max(hi, year)]);
      }
    }
    lines.push(`SUMMARY:${escapeText(event.title)}`);
    const description = [event.summary, event.description].filter(Boolean).join('\n\n');
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    const place = [event.location?.name, event.location?.address].filter(Boolean).join(', ');
    if (place) lines.push(`LOCATION:${escapeText(place)}`);
    else if (event.online) lines.push(`LOCATION:${escapeText(event.online)}`);
    if (event.location?.geo) lines.push(`GEO:${event.location.geo.lat};${event.location.geo.lon}`);
    if (event.online) lines.push(`CONFERENCE;VALUE=URI:${event.online}`);
    if (event.url) lines.push(`URL:${event.url}`);
    if (event.image) lines.push(`IMAGE;VALUE=URI:${event.image.url}`);
    if (event.status === 'cancelled') lines.push('STATUS:CANCELLED');
    else if (event.status === 'postponed') lines.push('STATUS:TENTATIVE');
    else lines.push('STATUS:CONFIRMED');
    if (event.updated) {
      const ms = Date.parse(event.updated);
      if (!Number.isNaN(ms)) lines.push(`LAST-MODIFIED:${icsUtc(ms)}`);
    }
    lines.push('END:VEVENT');
    events.push(lines);
  }

  const out = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//civic-widgets//civic-feed ${VERSION}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (feed.title) out.push(`X-WR-CALNAME:${escapeText(feed.title)}`);
  for (const [zone, [from, to]] of [...zoneYears].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out.push(...vtimezone(zone, from, to));
  }
  for (const lines of events) out.push(...lines);
  out.push('END:VCALENDAR');
  return `${out.map(foldLine).join('\r\n')}\r\n`;
}
