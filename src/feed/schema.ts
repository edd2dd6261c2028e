/**
 * Feed format v1 as valibot schemas: the single source of truth for the
 * TypeScript types (types.ts), the runtime validator (parse.ts) and the
 * published JSON Schema (scripts/build-schema.ts).
 *
 * Every message here completes a sentence that starts with the received
 * value, e.g. `"next Tuesday" is not a date …`; parse.ts prefixes the path.
 * The JSON Schema's descriptions live in scripts/schema-descriptions.ts, so
 * that documentation costs the widgets' bundle nothing.
 */
import * as v from 'valibot';
import { LINK_PATTERN, urlProblem, WEB_PATTERN, type UrlRule } from '../core/url.js';
import {
  DATE,
  EVENT_TIME,
  isRealDateTime,
  LOCAL_DATE_TIME,
  OFFSET_DATE_TIME,
  TIMESTAMP,
} from '../core/values.js';
import { isTimeZone } from '../core/zones.js';

/**
 * A URL is checked as the value it will be written as (core/url.ts): one
 * with a line break, control character or space inside is refused, never
 * repaired, so it cannot smuggle lines into an exported calendar.
 */
const url = (pattern: RegExp, rule: UrlRule, schemes: string) =>
  v.pipe(
    v.string('is not a URL'),
    v.trim(),
    v.regex(pattern, `is not an absolute ${schemes} URL`),
    v.check(
      (s) => urlProblem(s, rule) === undefined,
      (issue) => urlProblem(issue.input, rule) ?? '',
    ),
  );

const text = () => v.pipe(v.string('is not text'), v.trim());
const requiredText = () => v.pipe(v.string('is not text'), v.trim(), v.nonEmpty('is empty'));
const id = () =>
  v.pipe(
    v.string('is not a text id'),
    v.trim(),
    v.nonEmpty('is empty'),
    v.maxLength(200, 'is longer than 200 characters'),
  );
const idList = () => v.array(id(), 'is not a list of ids');

/** A link people may follow: http(s), mailto or tel. */
export const LinkUrl = url(LINK_PATTERN, {}, 'https:, http:, mailto: or tel:');

/** A web address (images, online events): http(s) only. */
export const WebUrl = url(WEB_PATTERN, { web: true }, 'https: or http:');

const DateOnly = v.pipe(
  v.string('is not a date'),
  v.trim(),
  v.regex(DATE, 'is not a date (write it as 2026-12-03)'),
  v.check(isRealDateTime, 'is not a real date (no such day)'),
);

const Timestamp = v.pipe(
  v.string('is not a date'),
  v.trim(),
  v.regex(TIMESTAMP, 'is not a date (write 2026-12-03 or 2026-12-03T10:00:00Z)'),
  v.check(isRealDateTime, 'is not a real date and time (no such day or hour)'),
);

const EventTime = v.pipe(
  v.string('is not a date'),
  v.trim(),
  v.regex(
    EVENT_TIME,
    'is not a date (write 2026-12-03 for all day, 2026-12-03T18:00 for local time, or 2026-12-03T18:00:00+01:00)',
  ),
  v.check(isRealDateTime, 'is not a real date and time (no such day or hour)'),
);

const TimeZone = v.pipe(
  v.string('is not a time zone'),
  v.trim(),
  v.regex(/^[A-Za-z0-9_+\-/]+$/, 'is not an IANA time zone such as Europe/London'),
  v.check((s) => isTimeZone(s), 'is not an IANA time zone such as Europe/London'),
);

const Geo = v.object(
  {
    lat: v.pipe(
      v.number('is not a number'),
      v.minValue(-90, 'is not a latitude between -90 and 90'),
      v.maxValue(90, 'is not a latitude between -90 and 90'),
    ),
    lon: v.pipe(
      v.number('is not a number'),
      v.minValue(-180, 'is not a longitude between -180 and 180'),
      v.maxValue(180, 'is not a longitude between -180 and 180'),
    ),
  },
  'is not a {"lat", "lon"} object',
);

const Image = v.object(
  {
    url: WebUrl,
    alt: v.optional(text()),
  },
  'is not an {"url", "alt"} object',
);

const Language = v.pipe(
  v.string('is not a language tag'),
  v.trim(),
  v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'is not a language tag such as en-GB or fr'),
);

