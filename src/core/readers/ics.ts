/**
 * iCalendar (RFC 5545) to feed events.
 *
 * ical.js reads the text (unfolding, escapes, parameters, RRULE syntax and
 * iteration). Time zones are handled here, with Intl, because calendars in
 * the wild name zones in ways ical.js cannot resolve on its own: Outlook
 * writes Windows names ("W. Europe Standard Time"), old Mozilla exports
 * write "/mozilla.org/…/Europe/Berlin", and some files have no VTIMEZONE.
 *
 * Recurrences are expanded in the wall-clock time of the event's own zone:
 * a meeting at 18:00 every Monday stays at 18:00 after the clocks change,
 * which is what RFC 5545 means and what residents expect.
 */
import { shortHash } from './hash.js';
import ICAL from 'ical.js';
import type { CivicEvent } from '../../feed/types.js';
import { htmlToText, looksLikeHtml, normalizeText } from './html.js';
import { ReaderError, type ReaderContext } from './context.js';
import type { FeedPart } from './feeds.js';
import {
  addDays,
  addMonths,
  formatDate,
  formatLocal,
  formatOffset,
  formatUtc,
  isIanaZone,
  parseWall,
  wallAt,
  wallFromMs,
  wallMs,
  wallToInstant,
  type Wall,
} from './zone.js';
import { windowsToIana } from './windows-zones.js';

type ICALComponent = InstanceType<typeof ICAL.Component>;
type ICALProperty = InstanceType<typeof ICAL.Property>;
type ICALTime = InstanceType<typeof ICAL.Time>;
type ICALTimezone = InstanceType<typeof ICAL.Timezone>;
type ICALRecur = InstanceType<typeof ICAL.Recur>;

export interface IcsImportOptions {
  /** First day of the window recurring events are expanded in (YYYY-MM-DD). */
  from: string;
  /** Length of that window in months. */
  months: number;
  city?: string;
  network?: string;
}

export interface IcsImportResult {
  events: CivicEvent[];
  /** X-WR-CALNAME, for the feed's title. */
  calendarName?: string;
  /** Things the person running the import should know (skipped events, unknown zones). */
  notes: string[];
}

type Zone =
  | { kind: 'iana'; name: string }
  | { kind: 'utc' }
  | { kind: 'floating' }
  | { kind: 'custom'; tzid: string; tz: ICALTimezone };

interface TimeValue {
  wall: Wall;
  isDate: boolean;
  zone: Zone;
}

/** Guards against rules that never end or produce absurd numbers of occurrences. */
const MAX_ITERATIONS = 200_000;
const MAX_ID = 200;

function wallOf(t: ICALTime): Wall {
  return {
    year: t.year,
    month: t.month,
    day: t.day,
    hour: t.hour,
    minute: t.minute,
    second: t.second,
  };
}

function floatingTime(w: Wall, isDate: boolean): ICALTime {
  return ICAL.Time.fromData(
    isDate
      ? { year: w.year, month: w.month, day: w.day, isDate: true }
      : {
          year: w.year,
          month: w.month,
          day: w.day,
          hour: w.hour,
          minute: w.minute,
          second: w.second,
          isDate: false,
        },
    ICAL.Timezone.localTimezone,
  );
}

function sameZone(a: Zone, b: Zone): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'iana' && b.kind === 'iana') return a.name === b.name;
  if (a.kind === 'custom' && b.kind === 'custom') return a.tzid === b.tzid;
  return true;
}

/** The instant a wall time in a zone names; null for floating times, which name none. */
function instantOf(w: Wall, zone: Zone): number | null {
  switch (zone.kind) {
    case 'iana':
      return wallToInstant(w, zone.name);
    case 'utc':
      return wallMs(w);
    case 'custom': {
      const t = ICAL.Time.fromData({ ...w, isDate: false }, zone.tz);
      return t.toUnixTime() * 1000;
    }
    case 'floating':
      return null;
  }
}

