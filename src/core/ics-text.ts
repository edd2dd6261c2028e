/**
 * iCalendar content-line rules (RFC 5545 3.1–3.3): escaping of TEXT values
 * and parameter values, and folding at 75 octets. Everything the writer puts
 * in a line goes through one of these.
 */

// Controls other than tab and line breaks have no place in a TEXT value (RFC 5545 3.3.11).
// eslint-disable-next-line no-control-regex
const STRAY_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks; drops other controls. */
export function escapeText(value: string): string {
  return value
    .replace(STRAY_CONTROLS, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A parameter value (RFC 5545 3.2): quoted when it holds ":", ";" or ",";
 * controls and double quotes cannot be written at all and are dropped.
 */
export function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u0008\u000a-\u001f\u007f"]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

const octets = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds a content line so no line is longer than 75 octets of UTF-8 (not
 * characters: "é" is two), never splitting a character; continuation lines
 * start with a space, which counts towards their 75.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const n = octets(char.codePointAt(0)!);
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
