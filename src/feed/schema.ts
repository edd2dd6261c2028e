/**
 * Feed format v1 as data: one table of fields per record kind. Each field is
 * plain data in the words of JSON Schema (type, minLength, pattern …) plus
 * the messages for a value that breaks it. The table is the single source of
 * the runtime check (`check` below reads it; parse.ts walks the tables), the
 * TypeScript types (types.ts infers them) and the published JSON Schema
 * (scripts/schema.ts writes it out).
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
  /** Set by checkFields when the field is required (the record is then dropped). */
  fatal?: boolean;
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

/**
 * What a field is. `not`: the message for a value of the wrong type; `wrong`:
 * for text that does not match `pattern`; `unreal`: for a match that `real`
 * refuses (30 February). A `url` is a string whose pattern is its schemes.
 */
export type Shape =
  | {
      type: 'string';
      not: string;
      minLength?: number;
      maxLength?: number;
      pattern?: RegExp;
      wrong?: string;
      real?: (s: string) => boolean;
      unreal?: string;
    }
  | { type: 'url'; pattern: RegExp; web: boolean }
  | { type: 'number' | 'integer'; minimum: number; maximum?: number; outside: string }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'object'; fields: Fields }
  | { type: 'list'; item: Field; not: string };

/** One field of the contract: its shape, and whether a record needs it. `T` is its checked value. */
export type Field<T = unknown, R extends boolean = boolean> = Shape & {
  readonly required: R;
  /** Types only: the value's type, never set. */
  readonly _?: T;
};

export type Fields = Readonly<Record<string, Field>>;

/**
 * Every field is made here, with every key (unused ones undefined): one
 * hidden class for all keeps `check` fast.
 */
const field = <T, R extends boolean = false>(
  shape: Shape,
  required?: R,
  f = shape as unknown as Record<string, unknown>,
): Field<T, R> =>
  ({
    type: shape.type,
    required: required ?? false,
    not: f.not,
    minLength: f.minLength,
    maxLength: f.maxLength,
    pattern: f.pattern,
    wrong: f.wrong,
    real: f.real,
    unreal: f.unreal,
    web: f.web,
    minimum: f.minimum,
    maximum: f.maximum,
    outside: f.outside,
    values: f.values,
    fields: f.fields,
    item: f.item,
  }) as unknown as Field<T, R>;

/** The same field, required: a record without it (or with it wrong) is dropped. */
const required = <T>(f: Field<T, false>): Field<T, true> => field(f, true);

/** Text matching `pattern`; `wrong` and `unreal` say why not. */
const matching = (
  not: string,
  pattern: RegExp,
  wrong: string,
  real?: (s: string) => boolean,
  unreal?: string,
) => field<string>({ type: 'string', not, pattern, wrong, real, unreal });

const TEXT = field<string>({ type: 'string', not: 'is not text' });
const NON_EMPTY = field<string>({ type: 'string', not: 'is not text', minLength: 1 });
const ID = field<string>({ type: 'string', not: 'is not a text id', minLength: 1, maxLength: 200 });
const IDS = field<string[]>({ type: 'list', item: ID, not: 'is not a list of ids' });
const TEXTS = field<string[]>({ type: 'list', item: NON_EMPTY, not: 'is not a list of text' });

/** A link people may follow: http(s), mailto or tel. */
const LINK = field<string>({ type: 'url', pattern: LINK_PATTERN, web: false });
/** A web address (images, online events): http(s) only. */
const WEB = field<string>({ type: 'url', pattern: WEB_PATTERN, web: true });

const NO_SUCH_MOMENT = 'is not a real date and time (no such day or hour)';
const DAY = matching(
  'is not a date',
  DATE,
  'is not a date (write it as 2026-12-03)',
  isRealDateTime,
  'is not a real date (no such day)',
);
const STAMP = matching(
  'is not a date',
  TIMESTAMP,
  'is not a date (write 2026-12-03 or 2026-12-03T10:00:00Z)',
  isRealDateTime,
  NO_SUCH_MOMENT,
);
const TIME = matching(
  'is not a date',
  EVENT_TIME,
  'is not a date (write 2026-12-03 for all day, 2026-12-03T18:00 for local time, or 2026-12-03T18:00:00+01:00)',
  isRealDateTime,
  NO_SUCH_MOMENT,
);
const ZONE = matching(
  'is not a time zone',
  /^[A-Za-z0-9_+\-/]+$/,
  'is not an IANA time zone such as Europe/London',
  isTimeZone,
);
const LANGUAGE = matching(
  'is not a language tag',
  /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/,
  'is not a language tag such as en-GB or fr',
);

