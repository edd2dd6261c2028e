/**
 * One event as an iCalendar file (RFC 5545) for "Add to calendar", made in
 * the browser so no server is needed: CRLF line ends, lines folded at 75
 * octets, TEXT escaped, times with a TZID and the VTIMEZONE the RFC requires
 * for it (built from Intl for the years the event touches), all-day events
 * as VALUE=DATE with the exclusive DTEND calendar apps expect.
 */
import type { CivicEvent } from '../../feed/types.js';
import {
  addDaysToKey,
  eventInstant,
  hasOffset,
  isAllDay,
  offsetAt,
  zonedParts,
  zonedToInstant,
  zoneTransitions,
} from '../../shared/dates.js';
import { escapeText, foldLine } from '../../shared/ics-text.js';
import { safeUrl } from '../../shared/url.js';

export interface IcsOptions {
  /** The zone the event's local times are read in: its own, its city's, else the viewer's. */
  zone: string;
  /**
   * False when `zone` is only the viewer's zone (the feed named none): times
   * that carry an offset are then written in UTC rather than in a zone the
   * publisher never chose.
   */
  zoneKnown?: boolean;
  /** DTSTAMP: when the file was made. */
  now?: number;
}

export { escapeText, foldLine } from '../../shared/ics-text.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function wall(instant: number, zone: string): string {
  const p = zonedParts(instant, zone);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

function utc(instant: number): string {
  return new Date(Math.floor(instant / 1000) * 1000).toISOString().replace(/[-:]|\.\d+/g, '');
}

const date = (key: string) => key.replace(/-/g, '');

function offset(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const seconds = Math.abs(Math.round(ms / 1000));
  const hh = Math.floor(seconds / 3600);
  const mm = Math.floor((seconds % 3600) / 60);
  const ss = seconds % 60;
  return `${sign}${pad(hh)}${pad(mm)}${ss ? pad(ss) : ''}`;
}

/**
 * A VTIMEZONE for `zone` valid from a little before `from` to `to`: the
 * offset in force then, and every change in between (each observance's
 * DTSTART is local time in the offset it replaces, as the RFC says).
 */
export function vtimezone(zone: string, from: number, to: number): string[] {
  const start = Date.UTC(new Date(from).getUTCFullYear(), 0, 1) - 86_400_000;
  const end = Date.UTC(new Date(to).getUTCFullYear() + 1, 0, 1);
  const changes = zoneTransitions(zone, start, end);
  const first = offsetAt(start, zone);
  const lowest = Math.min(first, ...changes.map((c) => c.after));
  const observance = (at: number, before: number, after: number) => {
    const kind = after > lowest ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${kind}`,
      `DTSTART:${utc(at + before).slice(0, 15)}`,
      `TZOFFSETFROM:${offset(before)}`,
      `TZOFFSETTO:${offset(after)}`,
      `END:${kind}`,
    ];
  };
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...observance(start, first, first),
    ...changes.flatMap((c) => observance(c.at, c.before, c.after)),
    'END:VTIMEZONE',
  ];
}

/** The status a calendar app understands for a feed status. */
const STATUS: Record<string, string> = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** The whole .ics text for one event. */
export function eventToIcs(event: CivicEvent, options: IcsOptions): string {
  const { zone, zoneKnown = true, now = Date.now() } = options;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//civic-widgets//events-calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  const body = [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${event.id}@civic-widgets`)}`,
    `DTSTAMP:${utc(now)}`,
  ];

  if (isAllDay(event.start)) {
    const last = event.end ? event.end.slice(0, 10) : event.start;
    const exclusiveEnd = addDaysToKey(last < event.start ? event.start : last, 1);
    body.push(`DTSTART;VALUE=DATE:${date(event.start)}`, `DTEND;VALUE=DATE:${date(exclusiveEnd)}`);
  } else {
    const start = eventInstant(event.start, zone);
    const end = event.end
      ? isAllDay(event.end)
        ? zonedToInstant(`${addDaysToKey(event.end, 1)}T00:00`, zone)
        : eventInstant(event.end, zone)
      : undefined;
    const named = zoneKnown || !hasOffset(event.start);
    const time = (name: string, instant: number) =>
      named ? `${name};TZID=${zone}:${wall(instant, zone)}` : `${name}:${utc(instant)}`;
    if (named) lines.push(...vtimezone(zone, start, end ?? start));
    body.push(time('DTSTART', start));
    if (end !== undefined && end > start) body.push(time('DTEND', end));
  }

  body.push(`SUMMARY:${escapeText(event.title)}`);
  const online = safeUrl(event.online, { web: true });
  const description = [event.summary, event.description, online].filter(Boolean).join('\n\n');
  if (description) body.push(`DESCRIPTION:${escapeText(description)}`);
  const place = [event.location?.name, event.location?.address].filter(Boolean).join(', ');
  if (place || online) body.push(`LOCATION:${escapeText(place || online!)}`);
  if (event.location?.geo) body.push(`GEO:${event.location.geo.lat};${event.location.geo.lon}`);
  const url = safeUrl(event.url);
  if (url) body.push(`URL:${url}`);
  body.push(`STATUS:${STATUS[event.status ?? 'scheduled']}`);
  if (event.updated) body.push(`LAST-MODIFIED:${utc(Date.parse(event.updated))}`);
  body.push('END:VEVENT');

  return `${[...lines, ...body, 'END:VCALENDAR'].map(foldLine).join('\r\n')}\r\n`;
}

/** A file name from the title: "Late-night kiln opening" → "late-night-kiln-opening.ics". */
export function icsFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'event'}.ics`;
}
