/**
 * iCalendar (RFC 5545) to feed events.
 *
 * ical.js reads the text (after ics-lines.ts has set aside what it cannot
 * read) and steps through RRULEs. Zones are resolved here, because
 * calendars in the wild name them in ways ical.js cannot resolve alone:
 * Windows names ("W. Europe Standard Time"), "/mozilla.org/…/Europe/Berlin",
 * any letter case, or a VTIMEZONE only. Recurrences are expanded in the wall
 * time of the event's own zone (18:00 stays 18:00 after the clocks change),
 * within a budget of steps and time per rule and caps on occurrences.
 */
import ICAL from 'ical.js';
import type { CivicEvent } from '../../feed/types.js';
import { drop, ReaderError, warn, type ReaderContext } from './context.js';
import { uniqueIds, type FeedPart } from './feeds.js';
import { shortHash } from './hash.js';
import { textOrHtml } from './html.js';
import { DROP_MARKER, sanitizeIcs } from './ics-lines.js';
import { windowsToIana } from './windows-zones.js';
import {
  addDays,
  addMonths,
  daysInMonth,
  formatDate,
  formatLocal,
  formatOffset,
  formatUtc,
  parseWall,
  wallFromMs,
  wallMs,
  type Wall,
} from '../wall.js';
import { canonicalZone, wallAt, wallToInstant } from '../zones.js';

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Time = InstanceType<typeof ICAL.Time>;
type Timezone = InstanceType<typeof ICAL.Timezone>;
type Recur = InstanceType<typeof ICAL.Recur>;

/** Steps ical.js may take for one rule (each candidate date is a step, kept or not). */
export const RULE_STEP_BUDGET = 100_000;
/** Time one rule may take, whatever it returns (ical.js needs ~5 ms a month for some rules). */
export const RULE_TIME_BUDGET_MS = 1_000;
/** Occurrences kept per series and per import; beyond them a problem says what was left out. */
export const SERIES_CAP = 2_000;
export const IMPORT_CAP = 20_000;
const MAX_ID = 200;
const DAY = 86_400_000;

type Zone =
  | { kind: 'iana'; name: string }
  | { kind: 'utc' }
  | { kind: 'floating' }
  | { kind: 'custom'; tzid: string; tz: Timezone };

interface TimeValue {
  wall: Wall;
  isDate: boolean;
  zone: Zone;
  /** The end of an RDATE;VALUE=PERIOD, as a length in wall-clock ms. */
  duration?: number;
}

const wallOf = (t: Time): Wall => ({
  year: t.year,
  month: t.month,
  day: t.day,
  hour: t.hour,
  minute: t.minute,
  second: t.second,
});

function floatingTime(w: Wall, isDate: boolean): Time {
  return ICAL.Time.fromData(
    isDate ? { year: w.year, month: w.month, day: w.day, isDate: true } : { ...w, isDate: false },
    ICAL.Timezone.localTimezone,
  );
}

function instantOf(w: Wall, zone: Zone): number | null {
  switch (zone.kind) {
    case 'iana':
      return wallToInstant(w, zone.name);
    case 'utc':
      return wallMs(w);
    case 'custom':
      return ICAL.Time.fromData({ ...w, isDate: false }, zone.tz).toUnixTime() * 1000;
    case 'floating':
      return null;
  }
}

function wallIn(ms: number, zone: Zone): Wall {
  if (zone.kind === 'iana') return wallAt(ms, zone.name);
  if (zone.kind === 'custom')
    return wallOf(
      ICAL.Time.fromData(
        { ...wallFromMs(ms), isDate: false },
        ICAL.Timezone.utcTimezone,
      ).convertToZone(zone.tz),
    );
  return wallFromMs(ms);
}

const sameZone = (a: Zone, b: Zone) =>
  a.kind === b.kind &&
  (a.kind !== 'iana' || a.name === (b as { name: string }).name) &&
  (a.kind !== 'custom' || a.tzid === (b as { tzid: string }).tzid);

/** A time value as a wall time in `target` (the event's own zone). */
function toZoneWall(t: TimeValue, target: Zone): Wall {
  if (
    t.isDate ||
    t.zone.kind === 'floating' ||
    target.kind === 'floating' ||
    sameZone(t.zone, target)
  )
    return t.wall;
  const ms = instantOf(t.wall, t.zone);
  return ms === null ? t.wall : wallIn(ms, target);
}

