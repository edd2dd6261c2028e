/**
 * Where things are in a JSON file, for people who edit it by hand: the line
 * and column of every value (by its path, `events[1].start`), or of the first
 * syntax error with what it means in plain words and what to write instead.
 *
 * JSON.parse stays the judge of what the file means; this scanner only finds
 * places, because engines word and position their syntax errors differently
 * ("Expected double-quoted property name in JSON at position 310").
 */

export interface JsonSyntaxError {
  /** Offset in the text (UTF-16 code units), 0-based. */
  offset: number;
  line: number;
  column: number;
  /** What is wrong, in plain words. */
  message: string;
  /** What to write instead. */
  fix: string;
}

export type JsonLocation =
  | { ok: true; value: unknown; positions: Map<string, number>; lineOf: (offset: number) => Place }
  | { ok: false; error: JsonSyntaxError };

export interface Place {
  line: number;
  column: number;
}

/** Line and column (both 1-based) of an offset. */
export function placeOf(text: string, offset: number): Place {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly plain: string,
    readonly fix: string,
  ) {
    super(plain);
  }
}

const WORD = /[A-Za-z_$][\w$-]*/y;
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

function show(text: string, max = 30): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Scans JSON text, recording where each value starts; throws Stop at the first mistake. */
class Scanner {
  i = 0;
  /** The last comma between values: a trailing comma is reported where it is. */
  private comma = 0;
  readonly positions = new Map<string, number>();

  constructor(readonly text: string) {}

  private space(): void {
    for (;;) {
      const c = this.text[this.i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.i++;
      else if (c === '/' && (this.text[this.i + 1] === '/' || this.text[this.i + 1] === '*'))
        throw new Stop(
          this.i,
          'there is a comment here, and JSON files cannot contain comments',
          'delete the comment (keep notes in a field of your own, e.g. "note": "…")',
        );
      else return;
    }
  }

  private endOfFile(): Stop {
    return new Stop(
      this.text.length,
      'the file ends too early: a { or [ was opened and never closed, or a value is missing',
      'close every { with } and every [ with ], in the right order',
    );
  }

  scan(): void {
    this.space();
    if (this.i >= this.text.length)
      throw new Stop(0, 'the file is empty', 'start the file with {"version": 1, "events": [ … ]}');
    this.value('');
    this.space();
    if (this.i < this.text.length)
      throw new Stop(
        this.i,
        'there is more text after the end of the feed',
        'the whole file must be one { … }: remove what follows the last }, or check the braces before it',
      );
  }

  private value(path: string): void {
    this.space();
    this.positions.set(path, this.i);
    const c = this.text[this.i];
    if (c === undefined) throw this.endOfFile();
    if (c === '{') return this.object(path);
    if (c === '[') return this.array(path);
    if (c === '"') return this.string();
    if (c === "'")
      throw new Stop(this.i, 'this text is in single quotes', 'use double quotes: "like this"');
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    WORD.lastIndex = this.i;
    const word = WORD.exec(this.text)?.[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      this.i += word.length;
      return;
    }
    if (word)
      throw new Stop(
        this.i,
        `the word ${show(word)} is not in quotes`,
        `put text in double quotes: "${show(word)}"`,
      );
    throw new Stop(
      this.i,
      `a value was expected here, not ${JSON.stringify(c)}`,
      'write text in double quotes, a number, true, false, a list [ … ] or an object { … }',
    );
  }

  private number(): void {
    NUMBER.lastIndex = this.i;
    const match = NUMBER.exec(this.text)?.[0];
    if (!match || match === '-')
      throw new Stop(this.i, 'this is not a number', 'write a number like 258400 or 53.0027');
    const next = this.text[this.i + match.length];
    if (next !== undefined && /[\d.xXa-zA-Z_]/.test(next))
      throw new Stop(
        this.i,
        'this number is written in a way JSON does not accept (leading zeros, spaces, commas or letters)',
        'write plain digits like 258400 or 53.0027, or put the value in double quotes if it is text',
      );
    this.i += match.length;
  }

  private string(): void {
    const start = this.i;
    this.i++;
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined)
        throw new Stop(
          start,
          'this text has no closing double quote',
          'add " at the end of the text',
        );
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === '\n' || c === '\r')
        throw new Stop(
          this.i,
          'a line break inside quotes: text cannot run onto the next line (or the closing " is missing)',
          'keep the text on one line and write \\n where a new line should be; check the closing "',
        );
      if (c < ' ')
        throw new Stop(
          this.i,
          'a tab or control character inside quotes',
          'write \\t for a tab, or remove it',
        );
      if (c === '\\') {
        const next = this.text[this.i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6)))
            throw new Stop(
              this.i,
              'a \\u escape needs four hex digits',
              'write \\u00e9 for é, or type the letter itself',
            );
          this.i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next))
          throw new Stop(
            this.i,
            `a backslash before ${JSON.stringify(next ?? '')} is not allowed in JSON text`,
            'write \\\\ for a backslash (Windows paths: use / instead)',
          );
        this.i += 2;
        continue;
      }
      this.i++;
    }
  }

  /** After a value inside { } or [ ]: true when the bracket closes, false after a comma. */
  private closed(close: '}' | ']'): boolean {
    this.space();
    const after = this.text[this.i];
    if (after === ',' || after === close) {
      if (after === ',') this.comma = this.i;
      this.i++;
      return after === close;
    }
    if (after === undefined) throw this.endOfFile();
    const inObject = close === '}';
    const things = inObject ? 'two fields' : 'two items of a list';
    const missingComma = after === '"' || (!inObject && after === '{');
    throw new Stop(
      this.i,
      missingComma
        ? `a comma is missing between ${things}`
        : after === '}' || after === ']'
          ? `a ${after} closes ${after === '}' ? 'an object' : 'a list'} here, but the open bracket is a ${inObject ? '{' : '['}`
          : `a comma or ${close} was expected here, not ${JSON.stringify(after)}`,
      missingComma
        ? `add a comma after the ${inObject ? 'field' : 'item'} before`
        : `separate ${inObject ? 'fields' : 'items'} with commas and close with ${close}`,
    );
  }

  private object(path: string): void {
    this.i++;
    this.space();
    if (this.text[this.i] === '}') {
      this.i++;
      return;
    }
    for (;;) {
      this.space();
      const c = this.text[this.i];
      if (c === undefined) throw this.endOfFile();
      if (c === '}')
        throw new Stop(
          this.comma,
          'there is a comma after the last field of this object',
          'remove this comma (the last field has none after it)',
        );
      if (c !== '"') {
        WORD.lastIndex = this.i;
        const word = WORD.exec(this.text)?.[0];
        if (c === "'")
          throw new Stop(this.i, 'a field name is in single quotes', 'use double quotes: "title"');
        if (word)
          throw new Stop(
            this.i,
            `the field name ${show(word)} is not in double quotes`,
            `write "${show(word)}"`,
          );
        throw new Stop(
          this.i,
          `a field name in double quotes was expected here, not ${JSON.stringify(c)}`,
          'write "name": value, and separate fields with commas',
        );
      }
      const keyStart = this.i;
      this.string();
      const key = JSON.parse(this.text.slice(keyStart, this.i)) as string;
      this.space();
      if (this.text[this.i] !== ':')
        throw new Stop(
          this.i,
          `a colon is missing after the field name "${show(key)}"`,
          `write "${show(key)}": value`,
        );
      this.i++;
      this.value(path ? `${path}.${key}` : key);
      if (this.closed('}')) return;
    }
  }

  private array(path: string): void {
    this.i++;
    this.space();
    if (this.text[this.i] === ']') {
      this.i++;
      return;
    }
    for (let index = 0; ; index++) {
      this.space();
      if (this.text[this.i] === ']')
        throw new Stop(
          this.comma,
          'there is a comma after the last item of this list',
          'remove this comma (the last item has none after it)',
        );
      this.value(`${path}[${index}]`);
      if (this.closed(']')) return;
    }
  }
}

