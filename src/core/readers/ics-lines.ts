/**
 * iCalendar content lines (RFC 5545 3.1) into a tree of components, read
 * tolerantly: folded lines are joined, a line that is not
 * "NAME;params:value" (a mailer's broken fold, a quote around the colon), a
 * date that does not exist or a rule that cannot be read is skipped with a
 * warning instead of failing the whole file. When the skipped line is one an
 * event cannot be read without (RRULE, EXDATE, RDATE, RECURRENCE-ID), a
 * marker drops that event only. Bare dates ("DTSTART:20270101") get the
 * VALUE=DATE they mean. One pass, linear.
 */
import { ReaderError, warn, type ReaderContext } from './context.js';
import { parseRule } from './rrule.js';

/** A property the reader adds in place of a line an event cannot do without. */
export const DROP_MARKER = 'X-CIVIC-UNREADABLE';

export interface IcsProperty {
  /** Upper case. */
  name: string;
  /** Parameter names in upper case; quoted values without their quotes. */
  params: Record<string, string>;
  value: string;
  /** The line as read (name in upper case), for ids and for telling copies apart. */
  line: string;
}

export interface IcsComponent {
  /** Upper case. */
  name: string;
  properties: IcsProperty[];
  components: IcsComponent[];
}

const DATE_PROPERTIES = new Set(['DTSTART', 'DTEND', 'DUE', 'EXDATE', 'RDATE', 'RECURRENCE-ID']);
/** Without these an event would be published wrong (extra or missing occurrences). */
const ESSENTIAL = new Set(['RRULE', 'EXDATE', 'RDATE', 'RECURRENCE-ID']);

function realDate(value: string): boolean {
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(4, 6));
  const d = Number(value.slice(6, 8));
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function realDateTime(value: string): boolean {
  const m = /^(\d{8})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/i.exec(value);
  if (!m || !realDate(m[1])) return false;
  return m[2] === undefined || (Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4]) < 61);
}