function textValue(component: Component, name: string): string | undefined {
  const value: unknown = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function httpUrl(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && /^https?:\/\/\S+$/i.test(trimmed) ? trimmed : undefined;
}

class Calendar {
  private readonly zones = new Map<string, Zone>();
  private readonly vtimezones = new Map<string, Component>();
  readonly defaultZone?: string;

  constructor(
    readonly root: Component,
    readonly ctx: ReaderContext,
  ) {
    for (const vtz of root.getAllSubcomponents('vtimezone'))
      this.vtimezones.set(String(vtz.getFirstPropertyValue('tzid') ?? '').toLowerCase(), vtz);
    const declared = textValue(root, 'x-wr-timezone');
    const zone = declared ? this.resolveTzid(declared) : undefined;
    // A zone the user gives wins over the file's; else X-WR-TIMEZONE, as Google writes it.
    this.defaultZone = ctx.explicitZone
      ? ctx.timeZone
      : zone?.kind === 'iana'
        ? zone.name
        : undefined;
  }

  /** TZID → zone: IANA in any case, Mozilla-prefixed, Windows ids and names, then VTIMEZONE. */
  resolveTzid(raw: string): Zone {
    let zone = this.zones.get(raw);
    if (!zone) {
      zone = this.lookup(raw);
      this.zones.set(raw, zone);
    }
    return zone;
  }

  private lookup(raw: string): Zone {
    const tzid = raw.trim().replace(/^"|"$/g, '');
    if (/^(utc|gmt|z|etc\/utc|etc\/gmt)$/i.test(tzid)) return { kind: 'utc' };
    const direct = tzid.includes('/') ? canonicalZone(tzid) : undefined;
    if (direct) return { kind: 'iana', name: direct };
    // "/mozilla.org/20070129_1/Europe/Berlin": the last two or three segments.
    const segments = tzid.split('/').filter(Boolean);
    for (const n of [3, 2]) {
      const tail = segments.length > n ? canonicalZone(segments.slice(-n).join('/')) : undefined;
      if (tail) return { kind: 'iana', name: tail };
    }
    const windows = windowsToIana(tzid);
    if (windows) return { kind: 'iana', name: canonicalZone(windows) ?? windows };
    const vtz = this.vtimezones.get(raw.toLowerCase()) ?? this.vtimezones.get(tzid.toLowerCase());
    if (vtz) {
      const location = canonicalZone(textValue(vtz, 'x-lic-location') ?? '');
      if (location) return { kind: 'iana', name: location };
      return { kind: 'custom', tzid, tz: ICAL.Timezone.fromData({ component: vtz, tzid }) };
    }
    const plain = canonicalZone(tzid);
    if (plain) return { kind: 'iana', name: plain };
    warn(
      this.ctx,
      '',
      `TZID ${JSON.stringify(tzid.slice(0, 80))} is not a known time zone and the file has no VTIMEZONE for it; its times are read in ${this.ctx.timeZone}`,
    );
    return this.ctx.explicitZone || this.ctx.timeZone !== 'UTC'
      ? { kind: 'iana', name: this.ctx.timeZone }
      : { kind: 'floating' };
  }

  readTime(prop: Property | null | undefined, value?: unknown): TimeValue | null {
    if (!prop) return null;
    let v = value ?? prop.getFirstValue();
    let duration: number | undefined;
    if (v instanceof ICAL.Period) {
      const end = v.end ?? (v.duration ? v.start.clone() : null);
      if (end && v.duration) end.addDuration(v.duration);
      if (end) duration = wallMs(wallOf(end)) - wallMs(wallOf(v.start));
      v = v.start;
    }
    if (!(v instanceof ICAL.Time)) return null;
    const wall = wallOf(v);
    if (v.isDate) return { wall, isDate: true, zone: { kind: 'floating' } };
    if (v.zone === ICAL.Timezone.utcTimezone || v.zone?.tzid === 'UTC')
      return { wall, isDate: false, zone: { kind: 'utc' }, duration };
    const tzid: unknown = prop.getParameter('tzid');
    const name: unknown = Array.isArray(tzid) ? tzid[0] : tzid;
    const zone: Zone =
      typeof name === 'string' && name
        ? this.resolveTzid(name)
        : this.ctx.explicitZone
          ? { kind: 'iana', name: this.ctx.timeZone }
          : { kind: 'floating' };
    return { wall, isDate: false, zone, duration };
  }

  /** Every value of a multi-valued property (EXDATE:a,b,c and repeated lines). */
  readTimes(component: Component, name: string): TimeValue[] {
    const found: TimeValue[] = [];
    for (const prop of component.getAllProperties(name))
      for (const v of prop.getValues() as unknown[]) {
        const t = this.readTime(prop, v);
        if (t) found.push(t);
      }
    return found;
  }
}

/** How the feed writes an event's times: zone name with local times, UTC, an offset, or floating. */
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
      return `${formatLocal(w)}${formatOffset(wallMs(w) - ms)}`;
    }
    case 'floating':
      return formatLocal(w);
  }
}

