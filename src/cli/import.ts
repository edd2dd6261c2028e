/**
 * civic-feed import: what councils already publish (iCalendar, RSS, Atom,
 * JSON Feed) as a valid version 1 feed, through the same readers the widgets
 * use (src/core/readers). What a reader skips or repairs is reported; an
 * import that fails or finds nothing valid writes nothing and exits non-zero,
 * so the last good output file is never replaced.
 */
import { readSource, type SourceKind } from '../core/readers/index.js';
import { formatProblem, RECORD_KINDS } from '../feed/types.js';
import { isoDate, parse, positiveInteger, positiveNumber, str, UsageError } from './args.js';
import { useNodePlatform } from './import-platform.js';
import { ReadError, readSourceBytes, writeOutput } from './io.js';
import { addDays, addMonths, formatDate, parseWall } from '../core/wall.js';
import { canonicalZone } from '../core/zones.js';

export const IMPORT_USAGE = `Usage: civic-feed import <ics|rss|atom|jsonfeed|auto> <file|url> [options]

Converts a council's existing calendar or news feed into a civic feed
(version 1). iCalendar events become events; RSS, Atom and JSON Feed items
become activities. Text is turned into plain text (HTML removed). With
"auto" the kind is read from the file itself.

Options:
  --city ID            set "city" on every event/activity
  --network ID         set "network" on every event/activity
  --time-zone ZONE     IANA zone for dates and times written without one
                       (default: the calendar's X-WR-TIMEZONE, else UTC)
  --from YYYY-MM-DD    ics: first day of the window that recurring events are
                       expanded in (default: today)
  --months N           ics: length of that window in months (default 12)
  --type WORD          rss/atom/jsonfeed: activity type (default "news")
  --language TAG       the feed's language, e.g. en-GB (default: the source's)
  --title TEXT         the feed's title (default: the source's)
  --timeout SECONDS    time limit when the source is a URL (default 15)
  --debug              show the details of an unexpected error
  -o, --output FILE    write here (atomically) instead of standard output
  -h, --help           show this help

iCalendar details: TZID may be an IANA name in any letter case, a Windows
name ("W. Europe Standard Time") or defined by a VTIMEZONE; times are
written as local times with "timeZone". Each occurrence of a recurring event
(RRULE/RDATE minus EXDATE, with RECURRENCE-ID overrides) is its own event
with id "<UID>/<local start>" and "series": "<UID>". One-off events are kept
whatever their date. Events marked CLASS:PRIVATE or CONFIDENTIAL are skipped.
A line or an event that cannot be read is skipped with a warning.

Exit codes: 0 written, 1 nothing valid to write, 2 the source could not be read.`;

const FORMATS = ['ics', 'rss', 'atom', 'jsonfeed', 'auto'] as const;
const NOUN: Record<SourceKind, string> = {
  ics: 'event',
  civic: 'record',
  rss: 'activity',
  atom: 'activity',
  jsonfeed: 'activity',
};

