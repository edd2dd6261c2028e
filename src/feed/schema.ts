/**
 * Feed format v1 as data: one table of fields per record kind. The table is
 * the single source of the runtime check (parse.ts walks it), the TypeScript
 * types (types.ts infers them from it) and the published JSON Schema
 * (scripts/schema.ts turns each field's `shape` into JSON Schema).
 *
 * Every message here completes a sentence that starts with the received
 * value, e.g. `"next Tuesday" is not a date …`; parse.ts prefixes the path.
 * The JSON Schema's descriptions live in scripts/schema-descriptions.ts, so
 * that documentation costs the widgets' bundle nothing.
 */
import { LINK_PATTERN, resolveRelativeUrl, urlProblem, WEB_PATTERN } from '../core/url.js';
import { DATE, EVENT_TIME, isRealDateTime, TIMESTAMP } from '../core/values.js';
import { isTimeZone } from '../core/zones.js';

/** Returned by a check for a value it refuses; `failure` then says why. */
export const INVALID: unique symbol = Symbol('invalid');

/** What was wrong with the last refused value: the keys below the field, the value, the words. */
export interface Failure {
  keys: (string | number)[];
  input: unknown;
  message: string;
}

/** A value accepted but read differently from how it is written (a relative address). */
export interface Notice {
  keys: (string | number)[];
  input: string;
  message: string;
}

/** Per parse: the feed's own address, and the notices found so far. */
export interface CheckContext {
  base?: string;
  notices: Notice[];
}

/** The last failure; set by `fail` just before a check returns INVALID (checks are synchronous). */
export let failure: Failure = { keys: [], input: undefined, message: '' };

function fail(input: unknown, message: string): typeof INVALID {
  failure = { keys: [], input, message };
  return INVALID;
}

/** What a field is, in the words of JSON Schema (scripts/schema.ts writes it out). */
export type Shape =
  | { type: 'string'; minLength?: number; maxLength?: number; pattern?: RegExp }
  | { type: 'number' | 'integer'; minimum?: number; maximum?: number }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'object'; fields: Fields }
  | { type: 'list'; item: Field<unknown> };

/**
 * One field of the contract: its shape, whether a record needs it, and the
 * check that returns the cleaned value (trimmed text) or INVALID.
 */
export interface Field<T, R extends boolean = boolean> {
  readonly shape: Shape;
  readonly required: R;
  readonly check: (value: unknown, context: CheckContext) => T | typeof INVALID;
}

export type Fields = Readonly<Record<string, Field<unknown>>>;

const field = <T>(shape: Shape, check: Field<T>['check']): Field<T, false> => ({
  shape,
  required: false,
  check,
});

/** The same field, required: a record without it (or with it wrong) is dropped. */
const required = <T>(f: Field<T, false>): Field<T, true> => ({ ...f, required: true });

/** Text, trimmed; `then` checks the trimmed text further and returns a message when it is wrong. */
const string = (
  shape: Omit<Extract<Shape, { type: 'string' }>, 'type'>,
  notString: string,
  then?: (s: string) => string | undefined,
): Field<string, false> =>
  field({ type: 'string', ...shape }, (value) => {
    if (typeof value !== 'string') return fail(value, notString);
    const s = value.trim();
    const message = then?.(s);
    return message === undefined ? s : fail(s, message);
  });

const matching =
  (pattern: RegExp, message: string, real?: (s: string) => boolean, unreal = message) =>
  (s: string) =>
    !pattern.test(s) ? message : real && !real(s) ? unreal : undefined;

const text = () => string({}, 'is not text');
const nonEmptyText = () =>
  string({ minLength: 1 }, 'is not text', (s) => (s === '' ? 'is empty' : undefined));
const id = () =>
  string({ minLength: 1, maxLength: 200 }, 'is not a text id', (s) =>
    s === '' ? 'is empty' : s.length > 200 ? 'is longer than 200 characters' : undefined,
  );

function list<T>(item: Field<T>, notList: string): Field<T[], false> {
  return field({ type: 'list', item }, (value, context) => {
    if (!Array.isArray(value)) return fail(value, notList);
    // A list is copied only when an item reads differently (trimmed text).
    let out: T[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const checked = item.check(value[index], context);
      if (checked === INVALID) {
        failure.keys.unshift(index);
        return INVALID;
      }
      if (checked !== value[index]) out ??= value.slice(0, index) as T[];
      out?.push(checked);
    }
    return out ?? (value as T[]);
  });
}
const idList = () => list(id(), 'is not a list of ids');
const textList = () => list(nonEmptyText(), 'is not a list of text');

/**
 * A URL is checked as the value it will be written as (core/url.ts): one
 * with a line break, control character or space inside is refused, never
 * repaired. A relative address is read against the feed's own address when
 * there is one, with a notice: the contract asks for full addresses.
 */
