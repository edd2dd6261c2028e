/**
 * Terminal output: colour only for a person at a terminal (stdout is a TTY
 * and NO_COLOR is not set, see no-color.org), plain text everywhere else so
 * that logs, pipes and CI stay readable. Text that came from a feed or a
 * server goes through `clean` first: it must never drive the terminal.
 */

let rawStderr = (text: string): boolean => process.stderr.write(text);

/** main.ts filters stderr; it hands over the unfiltered writer here. */
export function setRawStderr(write: (text: string) => boolean): void {
  rawStderr = write;
}

/** Our own terminal control (the progress line of aggregate), past the stderr filter. */
export function writeProgress(text: string): void {
  rawStderr(text);
}

export function useColour(stream: NodeJS.WriteStream = process.stdout): boolean {
  const noColor = process.env.NO_COLOR;
  return Boolean(stream.isTTY) && (noColor === undefined || noColor === '');
}

export interface Paint {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

export function paint(enabled: boolean): Paint {
  const wrap = (open: number, close: number) => (text: string) =>
    enabled ? `\x1b[${open}m${text}\x1b[${close}m` : text;
  return {
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
  };
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

function width(text: string): number {
  return [...text.replace(ANSI, '')].length;
}

/** A plain-text table; numeric columns (align "right") line up on the right. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('left' | 'right')[] = [],
): string {
  const widths = header.map((h, col) =>
    Math.max(width(h), ...rows.map((r) => width(r[col] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, col) => {
        const padding = ' '.repeat(widths[col] - width(cell));
        return align[col] === 'right' ? padding + cell : cell + padding;
      })
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** "https://very.long/…/feed.json": keeps the start and the end of a long source name. */
export function ellipsize(text: string, max: number): string {
  if (text.length <= max) return text;
  const keep = max - 1;
  const head = Math.ceil(keep * 0.45);
  return `${text.slice(0, head)}…${text.slice(text.length - (keep - head))}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

// ESC sequences first (CSI "ESC [ … final", OSC "ESC ] … BEL or ESC \\" such as the clipboard
// write OSC 52, DCS/SOS/PM/APC strings, two-byte escapes), then any other C0 (but tab and
// newline), DEL and C1 control character, including the 8-bit CSI and OSC introducers.
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[ -~]?|[\x9d\x90\x98\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/**
 * Text from a feed or a server, safe to print: escape sequences and control
 * characters (apart from newline and tab) become "\uFFFD", so a reader sees
 * that something was there and the terminal obeys none of it.
 */
export function clean(text: string): string {
  return text.replace(CONTROL, '\uFFFD');
}