function today(): string {
  const now = new Date();
  return formatDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

export async function importCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      city: { type: 'string' },
      network: { type: 'string' },
      'time-zone': { type: 'string' },
      from: { type: 'string' },
      months: { type: 'string' },
      type: { type: 'string' },
      language: { type: 'string' },
      title: { type: 'string' },
      timeout: { type: 'string' },
      debug: { type: 'boolean' },
      output: { type: 'string', short: 'o' },
    },
    IMPORT_USAGE,
  );
  if (values.help) {
    process.stdout.write(`${IMPORT_USAGE}\n`);
    return 0;
  }
  const [format, source, ...extra] = positionals;
  if (!format)
    throw new UsageError('import needs a format: ics, rss, atom, jsonfeed or auto', IMPORT_USAGE);
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(
      `unknown import format "${format}"; use ics, rss, atom, jsonfeed or auto`,
      IMPORT_USAGE,
    );
  if (!source) throw new UsageError(`import ${format} needs a file or URL`, IMPORT_USAGE);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`, IMPORT_USAGE);
  const from = isoDate(values.from, '--from', IMPORT_USAGE) ?? today();
  const months = positiveInteger(values.months, '--months', IMPORT_USAGE) ?? 12;
  const timeoutSeconds = positiveNumber(values.timeout, '--timeout', IMPORT_USAGE) ?? 15;
  const givenZone = str(values['time-zone']);
  const timeZone = givenZone ? canonicalZone(givenZone) : undefined;
  if (givenZone && !timeZone)
    throw new UsageError(
      `--time-zone "${givenZone}" is not an IANA time zone such as Europe/Brussels`,
      IMPORT_USAGE,
    );

  let fetched: Awaited<ReturnType<typeof readSourceBytes>>;
  try {
    fetched = await readSourceBytes(source, { timeoutSeconds });
  } catch (error) {
    if (error instanceof ReadError)
      throw new ReadError(`${source}: could not read: ${error.message}`);
    throw error;
  }
  try {
    return await convert(fetched, source, {
      kind: format === 'auto' ? undefined : (format as SourceKind),
      timeZone,
      from,
      to: formatDate(addDays(addMonths(parseWall(from)!, months), -1)),
      months,
      values,
    });
  } catch (error) {
    // readSource never throws; this is a bug of ours, said plainly (details with --debug).
    if (values.debug) throw error;
    process.stderr.write(
      `error: ${source}: the import stopped on an unexpected error (run again with --debug for details and please report it)\n`,
    );
    return 2;
  }
}

async function convert(
  fetched: { bytes: Uint8Array; contentType?: string; url?: string },
  source: string,
  o: {
    kind?: SourceKind;
    timeZone?: string;
    from: string;
    to: string;
    months: number;
    values: Record<string, unknown>;
  },
): Promise<number> {
  useNodePlatform();
  const url = fetched.url ?? (/^https?:\/\//i.test(source) ? source : undefined);
  const result = await readSource(fetched.bytes, {
    contentType: fetched.contentType,
    url,
    timeZone: o.timeZone,
    city: str(o.values.city),
    network: str(o.values.network),
    language: str(o.values.language),
    from: o.from,
    to: o.to,
    kind: o.kind,
  });
  const { feed, kind } = result;
  const type = str(o.values.type);
  if (type) for (const a of feed.activities) a.type = type;
  for (const p of result.problems)
    process.stderr.write(
      `${p.severity === 'error' && !p.path ? 'error' : 'warning'}: ${formatProblem(p)}\n`,
    );
  if (result.unreadable) return 2;
  const count = RECORD_KINDS.reduce((n, k) => n + feed[k].length, 0);
  if (count === 0) {
    process.stderr.write(`error: ${source}: nothing valid to import; no file was written\n`);
    return 1;
  }
  // Header first, then only the lists that have records: easier to read and diff.
  const output: Record<string, unknown> = { version: 1 };
  const title = str(o.values.title) ?? feed.title;
  const language = (str(o.values.language) ?? feed.language)?.trim().replace(/_/g, '-');
  if (title) output.title = title;
  if (feed.url) output.url = feed.url;
  if (feed.updated) output.updated = feed.updated;
  if (language) output.language = language;
  for (const k of RECORD_KINDS) if (feed[k].length) output[k] = feed[k];
  const target = str(o.values.output);
  await writeOutput(target, `${JSON.stringify(output, null, 2)}\n`);
  const noun = NOUN[kind];
  const series = new Set(feed.events.map((e) => e.series).filter(Boolean)).size;
  process.stderr.write(
    `Imported ${count} ${count === 1 ? noun : noun === 'activity' ? 'activities' : `${noun}s`}` +
      `${series ? ` (${series} recurring series expanded from ${o.from} for ${o.months} months)` : ''}` +
      `${target && target !== '-' ? ` into ${target}` : ''}.\n`,
  );
  return 0;
}
