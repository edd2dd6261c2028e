/**
 * Every reader at once, for callers that read synchronously and do not
 * mind the bytes (the feed checker page): widgets and the CLI use
 * index.ts, which loads only the reader a source needs.
 */
import { readAtom, readJsonFeed, readRss } from './feeds.js';
import { readIcs } from './ics-reader.js';
import {
  readSourceWith,
  type DirectKind,
  type Reader,
  type ReadOptions,
  type ReadResult,
} from './index.js';
import { sniffSource } from './sniff.js';

const READERS: Record<DirectKind, Reader> = {
  ics: readIcs,
  rss: readRss,
  atom: readAtom,
  jsonfeed: readJsonFeed,
};

/** readSource without waiting: the kind is sniffed and its reader is already here. */
export function readSourceNow(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const kind = options.kind ?? sniffSource(bytes, options.contentType, options.url);
  const reader = kind && kind !== 'civic' ? READERS[kind] : undefined;
  return readSourceWith(bytes, { ...options, kind }, reader);
}
