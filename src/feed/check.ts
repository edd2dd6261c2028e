/**
 * Checking a feed file for the person who wrote it: the same rules as the
 * widgets and `civic-feed validate` (parseFeed, then references), with each
 * problem placed at its line and column in the file, its record counted from
 * 1, and what to write instead. DOM-free and Node-free: the feed checker page
 * and the CLI both use it.
 */
import { findPath, locateJson } from './json-locate.js';
import { htmlPageHint, parseFeed } from './parse.js';
import { findReferenceProblems } from './references.js';
import { describePath, formatProblem, RECORD_KINDS } from './types.js';
import type { Feed, Problem, RecordKind } from './types.js';

export interface CheckedProblem extends Problem {
  /** The path in counted words: "event 2, start". Empty for the file as a whole. */
  where: string;
  /** 1-based line and column in the file, when the file is JSON. */
  line?: number;
  column?: number;
  /** What to write instead, in plain words. */
  fix: string;
}

export interface FeedCheck {
  /** The valid part of the feed, or null when nothing could be read. */
  feed: Feed | null;
  problems: CheckedProblem[];
  /** Per record kind: how many records the file has, and how many are shown. */
  counts: Partial<Record<RecordKind, { total: number; kept: number }>>;
}

/** What to write for a required field that is missing. */
const MISSING: Record<string, string> = {
  id: 'add "id": "a-short-name" that no other record in this list uses',
  title: 'add "title": "What residents should read"',
  name: 'add "name": "The name as residents write it"',
  start: 'add "start": "2026-12-03" (all day) or "2026-12-03T18:00" (local time)',
  published: 'add "published": "2026-12-03", the day it was published',
  version: 'add "version": 1 at the top of the file',
};

/** Turns the advice inside a message ("… (write 2026-12-03)") into the fix, or says what to do. */
export function fixFor(problem: Problem): string {
  const { message, path } = problem;
  const field = /([A-Za-z]+)$/.exec(path)?.[1] ?? '';
  if (/^is missing/.test(message)) {
    const advice = /; (add .*)$/.exec(message)?.[1];
    return advice ?? MISSING[field] ?? `add "${field}"`;
  }
  const written =
    /\((write [^)]*)\)/.exec(message)?.[1] ??
    /; ((?:write|update) .*)$/.exec(message)?.[1] ??
    /(such as .*?)(?:;|$)/.exec(message)?.[1]?.replace(/^such as/, 'write it like');
  if (written) return written;
  if (/is used twice/.test(message)) return 'give each record its own id (e.g. add the date)';
  if (/is not the id of any/.test(message))
    return 'correct the id, or add the record it points to (a hub feed may define it)';
  if (/is before start/.test(message)) return 'write an end on or after the start';
  if (/URL/.test(message)) return 'write the full address, starting with https://';
  if (/is not text|is empty/.test(message)) return 'write the text in double quotes';
  if (/is not a (?:list|number|whole number)/.test(message))
    return `write ${/list/.test(message) ? 'a list: [ … ]' : 'digits only, without quotes'}`;
  return 'correct the value, or remove the field';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reference warnings name records by their place in the parsed feed, which
 * skips dropped records; map them back to the file by id (the kept copy of a
 * duplicated id is the one parseFeed kept, so the last match with that id wins).
 */
function toFilePath(path: string, json: Record<string, unknown>, feed: Feed): string {
  const m = /^([a-z]+)\[(\d+)\](.*)$/.exec(path);
  if (!m || !(RECORD_KINDS as readonly string[]).includes(m[1])) return path;
  const kind = m[1] as RecordKind;
  const id = feed[kind][Number(m[2])]?.id;
  const raw = Array.isArray(json[kind]) ? (json[kind] as unknown[]) : [];
  const index = raw.findLastIndex(
    (item) => isObject(item) && typeof item.id === 'string' && item.id.trim() === id,
  );
  return index < 0 ? path : `${kind}[${index}]${m[3]}`;
}

function place(
  problem: Problem,
  located: {
    positions: Map<string, number>;
    lineOf: (o: number) => { line: number; column: number };
  } | null,
): CheckedProblem {
  const offset = located ? findPath(located.positions, problem.path) : undefined;
  const where = problem.path ? describePath(problem.path) : '';
  return {
    ...problem,
    where,
    ...(offset === undefined || !located ? {} : located.lineOf(offset)),
    fix: fixFor(problem),
  };
}

/**
 * Checks the text of a civic-widgets feed (JSON).
 *
 * @example
 * const { problems } = checkFeedText(await file.text());
 * for (const p of problems) console.log(`line ${p.line}: ${p.where}: ${p.message} → ${p.fix}`);
 */
export function checkFeedText(text: string, options: { base?: string } = {}): FeedCheck {
  const located = locateJson(text);
  if (!located.ok) {
    const { line, column, message, fix } = located.error;
    const hint = htmlPageHint(text);
    return {
      feed: null,
      counts: {},
      problems: [
        {
          path: '',
          where: '',
          message: `the file is not valid JSON${hint}: line ${line}, column ${column}: ${message}`,
          severity: 'error',
          line,
          column,
          fix,
        },
      ],
    };
  }
  return checkFeedValue(located.value, located, options);
}

/**
 * Checks a feed that is already a value (e.g. converted from iCalendar); no lines to point at.
 * `base`: the address the feed was read from, for relative URLs (as the widgets read them).
 */
export function checkFeedValue(
  json: unknown,
  located: Parameters<typeof place>[1] = null,
  { base }: { base?: string } = {},
): FeedCheck {
  const result = parseFeed(json, { base });
  const problems = result.problems.map((p) => place(p, located));
  const counts: FeedCheck['counts'] = {};
  if (result.feed && isObject(json)) {
    for (const kind of RECORD_KINDS) {
      const raw = json[kind];
      const total = Array.isArray(raw) ? raw.length : 0;
      const kept = result.feed[kind].length;
      if (total > 0 || kept > 0) counts[kind] = { total, kept };
    }
    const feed = result.feed;
    for (const warning of findReferenceProblems(feed))
      problems.push(place({ ...warning, path: toFilePath(warning.path, json, feed) }, located));
  }
  return { feed: result.feed, problems, counts };
}

/** One line per problem, as the CLI and the console print them, with the place in the file. */
export function formatCheckedProblem(p: CheckedProblem): string {
  const at = p.line ? `line ${p.line}, column ${p.column}: ` : '';
  return `${at}${formatProblem(p)}. Fix: ${p.fix}`;
}
