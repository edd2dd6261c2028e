/**
 * parseFeed: from any JSON value to the valid part of a feed plus a list of
 * problems. It never throws. The contract's rule is applied record by
 * record: one bad event never blanks a calendar.
 *
 * - A record whose required field (id, name/title, start, published) is
 *   wrong is dropped, with a problem naming its path.
 * - A wrong optional field (a `javascript:` url, a misspelt time zone) is
 *   left out of its record, with a problem; the rest of the record is kept,
 *   because dropping a whole event for a bad link would hide it from residents.
 * - Only a value that is not an object, or a missing or unsupported
 *   `version`, fails the whole feed.
 */
import * as v from 'valibot';
import { hasOffset } from '../core/values.js';
import { FEED_VERSION, FeedHeaderSchema, RECORD_SCHEMAS } from './schema.js';
import { describePath, emptyFeed, RECORD_KINDS, SINGULAR } from './types.js';
import type { Feed, ParseResult, Problem, RecordKind } from './types.js';
import { pickWinner } from './merge.js';

/** Fields without which a record means nothing: a problem here drops the record. */
const REQUIRED: Record<RecordKind, readonly string[]> = {
  cities: ['id', 'name'],
  networks: ['id', 'name'],
  practices: ['id', 'title'],
  activities: ['id', 'title', 'published'],
  events: ['id', 'title', 'start'],
};

/** Why a whole feed failed; the loader turns these into typed errors. */
export type FeedFailure = 'not-json' | 'not-object' | 'version';

export interface FeedParseResult extends ParseResult {
  failure?: FeedFailure;
}

/**
 * Bounds for a reader that must stay responsive whatever it is sent (the
 * widgets); the CLI reports everything. Records past `maxRecords` in one
 * list, and problems past `maxProblems`, are counted in one closing problem.
 */
export interface ParseLimits {
  maxRecords?: number;
  maxProblems?: number;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, quoted rendering of a received value for a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return `a ${typeof value}`;
}

function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

function joinPath(base: string, keys: (string | number)[]): string {
  return keys.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key),
    base,
  );
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.input === undefined) return 'is missing';
  return `${describeValue(issue.input)} ${issue.message}`;
}

/**
 * Whether `end` is certainly before `start`. Two times of the same kind are
 * compared exactly; a local time against one with an offset only when they
 * are more than 14 hours apart (the widest UTC offset), since the zone that
 * would settle it is not known here.
 */
function endsBeforeStart(start: string, end: string): boolean {
  const time = (value: string) =>
    Date.parse(
      /T/.test(value) && !hasOffset(value)
        ? `${value}Z`
        : /T/.test(value)
          ? value
          : `${value}T00:00Z`,
    );
  const slack = hasOffset(start) === hasOffset(end) ? 0 : 14 * 3_600_000;
  const endTime = /T/.test(end) ? time(end) : time(end) + 86_400_000 - 1;
  return endTime < time(start) - slack;
}

/** Validates one record; returns the kept record (maybe without bad optional fields) or null. */
function parseRecord(
  kind: RecordKind,
  input: unknown,
  path: string,
  problems: Problem[],
): Record<string, unknown> | null {
  if (!isPlainObject(input)) {
    problems.push({
      path,
      message: `${describeValue(input)} is not an object; this ${SINGULAR[kind]} was dropped`,
      severity: 'error',
    });
    return null;
  }
  const schema = RECORD_SCHEMAS[kind] as v.GenericSchema;
  let candidate: Record<string, unknown> = input;
  // Each round removes at least one optional key, so this ends.
  for (;;) {
    const result = v.safeParse(schema, candidate, { abortPipeEarly: true });
    if (result.success) {
      return checkRecordOrder(kind, result.output as Record<string, unknown>, path, problems);
    }
    const required = REQUIRED[kind];
    const fatal = result.issues.filter((issue) => {
      const top = issuePath(issue)[0];
      return top === undefined || required.includes(String(top));
    });
    if (fatal.length > 0) {
      for (const issue of fatal) {
        problems.push({
          path: joinPath(path, issuePath(issue)),
          message: `${issueMessage(issue)}; this ${SINGULAR[kind]} was dropped`,
          severity: 'error',
        });
      }
      return null;
    }
    const next = { ...candidate };
    for (const issue of result.issues) {
      const top = String(issuePath(issue)[0]);
      if (!(top in next)) continue;
      delete next[top];
      problems.push({
        path: joinPath(path, issuePath(issue)),
        message: `${issueMessage(issue)}; left out, the rest of this ${SINGULAR[kind]} is kept`,
        severity: 'error',
      });
    }
    candidate = next;
  }
}

