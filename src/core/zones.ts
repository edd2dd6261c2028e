/**
 * The one time-zone engine. Intl is the only source of zone rules (browsers
 * and Node ship the IANA data), so no tz database travels in the bundle.
 *
 * Every offset here is in **milliseconds east of UTC** (+3_600_000 for Paris
 * in winter), the unit instants are in, so offsets add to instants directly.
 */
import { DAY, HOUR, wallMs, type Wall } from './wall.js';

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall time in `zone` at an instant. */
export function wallAt(instant: number, zone: string): Wall {
  let format = partsFormatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(zone, format);
  }
  const out: Record<string, number> = {};
  let bc = false;
  for (const part of format.formatToParts(instant)) {
    if (part.type === 'era') bc = part.value.startsWith('B');
    else if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return {
    year: bc ? 1 - out.year : out.year,
    month: out.month,
    day: out.day,
    hour: out.hour === 24 ? 0 : out.hour,
    minute: out.minute,
    second: out.second,
  };
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat | null>();
const GMT_OFFSET = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function exactOffsetAt(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  // Asking for the offset as text ("GMT+05:45") is several times cheaper than
  // reading the wall time's parts; any runtime or output that does not fit
  // falls back to the wall time, which always works.
  let format = offsetFormatters.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      format = null;
    }
    offsetFormatters.set(zone, format);
  }
  const m = format && GMT_OFFSET.exec(format.format(whole));
  if (!m) return wallMs(wallAt(whole, zone)) - whole;
  if (!m[1]) return 0;
  const seconds = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
  return (m[1] === '-' ? -seconds : seconds) * 1000;
}

const hourOffsets = new Map<string, Map<number, number>>();

/** The offset at a whole UTC hour, from the zone's cache. */
function hourOffset(cache: Map<number, number>, hour: number, zone: string): number {
  let offset = cache.get(hour);
  if (offset === undefined) {
    if (cache.size > 100_000) cache.clear();
    offset = exactOffsetAt(hour * HOUR, zone);
    cache.set(hour, offset);
  }
  return offset;
}

/**
 * Milliseconds east of UTC in `zone` at an instant. Asking Intl costs
 * microseconds and a month of 5,000 events asks tens of thousands of times:
 * offsets are kept per zone at each whole UTC hour, and an instant inside an
 * hour whose two ends agree has that offset (no zone changes twice in an hour).
 */
export function offsetAt(instant: number, zone: string): number {
  let cache = hourOffsets.get(zone);
  if (!cache) hourOffsets.set(zone, (cache = new Map<number, number>()));
  const hour = Math.floor(instant / HOUR);
  const before = hourOffset(cache, hour, zone);
  return before === hourOffset(cache, hour + 1, zone) ? before : exactOffsetAt(instant, zone);
}

/**
 * The instant a wall time names in `zone`, disambiguated as RFC 5545 and
 * calendar apps do: in the autumn overlap the first of the two instants
 * (01:30 on 25 October 2026 in London is 01:30 BST); a time skipped in the
 * spring gap is read with the offset from before the gap, so it moves
 * forward by the gap (01:30 on 29 March 2026 in London becomes 02:30 BST).
 */
export function wallToInstant(w: Wall, zone: string): number {
  return localToInstant(wallMs(w), zone);
}

/** wallToInstant for a wall time given as its milliseconds read as if in UTC (see wallMs). */
export function localToInstant(local: number, zone: string): number {
  const before = offsetAt(local - 14 * HOUR, zone);
  const after = offsetAt(local + 14 * HOUR, zone);
  // The same offset on both sides: one candidate, which the general case below also returns.
  if (before === after) return local - before;
  const valid = [before, after]
    .map((offset) => local - offset)
    .filter((instant) => instant + offsetAt(instant, zone) === local);
  return valid.length > 0 ? Math.min(...valid) : local - before;
}

/** The zone this runtime runs in (the viewer's, in a browser). */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * IANA names that current tzdata uses but some ICU builds still list under
 * their old spelling (Node 20 lists "Asia/Calcutta", not "Asia/Kolkata").
 * Only for spelling: Intl accepts both.
 */
const RENAMED = [
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Yangon',
  'Asia/Ho_Chi_Minh',
  'Europe/Kyiv',
  'America/Nuuk',
  'Atlantic/Faroe',
  'Pacific/Chuuk',
  'Pacific/Pohnpei',
  'Pacific/Kanton',
  'America/Argentina/Buenos_Aires',
  'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville',
];

let spellings: Map<string, string> | undefined;
const canonical = new Map<string, string | null>();

/**
 * The IANA zone a name means, spelt as IANA spells it, or undefined when this
 * runtime does not know it. Matching ignores case, because calendars write
 * "europe/london" and Exchange-generated files "EUROPE/LONDON"; a name
 * that is only a link ("US/Pacific") comes back as Intl resolves it.
 */
export function canonicalZone(name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined;
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(trimmed)) return undefined;
  const key = trimmed.toLowerCase();
  let found = canonical.get(key);
  if (found === undefined) {
    try {
      const resolved = new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions()
        .timeZone;
      // A name Intl gives back as it was written is spelled right: the list of every
      // zone (a few ms on a page's first call) is read only for other spellings.
      if (resolved === trimmed) found = trimmed;
      else {
        spellings ??= new Map(
          [...Intl.supportedValuesOf('timeZone'), ...RENAMED, 'UTC'].map((z) => [
            z.toLowerCase(),
            z,
          ]),
        );
        found = spellings.get(key) ?? resolved;
      }
    } catch {
      found = null;
    }
    if (canonical.size > 10_000) canonical.clear();
    canonical.set(key, found);
  }
  return found ?? undefined;
}

/** True when this runtime knows the IANA zone name (in any letter case). */
export function isTimeZone(value: unknown): value is string {
  return canonicalZone(value) !== undefined;
}

export interface ZoneTransition {
  /** The instant the offset changes. */
  at: number;
  /** Offsets in milliseconds east of UTC, before and after the change. */
  before: number;
  after: number;
}

/** The longest range `zoneTransitions` searches: callers ask per year, never per span. */
export const MAX_TRANSITION_RANGE = 2 * 366 * DAY;

/**
 * The offset changes of a zone between two instants (daylight saving time
 * and changes of standard time), found from Intl to the second. The range is
 * cut to MAX_TRANSITION_RANGE after `from`, so the work is bounded whatever
 * a caller passes: an event that runs to the year 9999 costs one year's scan.
 */
export function zoneTransitions(zone: string, from: number, to: number): ZoneTransition[] {
  const end = Math.min(to, from + MAX_TRANSITION_RANGE);
  const found: ZoneTransition[] = [];
  let previous = offsetAt(from, zone);
  // Zones change offset at most a few times a year, never twice in one day.
  for (let t = from; t < end;) {
    const next = Math.min(t + DAY, end);
    const current = offsetAt(next, zone);
    if (current !== previous) {
      let low = t;
      let high = next;
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (offsetAt(middle, zone) === previous) low = middle;
        else high = middle;
      }
      found.push({ at: high, before: previous, after: current });
      previous = current;
    }
    t = next;
  }
  return found;
}
