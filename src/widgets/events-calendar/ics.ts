/**
 * "Add to calendar": one event as an .ics file made in the browser, so no
 * server is needed. The file itself comes from the core's iCalendar writer,
 * the same one `civic-feed export ics` uses, so both give the same VEVENT.
 */
import { writeIcs, type IcsEvent } from '../../core/ics.js';

export interface IcsOptions {
  /** The zone the event's local times are read in (its own, else its city's). */
  zone: string;
  /**
   * False when `zone` is only the viewer's zone (the feed named none): the
   * file then names no zone, as `export ics` does for such an event.
   */
  zoneKnown?: boolean;
  /** DTSTAMP: when the file was made. */
  now?: number;
}

/** The whole .ics text for one event. */
export function eventToIcs(event: IcsEvent, options: IcsOptions): string {
  const { zone, zoneKnown = true, now = Date.now() } = options;
  return writeIcs([{ event, zone: zoneKnown ? zone : undefined }], {
    now,
    product: '-//civic-widgets//events-calendar//EN',
  }).text;
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