/**
 * Parses JSON text and says where everything is, or where and why it is not JSON.
 *
 * @example
 * const found = locateJson('{"version": 1, "events": [{"id": "a",}]}');
 * // found.ok === false; found.error.message: "there is a comma after the last field of this object"
 */
export function locateJson(text: string): JsonLocation {
  const clean = text.replace(/^\uFEFF/, '');
  // Offsets count from after a byte order mark, which no editor shows as a column.
  const lineOf = (offset: number) => placeOf(clean, offset);
  const scanner = new Scanner(clean);
  try {
    scanner.scan();
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return {
      ok: false,
      error: {
        offset: error.offset,
        ...lineOf(error.offset),
        message: error.plain,
        fix: error.fix,
      },
    };
  }
  try {
    return { ok: true, value: JSON.parse(clean) as unknown, positions: scanner.positions, lineOf };
  } catch (error) {
    // The scanner accepted what JSON.parse refused: say what the engine said, at the start.
    return {
      ok: false,
      error: {
        offset: 0,
        line: 1,
        column: 1,
        message: `the file is not valid JSON (${(error as Error).message})`,
        fix: 'check the file with a JSON editor',
      },
    };
  }
}

/** The place of a path, or of its nearest parent that is in the file (a missing field: its record). */
export function findPath(positions: Map<string, number>, path: string): number | undefined {
  for (let p = path; ;) {
    const found = positions.get(p);
    if (found !== undefined) return found;
    if (!p) return undefined;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut > 0 ? p.slice(0, cut) : '';
  }
}

/**
 * The first syntax error of text that JSON.parse refused, in one line:
 * "line 4, column 40: there is a comma after the last field of this object;
 * remove this comma (…)"; undefined if the scanner finds none.
 */
export function describeSyntaxError(text: string): string | undefined {
  const found = locateJson(text);
  if (found.ok) return undefined;
  const { line, column, message, fix } = found.error;
  return `line ${line}, column ${column}: ${message}; ${fix}`;
}