interface Timing {
  start: TimeValue;
  /** Length in wall-clock ms (a 2-hour meeting stays 2 hours on the clock). */
  duration?: number;
}

function timingOf(cal: Calendar, vevent: Component): Timing | null {
  const start = cal.readTime(vevent.getFirstProperty('dtstart'));
  if (!start) return null;
  const end = cal.readTime(vevent.getFirstProperty('dtend'));
  let duration: number | undefined;
  if (end) {
    duration = start.isDate
      ? wallMs({ ...end.wall, hour: 0, minute: 0, second: 0 }) - wallMs(start.wall)
      : wallMs(toZoneWall(end, start.zone)) - wallMs(start.wall);
  } else {
    const d: unknown = vevent.getFirstPropertyValue('duration');
    if (d instanceof ICAL.Duration) duration = d.toSeconds() * 1000;
    else if (start.isDate) duration = DAY; // RFC 5545: an all-day event without DTEND lasts one day
  }
  return { start, duration };
}

/** The feed's `end` for an occurrence at `w`: the inclusive last day for all-day events. */
function endFor(
  w: Wall,
  isDate: boolean,
  duration: number | undefined,
  zone: Zone,
  out: Out,
): string | undefined {
  if (duration === undefined || duration <= 0) return undefined;
  if (isDate) {
    // iCalendar's DTEND is exclusive (the day after); the contract's end is the last day itself.
    const days = Math.round(duration / DAY);
    return days <= 1 ? undefined : formatDate(addDays(w, days - 1));
  }
  return render(wallFromMs(wallMs(w) + duration), false, zone, out);
}

