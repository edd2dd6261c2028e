/**
 * civic-feed validate: what a council checks before publishing a feed.
 * The parser (src/feed/parse.ts) finds what is wrong with each record; this
 * command reads the sources, groups the parser's messages, counts what was
 * kept and dropped, and adds warnings for references that point nowhere
 * across all the feeds it was given.
 */
import { checkFeedText } from '../feed/check.js';
import { parseFeed } from '../feed/parse.js';
import { findReferenceProblems, knownIds } from '../feed/references.js';
import { formatProblem, RECORD_KINDS } from '../feed/types.js';
import type { Feed, Problem, RecordKind } from '../feed/types.js';
import { parse, positiveNumber, UsageError } from './args.js';
import { ReadError, readSourceText, redactUrl } from './io.js';
import { clean, paint, plural, useColour } from './term.js';

/** Problems of one kind printed per source; the rest are counted (--json has them all). */
export const PRINT_LIMIT = 50;

export const VALIDATE_USAGE = `Usage: civic-feed validate <file|url>… [--json] [--timeout SECONDS]

Checks city feeds against the feed contract (version 1) and reports, for each
source, what is wrong, where (e.g. events[3].start) and what was expected.
References (an event's city, a network's lead …) are checked across all the
feeds given, so validate a partner feed together with the hub that defines
its networks to avoid warnings about them. Use "-" to read standard input.

Options:
  --json               print a machine-readable report on stdout, with every
                       problem (the text report shows the first ${PRINT_LIMIT} of each kind)
  --timeout SECONDS    per-source time limit for URLs (default 15)
  --max-bytes N        largest download accepted (default 5 MB)
  --allow-private      also fetch from internal addresses (refused by default:
                       loopback, private, link-local, metadata)
  -h, --help           show this help

Exit codes: 0 valid (warnings allowed), 1 problems found, 2 a source could
not be read (missing file, network error, not JSON, unsupported version).`;

export interface KindCount {
  kept: number;
  dropped: number;
}

export interface SourceReport {
  source: string;
  status: 'valid' | 'problems' | 'unreadable';
  /** Why the source could not be read (status "unreadable"). */
  error?: string;
  counts: Partial<Record<RecordKind, KindCount>>;
  errors: number;
  warnings: number;
  problems: Problem[];
}

export interface ValidateReport {
  exitCode: 0 | 1 | 2;
  sources: SourceReport[];
  summary: {
    sources: number;
    valid: number;
    withProblems: number;
    unreadable: number;
    errors: number;
    warnings: number;
  };
}