function wallIn(ms: number, zone: Zone): Wall {
  switch (zone.kind) {
    case 'iana':
      return wallAt(ms, zone.name);
    case 'custom': {
      const utc = ICAL.Time.fromData(
        { ...wallFromMs(ms), isDate: false },
        ICAL.Timezone.utcTimezone,
      );
      return wallOf(utc.convertToZone(zone.tz));
    }
    default:
      return wallFromMs(ms);
  }
}

/** A time value seen as a wall time in `target` (the event's own zone). */
function toZoneWall(t: TimeValue, target: Zone): Wall {
  if (
    t.isDate ||
    t.zone.kind === 'floating' ||
    target.kind === 'floating' ||
    sameZone(t.zone, target)
  ) {
    return t.wall;
  }
  const ms = instantOf(t.wall, t.zone);
  return ms === null ? t.wall : wallIn(ms, target);
}

function textValue(component: ICALComponent, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  return /^https?:\/\/\S+$/i.test(trimmed) ? trimmed : undefined;
}

const shortId = shortHash;

class Calendar {
  readonly notes: string[] = [];
  private readonly zones = new Map<string, Zone>();
  private readonly warned = new Set<string>();
  readonly defaultZone?: string;

  constructor(readonly root: ICALComponent) {
    const declared = textValue(root, 'x-wr-timezone');
    if (declared) {
      const zone = this.resolveTzid(declared);
      if (zone.kind === 'iana') this.defaultZone = zone.name;
    }
  }

  private vtimezone(tzid: string): ICALComponent | undefined {
    return this.root
      .getAllSubcomponents('vtimezone')
      .find((c) => String(c.getFirstPropertyValue('tzid') ?? '') === tzid);
  }

  /** TZID → zone: IANA names, Mozilla-prefixed names, Windows names, then the file's VTIMEZONE. */
  resolveTzid(tzid: string): Zone {
    const cached = this.zones.get(tzid);
    if (cached) return cached;
    const zone = this.lookup(tzid);
    this.zones.set(tzid, zone);
    return zone;
  }

  private lookup(raw: string): Zone {
    const tzid = raw.trim().replace(/^"|"$/g, '');
    if (/^(utc|gmt|z|etc\/utc|etc\/gmt)$/i.test(tzid)) return { kind: 'utc' };
    if (tzid.includes('/') && isIanaZone(tzid)) return { kind: 'iana', name: tzid };
    // "/mozilla.org/20070129_1/Europe/Berlin", "/softwarestudio.org/Olson_20011030_5/America/New_York"
    const tail = /([A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){1,2})$/.exec(tzid)?.[1];
    if (tail && isIanaZone(tail) && tail.includes('/')) return { kind: 'iana', name: tail };
    const windows = windowsToIana(tzid);
    if (windows) return { kind: 'iana', name: windows };
    const vtz = this.vtimezone(raw) ?? this.vtimezone(tzid);
    if (vtz) {
      const location = textValue(vtz, 'x-lic-location');
      if (location && isIanaZone(location)) return { kind: 'iana', name: location };
      return { kind: 'custom', tzid, tz: ICAL.Timezone.fromData({ component: vtz, tzid }) };
    }
    if (isIanaZone(tzid)) return { kind: 'iana', name: tzid };
    this.note(
      `TZID ${JSON.stringify(tzid)} is not a known time zone and the file has no VTIMEZONE for it; its times are kept as written (local time, no zone)`,
    );
    return { kind: 'floating' };
  }

  note(message: string): void {
    if (!this.warned.has(message)) {
      this.warned.add(message);
      this.notes.push(message);
    }
  }

  readTime(prop: ICALProperty | null | undefined, value?: unknown): TimeValue | null {
    if (!prop) return null;
    let v = value ?? prop.getFirstValue();
    if (v instanceof ICAL.Period) v = v.start;
    if (!(v instanceof ICAL.Time)) return null;
    return this.timeValue(prop, v);
  }

