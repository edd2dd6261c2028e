/**
 * XML for the feed readers, through the host's DOM parser (see platform.ts),
 * made tolerant of what feeds really contain and safe by construction: the
 * DOCTYPE is removed before parsing (no entity of a feed is ever expanded),
 * HTML's named references become numeric ones, and a bare "&" becomes
 * "&amp;". Each of these is one linear pass outside CDATA sections.
 */
import { ReaderError } from './context.js';
import { decodeHtml, xmlParser, type XmlNode } from './platform.js';

const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

function fixReferences(text: string): string {
  return text.replace(
    /&(?:(#\d{1,7}|#[xX][0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}))?;?/g,
    (all: string, num?: string, name?: string) => {
      if (num) return all.endsWith(';') ? all : `${all};`;
      if (name && all.endsWith(';')) {
        if (PREDEFINED.has(name)) return all;
        const decoded = decodeHtml(all);
        if (decoded !== all) return [...decoded].map((c) => `&#${c.codePointAt(0)};`).join('');
      }
      return `&amp;${all.slice(1)}`;
    },
  );
}

/** The DOCTYPE (with any internal subset) removed: one scan, brackets counted. */
function withoutDoctype(text: string): string {
  const start = text.search(/<!DOCTYPE/i);
  if (start === -1) return text;
  let depth = 0;
  for (let j = start + 9; j < text.length; j++) {
    const c = text[j];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return text.slice(0, start) + text.slice(j + 1);
  }
  return text.slice(0, start);
}

/** The document's root element; throws ReaderError in plain words. */
export function parseXmlDocument(text: string): XmlNode {
  const parse = xmlParser();
  if (!parse) throw new ReaderError('this environment has no XML parser to read RSS or Atom');
  const source = withoutDoctype(text.replace(/^\uFEFF/, ''));
  const parts: string[] = [];
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('<![CDATA[', i);
    if (open === -1) {
      parts.push(fixReferences(source.slice(i)));
      break;
    }
    parts.push(fixReferences(source.slice(i, open)));
    const close = source.indexOf(']]>', open + 9);
    const end = close === -1 ? source.length : close + 3;
    parts.push(source.slice(open, end));
    i = end;
  }
  const result = parse(parts.join(''));
  if ('error' in result) throw new ReaderError(`not well-formed XML: ${result.error}`);
  return result.root;
}

export const isElement = (n: XmlNode): boolean => n.nodeType === 1;

export function children(el: XmlNode, local?: string, ns?: (uri: string) => boolean): XmlNode[] {
  const found: XmlNode[] = [];
  for (let i = 0; i < el.childNodes.length; i++) {
    const c = el.childNodes[i];
    if (c.nodeType !== 1) continue;
    if (local !== undefined && c.localName !== local) continue;
    if (ns && !ns(c.namespaceURI ?? '')) continue;
    found.push(c);
  }
  return found;
}

export function child(
  el: XmlNode | undefined,
  local: string,
  ns?: (uri: string) => boolean,
): XmlNode | undefined {
  return el ? children(el, local, ns)[0] : undefined;
}

export function text(el: XmlNode | undefined): string | undefined {
  return el ? (el.textContent ?? '') : undefined;
}

export function attr(el: XmlNode | undefined, name: string): string | undefined {
  return el?.getAttribute?.(name) ?? undefined;
}

/** xml:lang or xml:base in effect on an element. */
export function inherited(el: XmlNode | null, name: 'xml:lang' | 'xml:base'): string | undefined {
  for (let node = el; node && node.nodeType === 1; node = node.parentNode) {
    const value = node.getAttribute?.(name);
    if (value) return value;
  }
  return undefined;
}