const number = (minimum: number, maximum: number, name: string) =>
  required(
    field<number>({
      type: 'number',
      minimum,
      maximum,
      outside: `is not a ${name} between ${minimum} and ${maximum}`,
    }),
  );

/**
 * A nested object: any object is read (a list has none of the fields, so it
 * is reported as missing its first required one); fields are checked in
 * order and the first wrong one makes the whole object wrong.
 */
const object = <F extends Fields>(fields: F) => field<Infer<F>>({ type: 'object', fields });

const GEO = object({ lat: number(-90, 90, 'latitude'), lon: number(-180, 180, 'longitude') });
const IMAGE = object({ url: required(WEB), alt: TEXT });

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled'] as const;

/** Printable ASCII at both ends: nothing to trim (the common case, cheaper than trim()). */
const trim = (s: string): string =>
  s.charCodeAt(0) > 32 &&
  s.charCodeAt(0) < 127 &&
  s.charCodeAt(s.length - 1) > 32 &&
  s.charCodeAt(s.length - 1) < 127
    ? s
    : s.trim();

/** Checks one value against its field: the cleaned value (trimmed text), or INVALID. */
export function check(f: Field, value: unknown, context: CheckContext): unknown {
  switch (f.type) {
    case 'string': {
      if (typeof value !== 'string') return fail(value, f.not);
      const s = trim(value);
      const message =
        s.length < (f.minLength ?? 0)
          ? 'is empty'
          : s.length > (f.maxLength ?? Infinity)
            ? `is longer than ${f.maxLength} characters`
            : f.pattern && !f.pattern.test(s)
              ? f.wrong
              : f.real && !f.real(s)
                ? (f.unreal ?? f.wrong)
                : undefined;
      return message === undefined ? s : fail(s, message);
    }
    case 'url': {
      // Checked as the value it will be written as (core/url.ts): a line break, control
      // character or space inside is refused, never repaired.
      if (typeof value !== 'string') return fail(value, 'is not a URL');
      const s = trim(value);
      const problem = f.pattern.test(s)
        ? urlProblem(s, f)
        : `is not an absolute ${f.web ? 'https: or http:' : 'https:, http:, mailto: or tel:'} URL`;
      if (problem === undefined) return s;
      // A relative address is read against the feed's own address, with a notice.
      const resolved = context.base && resolveRelativeUrl(s, context.base, f);
      if (!resolved) return fail(s, problem);
      context.notices.push({
        keys: [],
        input: s,
        message: `is a relative address; it was read against the feed's address as ${resolved}. Other readers of the format need a full address, such as ${resolved}`,
      });
      return resolved;
    }
    case 'number':
    case 'integer':
      return typeof value !== 'number' || Number.isNaN(value)
        ? fail(value, 'is not a number')
        : f.type === 'integer' && !Number.isInteger(value)
          ? fail(value, 'is not a whole number')
          : value < f.minimum || value > (f.maximum ?? Infinity)
            ? fail(value, f.outside)
            : value;
    case 'enum':
      // One of a few words, as written (not trimmed).
      return f.values.includes(value as string)
        ? value
        : fail(value, `is not one of ${f.values.join(', ')}`);
    case 'object': {
      if (typeof value === 'object' && value !== null) {
        return checkFields(f.fields, value as Record<string, unknown>, context);
      }
      const keys = Object.keys(f.fields);
      return fail(
        value,
        `is not a${/^[aeiou]/.test(keys[0]) ? 'n' : ''} {${keys.map((k) => `"${k}"`).join(', ')}} object`,
      );
    }
    case 'list': {
      if (!Array.isArray(value)) return fail(value, f.not);
      // A list is copied only when an item reads differently (trimmed text).
      let out: unknown[] | undefined;
      for (let index = 0; index < value.length; index++) {
        const checked = check(f.item, value[index], context);
        if (checked === INVALID) {
          failure.keys.unshift(index);
          return INVALID;
        }
        if (checked !== value[index]) out ??= value.slice(0, index);
        out?.push(checked);
      }
      return out ?? value;
    }
  }
}

/** A table as a map from name to field (no inherited names), and how many fields it requires. */
const lookups = new WeakMap<Fields, [Map<string, Field>, number]>();

