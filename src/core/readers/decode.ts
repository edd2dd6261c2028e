/**
 * Bytes to text, as the standards say and never silently lossy: a BOM
 * first, then the HTTP charset, then (for XML) the byte pattern of "<?xml"
 * and its encoding declaration, else UTF-8. Bytes that are not valid UTF-8
 * and declare nothing are read as Windows-1252 (what such files almost
 * always are), with a warning; a declared charset that still has bad bytes
 * is read with U+FFFD and a warning that says how many.
 */
import type { Problem } from '../../feed/types.js';

export interface Decoded {
  text: string;
  problems: Problem[];
}

function warn(message: string): Problem {
  return { path: '', message, severity: 'warning' };
}

/** TextDecoder knows no UTF-32 (neither do browsers): four bytes a character. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): { text: string; bad: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chars: string[] = [];
  let bad = 0;
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    const code = view.getUint32(i, littleEndian);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      bad++;
      chars.push('\ufffd');
    } else chars.push(String.fromCodePoint(code));
  }
  if (bytes.length % 4) bad++;
  return { text: chars.join(''), bad };
}

function bomOf(b: Uint8Array): { encoding: string; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0xfe && b[3] === 0xff)
    return { encoding: 'utf-32be', length: 4 };
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0x00 && b[3] === 0x00)
    return { encoding: 'utf-32le', length: 4 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return undefined;
}

/** XML without a BOM: "<?" written in UTF-16 or UTF-32 (XML 1.0, appendix F). */
function xmlPattern(b: Uint8Array): string | undefined {
  const [a, c, d, e] = [b[0], b[1], b[2], b[3]];
  if (a === 0 && c === 0 && d === 0 && e === 0x3c) return 'utf-32be';
  if (a === 0x3c && c === 0 && d === 0 && e === 0) return 'utf-32le';
  if (a === 0 && c === 0x3c && d === 0 && e === 0x3f) return 'utf-16be';
  if (a === 0x3c && c === 0 && d === 0x3f && e === 0) return 'utf-16le';
  return undefined;
}

/** The charset parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([A-Za-z0-9._:-]{1,40})/i.exec(contentType ?? '');
  return m?.[1].toLowerCase();
}

/** The encoding named in `<?xml … encoding="…"?>`, read from ASCII-compatible bytes. */
function xmlDeclared(b: Uint8Array): string | undefined {
  let head = '';
  for (let i = 0; i < Math.min(b.length, 200); i++) head += String.fromCharCode(b[i]);
  const end = head.indexOf('?>');
  if (!/^\s*<\?xml\s/.test(head) || end === -1) return undefined;
  return /\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/
    .exec(head.slice(0, end))?.[1]
    .toLowerCase();
}

function run(encoding: string, bytes: Uint8Array): { text: string; bad: number } | undefined {
  if (encoding === 'utf-32be' || encoding === 'utf-32le' || encoding === 'utf-32')
    return decodeUtf32(bytes, encoding === 'utf-32le');
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    return undefined; // a label this runtime does not know
  }
  try {
    return { text: decoder.decode(bytes), bad: 0 };
  } catch {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
    let bad = 0;
    for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) bad++;
    return { text, bad };
  }
}

/**
 * Decodes a source. `xml` turns on the XML rules (byte patterns and the
 * encoding declaration); `contentType` is the HTTP header when there was one.
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string, xml = false): Decoded {
  const problems: Problem[] = [];
  const bom = bomOf(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  const candidates: [string, string][] = [];
  if (bom) candidates.push([bom.encoding, 'its byte order mark']);
  const http = charsetOf(contentType);
  if (http) candidates.push([http, 'the HTTP charset']);
  if (xml) {
    const pattern = xmlPattern(bytes);
    if (pattern) candidates.push([pattern, 'its first bytes']);
    const declared = xmlDeclared(bytes);
    // "UTF-16" in a declaration says nothing useful once the bytes were ASCII-compatible.
    if (declared && !declared.startsWith('utf-16') && !declared.startsWith('utf-32'))
      candidates.push([declared, 'its XML declaration']);
  }
  for (const [encoding, why] of candidates) {
    const decoded = run(encoding, body);
    if (!decoded) {
      problems.push(warn(`the character set "${encoding}" named by ${why} is not known; ignored`));
      continue;
    }
    if (decoded.bad)
      problems.push(
        warn(
          `${decoded.bad} byte sequence(s) are not valid ${encoding.toUpperCase()} (named by ${why}); they show as "\ufffd"`,
        ),
      );
    return { text: decoded.text, problems };
  }
  const utf8 = run('utf-8', body)!;
  if (!utf8.bad) return { text: utf8.text, problems };
  problems.push(
    warn(
      'the file is not valid UTF-8 and names no character set; it was read as Windows-1252 (check accented letters)',
    ),
  );
  return { text: run('windows-1252', body)!.text, problems };
}
