/**
 * Argument parsing on top of node:util parseArgs (strict: an unknown flag is
 * an error), with the checks every command needs.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Wrong use of the command line: the usage is shown on stderr and the exit code is 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The help text of the command that was misused. */
    readonly usage?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse<T extends Options>(
  argv: string[],
  options: T,
  usage: string,
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return {
      values: values,
      positionals,
    };
  } catch (error) {
    // parseArgs messages are already precise ("Unknown option '--colour'"); keep them.
    throw new UsageError(
      (error as Error).message.replace(/\. To specify a positional.*$/s, '.'),
      usage,
    );
  }
}

/** A flag's value: a string from the command line, or a number from a config file. */
export type FlagValue = string | number | boolean | string[] | undefined;

export function positiveInteger(value: FlagValue, flag: string, usage: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new UsageError(
      `${flag} must be a whole number of at least 1, not "${String(value)}"`,
      usage,
    );
  }
  return n;
}

export function positiveNumber(value: FlagValue, flag: string, usage: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) {
    throw new UsageError(`${flag} must be a number above 0, not "${String(value)}"`, usage);
  }
  return n;
}

export function isoDate(value: FlagValue, flag: string, usage: string): string | undefined {
  if (value === undefined) return undefined;
  const s = String(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const valid = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).toISOString().slice(0, 10) === s;
  if (!valid) throw new UsageError(`${flag} must be a date written YYYY-MM-DD, not "${s}"`, usage);
  return s;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
