/**
 * The readers' host services in Node: @xmldom/xmldom as the XML parser (a
 * DOMParser, so the readers use one code path in Node and in browsers) and
 * `entities` for the full HTML5 table of character references.
 */
import { DOMParser } from '@xmldom/xmldom';
import { decodeHTML } from 'entities';
import { usePlatform, type XmlNode } from '../core/readers/index.js';

export function useNodePlatform(): void {
  usePlatform({
    decodeHtml: (text) => decodeHTML(text),
    parseXml: (text) => {
      let fatal: string | undefined;
      const parser = new DOMParser({
        onError: (level, message) => {
          if (level === 'fatalError') fatal ??= message.split('\n')[0];
        },
      });
      try {
        const doc = parser.parseFromString(text, 'text/xml');
        if (fatal || !doc.documentElement) return { error: fatal ?? 'no root element' };
        return { root: doc.documentElement as unknown as XmlNode };
      } catch (error) {
        return { error: fatal ?? (error as Error).message.split('\n')[0] };
      }
    },
  });
}