/**
 * True when a value is exactly what its table wants: only the table's own
 * fields, each valid as written (nothing to trim, no relative address), every
 * required one there. Most records are; checking the fields they have rather
 * than every field of the table skips reading a dozen absent names each.
 * False sends the caller to the full check, which names every problem.
 */
function isExact(fields: Fields, input: object, context: CheckContext): boolean {
  let lookup = lookups.get(fields);
  if (!lookup) {
    const entries = Object.entries(fields);
    lookup = [new Map(entries), entries.filter(([, f]) => f.required).length];
    lookups.set(fields, lookup);
  }
  const [byName, needed] = lookup;
  const noticed = context.notices.length;
  let found = 0;
  for (const key in input) {
    const f = byName.get(key);
    const value = (input as Record<string, unknown>)[key];
    if (!f || value === undefined) return false;
    if (check(f, value, context) !== value || context.notices.length > noticed) {
      context.notices.length = noticed;
      return false;
    }
    if (f.required) found++;
  }
  return found === needed;
}

/**
 * Checks an object against a table in table order: the object itself when it
 * is exact, else a copy with the checked values. Without `wrong`, the first
 * wrong field makes it INVALID (nested objects); with it, every wrong field is
 * added there (marked `fatal` when required) and left out of the copy
 * (records). The notices of a field left out are dropped.
 */
export function checkFields(
  fields: Fields,
  input: Record<string, unknown>,
  context: CheckContext,
  wrong?: Failure[],
): Record<string, unknown> | typeof INVALID {
  if (!Array.isArray(input) && isExact(fields, input, context)) return input;
  const out: Record<string, unknown> = {};
  const notices = context.notices;
  for (const key in fields) {
    const f = fields[key];
    const value = input[key];
    const noticed = notices.length;
    if (value === undefined) {
      if (!f.required) continue;
      fail(undefined, '');
    } else {
      const checked = check(f, value, context);
      if (checked !== INVALID) {
        out[key] = checked;
        for (let n = noticed; n < notices.length; n++) notices[n].keys.unshift(key);
        continue;
      }
      notices.length = noticed;
    }
    failure.keys.unshift(key);
    if (!wrong) return INVALID;
    failure.fatal = f.required;
    wrong.push(failure);
  }
  return out;
}

/*
 * `language` closes every record: an addition to the contract's names
 * (allowed: "more optional fields may be added"); it lets a hub that merges
 * French and Portuguese feeds keep each record's language.
 */

export const CITY = {
  id: required(ID),
  name: required(NON_EMPTY),
  country: matching(
    'is not a country code',
    /^[A-Z]{2}$/,
    'is not a two-letter country code such as GB or FR',
  ),
  region: TEXT,
  population: field<number>({ type: 'integer', minimum: 0, outside: 'is negative' }),
  summary: TEXT,
  description: TEXT,
  url: LINK,
  image: IMAGE,
  geo: GEO,
  timeZone: ZONE,
  networks: IDS,
  language: LANGUAGE,
};

export const NETWORK = {
  id: required(ID),
  name: required(NON_EMPTY),
  title: TEXT,
  summary: TEXT,
  description: TEXT,
  url: LINK,
  image: IMAGE,
  theme: TEXT,
  start: DAY,
  end: DAY,
  lead: ID,
  cities: IDS,
  language: LANGUAGE,
};

export const PRACTICE = {
  id: required(ID),
  title: required(NON_EMPTY),
  summary: TEXT,
  url: LINK,
  image: IMAGE,
  city: ID,
  networks: IDS,
  topics: TEXTS,
  language: LANGUAGE,
};

export const ACTIVITY = {
  id: required(ID),
  title: required(NON_EMPTY),
  published: required(STAMP),
  type: TEXT,
  summary: TEXT,
  url: LINK,
  image: IMAGE,
  updated: STAMP,
  city: ID,
  network: ID,
  tags: TEXTS,
  language: LANGUAGE,
};

export const EVENT = {
  id: required(ID),
  title: required(NON_EMPTY),
  start: required(TIME),
  end: TIME,
  timeZone: ZONE,
  summary: TEXT,
  description: TEXT,
  url: LINK,
  image: IMAGE,
  location: object({ name: TEXT, address: TEXT, geo: GEO }),
  online: WEB,
  status: field<(typeof EVENT_STATUSES)[number]>({ type: 'enum', values: EVENT_STATUSES }),
  city: ID,
  network: ID,
  series: ID,
  updated: STAMP,
  language: LANGUAGE,
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
export const HEADER = { title: TEXT, url: LINK, updated: STAMP, language: LANGUAGE };

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
