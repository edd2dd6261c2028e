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
import { hasOffset } from '../core/values.js';
import {
  failure,
  FEED_VERSION,
  HEADER,
  INVALID,
  isExact,
  RECORDS,
  type CheckContext,
  type Failure,
  type Fields,
} from './schema.js';
import { describePath, emptyFeed, RECORD_KINDS, SINGULAR } from './types.js';
import type { Feed, ParseResult, Problem, RecordKind } from './types.js';
import { pickWinner } from './merge.js';

/** Why a whole feed failed; the loader turns these into typed errors. */
export type FeedFailure = 'not-json' | 'not-object' | 'version';

export interface FeedParseResult extends ParseResult {
  failure?: FeedFailure;
  /**
   * Set when only the records chosen by `first` were checked: each `step()`
   * checks a few more, and returns the whole result (exactly what parseFeed
   * without `first` returns) once every record is checked.
   */
  rest?: FeedRest;
}

export interface FeedRest {
  step(): FeedParseResult | undefined;
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

export interface ParseOptions extends ParseLimits {
  /** The address the feed was read from: a relative URL in it is read against it. */
  base?: string;
  /** Set as every problem's `source` (the loader's feed address). */
  source?: string;
  /**
   * The records to check before the others (those a widget shows first). The
   * result then holds only those, with `rest` to check the others later.
   */
  first?: (raw: Record<string, unknown>, kind: RecordKind) => boolean;
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

function joinPath(base: string, keys: (string | number)[]): string {
  return keys.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key),
    base,
  );
}

function issueMessage(issue: Failure): string {
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
  // Two dates, or two local times written alike: the text orders them (the common case, no parsing).
  if (
    start.length === end.length &&
    start.length <= 19 &&
    !start.endsWith('Z') &&
    !end.endsWith('Z')
  ) {
    return end < start;
  }
  const slack = hasOffset(start) === hasOffset(end) ? 0 : 14 * 3_600_000;
  const endTime = /T/.test(end) ? instantOf(end) : instantOf(end) + 86_400_000 - 1;
  return endTime < instantOf(start) - slack;
}

function instantOf(value: string): number {
  return Date.parse(
    /T/.test(value) && !hasOffset(value)
      ? `${value}Z`
      : /T/.test(value)
        ? value
        : `${value}T00:00Z`,
  );
}

/** Each record table as two lists, walked by position: cheaper than a for-in per record. */
const TABLES = Object.fromEntries(
  RECORD_KINDS.map((kind) => {
    const fields: Fields = RECORDS[kind];
    return [kind, [Object.keys(fields), Object.values(fields)]];
  }),
) as Record<RecordKind, [string[], Fields[string][]]>;

/**
 * Checks one record against its table; returns the kept record (maybe
 * without bad optional fields) or null. A record with a wrong required
 * field is dropped and only those are reported; otherwise each wrong
 * optional field is left out and reported once (its first problem).
 */
function parseRecord(
  kind: RecordKind,
  input: unknown,
  index: number,
  problems: Problem[],
  context: CheckContext,
): Record<string, unknown> | null {
  const path = `${kind}[${index}]`;
  if (!isPlainObject(input)) {
    problems.push({
      path,
      message: `${describeValue(input)} is not an object; this ${SINGULAR[kind]} was dropped`,
      severity: 'error',
    });
    return null;
  }
  if (isExact(RECORDS[kind], input, context)) return checkRecordOrder(kind, input, path, problems);
  const [keys, fields] = TABLES[kind];
  const notices = context.notices;
  const values: unknown[] = [];
  let fatal: Failure[] | undefined;
  let leftOut: Failure[] | undefined;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const field = fields[k];
    const value = input[key];
    values.push(undefined);
    if (value === undefined) {
      if (field.required) (fatal ??= []).push({ keys: [key], input: undefined, message: '' });
      continue;
    }
    const noticed = notices.length;
    const checked = field.check(value, context);
    if (checked === INVALID) {
      if (notices.length > noticed) notices.length = noticed;
      failure.keys.unshift(key);
      (field.required ? (fatal ??= []) : (leftOut ??= [])).push(failure);
    } else {
      values[k] = checked;
      for (let n = noticed; n < notices.length; n++) notices[n].keys.unshift(key);
    }
  }
  const words = SINGULAR[kind];
  if (fatal) {
    if (notices.length) notices.length = 0;
    for (const issue of fatal) {
      problems.push({
        path: joinPath(path, issue.keys),
        message: `${issueMessage(issue)}; this ${words} was dropped`,
        severity: 'error',
      });
    }
    return null;
  }
  for (const issue of leftOut ?? []) {
    problems.push({
      path: joinPath(path, issue.keys),
      message: `${issueMessage(issue)}; left out, the rest of this ${words} is kept`,
      severity: 'error',
    });
  }
  const record: Record<string, unknown> = {};
  for (let k = 0; k < keys.length; k++) if (values[k] !== undefined) record[keys[k]] = values[k];
  const kept = checkRecordOrder(kind, record, path, problems);
  if (notices.length === 0) return kept;
  for (const notice of notices) {
    problems.push({
      path: joinPath(path, notice.keys),
      message: `${describeValue(notice.input)} ${notice.message}`,
      severity: 'warning',
      relative: true,
    });
  }
  notices.length = 0;
  return kept;
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

