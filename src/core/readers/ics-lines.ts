/**
 * The line-level tolerance of the iCalendar reader, before ical.js sees the
 * text: a line that is not "NAME;params:value" (a mailer's broken fold, a
 * quote around the colon), a date that does not exist, or a rule ical.js
 * rejects is skipped with a warning instead of failing the whole file. When
 * the skipped line is one an event cannot be read without (RRULE, EXDATE,
 * RDATE, RECURRENCE-ID), a marker drops that event only. Bare dates
 * ("DTSTART:20270101") get the VALUE=DATE they mean. One pass, linear.
 */
import ICAL from 'ical.js';
import { warn, type ReaderContext } from './context.js';

/** A property the reader adds in place of a line an event cannot do without. */
export const DROP_MARKER = 'X-CIVIC-UNREADABLE';

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

const DURATION = /^[+-]?P(\d+W|(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)$/i;

/** Checks each value of a date property; returns the line to keep, or a reason. */
function dateLine(
  name: string,
  params: string,
  values: string,
): { line: string } | { error: string } {
  const type = /;VALUE=([A-Za-z-]+)/i.exec(params)?.[1]?.toUpperCase();
  const list = values.split(',');
  if (!type && list.every((v) => /^\d{8}$/.test(v.trim())))
    return dateLine(name, `${params};VALUE=DATE`, values);
  for (const raw of list) {
    const value = raw.trim();
    if (type === 'PERIOD') {
      const [start, end] = value.split('/');
      if (!realDateTime(start) || !end || !(realDateTime(end) || DURATION.test(end)))
        return { error: `"${value.slice(0, 40)}" is not a period` };
    } else if (
      type === 'DATE' ? !(/^\d{8}$/.test(value) && realDate(value)) : !realDateTime(value)
    ) {
      return {
        error: `"${value.slice(0, 40)}" is not a real date${type === 'DATE' ? '' : ' and time'}`,
      };
    }
  }
  return { line: `${name}${params}:${list.map((v) => v.trim()).join(',')}` };
}

/** The text with unusable lines removed (and reported). */
export function sanitizeIcs(text: string, ctx: ReaderContext): string {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const out: string[] = [];
  let depth = 0;
  let current: string[] = [];
  let currentLine = 0;
  const flush = () => {
    if (current.length === 0) return;
    const line = current.join('');
    current = [];
    const kept = checkLine(line, currentLine, ctx);
    if (kept === null) return;
    const upper = kept.slice(0, 6).toUpperCase();
    if (upper.startsWith('BEGIN:')) depth++;
    else if (upper === 'END:VC' || upper.startsWith('END:')) {
      if (depth === 0) {
        warn(ctx, `line ${currentLine}`, 'skipped an END line that closes nothing');
        return;
      }
      depth--;
    }
    out.push(kept);
  };
  physical.forEach((line, index) => {
    if ((line.startsWith(' ') || line.startsWith('\t')) && current.length)
      current.push(line.slice(1));
    else {
      flush();
      if (line.trim()) {
        current = [line];
        currentLine = index + 1;
      }
    }
  });
  flush();
  if (depth > 0) {
    // A cut-off download: what was not closed is incomplete and left out; the calendar is closed.
    const open: { name: string; at: number }[] = [];
    out.forEach((line, at) => {
      if (/^BEGIN:/i.test(line)) open.push({ name: line.slice(6), at });
      else if (/^END:/i.test(line)) open.pop();
    });
    const calendar = open.shift();
    if (open.length) out.length = open[0].at;
    if (calendar) out.push(`END:${calendar.name}`);
    warn(
      ctx,
      '',
      'the file ends before its components are closed (a cut-off download?); the incomplete last part was left out',
    );
  }
  return out.join('\r\n');
}

function checkLine(line: string, number: number, ctx: ReaderContext): string | null {
  const at = `line ${number}`;
  const nameMatch = /^[A-Za-z0-9-]{1,100}/.exec(line);
  // The value starts at the first colon outside a quoted parameter value.
  let colon = -1;
  let quoted = false;
  if (nameMatch && (line[nameMatch[0].length] === ':' || line[nameMatch[0].length] === ';')) {
    for (let i = nameMatch[0].length; i < line.length; i++) {
      const c = line[i];
      if (c === '"') quoted = !quoted;
      else if (c === ':' && !quoted) {
        colon = i;
        break;
      }
    }
  }
  const name = nameMatch?.[0].toUpperCase() ?? '';
  if (colon === -1) {
    if (ESSENTIAL.has(name)) return `${DROP_MARKER}:${name} at line ${number}: not NAME:value`;
    warn(ctx, at, `skipped a line that is not "NAME:value": ${JSON.stringify(line.slice(0, 60))}`);
    return null;
  }
  const params = line.slice(name.length, colon);
  const value = line.slice(colon + 1);
  let kept = line;
  let error: string | undefined;
  if (DATE_PROPERTIES.has(name)) {
    const checked = dateLine(line.slice(0, name.length), params, value);
    if ('error' in checked) error = checked.error;
    else kept = checked.line;
  } else if (name === 'RRULE') {
    if (/\s/.test(value)) error = 'the rule contains a space';
    else
      try {
        ICAL.Recur.fromString(value);
      } catch {
        error = 'the rule cannot be read';
      }
  }
  if (!error && name !== 'BEGIN' && name !== 'END')
    try {
      ICAL.parse.property(kept);
    } catch {
      error = 'the line cannot be read';
    }
  if (!error) return kept;
  if (ESSENTIAL.has(name)) {
    // The event's dates would be wrong without this line: leave the whole event out.
    return `${DROP_MARKER}:${name} at line ${number}: ${error.replace(/[\\;,]/g, ' ')}`;
  }
  warn(ctx, at, `skipped ${name}: ${error}`);
  return null;
}