  private timeValue(prop: ICALProperty, v: ICALTime): TimeValue {
    const wall = wallOf(v);
    if (v.isDate) return { wall, isDate: true, zone: { kind: 'floating' } };
    if (v.zone === ICAL.Timezone.utcTimezone || v.zone?.tzid === 'UTC') {
      return { wall, isDate: false, zone: { kind: 'utc' } };
    }
    const tzid: unknown = prop.getParameter('tzid');
    const name: unknown = Array.isArray(tzid) ? tzid[0] : tzid;
    return {
      wall,
      isDate: false,
      zone: typeof name === 'string' && name ? this.resolveTzid(name) : { kind: 'floating' },
    };
  }

  /** Every value of a multi-valued property (EXDATE:a,b,c and repeated EXDATE lines). */
  readTimes(component: ICALComponent, name: string): TimeValue[] {
    return component.getAllProperties(name).flatMap((prop) =>
      prop.getValues().flatMap((v: unknown) => {
        const t = this.readTime(prop, v);
        return t ? [t] : [];
      }),
    );
  }
}

/** How the feed writes an event's times: a zone name with local times, UTC, an offset, or floating. */
type Out =
  | { kind: 'iana'; name: string }
  | { kind: 'utc' }
  | { kind: 'offset'; zone: Zone }
  | { kind: 'floating' };

function outputFor(zone: Zone, defaultZone: string | undefined): Out {
  if (zone.kind === 'iana') return zone;
  if (defaultZone) return { kind: 'iana', name: defaultZone };
  if (zone.kind === 'utc') return { kind: 'utc' };
  if (zone.kind === 'custom') return { kind: 'offset', zone };
  return { kind: 'floating' };
}

/** The feed's text for a wall time of the event's zone. */
function render(w: Wall, isDate: boolean, zone: Zone, out: Out): string {
  if (isDate) return formatDate(w);
  switch (out.kind) {
    case 'iana': {
      if (zone.kind === 'floating' || (zone.kind === 'iana' && zone.name === out.name))
        return formatLocal(w);
      const ms = instantOf(w, zone);
      return formatLocal(ms === null ? w : wallAt(ms, out.name));
    }
    case 'utc':
      return formatUtc(wallMs(w));
    case 'offset': {
      const ms = instantOf(w, zone)!;
      return `${formatLocal(w)}${formatOffset(Math.round((wallMs(w) - ms) / 60000))}`;
    }
    case 'floating':
      return formatLocal(w);
  }
}

function windowOf(options: IcsImportOptions): { start: number; end: number } {
  const from = parseWall(options.from)!;
  return { start: wallMs(from), end: wallMs(addMonths(from, options.months)) };
}

/** Converts iCalendar text; throws ReaderError when the text is not iCalendar. */
export function importIcs(text: string, options: IcsImportOptions): IcsImportResult {
  let jcal: unknown;
  try {
    jcal = ICAL.parse(text);
  } catch (error) {
    throw new ReaderError(`not an iCalendar file: ${(error as Error).message}`);
  }
  const list = (Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal]) as unknown[];
  const roots = list.map((j) => new ICAL.Component(j as unknown[]));
  if (!roots.some((r) => r.name === 'vcalendar')) {
    throw new ReaderError('not an iCalendar file: no BEGIN:VCALENDAR');
  }
  const events: CivicEvent[] = [];
  const notes: string[] = [];
  let calendarName: string | undefined;
  const usedIds = new Set<string>();
  const window = windowOf(options);

  for (const root of roots.filter((r) => r.name === 'vcalendar')) {
    const cal = new Calendar(root);
    calendarName ??= textValue(root, 'x-wr-calname');
    const masters = new Map<string, ICALComponent>();
    const overrides = new Map<string, ICALComponent[]>();
    const singles: [string, ICALComponent][] = [];
    for (const vevent of root.getAllSubcomponents('vevent')) {
      const klass = String(vevent.getFirstPropertyValue('class') ?? '').toUpperCase();
      if (klass === 'PRIVATE' || klass === 'CONFIDENTIAL') {
        cal.note(
          `skipped ${klass.toLowerCase()} events (CLASS:${klass}): they are not meant to be published`,
        );
        continue;
      }
      let uid = textValue(vevent, 'uid');
      if (!uid) {
        // No UID (against RFC 5545): derive a stable one so re-imports keep the same ids.
        uid = `event-${shortId(`${vevent.getFirstProperty('dtstart')?.toICALString()}|${textValue(vevent, 'summary')}`)}`;
      }
      if (vevent.getFirstProperty('recurrence-id')) {
        overrides.set(uid, [...(overrides.get(uid) ?? []), vevent]);
      } else if (masters.has(uid)) {
        singles.push([uid, vevent]); // a second VEVENT with the same UID: keep it, with its own id
      } else {
        masters.set(uid, vevent);
      }
    }

    const addEvent = (event: CivicEvent) => {
      let id = event.id;
      for (let n = 2; usedIds.has(id); n++) id = `${event.id}-${n}`;
      usedIds.add(id);
      events.push({ ...event, id });
    };

    for (const [uid, master] of masters) {
      for (const e of expand(cal, uid, master, overrides.get(uid) ?? [], window, options))
        addEvent(e);
      overrides.delete(uid);
    }
    for (const [uid, vevent] of singles) {
      for (const e of expand(cal, uid, vevent, [], window, options, true)) addEvent(e);
    }
    // Overrides whose series is not in the file: each is an event of its own.
    for (const [uid, list] of overrides) {
      for (const vevent of list) {
        for (const e of expand(cal, uid, vevent, [], window, options, true)) addEvent(e);
      }
    }
    notes.push(...cal.notes);
  }
  events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
  return { events, calendarName, notes };
}