function url(pattern: RegExp, web: boolean): Field<string, false> {
  const wrong = `is not an absolute ${web ? 'https: or http:' : 'https:, http:, mailto: or tel:'} URL`;
  return field({ type: 'string', pattern }, (value, context) => {
    if (typeof value !== 'string') return fail(value, 'is not a URL');
    const s = value.trim();
    const problem = pattern.test(s) ? urlProblem(s, { web }) : wrong;
    if (problem === undefined) return s;
    const resolved = context.base && resolveRelativeUrl(s, context.base, { web });
    if (!resolved) return fail(s, problem);
    context.notices.push({
      keys: [],
      input: s,
      message: `is a relative address; it was read against the feed's address as ${resolved}. Other readers of the format need a full address, such as ${resolved}`,
    });
    return resolved;
  });
}

/** A link people may follow: http(s), mailto or tel. */
const linkUrl = () => url(LINK_PATTERN, false);
/** A web address (images, online events): http(s) only. */
const webUrl = () => url(WEB_PATTERN, true);

const dateOnly = () =>
  string(
    { pattern: DATE },
    'is not a date',
    matching(
      DATE,
      'is not a date (write it as 2026-12-03)',
      isRealDateTime,
      'is not a real date (no such day)',
    ),
  );
const NO_SUCH_MOMENT = 'is not a real date and time (no such day or hour)';
const timestamp = () =>
  string(
    { pattern: TIMESTAMP },
    'is not a date',
    matching(
      TIMESTAMP,
      'is not a date (write 2026-12-03 or 2026-12-03T10:00:00Z)',
      isRealDateTime,
      NO_SUCH_MOMENT,
    ),
  );
const eventTime = () =>
  string(
    { pattern: EVENT_TIME },
    'is not a date',
    matching(
      EVENT_TIME,
      'is not a date (write 2026-12-03 for all day, 2026-12-03T18:00 for local time, or 2026-12-03T18:00:00+01:00)',
      isRealDateTime,
      NO_SUCH_MOMENT,
    ),
  );

const ZONE_NAME = /^[A-Za-z0-9_+\-/]+$/;
const timeZone = () =>
  string(
    { pattern: ZONE_NAME },
    'is not a time zone',
    matching(ZONE_NAME, 'is not an IANA time zone such as Europe/London', isTimeZone),
  );

const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const language = () =>
  string(
    { pattern: LANGUAGE },
    'is not a language tag',
    matching(LANGUAGE, 'is not a language tag such as en-GB or fr'),
  );

const COUNTRY = /^[A-Z]{2}$/;

/** A number within bounds; `whole` also refuses fractions. */
function number(
  minimum: number,
  maximum: number | undefined,
  outside: string,
  whole = false,
): Field<number, false> {
  return field(
    whole ? { type: 'integer', minimum } : { type: 'number', minimum, maximum },
    (value) =>
      typeof value !== 'number' || Number.isNaN(value)
        ? fail(value, 'is not a number')
        : whole && !Number.isInteger(value)
          ? fail(value, 'is not a whole number')
          : value < minimum || (maximum !== undefined && value > maximum)
            ? fail(value, outside)
            : value,
  );
}

/** One of a few words, as written (not trimmed). */
function oneOf<const T extends readonly string[]>(values: T): Field<T[number], false> {
  return field({ type: 'enum', values }, (value) =>
    values.includes(value as string)
      ? (value as T[number])
      : fail(value, `is not one of ${values.join(', ')}`),
  );
}

/**
 * A nested object: any object is read (a list has none of the fields, so it
 * is reported as missing its first required one); fields are checked in
 * order and the first wrong one makes the whole object wrong.
 */
function object<F extends Fields>(fields: F, notObject: string): Field<Infer<F>, false> {
  return field({ type: 'object', fields }, (value, context) =>
    typeof value === 'object' && value !== null
      ? (checkFields(fields, value as Record<string, unknown>, context) as
          Infer<F> | typeof INVALID)
      : fail(value, notObject),
  );
}

/** A table as a map from name to field, and how many fields it requires. */
interface Lookup {
  byName: Map<string, Field<unknown>>;
  required: number;
}

const lookups = new WeakMap<Fields, Lookup>();

/**
 * True when a value is exactly what its table wants: only the table's own
 * fields, each valid as written (nothing to trim, no relative address), every
 * required one there. Most records are; checking the fields they have rather
 * than every field of the table skips reading a dozen absent names each.
 * False sends the caller to the full check, which names every problem.
 */
