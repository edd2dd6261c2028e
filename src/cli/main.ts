/**
 * civic-feed: the command-line tool for councils and network hubs.
 * Node only; never imported by the widgets.
 *
 * Exit codes shared by all commands: 0 success, 1 problems found (or
 * nothing usable), 2 wrong usage or a source that could not be read.
 */
import { aggregateCommand } from './aggregate.js';
import { positiveInteger, UsageError } from './args.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { DEFAULT_MAX_BYTES, ReadError, redactUrls, setNetworkPolicy } from './io.js';
import { clean, setRawStderr } from './term.js';
import { validateCommand } from './validate.js';
import { VERSION } from './version.js';

export const MAIN_USAGE = `civic-feed ${VERSION}: validate, import, aggregate and export city feeds (feed format version 1)

Usage: civic-feed <command> [options]

Commands:
  validate <file|url>…                    check feeds before publishing them
  import <ics|rss|atom|jsonfeed> <source> convert a council's calendar or news feed
  aggregate <sources…> -o hub.json        merge partner feeds into one hub feed
  export <ics|jsonld> <feed>              events as a calendar, or as schema.org JSON-LD

Run "civic-feed <command> --help" for a command's options.

Options:
  -h, --help      show this help
  -v, --version   print the version

Options for every command that downloads (validate, import, aggregate, export):
  --max-bytes N   largest answer accepted, counted after decompression
                  (default ${DEFAULT_MAX_BYTES.toLocaleString('en')}, 5 MB, as in the widgets)
  --allow-private also fetch from loopback, private, link-local and cloud
                  metadata addresses (refused by default, after every redirect)`;

/**
 * Takes the download options out of a command's arguments (they may stand
 * anywhere) and applies them to every download of this run.
 */
function takeNetworkOptions(argv: string[]): string[] {
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--allow-private') {
      setNetworkPolicy({ allowPrivate: true });
    } else if (arg === '--max-bytes' || arg.startsWith('--max-bytes=')) {
      const value = arg === '--max-bytes' ? argv[++i] : arg.slice('--max-bytes='.length);
      if (value === undefined)
        throw new UsageError('--max-bytes needs a number of bytes', MAIN_USAGE);
      setNetworkPolicy({ maxBytes: positiveInteger(value, '--max-bytes', MAIN_USAGE) });
    } else {
      rest.push(arg);
    }
  }
  return rest;
}

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  validate: validateCommand,
  import: importCommand,
  aggregate: aggregateCommand,
  export: exportCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    process.stderr.write(`${MAIN_USAGE}\n`);
    return 2;
  }
  if (first === '-h' || first === '--help' || first === 'help') {
    if (first === 'help' && rest[0] && COMMANDS[rest[0]]) return COMMANDS[rest[0]](['--help']);
    process.stdout.write(`${MAIN_USAGE}\n`);
    return 0;
  }
  if (first === '-v' || first === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[first];
  if (!command) {
    const what = first.startsWith('-') ? `unknown option "${first}"` : `unknown command "${first}"`;
    throw new UsageError(what, MAIN_USAGE);
  }
  return command(takeNetworkOptions(rest));
}

/**
 * Everything on stderr goes through `clean` and `redactUrls`: importers,
 * parsers and servers put feed text and addresses into messages, and none
 * of it may drive the terminal or show a password. The progress line of
 * aggregate is the one writer that bypasses this (see term.ts).
 */
function guardStderr(): void {
  const write = process.stderr.write.bind(process.stderr) as (
    chunk: string | Uint8Array,
    ...rest: unknown[]
  ) => boolean;
  setRawStderr((text) => write(text));
  process.stderr.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return write(clean(redactUrls(text)), ...rest);
  };
}

async function run(): Promise<void> {
  guardStderr();
  // `civic-feed validate … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  let code: number;
  try {
    code = await main(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`civic-feed: ${error.message}\n\n${error.usage ?? MAIN_USAGE}\n`);
      code = 2;
    } else if (error instanceof ReadError) {
      process.stderr.write(`civic-feed: ${error.message}\n`);
      code = 2;
    } else {
      process.stderr.write(
        `civic-feed: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`,
      );
      code = 1;
    }
  }
  // Exit explicitly once output is flushed: idle keep-alive sockets must not hold the process.
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  process.exit(code);
}

await run();