/** Rules that span two fields: an end before its start is left out. */
function checkRecordOrder(
  kind: RecordKind,
  record: Record<string, unknown>,
  path: string,
  problems: Problem[],
): Record<string, unknown> {
  if ((kind === 'events' || kind === 'networks') && typeof record.end === 'string') {
    const start = record.start;
    if (typeof start === 'string' && endsBeforeStart(start, record.end)) {
      problems.push({
        path: `${path}.end`,
        message: `${describeValue(record.end)} is before start ${describeValue(start)}; left out, the rest of this ${SINGULAR[kind]} is kept`,
        severity: 'error',
      });
      const { end: _dropped, ...rest } = record;
      void _dropped;
      return rest;
    }
  }
  return record;
}

function parseHeader(input: Record<string, unknown>, problems: Problem[]): Partial<Feed> {
  const header: Record<string, unknown> = { version: FEED_VERSION };
  for (const key of ['title', 'url', 'updated', 'language'] as const) {
    if (input[key] === undefined) continue;
    const entry = FeedHeaderSchema.entries[key] as v.GenericSchema;
    const result = v.safeParse(entry, input[key], { abortPipeEarly: true });
    if (result.success) {
      if (result.output !== undefined) header[key] = result.output;
    } else {
      problems.push({
        path: key,
        message: `${describeValue(input[key])} ${result.issues[0].message}; left out`,
        severity: 'error',
      });
    }
  }
  return header;
}

/**
 * Validates any value as a feed. Never throws.
 *
 * @example
 * const { feed, problems } = parseFeed(await response.json());
 * problems.forEach((p) => console.warn(formatProblem(p)));
 */
export function parseFeed(json: unknown, limits: ParseLimits = {}): FeedParseResult {
  return drain(parseSteps(json, limits));
}

/**
 * The same as parseFeed, but it gives the page back every few milliseconds,
 * so a feed of thousands of records never freezes the page in one long task.
 */
export async function parseFeedAsync(
  json: unknown,
  limits: ParseLimits = {},
): Promise<FeedParseResult> {
  const steps = parseSteps(json, limits);
  let started = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - started > 8) {
      await yieldToPage();
      started = performance.now();
    }
  }
}

function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