export function isExact(fields: Fields, input: object, context: CheckContext): boolean {
  let lookup = lookups.get(fields);
  if (!lookup) {
    const entries = Object.entries(fields);
    lookup = {
      byName: new Map(entries),
      required: entries.filter(([, f]) => f.required).length,
    };
    lookups.set(fields, lookup);
  }
  const noticed = context.notices.length;
  let required = 0;
  for (const key in input) {
    const field = lookup.byName.get(key);
    const value = (input as Record<string, unknown>)[key];
    if (!field || value === undefined || !Object.hasOwn(input, key)) return false;
    if (field.check(value, context) !== value || context.notices.length > noticed) {
      context.notices.length = noticed;
      return false;
    }
    if (field.required) required++;
  }
  return required === lookup.required;
}

function checkFields(
  fields: Fields,
  input: Record<string, unknown>,
  context: CheckContext,
): Record<string, unknown> | typeof INVALID {
  if (!Array.isArray(input) && isExact(fields, input, context)) return input;
  const out: Record<string, unknown> = {};
  for (const key in fields) {
    const f = fields[key];
    const value = input[key];
    if (value === undefined) {
      if (!f.required) continue;
      fail(undefined, '');
    } else {
      const noticed = context.notices.length;
      const checked = f.check(value, context);
      for (let n = noticed; n < context.notices.length; n++) context.notices[n].keys.unshift(key);
      if (checked !== INVALID) {
        out[key] = checked;
        continue;
      }
    }
    failure.keys.unshift(key);
    return INVALID;
  }
  return out;
}

const geo = () =>
  object(
    {
      lat: required(number(-90, 90, 'is not a latitude between -90 and 90')),
      lon: required(number(-180, 180, 'is not a longitude between -180 and 180')),
    },
    'is not a {"lat", "lon"} object',
  );

const image = () =>
  object({ url: required(webUrl()), alt: text() }, 'is not an {"url", "alt"} object');

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled'] as const;

/*
 * `language` closes every record: an addition to the contract's names
 * (allowed: "more optional fields may be added"); it lets a hub that merges
 * French and Portuguese feeds keep each record's language.
 */

export const CITY = {
  id: required(id()),
  name: required(nonEmptyText()),
  country: string(
    { pattern: COUNTRY },
    'is not a country code',
    matching(COUNTRY, 'is not a two-letter country code such as GB or FR'),
  ),
  region: text(),
  population: number(0, undefined, 'is negative', true),
  summary: text(),
  description: text(),
  url: linkUrl(),
  image: image(),
  geo: geo(),
  timeZone: timeZone(),
  networks: idList(),
  language: language(),
};

export const NETWORK = {
  id: required(id()),
  name: required(nonEmptyText()),
  title: text(),
  summary: text(),
  description: text(),
  url: linkUrl(),
  image: image(),
  theme: text(),
  start: dateOnly(),
  end: dateOnly(),
  lead: id(),
  cities: idList(),
  language: language(),
};

export const PRACTICE = {
  id: required(id()),
  title: required(nonEmptyText()),
  summary: text(),
  url: linkUrl(),
  image: image(),
  city: id(),
  networks: idList(),
  topics: textList(),
  language: language(),
};

export const ACTIVITY = {
  id: required(id()),
  title: required(nonEmptyText()),
  published: required(timestamp()),
  type: text(),
  summary: text(),
  url: linkUrl(),
  image: image(),
  updated: timestamp(),
  city: id(),
  network: id(),
  tags: textList(),
  language: language(),
};

export const EVENT = {
  id: required(id()),
  title: required(nonEmptyText()),
  start: required(eventTime()),
  end: eventTime(),
  timeZone: timeZone(),
  summary: text(),
  description: text(),
  url: linkUrl(),
  image: image(),
  location: object(
    { name: text(), address: text(), geo: geo() },
    'is not a {"name", "address", "geo"} object',
  ),
  online: webUrl(),
  status: oneOf(EVENT_STATUSES),
  city: id(),
  network: id(),
  series: id(),
  updated: timestamp(),
  language: language(),
};

/** The record lists of a feed, in the order the contract lists them. */
export const RECORDS = {
  cities: CITY,
  networks: NETWORK,
  practices: PRACTICE,
  activities: ACTIVITY,
  events: EVENT,
} as const;

export const FEED_VERSION = 1;

/** The feed header (everything but `version` and the record lists). */
export const HEADER = {
  title: text(),
  url: linkUrl(),
  updated: timestamp(),
  language: language(),
};

/** The value a field holds once checked. */
export type Value<F> = F extends Field<infer T> ? T : never;
type RequiredKeys<F> = { [K in keyof F]: F[K] extends Field<unknown, true> ? K : never }[keyof F];
type Flat<T> = { [K in keyof T]: T[K] } & {};

/** The record type a table of fields describes: required fields present, the others optional. */
export type Infer<F> = Flat<
  { -readonly [K in RequiredKeys<F>]: Value<F[K]> } & {
    -readonly [K in Exclude<keyof F, RequiredKeys<F>>]?: Value<F[K]>;
  }
>;