/** Fields that come from the VEVENT itself, whatever the occurrence. */
function details(cal: Calendar, vevent: Component): Partial<CivicEvent> {
  const e: Partial<CivicEvent> = {};
  const title = textOrHtml(textValue(vevent, 'summary'));
  if (title) e.title = title;
  const altDesc = vevent
    .getAllProperties('x-alt-desc')
    .find((p) => String(p.getParameter('fmttype') ?? '').toLowerCase() === 'text/html');
  // ical.js leaves X- values escaped: "\\," and "\\;" are undone here.
  const altText = altDesc
    ? String(altDesc.getFirstValue()).replace(/\\([\\;,nN])/g, (_, c: string) =>
        c === 'n' || c === 'N' ? '\n' : c,
      )
    : undefined;
  const description = textOrHtml(textValue(vevent, 'description') ?? altText, true);
  if (description) e.description = description;
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
    else e.location = { name: textOrHtml(location) ?? location.trim() };
  }
  if (online && !e.online) e.online = online;
  const geo: unknown = vevent.getFirstPropertyValue('geo');
  if (Array.isArray(geo) && geo.length === 2 && geo.every((n) => typeof n === 'number'))
    e.location = { ...(e.location ?? {}), geo: { lat: geo[0], lon: geo[1] } };
  const image =
    vevent.getAllProperties('image').map((p) => httpUrl(String(p.getFirstValue())))[0] ??
    vevent
      .getAllProperties('attach')
      .filter((p) => /^image\//i.test(String(p.getParameter('fmttype') ?? '')))
      .map((p) => httpUrl(String(p.getFirstValue())))[0];
  if (image) e.image = { url: image };
  if (String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED')
    e.status = 'cancelled';
  const modified = cal.readTime(vevent.getFirstProperty('last-modified'));
  if (modified) {
    const ms = instantOf(
      modified.wall,
      modified.zone.kind === 'floating' ? { kind: 'utc' } : modified.zone,
    );
    if (ms !== null) e.updated = formatUtc(ms);
  }
  if (cal.ctx.city) e.city = cal.ctx.city;
  if (cal.ctx.network) e.network = cal.ctx.network;
  return e;
}

/** A stable, readable field order in the output. */
const ORDER = [
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
] as const;

function ordered(event: Record<string, unknown>): CivicEvent {
  const out: Record<string, unknown> = {};
  for (const key of ORDER) if (event[key] !== undefined) out[key] = event[key];
  return out as CivicEvent;
}

class BudgetExceeded extends Error {}

/**
 * The occurrences of one RRULE, as wall times, from DTSTART (which always
 * counts as the first) until `end`. COUNT is counted here, not by ical.js
 * (2.2.1 stops one short on some BYMONTH/BYDAY rules). Every internal step
 * of ical.js is counted and timed, so a rule that never yields still ends.
 */
export function ruleOccurrences(
  rule: Recur,
  start: Wall,
  isDate: boolean,
  until: Wall | undefined,
  end: number,
  budget = { steps: RULE_STEP_BUDGET, ms: RULE_TIME_BUDGET_MS },
): { walls: Wall[]; stopped: boolean } {
  const recur = rule.clone();
  const count = recur.count ?? undefined;
  recur.count = null;
  recur.until = until ? floatingTime(until, isDate) : null;
  // BYMONTH only limits a rule that is not YEARLY: applied here, because ical.js 2.2.1
  // goes back in time or skips periods when it does so itself.
  const parts = recur.parts as Record<string, number[] | undefined>;
  const months = recur.freq !== 'YEARLY' && parts.BYMONTH ? new Set(parts.BYMONTH) : undefined;
  if (months) delete parts.BYMONTH;
  const iterator = recur.iterator(floatingTime(start, isDate));
  const check = iterator.check_contracting_rules.bind(iterator);
  let steps = 0;
  const deadline = Date.now() + budget.ms;
  iterator.check_contracting_rules = () => {
    if (++steps > budget.steps || (steps % 64 === 0 && Date.now() > deadline))
      throw new BudgetExceeded();
    return check();
  };
  const walls: Wall[] = [start];
  const startMs = wallMs(start);
  let lastMs = startMs;
  const inPeriod = periodFilter(recur, start);
  const matches = limits(recur);
  try {
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (++steps > budget.steps) throw new BudgetExceeded();
      const w = wallOf(next);
      const ms = wallMs(w);
      if (ms === startMs) continue;
      if (ms >= end || (count !== undefined && walls.length >= count)) break;
      // Strictly later than the last one kept: ical.js may repeat or go back.
      if (ms > lastMs && inPeriod(w) && matches(w) && (!months || months.has(w.month))) {
        walls.push(w);
        lastMs = ms;
      }
    }
  } catch (error) {
    if (error instanceof BudgetExceeded) return { walls, stopped: true };
    throw error;
  }
  return { walls: count !== undefined ? walls.slice(0, count) : walls, stopped: false };
}

/**
 * True for a date in a period the INTERVAL allows (every 2nd month, week …),
 * counted from DTSTART's period: ical.js 2.2.1 lets BYMONTH on a MONTHLY
 * rule with an INTERVAL through in the months between.
 */
function periodFilter(recur: Recur, start: Wall): (w: Wall) => boolean {
  const interval = recur.interval || 1;
  if (interval === 1) return () => true;
  const day = (w: Wall) => Math.floor(wallMs({ ...w, hour: 0, minute: 0, second: 0 }) / DAY);
  // ical.js numbers weekdays from Sunday = 1; the epoch (1970-01-01) was a Thursday (5).
  const wkst = recur.wkst || 2;
  const week = (w: Wall) => Math.floor((day(w) - ((day(w) + 4 - (wkst - 1) + 7) % 7)) / 7);
  const index: Record<string, (w: Wall) => number> = {
    YEARLY: (w) => w.year,
    MONTHLY: (w) => w.year * 12 + w.month,
    WEEKLY: week,
    DAILY: day,
    HOURLY: (w) => Math.floor(wallMs(w) / 3_600_000),
    MINUTELY: (w) => Math.floor(wallMs(w) / 60_000),
    SECONDLY: (w) => Math.floor(wallMs(w) / 1000),
  };
  const of = index[recur.freq ?? ''];
  if (!of) return () => true;
  const first = of(start);
  return (w) => (((of(w) - first) % interval) + interval) % interval === 0;
}