interface Timing {
  start: TimeValue;
  /** Length in wall-clock milliseconds (nominal: a 2-hour meeting stays 2 hours on the clock). */
  duration?: number;
}

function timingOf(cal: Calendar, vevent: ICALComponent): Timing | null {
  const start = cal.readTime(vevent.getFirstProperty('dtstart'));
  if (!start) return null;
  const end = cal.readTime(vevent.getFirstProperty('dtend'));
  let duration: number | undefined;
  if (end) {
    duration = wallMs(start.isDate ? end.wall : toZoneWall(end, start.zone)) - wallMs(start.wall);
    if (start.isDate && !end.isDate)
      duration = wallMs({ ...end.wall, hour: 0, minute: 0, second: 0 }) - wallMs(start.wall);
  } else {
    const d = vevent.getFirstPropertyValue('duration');
    if (d instanceof ICAL.Duration) duration = d.toSeconds() * 1000;
    else if (start.isDate) duration = 86400_000; // RFC 5545: an all-day event without DTEND lasts one day
  }
  return { start, duration };
}

/** The feed's `end` for an occurrence starting at `w`: inclusive last day for all-day events. */
function endFor(w: Wall, timing: Timing, zone: Zone, out: Out): string | undefined {
  const { duration, start } = timing;
  if (duration === undefined || duration <= 0) return undefined;
  if (start.isDate) {
    // iCalendar's DTEND is exclusive (the day after); the contract's end is the last day itself.
    const days = Math.round(duration / 86400_000);
    return days <= 1 ? undefined : formatDate(addDays(w, days - 1));
  }
  return render(wallFromMs(wallMs(w) + duration), false, zone, out);
}