interface Loaded {
  report: SourceReport;
  feed?: Feed;
  /** Per kind: index in the parsed feed → index in the file, so warnings point at the file. */
  indexMaps?: Partial<Record<RecordKind, number[]>>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Maps each kept record back to its position in the file. The parser drops
 * bad records and duplicate ids, so position 3 in the parsed feed may be
 * position 5 in the file; a warning must name the one the editor sees.
 */
function buildIndexMaps(
  json: Record<string, unknown>,
  feed: Feed,
): Partial<Record<RecordKind, number[]>> {
  const maps: Partial<Record<RecordKind, number[]>> = {};
  for (const kind of RECORD_KINDS) {
    const raw = Array.isArray(json[kind]) ? (json[kind] as unknown[]) : [];
    const byId = new Map<string, number[]>();
    raw.forEach((item, index) => {
      const id = isObject(item) && typeof item.id === 'string' ? item.id.trim() : undefined;
      if (id === undefined) return;
      const list = byId.get(id) ?? [];
      list.push(index);
      byId.set(id, list);
    });
    maps[kind] = (feed[kind] as { id: string; updated?: string }[]).map((record) => {
      const candidates = byId.get(record.id) ?? [];
      if (candidates.length <= 1) return candidates[0] ?? -1;
      // A duplicated id: the kept copy is the one with the same `updated`, else the later one.
      const same = candidates.filter((i) => {
        const item = raw[i] as Record<string, unknown>;
        return (
          (typeof item.updated === 'string' ? item.updated.trim() : undefined) === record.updated
        );
      });
      return (same.length ? same : candidates).at(-1)!;
    });
  }
  return maps;
}

function remapPath(path: string, maps: Partial<Record<RecordKind, number[]>> | undefined): string {
  const m = /^([a-z]+)\[(\d+)\](.*)$/.exec(path);
  if (!m || !maps) return path;
  const original = maps[m[1] as RecordKind]?.[Number(m[2])];
  return original === undefined || original < 0 ? path : `${m[1]}[${original}]${m[3]}`;
}

async function load(source: string, timeoutSeconds: number): Promise<Loaded> {
  const report: SourceReport = {
    // Passwords and tokens in the address are never shown.
    source: redactUrl(source),
    status: 'valid',
    counts: {},
    errors: 0,
    warnings: 0,
    problems: [],
  };
  const unreadable = (error: string, problems: Problem[] = []): Loaded => {
    report.status = 'unreadable';
    report.error = error;
    report.problems = problems.map((p) => ({ ...p, source: report.source }));
    report.errors = problems.length || 1;
    return { report };
  };
  let text: string;
  try {
    text = await readSourceText(source, { timeoutSeconds, accept: 'application/json, */*;q=0.5' });
  } catch (error) {
    if (error instanceof ReadError) return unreadable(`could not read: ${error.message}`);
    throw error;
  }
  text = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: the checker says where, in plain words (it spots HTML pages, too).
    const failed = checkFeedText(text);
    return unreadable(failed.problems[0]?.message ?? 'not JSON', failed.problems);
  }
  const result = parseFeed(json);
  if (!result.feed || !isObject(json)) {
    const first = result.problems[0];
    return unreadable(first ? formatProblem(first) : 'not a feed', result.problems);
  }
  for (const kind of RECORD_KINDS) {
    const raw = json[kind];
    const total = Array.isArray(raw) ? raw.length : 0;
    const kept = result.feed[kind].length;
    if (total > 0 || kept > 0) report.counts[kind] = { kept, dropped: Math.max(0, total - kept) };
  }
  for (const p of result.problems) p.source = report.source;
  report.problems = result.problems;
  return { report, feed: result.feed, indexMaps: buildIndexMaps(json, result.feed) };
}

/** Validates sources; returns the report (no printing). Exported for reuse. */
export async function validateSources(
  sources: string[],
  timeoutSeconds = 15,
): Promise<ValidateReport> {
  const loaded: Loaded[] = [];
  // A few at a time: validate is run by hand on a handful of feeds, not hundreds.
  for (let i = 0; i < sources.length; i += 8) {
    loaded.push(
      ...(await Promise.all(sources.slice(i, i + 8).map((s) => load(s, timeoutSeconds)))),
    );
  }
  const feeds = loaded.flatMap((l) => (l.feed ? [l.feed] : []));
  const known = knownIds(feeds);
  for (const l of loaded) {
    if (l.feed) {
      // One by one: spreading 100,000 warnings into push() overflows the stack.
      for (const p of findReferenceProblems(l.feed, known)) {
        l.report.problems.push({
          ...p,
          path: remapPath(p.path, l.indexMaps),
          source: l.report.source,
        });
      }
    }
    const r = l.report;
    if (r.status !== 'unreadable') {
      r.errors = r.problems.filter((p) => p.severity === 'error').length;
      r.status = r.errors > 0 ? 'problems' : 'valid';
    }
    r.warnings = r.problems.filter((p) => p.severity === 'warning').length;
  }
  const reports = loaded.map((l) => l.report);
  const count = (status: SourceReport['status']) =>
    reports.filter((r) => r.status === status).length;
  const summary = {
    sources: reports.length,
    valid: count('valid'),
    withProblems: count('problems'),
    unreadable: count('unreadable'),
    errors: reports.reduce((n, r) => n + r.errors, 0),
    warnings: reports.reduce((n, r) => n + r.warnings, 0),
  };
  const exitCode = summary.unreadable > 0 ? 2 : summary.withProblems > 0 ? 1 : 0;
  return { exitCode, sources: reports, summary };
}

const KIND_NAMES: Record<RecordKind, [string, string]> = {
  cities: ['city', 'cities'],
  networks: ['network', 'networks'],
  practices: ['practice', 'practices'],
  activities: ['activity', 'activities'],
  events: ['event', 'events'],
};