/**
 * The BYMONTHDAY and BYMONTH (YEARLY) parts checked on each date ical.js
 * gives: it turns 30 February into 2 March, where RFC 5545 says no such day.
 */
function limits(recur: Recur): (w: Wall) => boolean {
  const parts = recur.parts as Record<string, number[] | undefined>;
  const monthDays = parts.BYMONTHDAY;
  const months = recur.freq === 'YEARLY' ? parts.BYMONTH : undefined;
  return (w) => {
    if (months && !months.includes(w.month)) return false;
    if (!monthDays) return true;
    const last = daysInMonth(w.year, w.month);
    return monthDays.some((d) => d === w.day || (d < 0 && last + d + 1 === w.day));
  };
}

interface Occurrence {
  wall: Wall;
  duration?: number;
}

/** Reads iCalendar text; throws ReaderError when the text is not iCalendar at all. */
export function readIcs(text: string, ctx: ReaderContext): FeedPart {
  if (!/BEGIN:VCALENDAR/i.test(text.slice(0, 4096)))
    throw new ReaderError('not an iCalendar file: it does not start with BEGIN:VCALENDAR');
  let jcal: unknown;
  try {
    jcal = ICAL.parse(sanitizeIcs(text, ctx));
  } catch {
    throw new ReaderError('not an iCalendar file: its structure (BEGIN/END) cannot be read');
  }
  const list = (Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal]) as unknown[];
  const roots = list
    .map((j) => new ICAL.Component(j as unknown[]))
    .filter((r) => r.name === 'vcalendar');
  if (!roots.length) throw new ReaderError('not an iCalendar file: no BEGIN:VCALENDAR');
  const from = ctx.from ? wallMs(parseWall(ctx.from)!) : undefined;
  const to = ctx.to ? wallMs(addDays(parseWall(ctx.to)!, 1)) : undefined;
  const state = { events: [] as CivicEvent[], capped: false, unique: uniqueIds() };
  let title: string | undefined;
  for (const root of roots) {
    const cal = new Calendar(root, ctx);
    title ??= textOrHtml(textValue(root, 'x-wr-calname'));
    readCalendar(cal, { from, to }, state);
  }
  if (state.capped)
    drop(
      ctx,
      '',
      `only the first ${IMPORT_CAP.toLocaleString('en')} events were kept; the rest of the file was left out`,
    );
  state.events.sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1,
  );
  return { events: state.events, title };
}

function sequenceOf(vevent: Component): [number, string] {
  const seq = Number(vevent.getFirstPropertyValue('sequence') ?? 0);
  const stamp = vevent.getFirstProperty('dtstamp')?.toICALString() ?? '';
  return [Number.isFinite(seq) ? seq : 0, stamp.slice(stamp.indexOf(':') + 1)];
}

