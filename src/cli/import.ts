/**
 * civic-feed import: what councils already publish (iCalendar, RSS, Atom,
 * JSON Feed) as a valid version 1 feed. The output is checked with the same
 * parser the widgets use; what the parser would drop is reported and left
 * out, and nothing is written unless the result has no problems at all.
 */
import { parseFeed } from '../feed/parse.js';
import { emptyFeed, formatProblem, RECORD_KINDS } from '../feed/types.js';
import type { Feed } from '../feed/types.js';
import { isoDate, parse, positiveInteger, positiveNumber, str, UsageError } from './args.js';
import { importAtom, importJsonFeed, importRss, type FeedImportResult } from './import-feeds.js';
import { importIcs } from './import-ics.js';
import { bytesToText, isUrl, ReadError, readSourceBytes, writeOutput } from './io.js';
import { decodeXmlBytes } from './xml.js';
import { formatDate } from '../core/wall.js';

export const IMPORT_USAGE = `Usage: civic-feed import <ics|rss|atom|jsonfeed> <file|url> [options]

Converts a council's existing calendar or news feed into a civic feed
(version 1). iCalendar events become events; RSS, Atom and JSON Feed items
become activities. Text is turned into plain text (HTML removed).

Options:
  --city ID            set "city" on every event/activity
  --network ID         set "network" on every event/activity
  --from YYYY-MM-DD    ics: first day of the window that recurring events are
                       expanded in (default: today)
  --months N           ics: length of that window in months (default 12)
  --type WORD          rss/atom/jsonfeed: activity type (default "news")
  --language TAG       the feed's language, e.g. en-GB (default: the source's)
  --title TEXT         the feed's title (default: the source's)
  --timeout SECONDS    time limit when the source is a URL (default 15)
  -o, --output FILE    write here (atomically) instead of standard output
  -h, --help           show this help

iCalendar details: TZID may be an IANA name, a Windows name ("W. Europe
Standard Time") or defined by a VTIMEZONE; times are written as local times
with "timeZone". Each occurrence of a recurring event (RRULE/RDATE minus
EXDATE, with RECURRENCE-ID overrides) is its own event with id
"<UID>/<local start>" and "series": "<UID>". One-off events are kept whatever
their date. Events marked CLASS:PRIVATE or CONFIDENTIAL are skipped.

Exit codes: 0 written, 1 nothing valid to write, 2 the source could not be read.`;

const FORMATS = ['ics', 'rss', 'atom', 'jsonfeed'] as const;
type Format = (typeof FORMATS)[number];

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
      from: { type: 'string' },
      months: { type: 'string' },
      type: { type: 'string' },
      language: { type: 'string' },
      title: { type: 'string' },
      timeout: { type: 'string' },
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
    throw new UsageError('import needs a format: ics, rss, atom or jsonfeed', IMPORT_USAGE);
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(
      `unknown import format "${format}"; use ics, rss, atom or jsonfeed`,
      IMPORT_USAGE,
    );
  }
  if (!source) throw new UsageError(`import ${format} needs a file or URL`, IMPORT_USAGE);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`, IMPORT_USAGE);
  const from = isoDate(values.from, '--from', IMPORT_USAGE) ?? today();
  const months = positiveInteger(values.months, '--months', IMPORT_USAGE) ?? 12;
  const timeoutSeconds = positiveNumber(values.timeout, '--timeout', IMPORT_USAGE) ?? 15;
  const options = {
    city: str(values.city),
    network: str(values.network),
    type: str(values.type),
  };

  let fetched: Awaited<ReturnType<typeof readSourceBytes>>;
  try {
    fetched = await readSourceBytes(source, { timeoutSeconds });
  } catch (error) {
    if (error instanceof ReadError)
      throw new ReadError(`${source}: could not read: ${error.message}`);
    throw error;
  }
  const { bytes, url } = fetched;
  const feed: Feed = emptyFeed();
  let notes: string[];
  let sourceTitle: string | undefined;
  let sourceLanguage: string | undefined;
  if ((format as Format) === 'ics') {
    const result = importIcs(bytesToText(bytes), { ...options, from, months });
    feed.events = result.events;
    notes = result.notes;
    sourceTitle = result.calendarName;
  } else {
    const baseUrl = url ?? (isUrl(source) ? source : undefined);
    const result: FeedImportResult =
      format === 'rss'
        ? importRss(decodeXmlBytes(bytes), { ...options, baseUrl })
        : format === 'atom'
          ? importAtom(decodeXmlBytes(bytes), { ...options, baseUrl })
          : importJsonFeed(bytesToText(bytes), { ...options, baseUrl });
    feed.activities = result.activities;
    notes = result.notes;
    sourceTitle = result.title;
    sourceLanguage = result.language;
  }
  const title = str(values.title) ?? sourceTitle;
  // "en_GB" and "en-gb" are common in the wild; BCP 47 wants "en-GB".
  const language = (str(values.language) ?? sourceLanguage)?.trim().replace(/_/g, '-');
  const header: Partial<Feed> = { version: 1 };
  if (title) header.title = title;
  if (language) header.language = language;
  const candidate: Feed = { ...header, ...feed, version: 1 };

  // First pass: whatever the parser would drop or trim is reported, with the record's id.
  const first = parseFeed(candidate);
  for (const p of first.problems) {
    const m = /^(events|activities)\[(\d+)\]/.exec(p.path);
    const record = m
      ? (candidate[m[1] as 'events' | 'activities'][Number(m[2])] as { id?: string })
      : undefined;
    notes.push(`${record?.id ? `${JSON.stringify(record.id)}: ` : ''}${formatProblem(p)}`);
  }
  if (!first.feed) {
    for (const n of notes) process.stderr.write(`warning: ${n}\n`);
    return 1;
  }
  // Second pass: what is written must pass with no problems at all.
  const second = parseFeed(first.feed);
  if (second.problems.length > 0) {
    process.stderr.write(
      `error: the converted feed still has problems (please report this):\n${second.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`,
    );
    return 1;
  }
  const output = second.feed!;
  for (const n of notes) process.stderr.write(`warning: ${n}\n`);
  // Header first, then only the lists that have records: easier to read and diff.
  const ordered: Record<string, unknown> = { version: 1 };
  for (const key of ['title', 'url', 'updated', 'language'] as const)
    if (output[key] !== undefined) ordered[key] = output[key];
  for (const kind of RECORD_KINDS) if (output[kind].length) ordered[kind] = output[kind];
  const text = `${JSON.stringify(ordered, null, 2)}\n`;
  const target = str(values.output);
  await writeOutput(target, text);
  const count = format === 'ics' ? output.events.length : output.activities.length;
  const noun = format === 'ics' ? 'event' : 'activity';
  const series = new Set(output.events.map((e) => e.series).filter(Boolean)).size;
  process.stderr.write(
    `Imported ${count} ${count === 1 ? noun : noun === 'activity' ? 'activities' : 'events'}` +
      `${series ? ` (${series} recurring series expanded from ${from} for ${months} months)` : ''}` +
      `${target && target !== '-' ? ` into ${target}` : ''}.\n`,
  );
  return count === 0 && first.problems.length > 0 ? 1 : 0;
}
