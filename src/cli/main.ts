/**
 * civic-feed: the command-line tool for councils and network hubs.
 * Node only; never imported by the widgets.
 *
 * Exit codes shared by all commands: 0 success, 1 problems found (or
 * nothing usable), 2 wrong usage or a source that could not be read.
 */
import { aggregateCommand } from './aggregate.js';
import { UsageError } from './args.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { ReadError } from './io.js';
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
  -v, --version   print the version`;

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
  return command(rest);
}

async function run(): Promise<void> {
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