function drain(steps: Generator<void, FeedParseResult>): FeedParseResult {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The parse, as steps: it pauses (yields) after every few records. */
function* parseSteps(json: unknown, limits: ParseLimits): Generator<void, FeedParseResult> {
  const problems: Problem[] = [];
  const maxRecords = limits.maxRecords ?? Infinity;
  const maxProblems = limits.maxProblems ?? Infinity;
  let unlisted = 0;
  /** Records left out by maxRecords: always listed, whatever maxProblems says. */
  const capped: Problem[] = [];
  /** Problems past the cap are counted, not kept: 60,000 junk records stay cheap. */
  const trim = () => {
    if (problems.length > maxProblems) {
      unlisted += problems.length - maxProblems;
      problems.length = maxProblems;
    }
  };
  if (!isPlainObject(json)) {
    return {
      feed: null,
      failure: 'not-object',
      problems: [
        {
          path: '',
          message: `the feed is ${describeValue(json)}, not a JSON object like {"version": 1, "events": […]}`,
          severity: 'error',
        },
      ],
    };
  }
  if (json.version !== FEED_VERSION) {
    const message =
      json.version === undefined
        ? 'is missing; add "version": 1 at the top of the feed'
        : typeof json.version === 'number' && Number.isInteger(json.version) && json.version > 1
          ? `is ${json.version}, but this version of civic-widgets reads feed version 1 only; update civic-widgets or publish a version 1 feed`
          : `${describeValue(json.version)} is not a supported version; write "version": 1`;
    return {
      feed: null,
      failure: 'version',
      problems: [{ path: 'version', message, severity: 'error' }],
    };
  }

  const feed: Feed = { ...emptyFeed(), ...parseHeader(json, problems) };
  for (const kind of RECORD_KINDS) {
    const list = json[kind];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      problems.push({
        path: kind,
        message: `${describeValue(list)} is not a list; write "${kind}": [ … ]`,
        severity: 'error',
      });
      continue;
    }
    const byId = new Map<string, { record: Record<string, unknown>; index: number }>();
    let overCap = 0;
    for (let index = 0; index < list.length; index++) {
      if (index % 50 === 49) {
        trim();
        yield;
      }
      const item: unknown = list[index];
      const path = `${kind}[${index}]`;
      const record = parseRecord(kind, item, path, problems);
      if (!record) continue;
      const id = record.id as string;
      const earlier = byId.get(id);
      if (!earlier && byId.size >= maxRecords) {
        overCap++;
        continue;
      }
      if (earlier) {
        const kept = pickWinner(earlier.record, record, feed.updated, feed.updated);
        const droppedIndex = kept === record ? earlier.index : index;
        problems.push({
          path: `${kind}[${droppedIndex}].id`,
          message: `${describeValue(id)} is used twice in ${kind} (also at ${describePath(`${kind}[${kept === record ? index : earlier.index}]`)}); the ${kept === record ? 'later' : 'more recently updated'} one is kept`,
          severity: 'error',
        });
        byId.set(id, kept === record ? { record, index } : earlier);
      } else {
        byId.set(id, { record, index });
      }
    }
    (feed[kind] as unknown[]) = [...byId.values()].map((entry) => entry.record);
    if (overCap > 0) {
      capped.push({
        path: kind,
        message: `${(maxRecords + overCap).toLocaleString('en')} valid ${kind}; only the first ${maxRecords.toLocaleString('en')} of each list are read (${overCap.toLocaleString('en')} left out); split the feed, for example one per year`,
        severity: 'error',
      });
    }
  }
  trim();
  problems.push(...capped);
  if (unlisted > 0) {
    problems.push({
      path: '',
      message: `and ${unlisted.toLocaleString('en')} more problems in this feed; run "civic-feed validate" on it for the full list`,
      severity: 'error',
    });
  }
  return { feed, problems };
}

/** Parses feed text (JSON); text that is not JSON fails the whole feed. */
export function parseFeedText(text: string, limits: ParseLimits = {}): FeedParseResult {
  const json = readJson(text);
  return 'failure' in json ? json.failure : parseFeed(json.value, limits);
}

/** parseFeedText, giving the page back while it checks the records (see parseFeedAsync). */
export async function parseFeedTextAsync(
  text: string,
  limits: ParseLimits = {},
): Promise<FeedParseResult> {
  const json = readJson(text);
  return 'failure' in json ? json.failure : parseFeedAsync(json.value, limits);
}

function readJson(text: string): { value: unknown } | { failure: FeedParseResult } {
  try {
    // Files saved by some Windows editors start with a byte order mark; JSON.parse rejects it.
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const start = text.trimStart().slice(0, 1);
    const hint = start === '<' ? ' (it looks like an HTML page: check the address)' : '';
    return {
      failure: {
        feed: null,
        failure: 'not-json',
        problems: [
          {
            path: '',
            message: `the feed is not valid JSON${hint}: ${(error as Error).message}`,
            severity: 'error',
          },
        ],
      },
    };
  }
}