function countsLine(counts: SourceReport['counts']): string {
  const parts = RECORD_KINDS.flatMap((kind) => {
    const c = counts[kind];
    if (!c) return [];
    const [one, many] = KIND_NAMES[kind];
    const kept = plural(c.kept, one, many);
    return [c.dropped ? `${kept} kept, ${c.dropped.toLocaleString('en')} dropped` : kept];
  });
  return parts.length ? parts.join('; ') : 'no records';
}

/** Up to PRINT_LIMIT problems as lines, then one line counting the rest. */
function problemLines(list: readonly Problem[], label: string, out: string[]): void {
  for (const p of list.slice(0, PRINT_LIMIT)) {
    out.push(
      `    ${label ? `${label}  ` : ''}${clean(formatProblem({ ...p, source: undefined }))}`,
    );
  }
  if (list.length > PRINT_LIMIT) {
    out.push(
      `    … and ${(list.length - PRINT_LIMIT).toLocaleString('en')} more like these (--json lists them all)`,
    );
  }
}

/**
 * The report for people: one block per source, problems grouped by record
 * type. Linear in the number of problems, and at most PRINT_LIMIT lines per
 * group, so a feed of 100,000 bad records gives a report one can read.
 */
export function formatReport(report: ValidateReport, colour: boolean): string {
  const c = paint(colour);
  const lines: string[] = [];
  for (const r of report.sources) {
    const source = c.bold(clean(r.source));
    if (r.status === 'unreadable') {
      lines.push(`${c.red('✗')} ${source}: ${clean(r.error ?? '')}`);
      problemLines(r.problems.slice(1), '', lines);
      lines.push('');
      continue;
    }
    const mark = r.status === 'valid' ? (r.warnings ? c.yellow('!') : c.green('✓')) : c.red('✗');
    const verdict =
      r.status === 'valid'
        ? r.warnings
          ? `valid, ${plural(r.warnings, 'warning')}`
          : 'valid'
        : `${plural(r.errors, 'problem')}${r.warnings ? `, ${plural(r.warnings, 'warning')}` : ''}`;
    lines.push(`${mark} ${source}: ${verdict}`);
    lines.push(`  ${countsLine(r.counts)}`);
    // Group by what the path starts with: header fields, then each record type in contract order.
    const groups = new Map<string, Problem[]>();
    const warnings: Problem[] = [];
    for (const p of r.problems) {
      if (p.severity === 'warning') {
        warnings.push(p);
        continue;
      }
      const start = /^[a-z]+/.exec(p.path)?.[0] ?? '';
      const g = (RECORD_KINDS as readonly string[]).includes(start) ? start : 'feed';
      let list = groups.get(g);
      if (!list) groups.set(g, (list = []));
      list.push(p);
    }
    for (const g of ['feed', ...RECORD_KINDS]) {
      const list = groups.get(g);
      if (!list) continue;
      lines.push(`  ${c.bold(g === 'feed' ? 'feed header' : g)}:`);
      problemLines(list, c.red('error'), lines);
    }
    if (warnings.length) {
      lines.push(`  ${c.bold('references')}:`);
      problemLines(warnings, c.yellow('warning'), lines);
    }
    lines.push('');
  }
  const s = report.summary;
  const parts = [`${s.valid} valid`];
  if (s.withProblems) parts.push(`${s.withProblems} with problems`);
  if (s.unreadable) parts.push(`${s.unreadable} could not be read`);
  lines.push(
    `${plural(s.sources, 'feed')}: ${parts.join(', ')}; ${plural(s.errors, 'problem')}, ${plural(s.warnings, 'warning')}.`,
  );
  return lines.join('\n');
}

export async function validateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(
    argv,
    { json: { type: 'boolean' }, timeout: { type: 'string' } },
    VALIDATE_USAGE,
  );
  if (values.help) {
    process.stdout.write(`${VALIDATE_USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError('validate needs at least one file or URL', VALIDATE_USAGE);
  const timeout = positiveNumber(values.timeout, '--timeout', VALIDATE_USAGE) ?? 15;
  const report = await validateSources(positionals, timeout);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatReport(report, useColour())}\n`);
  }
  return report.exitCode;
}