/** Fields that come from the VEVENT itself, whatever the occurrence. */
function details(
  cal: Calendar,
  vevent: ICALComponent,
  options: IcsImportOptions,
): Partial<CivicEvent> {
  const e: Partial<CivicEvent> = {};
  const summary = textValue(vevent, 'summary');
  if (summary)
    e.title = looksLikeHtml(summary) ? htmlToText(summary) : normalizeText(summary, false);
  const altDesc = vevent
    .getAllProperties('x-alt-desc')
    .find((p) => String(p.getParameter('fmttype') ?? '').toLowerCase() === 'text/html');
  const description =
    textValue(vevent, 'description') ?? (altDesc ? String(altDesc.getFirstValue()) : undefined);
  if (description) {
    const text = looksLikeHtml(description)
      ? htmlToText(description, { paragraphs: true })
      : normalizeText(description, true);
    if (text) e.description = text;
  }
  const url = textValue(vevent, 'url');
  if (url) e.url = url.trim();
  const location = textValue(vevent, 'location');
  const online =
    httpUrl(textValue(vevent, 'conference')) ??
    httpUrl(textValue(vevent, 'x-google-conference')) ??
    httpUrl(textValue(vevent, 'x-microsoft-skypeteamsmeetingurl'));
  if (location) {
    const asUrl = httpUrl(location);
    if (asUrl) e.online = asUrl;
    else e.location = { name: normalizeText(location, false) };
  }
  if (online && !e.online) e.online = online;
  const geo = vevent.getFirstPropertyValue('geo');
  if (Array.isArray(geo) && geo.length === 2 && geo.every((n) => typeof n === 'number')) {
    e.location = { ...(e.location ?? {}), geo: { lat: geo[0], lon: geo[1] } };
  }
  const image =
    vevent.getAllProperties('image').map((p) => httpUrl(String(p.getFirstValue())))[0] ??
    vevent
      .getAllProperties('attach')
      .filter((p) => /^image\//i.test(String(p.getParameter('fmttype') ?? '')))
      .map((p) => httpUrl(String(p.getFirstValue())))[0];
  if (image) e.image = { url: image };
  const status = String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase();
  if (status === 'CANCELLED') e.status = 'cancelled';
  const modified = cal.readTime(vevent.getFirstProperty('last-modified'));
  if (modified) {
    const ms = instantOf(
      modified.wall,
      modified.zone.kind === 'floating' ? { kind: 'utc' } : modified.zone,
    );
    if (ms !== null) e.updated = formatUtc(ms);
  }
  if (options.city) e.city = options.city;
  if (options.network) e.network = options.network;
  return e;
}

function* expand(
  cal: Calendar,
  uid: string,
  master: ICALComponent,
  overrides: ICALComponent[],
  window: { start: number; end: number },
  options: IcsImportOptions,
  /** A stray override or a duplicate UID: one event, identified by its start. */
  single = false,
): Generator<CivicEvent> {
  const timing = timingOf(cal, master);
  const title = textValue(master, 'summary');
  if (!timing) {
    cal.note(`skipped ${JSON.stringify(title ?? uid)}: it has no DTSTART`);
    return;
  }
  const zone = timing.start.zone;
  const out = outputFor(zone, cal.defaultZone);
  const base = details(cal, master, options);
  if (!base.title) {
    cal.note(`skipped event ${JSON.stringify(uid)}: it has no SUMMARY (title)`);
    return;
  }
  const safeUid = uid.length > MAX_ID - 30 ? shortId(uid) : uid;
  const make = (
    startWall: Wall,
    t: Timing,
    fields: Partial<CivicEvent>,
    id: string,
    series?: string,
  ): CivicEvent => {
    const event = {
      id,
      ...fields,
      start: render(startWall, t.start.isDate, zone, out),
    } as CivicEvent;
    const end = endFor(startWall, t, zone, out);
    if (end) event.end = end;
    if (out.kind === 'iana' && !t.start.isDate) event.timeZone = out.name;
    if (series) event.series = series;
    return orderFields(event);
  };

  const rrules = master.getAllProperties('rrule').map((p) => p.getFirstValue() as ICALRecur);
  const rdates = cal.readTimes(master, 'rdate');
  if (single || (rrules.length === 0 && rdates.length === 0)) {
    const id = single
      ? `${safeUid}/${render(timing.start.wall, timing.start.isDate, zone, out)}`
      : safeUid;
    yield make(timing.start.wall, timing, base, id);
    return;
  }

  // Occurrences, keyed by their wall time in the event's zone.
  const occurrences = new Map<number, Wall>();
  const inWindow = (w: Wall) => wallMs(w) >= window.start && wallMs(w) < window.end;
  for (const rule of rrules) {
    const recur = rule.clone();
    if (recur.until) {
      // UNTIL is often UTC while DTSTART is local: compare both as wall times of the event's zone.
      const untilValue: TimeValue = recur.until.isDate
        ? { wall: wallOf(recur.until), isDate: true, zone: { kind: 'floating' } }
        : {
            wall: wallOf(recur.until),
            isDate: false,
            zone: recur.until.zone === ICAL.Timezone.utcTimezone ? { kind: 'utc' } : zone,
          };
      let untilWall = toZoneWall(untilValue, zone);
      if (untilValue.isDate && !timing.start.isDate)
        untilWall = { ...untilWall, hour: 23, minute: 59, second: 59 };
      recur.until = floatingTime(untilWall, timing.start.isDate);
    }
    const iterator = recur.iterator(floatingTime(timing.start.wall, timing.start.isDate));
    let n = 0;
    for (let next = iterator.next(); next; next = iterator.next()) {
      const w = wallOf(next);
      if (wallMs(w) >= window.end) break;
      if (inWindow(w)) occurrences.set(wallMs(w), w);
      if (++n >= MAX_ITERATIONS) {
        cal.note(
          `stopped expanding ${JSON.stringify(title)} after ${MAX_ITERATIONS.toLocaleString('en')} occurrences`,
        );
        break;
      }
    }
  }
  for (const rdate of rdates) {
    const w = toZoneWall(rdate, zone);
    if (inWindow(w)) occurrences.set(wallMs(w), w);
  }
  for (const exdate of cal.readTimes(master, 'exdate')) {
    if (exdate.isDate && !timing.start.isDate) {
      // A date EXDATE on a timed series removes that day's occurrence.
      for (const [key, w] of occurrences)
        if (formatDate(w) === formatDate(exdate.wall)) occurrences.delete(key);
    } else {
      occurrences.delete(wallMs(toZoneWall(exdate, zone)));
    }
  }

  const series = safeUid;
  const idFor = (w: Wall) => `${safeUid}/${render(w, timing.start.isDate, zone, out)}`;
  const results: CivicEvent[] = [];
  for (const override of overrides) {
    const rid = cal.readTime(override.getFirstProperty('recurrence-id'));
    const overrideTiming = timingOf(cal, override);
    if (!rid || !overrideTiming) continue;
    const ridWall = timing.start.isDate ? rid.wall : toZoneWall(rid, zone);
    const startWall = toZoneWall(overrideTiming.start, zone);
    const wasListed = occurrences.delete(wallMs(ridWall));
    if (!wasListed && !inWindow(startWall)) continue;
    // The id keeps the original start, so a moved meeting stays the same record.
    const fields = { ...base, ...details(cal, override, options) };
    const t: Timing = {
      start: { ...overrideTiming.start, zone },
      duration: overrideTiming.duration ?? timing.duration,
    };
    results.push(make(startWall, t, fields, idFor(ridWall), series));
  }
  for (const w of occurrences.values()) results.push(make(w, timing, base, idFor(w), series));
  yield* results;
}

/** A stable, readable field order in the output (id, title, start, end, timeZone first). */
function orderFields(event: CivicEvent): CivicEvent {
  const order = [
    'id',
    'title',
    'start',
    'end',
    'timeZone',
    'status',
    'summary',
    'description',
    'location',
    'online',
    'url',
    'image',
    'city',
    'network',
    'series',
    'updated',
  ];
  const out: Record<string, unknown> = {};
  for (const key of order)
    if ((event as Record<string, unknown>)[key] !== undefined)
      out[key] = (event as Record<string, unknown>)[key];
  return out as CivicEvent;
}

/** The reader's entry: iCalendar text to events (window from ctx.from/ctx.to, else one year). */
export function readIcs(text: string, ctx: ReaderContext): FeedPart {
  const from = ctx.from ?? '1970-01-01';
  const months = ctx.to ? monthsBetween(from, ctx.to) : 12;
  const result = importIcs(text, { from, months, city: ctx.city, network: ctx.network });
  for (const note of result.notes)
    ctx.problems.push({ path: '', message: note, severity: 'warning' });
  return { events: result.events, title: result.calendarName };
}

function monthsBetween(from: string, to: string): number {
  const a = parseWall(from)!;
  const b = parseWall(to)!;
  return Math.max(1, (b.year - a.year) * 12 + b.month - a.month + 1);
}
