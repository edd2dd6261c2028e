/**
 * iCalendar (RFC 5545) to feed events.
 *
 * ics-lines.ts reads the text into components (setting aside what it
 * cannot read), rrule.ts expands rules. Zones are resolved here, because
 * calendars in the wild name them in many ways: IANA names in any letter
 * case, Windows names ("W. Europe Standard Time"),
 * "/mozilla.org/…/Europe/Berlin", or a VTIMEZONE only (vtimezone.ts). Recurrences are expanded in the wall
 * time of the event's own zone (18:00 stays 18:00 after the clocks change),
 * within a budget of steps and time per rule and caps on occurrences.
 */
import type { CivicEvent } from '../../feed/types.js';
import {
  drop,
  ReaderError,
  uniqueIds,
  warn,
  type FeedPart,
  type ReaderContext,
} from './context.js';
import { shortHash } from './hash.js';
import { textOrHtml } from './html.js';
import {
  DROP_MARKER,
  DURATION,
  parseIcs,
  unescapeText,
  type IcsComponent,
  type IcsProperty,
} from './ics-lines.js';
import { expandRule, parseRule, unsupported, type Rule } from './rrule.js';
import { VTimezone } from './vtimezone.js';
import { windowsToIana } from './windows-zones.js';
import {
  addDays,
  addMonths,
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

/** Steps one rule may take (each period and each candidate day is a step, kept or not). */
export const RULE_STEP_BUDGET = 100_000;
/** Time one rule may take, whatever it returns. */
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
  | { kind: 'custom'; tzid: string; tz: VTimezone };

interface TimeValue {
  wall: Wall;
  isDate: boolean;
  zone: Zone;
  /** The end of an RDATE;VALUE=PERIOD, as a length in wall-clock ms. */
  duration?: number;
}

function instantOf(w: Wall, zone: Zone): number | null {
  switch (zone.kind) {
    case 'iana':
      return wallToInstant(w, zone.name);
    case 'utc':
      return wallMs(w);
    case 'custom':
      return zone.tz.toInstant(w);
    case 'floating':
      return null;
  }
}

function wallIn(ms: number, zone: Zone): Wall {
  if (zone.kind === 'iana') return wallAt(ms, zone.name);
  if (zone.kind === 'custom') return zone.tz.wallAt(ms);
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

const property = (c: IcsComponent, name: string): IcsProperty | undefined =>
  c.properties.find((p) => p.name === name);
const properties = (c: IcsComponent, name: string): IcsProperty[] =>
  c.properties.filter((p) => p.name === name);

/** A property's value, unless blank; TEXT escapes undone unless `uri` (URIs are written as is). */
function textValue(c: IcsComponent, name: string, uri = false): string | undefined {
  const value = property(c, name)?.value;
  if (value === undefined || !value.trim()) return undefined;
  return uri ? value : unescapeText(value);
}

function httpUrl(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && /^https?:\/\/\S+$/i.test(trimmed) ? trimmed : undefined;
}

class Calendar {
  private readonly zones = new Map<string, Zone>();
  private readonly vtimezones = new Map<string, IcsComponent>();
  readonly defaultZone?: string;

  constructor(
    readonly root: IcsComponent,
    readonly ctx: ReaderContext,
  ) {
    for (const vtz of root.components)
      if (vtz.name === 'VTIMEZONE')
        this.vtimezones.set((textValue(vtz, 'TZID') ?? '').toLowerCase(), vtz);
    const declared = textValue(root, 'X-WR-TIMEZONE');
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
      const location = canonicalZone(textValue(vtz, 'X-LIC-LOCATION') ?? '');
      if (location) return { kind: 'iana', name: location };
      const tz = new VTimezone(vtz);
      if (tz.usable) return { kind: 'custom', tzid, tz };
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

  /** One value of a date property (the first, or `value`): a date, a date-time or a period's start. */
  readTime(prop: IcsProperty | undefined, value = prop?.value.split(',')[0]): TimeValue | null {
    if (!prop || value === undefined) return null;
    const [first, second] = value.trim().split('/');
    const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/i.exec(first);
    if (!m) return null;
    const [year, month, day, hour, minute, second_] = m.slice(1, 7).map((n) => Number(n ?? 0));
    const wall = { year, month, day, hour, minute, second: second_ };
    if (m[4] === undefined) return { wall, isDate: true, zone: { kind: 'floating' } };
    let duration: number | undefined;
    if (second !== undefined) {
      const end = this.readTime(prop, second);
      duration = end ? wallMs(end.wall) - wallMs(wall) : durationMs(second);
    }
    if (m[7]) return { wall, isDate: false, zone: { kind: 'utc' }, duration };
    const name = prop.params.TZID;
    const zone: Zone = name
      ? this.resolveTzid(name)
      : this.ctx.explicitZone
        ? { kind: 'iana', name: this.ctx.timeZone }
        : { kind: 'floating' };
    return { wall, isDate: false, zone, duration };
  }

  /** Every value of a multi-valued property (EXDATE:a,b,c and repeated lines). */
  readTimes(component: IcsComponent, name: string): TimeValue[] {
    const found: TimeValue[] = [];
    for (const prop of properties(component, name))
      for (const v of prop.value.split(',')) {
        const t = this.readTime(prop, v);
        if (t) found.push(t);
      }
    return found;
  }
}

/** A DURATION value ("PT1H30M", "-P1D") in ms, or undefined. */
function durationMs(value: string | undefined): number | undefined {
  const m = DURATION.exec(value?.trim() ?? '');
  if (!m) return undefined;
  const [weeks, days, hours, minutes, seconds] = m.slice(2).map((n) => Number(n ?? 0));
  const ms = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;
  return m[1] === '-' ? -ms : ms;
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

function timingOf(cal: Calendar, vevent: IcsComponent): Timing | null {
  const start = cal.readTime(property(vevent, 'DTSTART'));
  if (!start) return null;
  const end = cal.readTime(property(vevent, 'DTEND'));
  let duration: number | undefined;
  if (end) {
    duration = start.isDate
      ? wallMs({ ...end.wall, hour: 0, minute: 0, second: 0 }) - wallMs(start.wall)
      : wallMs(toZoneWall(end, start.zone)) - wallMs(start.wall);
  } else {
    duration = durationMs(property(vevent, 'DURATION')?.value);
    // RFC 5545: an all-day event without DTEND lasts one day.
    if (duration === undefined && start.isDate) duration = DAY;
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
function details(cal: Calendar, vevent: IcsComponent): Partial<CivicEvent> {
  const e: Partial<CivicEvent> = {};
  const title = textOrHtml(textValue(vevent, 'SUMMARY'));
  if (title) e.title = title;
  const altDesc = properties(vevent, 'X-ALT-DESC').find(
    (p) => p.params.FMTTYPE?.toLowerCase() === 'text/html',
  );
  const altText = altDesc ? unescapeText(altDesc.value) : undefined;
  const description = textOrHtml(textValue(vevent, 'DESCRIPTION') ?? altText, true);
  if (description) e.description = description;
  const url = textValue(vevent, 'URL', true);
  if (url) e.url = url.trim();
  const location = textValue(vevent, 'LOCATION');
  const online =
    httpUrl(textValue(vevent, 'CONFERENCE', true)) ??
    httpUrl(textValue(vevent, 'X-GOOGLE-CONFERENCE', true)) ??
    httpUrl(textValue(vevent, 'X-MICROSOFT-SKYPETEAMSMEETINGURL', true));
  if (location) {
    const asUrl = httpUrl(location);
    if (asUrl) e.online = asUrl;
    else e.location = { name: textOrHtml(location) ?? location.trim() };
  }
  if (online && !e.online) e.online = online;
  const geo = textValue(vevent, 'GEO', true)?.split(';').map(Number);
  if (geo?.length === 2 && geo.every((n) => Number.isFinite(n)))
    e.location = { ...(e.location ?? {}), geo: { lat: geo[0], lon: geo[1] } };
  const image =
    properties(vevent, 'IMAGE').map((p) => httpUrl(p.value))[0] ??
    properties(vevent, 'ATTACH')
      .filter((p) => /^image\//i.test(p.params.FMTTYPE ?? ''))
      .map((p) => httpUrl(p.value))[0];
  if (image) e.image = { url: image };
  if (textValue(vevent, 'STATUS')?.trim().toUpperCase() === 'CANCELLED') e.status = 'cancelled';
  const modified = cal.readTime(property(vevent, 'LAST-MODIFIED'));
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

interface Occurrence {
  wall: Wall;
  duration?: number;
}

/** Reads iCalendar text; throws ReaderError when the text is not iCalendar at all. */
export function readIcs(text: string, ctx: ReaderContext): FeedPart {
  if (!/BEGIN:VCALENDAR/i.test(text.slice(0, 4096)))
    throw new ReaderError('not an iCalendar file: it does not start with BEGIN:VCALENDAR');
  const roots = parseIcs(text, ctx).filter((r) => r.name === 'VCALENDAR');
  if (!roots.length) throw new ReaderError('not an iCalendar file: no BEGIN:VCALENDAR');
  const from = ctx.from ? wallMs(parseWall(ctx.from)!) : undefined;
  const to = ctx.to ? wallMs(addDays(parseWall(ctx.to)!, 1)) : undefined;
  const state = { events: [] as CivicEvent[], capped: false, unique: uniqueIds() };
  let title: string | undefined;
  for (const root of roots) {
    const cal = new Calendar(root, ctx);
    title ??= textOrHtml(textValue(root, 'X-WR-CALNAME'));
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

function sequenceOf(vevent: IcsComponent): [number, string] {
  const seq = Number(textValue(vevent, 'SEQUENCE') ?? 0);
  return [Number.isFinite(seq) ? seq : 0, property(vevent, 'DTSTAMP')?.value ?? ''];
}

function readCalendar(
  cal: Calendar,
  window: { from?: number; to?: number },
  state: { events: CivicEvent[]; capped: boolean; unique: (id: string) => string },
): void {
  const { ctx } = cal;
  // One VEVENT per UID and RECURRENCE-ID: the highest SEQUENCE, then the latest DTSTAMP, wins.
  const latest = new Map<string, IcsComponent>();
  let stale = 0;
  let privateCount = 0;
  cal.root.components
    .filter((c) => c.name === 'VEVENT')
    .forEach((vevent, index) => {
      const klass = (textValue(vevent, 'CLASS') ?? '').trim().toUpperCase();
      if (klass === 'PRIVATE' || klass === 'CONFIDENTIAL') {
        privateCount++;
        return;
      }
      const unreadable = textValue(vevent, DROP_MARKER);
      if (unreadable) {
        const name =
          textValue(vevent, 'SUMMARY') ?? textValue(vevent, 'UID') ?? `event ${index + 1}`;
        drop(ctx, `events[${index}]`, `skipped ${JSON.stringify(name)}: ${unreadable}`);
        return;
      }
      const uid =
        textValue(vevent, 'UID')?.trim() ??
        `event-${shortHash(`${property(vevent, 'DTSTART')?.line}|${textValue(vevent, 'SUMMARY')}`)}`;
      const key = `${uid}\n${property(vevent, 'RECURRENCE-ID')?.value ?? ''}`;
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

  const masters = new Map<string, IcsComponent>();
  const overrides = new Map<string, IcsComponent[]>();
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
  const guarded = (uid: string, vevent: IcsComponent, run: () => CivicEvent[]) => {
    try {
      add(run());
    } catch (error) {
      if (error instanceof ReaderError) throw error;
      // One event the reader cannot handle is left out; the rest of the calendar is read.
      drop(
        ctx,
        '',
        `skipped ${JSON.stringify(textValue(vevent, 'SUMMARY') ?? uid)}: its dates or rule cannot be read`,
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
  master: IcsComponent,
  overrides: IcsComponent[],
  window: { from?: number; to?: number },
  single = false,
): CivicEvent[] {
  const { ctx } = cal;
  const timing = timingOf(cal, master);
  const name = JSON.stringify(textValue(master, 'SUMMARY') ?? uid);
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

  const rules = properties(master, 'RRULE').map((p) => parseRule(p.value) as Rule);
  const refused = rules.map(unsupported).find(Boolean);
  if (refused) {
    drop(ctx, '', `skipped ${name}: ${refused}`);
    return [];
  }
  const rdates = cal.readTimes(master, 'RDATE');
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
        wall: rule.until.wall,
        isDate: rule.until.isDate,
        zone: rule.until.utc ? { kind: 'utc' } : zone,
      };
      until = toZoneWall(u, zone);
      if (u.isDate && !isDate) until = { ...until, hour: 23, minute: 59, second: 59 };
    }
    const budget = { steps: RULE_STEP_BUDGET, ms: RULE_TIME_BUDGET_MS };
    const result = expandRule(rule, timing.start.wall, isDate, until, to, budget, from);
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
  for (const ex of cal.readTimes(master, 'EXDATE')) {
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
    const ridProp = property(override, 'RECURRENCE-ID');
    const rid = cal.readTime(ridProp);
    const t = timingOf(cal, override);
    if (!rid || !t) continue;
    const ridWall = isDate ? rid.wall : toZoneWall(rid, zone);
    const startWall = toZoneWall(t.start, zone);
    const fields = { ...base, ...details(cal, override) };
    const duration = t.duration ?? timing.duration;
    if (ridProp?.params.RANGE?.toUpperCase() === 'THISANDFUTURE') {
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