/**
 * Fields shared by records: `language` is an addition to the contract's
 * names (allowed: "more optional fields may be added"); it lets a hub that
 * merges French and Portuguese feeds keep each record's language.
 */
const common = {
  language: v.optional(Language),
};

export const CitySchema = v.object(
  {
    id: id(),
    name: requiredText(),
    country: v.optional(
      v.pipe(
        v.string('is not a country code'),
        v.trim(),
        v.regex(/^[A-Z]{2}$/, 'is not a two-letter country code such as GB or FR'),
      ),
    ),
    region: v.optional(text()),
    population: v.optional(
      v.pipe(
        v.number('is not a number'),
        v.integer('is not a whole number'),
        v.minValue(0, 'is negative'),
      ),
    ),
    summary: v.optional(text()),
    description: v.optional(text()),
    url: v.optional(LinkUrl),
    image: v.optional(Image),
    geo: v.optional(Geo),
    timeZone: v.optional(TimeZone),
    networks: v.optional(idList()),
    ...common,
  },
  'is not an object',
);

export const NetworkSchema = v.object(
  {
    id: id(),
    name: requiredText(),
    title: v.optional(text()),
    summary: v.optional(text()),
    description: v.optional(text()),
    url: v.optional(LinkUrl),
    image: v.optional(Image),
    theme: v.optional(text()),
    start: v.optional(DateOnly),
    end: v.optional(DateOnly),
    lead: v.optional(id()),
    cities: v.optional(idList()),
    ...common,
  },
  'is not an object',
);

export const PracticeSchema = v.object(
  {
    id: id(),
    title: requiredText(),
    summary: v.optional(text()),
    url: v.optional(LinkUrl),
    image: v.optional(Image),
    city: v.optional(id()),
    networks: v.optional(idList()),
    topics: v.optional(v.pipe(v.array(requiredText(), 'is not a list of text'))),
    ...common,
  },
  'is not an object',
);

export const ActivitySchema = v.object(
  {
    id: id(),
    title: requiredText(),
    published: Timestamp,
    type: v.optional(text()),
    summary: v.optional(text()),
    url: v.optional(LinkUrl),
    image: v.optional(Image),
    updated: v.optional(Timestamp),
    city: v.optional(id()),
    network: v.optional(id()),
    tags: v.optional(v.pipe(v.array(requiredText(), 'is not a list of text'))),
    ...common,
  },
  'is not an object',
);

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled'] as const;

export const EventSchema = v.object(
  {
    id: id(),
    title: requiredText(),
    start: EventTime,
    end: v.optional(EventTime),
    timeZone: v.optional(TimeZone),
    summary: v.optional(text()),
    description: v.optional(text()),
    url: v.optional(LinkUrl),
    image: v.optional(Image),
    location: v.optional(
      v.object(
        {
          name: v.optional(text()),
          address: v.optional(text()),
          geo: v.optional(Geo),
        },
        'is not a {"name", "address", "geo"} object',
      ),
    ),
    online: v.optional(WebUrl),
    status: v.optional(
      v.picklist(EVENT_STATUSES, 'is not one of scheduled, cancelled, postponed, rescheduled'),
    ),
    city: v.optional(id()),
    network: v.optional(id()),
    series: v.optional(id()),
    updated: v.optional(Timestamp),
    ...common,
  },
  'is not an object',
);

/** The record arrays of a feed, in the order the contract lists them. */
export const RECORD_SCHEMAS = {
  cities: CitySchema,
  networks: NetworkSchema,
  practices: PracticeSchema,
  activities: ActivitySchema,
  events: EventSchema,
} as const;

export const FEED_VERSION = 1;

/** The feed header (everything but the record arrays). */
export const FeedHeaderSchema = v.object({
  version: v.literal(FEED_VERSION),
  title: v.optional(text()),
  url: v.optional(LinkUrl),
  updated: v.optional(Timestamp),
  language: v.optional(Language),
});

/** The whole feed, used to generate the JSON Schema. */
export const FeedSchema = v.object({
  ...FeedHeaderSchema.entries,
  cities: v.optional(v.array(CitySchema)),
  networks: v.optional(v.array(NetworkSchema)),
  practices: v.optional(v.array(PracticeSchema)),
  activities: v.optional(v.array(ActivitySchema)),
  events: v.optional(v.array(EventSchema)),
});

export { DATE as DATE_PATTERN, LOCAL_DATE_TIME, OFFSET_DATE_TIME };