export const DURATION = /^([+-])?P(?:(\d+)W|(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?)$/i;

/** Checks each value of a date property; returns the values to keep, or a reason. */
function dateValues(property: IcsProperty): string | undefined {
  const type = property.params.VALUE?.toUpperCase();
  const list = property.value.split(',').map((v) => v.trim());
  if (!type && list.every((v) => /^\d{8}$/.test(v))) property.params.VALUE = 'DATE';
  for (const value of list) {
    if (type === 'PERIOD') {
      const [start, end] = value.split('/');
      if (!realDateTime(start) || !end || !(realDateTime(end) || DURATION.test(end)))
        return `"${value.slice(0, 40)}" is not a period`;
    } else if (
      type === 'DATE' ? !(/^\d{8}$/.test(value) && realDate(value)) : !realDateTime(value)
    ) {
      return `"${value.slice(0, 40)}" is not a real date${type === 'DATE' ? '' : ' and time'}`;
    }
  }
  property.value = list.join(',');
  return undefined;
}

/** "NAME;A=1;B="x:y":value" → a property, or null when the line has no such shape. */
function splitLine(line: string): IcsProperty | 'unreadable' | null {
  const name = /^[A-Za-z0-9-]{1,100}/.exec(line)?.[0];
  if (!name || (line[name.length] !== ':' && line[name.length] !== ';')) return null;
  const params: Record<string, string> = {};
  let i = name.length;
  let bad = false;
  while (line[i] === ';') {
    const eq = line.indexOf('=', i);
    const key = eq === -1 ? '' : line.slice(i + 1, eq);
    if (!/^[A-Za-z0-9-]+$/.test(key)) bad = true;
    let j = eq === -1 ? i + 1 : eq + 1;
    const values: string[] = [];
    for (;;) {
      if (line[j] === '"') {
        const close = line.indexOf('"', j + 1);
        if (close === -1) return null; // the colon is inside an unclosed quote
        values.push(line.slice(j + 1, close));
        j = close + 1;
      } else {
        const start = j;
        while (j < line.length && !':;,'.includes(line[j])) j++;
        values.push(line.slice(start, j));
      }
      if (line[j] !== ',') break;
      j++;
    }
    if (j >= line.length) return null;
    if (!bad) params[key.toUpperCase()] = values.join(',');
    i = j;
  }
  if (line[i] !== ':') return null;
  if (bad) return 'unreadable';
  const upper = name.toUpperCase();
  return { name: upper, params, value: line.slice(i + 1), line: upper + line.slice(name.length) };
}

/** The property to keep for a line, a marker in its place, or null (skipped, reported). */
function checkLine(line: string, number: number, ctx: ReaderContext): IcsProperty | null {
  const split = splitLine(line);
  const name = (/^[A-Za-z0-9-]{1,100}/.exec(line)?.[0] ?? '').toUpperCase();
  const marker = (reason: string): IcsProperty => {
    const value = `${name} at line ${number}: ${reason}`;
    return { name: DROP_MARKER, params: {}, value, line: `${DROP_MARKER}:${value}` };
  };
  if (split === null) {
    if (ESSENTIAL.has(name)) return marker('not NAME:value');
    warn(
      ctx,
      `line ${number}`,
      `skipped a line that is not "NAME:value": ${JSON.stringify(line.slice(0, 60))}`,
    );
    return null;
  }
  let error: string | undefined;
  if (split === 'unreadable') error = 'the line cannot be read';
  else if (DATE_PROPERTIES.has(name)) error = dateValues(split);
  else if (name === 'RRULE') {
    if (/\s/.test(split.value)) error = 'the rule contains a space';
    else if (typeof parseRule(split.value) === 'string') error = 'the rule cannot be read';
  } else if (name === 'DURATION' && !DURATION.test(split.value.trim()))
    error = 'the line cannot be read';
  if (!error && split !== 'unreadable') {
    if (DATE_PROPERTIES.has(name)) {
      const params = Object.entries(split.params).map(([k, v]) => `;${k}=${quoted(v)}`);
      split.line = `${name}${params.join('')}:${split.value}`;
    }
    return split;
  }
  // The event's dates would be wrong without this line: leave the whole event out.
  if (ESSENTIAL.has(name)) return marker(error!);
  warn(ctx, `line ${number}`, `skipped ${name}: ${error}`);
  return null;
}

const quoted = (v: string) => (/[:;,]/.test(v) ? `"${v}"` : v);

/** The top-level components of the text (VCALENDARs, normally); throws when BEGIN/END do not match. */
export function parseIcs(text: string, ctx: ReaderContext): IcsComponent[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const roots: IcsComponent[] = [];
  const open: IcsComponent[] = [];
  const take = (line: string, number: number) => {
    const property = checkLine(line, number, ctx);
    if (!property) return;
    const parent = open[open.length - 1];
    if (property.name === 'BEGIN') {
      const component = {
        name: property.value.trim().toUpperCase(),
        properties: [],
        components: [],
      };
      (parent ? parent.components : roots).push(component);
      open.push(component);
    } else if (property.name === 'END') {
      if (!parent) {
        warn(ctx, `line ${number}`, 'skipped an END line that closes nothing');
        return;
      }
      if (parent.name !== property.value.trim().toUpperCase())
        throw new ReaderError('not an iCalendar file: its structure (BEGIN/END) cannot be read');
      open.pop();
    } else parent?.properties.push(property);
  };
  let current = '';
  let currentLine = 0;
  physical.forEach((line, index) => {
    if ((line.startsWith(' ') || line.startsWith('\t')) && current) current += line.slice(1);
    else {
      if (current) take(current, currentLine);
      current = line.trim() ? line : '';
      currentLine = index + 1;
    }
  });
  if (current) take(current, currentLine);
  if (open.length > 0) {
    // A cut-off download: what was not closed is incomplete and left out; the calendar is closed.
    if (open.length > 1) open[0].components.pop();
    warn(
      ctx,
      '',
      'the file ends before its components are closed (a cut-off download?); the incomplete last part was left out',
    );
  }
  return roots;
}

/** TEXT values (RFC 5545 3.3.11): "\\n" is a line break, "\\," "\\;" "\\\\" the character. */
export function unescapeText(value: string): string {
  return value.includes('\\')
    ? value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
    : value;
}