function readCalendar(
  cal: Calendar,
  window: { from?: number; to?: number },
  state: { events: CivicEvent[]; capped: boolean; unique: (id: string) => string },
): void {
  const { ctx } = cal;
  // One VEVENT per UID and RECURRENCE-ID: the highest SEQUENCE, then the latest DTSTAMP, wins.
  const latest = new Map<string, Component>();
  let stale = 0;
  let privateCount = 0;
  cal.root.getAllSubcomponents('vevent').forEach((vevent, index) => {
    const klass = String(vevent.getFirstPropertyValue('class') ?? '').toUpperCase();
    if (klass === 'PRIVATE' || klass === 'CONFIDENTIAL') {
      privateCount++;
      return;
    }
    const unreadable = textValue(vevent, DROP_MARKER.toLowerCase());
    if (unreadable) {
      const name = textValue(vevent, 'summary') ?? textValue(vevent, 'uid') ?? `event ${index + 1}`;
      drop(ctx, `events[${index}]`, `skipped ${JSON.stringify(name)}: ${unreadable}`);
      return;
    }
    const uid =
      textValue(vevent, 'uid')?.trim() ??
      `event-${shortHash(`${vevent.getFirstProperty('dtstart')?.toICALString()}|${textValue(vevent, 'summary')}`)}`;
    const rid = vevent.getFirstProperty('recurrence-id')?.toICALString() ?? '';
    const key = `${uid}\n${rid.slice(rid.indexOf(':') + 1)}`;
    const previous = latest.get(key);
    if (previous) {
      stale++;
      const [s1, d1] = sequenceOf(previous);
      const [s2, d2] = sequenceOf(vevent);
      if (s2 < s1 || (s2 === s1 && d2 < d1)) return;
    }
    latest.set(key, vevent);
  });
  if (privateCount)
    warn(
      ctx,
      '',
      `skipped ${privateCount} private event(s) (CLASS:PRIVATE or CONFIDENTIAL): they are not meant to be published`,
    );
  if (stale)
    warn(
      ctx,
      '',
      `${stale} older copies of events (same UID, lower SEQUENCE or earlier DTSTAMP) were left out`,
    );

  const masters = new Map<string, Component>();
  const overrides = new Map<string, Component[]>();
  for (const [key, vevent] of latest) {
    const [uid, rid] = key.split('\n');
    if (rid) overrides.set(uid, [...(overrides.get(uid) ?? []), vevent]);
    else masters.set(uid, vevent);
  }
  const add = (events: CivicEvent[]) => {
    for (const e of events) {
      if (state.events.length >= IMPORT_CAP) {
        state.capped = true;
        return;
      }
      state.events.push({ ...e, id: state.unique(e.id) });
    }
  };
  const guarded = (uid: string, vevent: Component, run: () => CivicEvent[]) => {
    try {
      add(run());
    } catch (error) {
      if (error instanceof ReaderError) throw error;
      // One event ical.js cannot handle is left out; the rest of the calendar is read.
      drop(
        ctx,
        '',
        `skipped ${JSON.stringify(textValue(vevent, 'summary') ?? uid)}: its dates or rule cannot be read`,
      );
    }
  };
  for (const [uid, master] of masters) {
    guarded(uid, master, () => expand(cal, uid, master, overrides.get(uid) ?? [], window));
    overrides.delete(uid);
  }
  // Overrides whose series is not in the file: each is an event of its own.
  for (const [uid, list] of overrides)
    for (const vevent of list)
      guarded(uid, vevent, () => expand(cal, uid, vevent, [], window, true));
}

