/**
 * A small XML reader for RSS and Atom: elements, attributes, text, CDATA and
 * namespaces, into a tree. It is deliberately safe rather than complete:
 * DOCTYPE declarations are skipped and their entities never expanded (no
 * external entities, no "billion laughs"), and only the predefined and
 * numeric character references are decoded (plus, leniently, HTML's named
 * ones, which real feeds use without declaring them).
 */
import { decodeEntities } from './html.js';

export interface XmlElement {
  /** Local name, without prefix: "encoded" for content:encoded. */
  local: string;
  /** Namespace URI ("" for none). */
  ns: string;
  attrs: Map<string, string>;
  children: (XmlElement | string)[];
  parent: XmlElement | null;
}

export class XmlError extends Error {
  constructor(message: string, line: number) {
    super(`${message} (line ${line})`);
    this.name = 'XmlError';
  }
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const MAX_DEPTH = 256;

/** Decodes bytes as XML says: BOM, then the encoding in the XML declaration, else UTF-8. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Parses an XML document into its root element. Throws XmlError on text that is not XML. */
export function parseXml(text: string): XmlElement {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let i = 0;
  let root: XmlElement | null = null;
  const stack: { el: XmlElement; ns: Map<string, string>; name: string }[] = [];
  const line = () => src.slice(0, i).split('\n').length;

  const skipTo = (marker: string, what: string) => {
    const end = src.indexOf(marker, i);
    if (end === -1) throw new XmlError(`${what} is never closed`, line());
    i = end + marker.length;
  };

  while (i < src.length) {
    const lt = src.indexOf('<', i);
    const textEnd = lt === -1 ? src.length : lt;
    if (textEnd > i) {
      const raw = src.slice(i, textEnd);
      const top = stack.at(-1);
      if (top) top.el.children.push(decodeEntities(raw));
      else if (raw.trim()) throw new XmlError('text outside the root element', line());
      i = textEnd;
      continue;
    }
    if (src.startsWith('<?', i)) {
      skipTo('?>', 'a processing instruction');
    } else if (src.startsWith('<!--', i)) {
      skipTo('-->', 'a comment');
    } else if (src.startsWith('<![CDATA[', i)) {
      const end = src.indexOf(']]>', i + 9);
      if (end === -1) throw new XmlError('a CDATA section is never closed', line());
      const top = stack.at(-1);
      if (!top) throw new XmlError('CDATA outside the root element', line());
      top.el.children.push(src.slice(i + 9, end));
      i = end + 3;
    } else if (src.startsWith('<!', i)) {
      // DOCTYPE (maybe with an internal subset in [...]): skipped, never expanded.
      let depth = 0;
      let j = i + 2;
      for (; j < src.length; j++) {
        const c = src[j];
        if (c === '[') depth++;
        else if (c === ']') depth--;
        else if (c === '>' && depth <= 0) break;
      }
      if (j >= src.length) throw new XmlError('a declaration is never closed', line());
      i = j + 1;
    } else if (src[i + 1] === '/') {
      const end = src.indexOf('>', i);
      if (end === -1) throw new XmlError('an end tag is never closed', line());
      const name = src.slice(i + 2, end).trim();
      // Lenient about stray end tags: close up to the matching open element if there is one.
      const at = stack.map((s) => s.name).lastIndexOf(name);
      if (at === -1) {
        if (stack.length === 0) throw new XmlError(`</${name}> without an open element`, line());
      } else {
        stack.length = at;
      }
      i = end + 1;
    } else {
      const parsed = parseStartTag(src, i);
      if (!parsed) throw new XmlError('a tag is never closed or is malformed', line());
      const parentScope = stack.at(-1)?.ns ?? new Map([['xml', XML_NS]]);
      const scope = new Map(parentScope);
      for (const [name, value] of parsed.attrs) {
        if (name === 'xmlns') scope.set('', value);
        else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
      }
      const colon = parsed.name.indexOf(':');
      const prefix = colon === -1 ? '' : parsed.name.slice(0, colon);
      const el: XmlElement = {
        local: colon === -1 ? parsed.name : parsed.name.slice(colon + 1),
        ns: scope.get(prefix) ?? '',
        attrs: parsed.attrs,
        children: [],
        parent: stack.at(-1)?.el ?? null,
      };
      if (el.parent) el.parent.children.push(el);
      else if (root) throw new XmlError('a second root element', line());
      else root = el;
      if (!parsed.selfClosing) {
        if (stack.length >= MAX_DEPTH) throw new XmlError('elements nested too deeply', line());
        stack.push({ el, ns: scope, name: parsed.name });
      }
      i = parsed.end;
    }
  }
  if (!root) throw new XmlError('no root element', line());
  return root;
}

function parseStartTag(
  src: string,
  start: number,
): { name: string; attrs: Map<string, string>; selfClosing: boolean; end: number } | null {
  const nameMatch = /^<([A-Za-z_][\w.:-]*)/.exec(src.slice(start, start + 200));
  if (!nameMatch) return null;
  const attrs = new Map<string, string>();
  let i = start + nameMatch[0].length;
  const attrRe = /\s*([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/y;
  for (;;) {
    while (/\s/.test(src[i] ?? '')) i++;
    if (src.startsWith('/>', i))
      return { name: nameMatch[1], attrs, selfClosing: true, end: i + 2 };
    if (src[i] === '>') return { name: nameMatch[1], attrs, selfClosing: false, end: i + 1 };
    attrRe.lastIndex = i;
    const m = attrRe.exec(src);
    if (!m) return null;
    attrs.set(m[1], decodeEntities(m[3] ?? m[4] ?? ''));
    i = attrRe.lastIndex;
  }
}

/* Small helpers for reading feeds out of the tree. */

export function childElements(el: XmlElement, local?: string, ns?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement =>
      typeof c !== 'string' &&
      (local === undefined || c.local === local) &&
      (ns === undefined || c.ns === ns),
  );
}

export function firstChild(el: XmlElement, local: string, ns?: string): XmlElement | undefined {
  return childElements(el, local, ns)[0];
}

/** All descendant elements with this local name (document order). */
export function descendants(el: XmlElement, local: string, ns?: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement) => {
    for (const child of node.children) {
      if (typeof child === 'string') continue;
      if (child.local === local && (ns === undefined || child.ns === ns)) found.push(child);
      walk(child);
    }
  };
  walk(el);
  return found;
}

/** The concatenated text of an element and its descendants. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return '';
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** The value of xml:lang or xml:base in effect on an element. */
export function inherited(
  el: XmlElement | null,
  attr: 'xml:lang' | 'xml:base',
): string | undefined {
  for (let node = el; node; node = node.parent) {
    const value = node.attrs.get(attr);
    if (value !== undefined) return value;
  }
  return undefined;
}