function parseHeader(
  input: Record<string, unknown>,
  problems: Problem[],
  context: CheckContext,
): Partial<Feed> {
  const header: Record<string, unknown> = { version: FEED_VERSION };
  for (const key of ['title', 'url', 'updated', 'language'] as const) {
    if (input[key] === undefined) continue;
    const checked = HEADER[key].check(input[key], context);
    if (checked === INVALID) {
      problems.push({
        path: key,
        message: `${describeValue(input[key])} ${failure.message}; left out`,
        severity: 'error',
      });
    } else {
      header[key] = checked;
    }
    for (const notice of context.notices.splice(0)) {
      problems.push({
        path: key,
        message: `${describeValue(notice.input)} ${notice.message}`,
        severity: 'warning',
        relative: true,
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
export function parseFeed(json: unknown, options: ParseOptions = {}): FeedParseResult {
  const { first, ...rest } = options;
  if (!first) return drain(parseSteps(json, rest));
  // Records checked in the first pass are kept by place, so the rest never checks them twice.
  const checked: Checked = new Map();
  const part = drain(parseSteps(json, rest, { first, checked }));
  if (!part.feed) return part;
  const steps = parseSteps(json, rest, { checked });
  let whole: FeedParseResult | undefined;
  const result: FeedParseResult = {
    ...part,
    rest: {
      step() {
        if (whole) return whole;
        const next = steps.next();
        if (!next.done) return undefined;
        whole = next.value;
        // Whoever kept the first result (the loader's cache) now holds the whole one.
        delete result.rest;
        Object.assign(result, whole);
        return whole;
      },
    },
  };
  return result;
}

/** Records already checked, by list and place: the kept record (or null) and its problems. */
type Checked = Map<string, { record: Record<string, unknown> | null; problems: Problem[] }>;

/**
 * The same as parseFeed, but it gives the page back every few milliseconds,
 * so a feed of thousands of records never freezes the page in one long task.
 */
export async function parseFeedAsync(
  json: unknown,
  options: Omit<ParseOptions, 'first'> = {},
): Promise<FeedParseResult> {
  const steps = parseSteps(json, options);
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
function* parseSteps(
  json: unknown,
  limits: Omit<ParseOptions, 'first'>,
  pass: { first?: ParseOptions['first']; checked?: Checked } = {},
): Generator<void, FeedParseResult> {
  const { first, checked } = pass;
  const context: CheckContext = { base: limits.base, notices: [] };
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

  const feed: Feed = { ...emptyFeed(), ...parseHeader(json, problems, context) };
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
      let record: Record<string, unknown> | null;
      const earlierCheck = checked?.get(`${kind}[${index}]`);
      if (earlierCheck) {
        record = earlierCheck.record;
        for (const problem of earlierCheck.problems) problems.push(problem);
      } else {
        if (first && !(isPlainObject(item) && first(item, kind))) continue;
        const before = problems.length;
        record = parseRecord(kind, item, index, problems, context);
        if (first) checked?.set(`${kind}[${index}]`, { record, problems: problems.slice(before) });
      }
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
  if (limits.source) for (const problem of problems) problem.source = limits.source;
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
export function parseFeedText(text: string, options: ParseOptions = {}): FeedParseResult {
  const json = readJson(text);
  return 'failure' in json ? json.failure : parseFeed(json.value, options);
}

/** parseFeedText, giving the page back while it checks the records (see parseFeedAsync). */
export async function parseFeedTextAsync(
  text: string,
  options: Omit<ParseOptions, 'first'> = {},
): Promise<FeedParseResult> {
  const json = readJson(text);
  return 'failure' in json ? json.failure : parseFeedAsync(json.value, options);
}

/** Said after "not valid JSON" when the text is an HTML page (a wrong address, a login page). */
export function htmlPageHint(text: string): string {
  return /^\s*</.test(text) ? ' (it looks like an HTML page: check the address)' : '';
}

function readJson(text: string): { value: unknown } | { failure: FeedParseResult } {
  try {
    // Files saved by some Windows editors start with a byte order mark; JSON.parse rejects it.
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const hint = htmlPageHint(text);
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
