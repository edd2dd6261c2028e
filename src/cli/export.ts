/**
 * civic-feed export: a feed's events as an .ics calendar, or its cities and
 * events as schema.org JSON-LD for search engines.
 */
import { parseFeedText } from '../feed/parse.js';
import { formatProblem } from '../feed/types.js';
import { parse, positiveNumber, str, UsageError } from './args.js';
import { feedToIcs } from './export-ics.js';
import { feedToJsonLd, jsonLdText } from './export-jsonld.js';
import { ReadError, readSourceText, writeOutput } from './io.js';

export const EXPORT_USAGE = `Usage: civic-feed export <ics|jsonld> <feed file|url> [-o FILE]

  ics      the feed's events as an iCalendar (RFC 5545) file that calendar
           apps can import or subscribe to
  jsonld   the feed's cities and events as schema.org JSON-LD (City, Event),
           ready to put in a <script type="application/ld+json"> element

Options:
  -o, --output FILE    write here (atomically) instead of standard output
  --base URL           jsonld: base URL for @id values (default: the feed's url)
  --timeout SECONDS    time limit when the feed is a URL (default 15)
  -h, --help           show this help

Invalid records are left out (with a warning), as the widgets would.
Exit codes: 0 written, 2 the feed could not be read.`;

export async function exportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      output: { type: 'string', short: 'o' },
      base: { type: 'string' },
      timeout: { type: 'string' },
    },
    EXPORT_USAGE,
  );
  if (values.help) {
    process.stdout.write(`${EXPORT_USAGE}\n`);
    return 0;
  }
  const [format, source, ...extra] = positionals;
  if (format !== 'ics' && format !== 'jsonld') {
    throw new UsageError(
      format
        ? `unknown export format "${format}"; use ics or jsonld`
        : 'export needs a format: ics or jsonld',
      EXPORT_USAGE,
    );
  }
  if (!source) throw new UsageError(`export ${format} needs a feed file or URL`, EXPORT_USAGE);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`, EXPORT_USAGE);
  const timeoutSeconds = positiveNumber(values.timeout, '--timeout', EXPORT_USAGE) ?? 15;
  let text: string;
  try {
    text = await readSourceText(source, { timeoutSeconds });
  } catch (error) {
    if (error instanceof ReadError)
      throw new ReadError(`${source}: could not read: ${error.message}`);
    throw error;
  }
  const { feed, problems } = parseFeedText(text.replace(/^\uFEFF/, ''));
  if (!feed) {
    process.stderr.write(`error: ${source}: ${problems.map((p) => formatProblem(p)).join('; ')}\n`);
    return 2;
  }
  for (const p of problems) process.stderr.write(`warning: ${source}: ${formatProblem(p)}\n`);
  if (format === 'ics') {
    const { text: ics, problems: left } = feedToIcs(feed);
    for (const p of left) {
      process.stderr.write(
        `warning: event ${JSON.stringify(p.eventId)}: ${p.field} ${p.message}; it was left out\n`,
      );
    }
    await writeOutput(str(values.output), ics);
  } else {
    const { document, notes } = feedToJsonLd(feed, { base: str(values.base) });
    for (const n of notes) process.stderr.write(`warning: ${n}\n`);
    await writeOutput(str(values.output), jsonLdText(document));
  }
  return 0;
}
