/**
 * What the readers need from their host and cannot carry themselves: an XML
 * parser and the full HTML5 entity table. Browsers have both in DOMParser
 * (0 bytes); Node gets @xmldom/xmldom and `entities` through `usePlatform`
 * (see src/cli/import-platform.ts). Without either, XML cannot be read and
 * only numeric and the five XML entities are decoded.
 */

/** The few DOM node members the readers use: browsers' DOM and xmldom both have them. */
export interface XmlNode {
  nodeType: number;
  localName?: string | null;
  namespaceURI?: string | null;
  textContent: string | null;
  childNodes: ArrayLike<XmlNode>;
  parentNode: XmlNode | null;
  getAttribute?(name: string): string | null;
}

/** Parses a whole XML document; returns its root element or a plain-language reason. */
export type XmlParser = (text: string) => { root: XmlNode } | { error: string };

export interface Platform {
  parseXml?: XmlParser;
  /** Decodes every HTML5 character reference in a run of text (no tags). */
  decodeHtml?: (text: string) => string;
}

interface DomParserLike {
  parseFromString(
    text: string,
    type: string,
  ): {
    documentElement: XmlNode | null;
    getElementsByTagName(name: string): ArrayLike<XmlNode>;
    querySelector?(selector: string): XmlNode | null;
  };
}

let custom: Platform = {};

/** Lets a host (the CLI in Node) supply the XML parser and the entity decoder. */
export function usePlatform(platform: Platform): void {
  custom = { ...custom, ...platform };
}

function domParser(): DomParserLike | undefined {
  const ctor = (globalThis as { DOMParser?: new () => DomParserLike }).DOMParser;
  return ctor ? new ctor() : undefined;
}

export function xmlParser(): XmlParser | undefined {
  if (custom.parseXml) return custom.parseXml;
  const parser = domParser();
  if (!parser) return undefined;
  return (text) => {
    const doc = parser.parseFromString(text, 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    if (error || !doc.documentElement) {
      // Chromium's message is "error on line 3 at column 5: …"; keep its first line.
      const detail = (error?.textContent ?? '').split('\n').find((l) => /line \d+/.test(l));
      return { error: detail?.trim() || 'the XML is malformed' };
    }
    return { root: doc.documentElement };
  };
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Numeric references and the five XML names: all that is known without a table. */
function decodeBasic(text: string): string {
  return text.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,4});/g, (all, ref: string) => {
    if (ref[0] !== '#') return XML_ENTITIES[ref] ?? all;
    const code =
      ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    // NUL, surrogates and out-of-range numbers become U+FFFD, as browsers do.
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)
      ? '\ufffd'
      : String.fromCodePoint(code);
  });
}

let browserDecoder: ((text: string) => string) | undefined;

/** HTML character references decoded with the full HTML5 table when the host has one. */
export function decodeHtml(text: string): string {
  if (!text.includes('&')) return text;
  if (custom.decodeHtml) return custom.decodeHtml(text);
  const parser = domParser();
  if (parser) {
    // A <textarea> holds raw text: the browser decodes references and creates no elements.
    browserDecoder ??= (run) =>
      parser
        .parseFromString(`<textarea>${run.replace(/</g, '&lt;')}</textarea>`, 'text/html')
        .getElementsByTagName('textarea')[0]?.textContent ?? run;
    return browserDecoder(text);
  }
  return decodeBasic(text);
}