function expand(
  cal: Calendar,
  uid: string,
  master: Component,
  overrides: Component[],
  window: { from?: number; to?: number },
  single = false,
): CivicEvent[] {
  const { ctx } = cal;
  const timing = timingOf(cal, master);
  const name = JSON.stringify(textValue(master, 'summary') ?? uid);
  if (!timing) {
    drop(ctx, '', `skipped ${name}: it has no readable DTSTART`);
    return [];
  }
  const base = details(cal, master);
  if (!base.title) {
    drop(ctx, '', `skipped event ${JSON.stringify(uid)}: it has no SUMMARY (title)`);
    return [];
  }
  const zone = timing.start.zone;
  const isDate = timing.start.isDate;
  const out = outputFor(zone, cal.defaultZone);
  const safeUid = uid.length > MAX_ID - 30 ? shortHash(uid) : uid;
  const make = (
    w: Wall,
    duration: number | undefined,
    fields: Partial<CivicEvent>,
    id: string,
    series?: string,
  ) => {
    const event: Record<string, unknown> = { id, ...fields, start: render(w, isDate, zone, out) };
    const end = endFor(w, isDate, duration, zone, out);
    if (end) event.end = end;
    if (out.kind === 'iana' && !isDate) event.timeZone = out.name;
    if (series) event.series = series;
    return ordered(event);
  };
  const idFor = (w: Wall) => `${safeUid}/${render(w, isDate, zone, out)}`;

  const rules = master.getAllProperties('rrule').map((p) => p.getFirstValue() as Recur);
  const rdates = cal.readTimes(master, 'rdate');
  if (single || (rules.length === 0 && rdates.length === 0))
    return [
      make(timing.start.wall, timing.duration, base, single ? idFor(timing.start.wall) : safeUid),
    ];

  // Without a window a series is shown for a year from its first date.
  const startMs = wallMs(timing.start.wall);
  const from = window.from ?? startMs;
  const to = window.to ?? wallMs(addMonths(timing.start.wall, 12));
  const occurrences = new Map<number, Occurrence>();
  const put = (o: Occurrence) => {
    const ms = wallMs(o.wall);
    if (ms >= from && ms < to) occurrences.set(ms, o);
  };
  put({ wall: timing.start.wall });
  let stopped = false;
  for (const rule of rules) {
    let until: Wall | undefined;
    if (rule.until) {
      // UNTIL is often UTC while DTSTART is local: compare both as wall times of the event's zone.
      const u: TimeValue = {
        wall: wallOf(rule.until),
        isDate: rule.until.isDate,
        zone: rule.until.zone === ICAL.Timezone.utcTimezone ? { kind: 'utc' } : zone,
      };
      until = toZoneWall(u, zone);
      if (u.isDate && !isDate) until = { ...until, hour: 23, minute: 59, second: 59 };
    }
    const result = ruleOccurrences(rule, timing.start.wall, isDate, until, to);
    stopped ||= result.stopped;
    for (const wall of result.walls) put({ wall });
  }
  if (stopped)
    warn(
      ctx,
      '',
      `stopped expanding ${name}: its rule took more than its budget of steps or time; the occurrences found so far were kept`,
    );
  for (const rdate of rdates) put({ wall: toZoneWall(rdate, zone), duration: rdate.duration });
  // EXDATE: a date removes that day's occurrence of a timed series; a date-time removes that time.
  const exDays = new Set<string>();
  const exTimes = new Set<number>();
  for (const ex of cal.readTimes(master, 'exdate')) {
    if (ex.isDate && !isDate) exDays.add(formatDate(ex.wall));
    else exTimes.add(wallMs(toZoneWall(ex, zone)));
  }
  for (const [ms, o] of occurrences)
    if (exTimes.has(ms) || (exDays.size && exDays.has(formatDate(o.wall)))) occurrences.delete(ms);

  const series = safeUid;
  const results: CivicEvent[] = [];
  // RANGE=THISANDFUTURE overrides move every later occurrence too, in the order of their RECURRENCE-ID.
  const shifts: { from: number; delta: number; fields: Partial<CivicEvent>; duration?: number }[] =
    [];
  for (const override of overrides) {
    const ridProp = override.getFirstProperty('recurrence-id');
    const rid = cal.readTime(ridProp);
    const t = timingOf(cal, override);
    if (!rid || !t) continue;
    const ridWall = isDate ? rid.wall : toZoneWall(rid, zone);
    const startWall = toZoneWall(t.start, zone);
    const fields = { ...base, ...details(cal, override) };
    const duration = t.duration ?? timing.duration;
    if (String(ridProp?.getParameter('range') ?? '').toUpperCase() === 'THISANDFUTURE') {
      shifts.push({
        from: wallMs(ridWall),
        delta: wallMs(startWall) - wallMs(ridWall),
        fields,
        duration,
      });
      continue;
    }
    const listed = occurrences.delete(wallMs(ridWall));
    const ms = wallMs(startWall);
    if (!listed && !(ms >= from && ms < to)) continue;
    // The id keeps the original start, so a moved meeting stays the same record.
    results.push(make(startWall, duration, fields, idFor(ridWall), series));
  }
  shifts.sort((a, b) => a.from - b.from);
  let kept = 0;
  let shiftIndex = -1;
  for (const [ms, o] of [...occurrences].sort((a, b) => a[0] - b[0])) {
    if (kept >= SERIES_CAP) {
      drop(
        ctx,
        '',
        `${name}: only the first ${SERIES_CAP.toLocaleString('en')} occurrences were kept`,
      );
      break;
    }
    kept++;
    while (shiftIndex + 1 < shifts.length && shifts[shiftIndex + 1].from <= ms) shiftIndex++;
    const shift = shifts[shiftIndex];
    if (shift)
      results.push(
        make(wallFromMs(ms + shift.delta), shift.duration, shift.fields, idFor(o.wall), series),
      );
    else results.push(make(o.wall, o.duration ?? timing.duration, base, idFor(o.wall), series));
  }
  return results;
}
