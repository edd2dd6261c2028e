/**
 * Reading a direct source (iCalendar, RSS, Atom, JSON Feed) for one widget,
 * loaded by loader.ts only when such a source turns up. The readers (src/core/readers,
 * with ical.js) come with it; in the script-tag build they are a chunk of
 * their own.
 *
 * The download is shared per URL (loader.ts); reading depends on the widget
 * (its city and network for records that have none, the months to expand
 * recurring events in), so it happens per widget context, memoised.
 */
import type { XmlParser } from '../core/readers/index.js';
import type { FeedParseResult } from './parse.js';
import type { SourceContext } from './sources.js';

const read = new WeakMap<object, Map<string, Promise<FeedParseResult>>>();

/**
 * Reads a direct source's text for one widget context. `holder` is the shared
 * download (the memo lives as long as it does).
 */
export function readDirect(
  holder: object,
  text: string,
  url: string,
  context: SourceContext = {},
): Promise<FeedParseResult> {
  const key = JSON.stringify(context);
  let byContext = read.get(holder);
  if (!byContext) read.set(holder, (byContext = new Map<string, Promise<FeedParseResult>>()));
  let result = byContext.get(key);
  if (result === undefined) {
    result = import('../core/readers/index.js').then(async ({ readSource, usePlatform }) => {
      const parseXml = trustedXmlParser();
      if (parseXml) usePlatform({ parseXml });
      const { feed, problems } = await readSource(new TextEncoder().encode(text), {
        ...context,
        url,
      });
      for (const problem of problems) problem.source = url;
      // Nothing read and a reason about the whole file: the source itself could not be read.
      const unreadable =
        !feed.events.length &&
        !feed.activities.length &&
        problems.some((problem) => problem.path === '' && problem.severity === 'error');
      const parsed: FeedParseResult = unreadable
        ? { feed: null, problems, failure: 'not-object' }
        : { feed, problems };
      return parsed;
    });
    byContext.set(key, result);
  }
  return result;
}

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createHTML: (text: string) => string },
  ): {
    createHTML(text: string): unknown;
  };
}

/** The Trusted Types policy that RSS and Atom need on pages that enforce Trusted Types. */
export const XML_POLICY = 'civic-widgets-xml';

/**
 * DOMParser is a Trusted Types sink even for XML. The XML document it makes
 * is inert (never inserted, no script runs), so a pass-through policy used
 * only here is safe; the page allows it by name in `trusted-types`.
 */
function trustedXmlParser(): XmlParser | undefined {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt || typeof DOMParser === 'undefined') return undefined;
  let policy: ReturnType<TrustedTypesLike['createPolicy']> | undefined;
  return (text) => {
    try {
      policy ??= tt.createPolicy(XML_POLICY, { createHTML: (value) => value });
    } catch {
      return {
        error: `this page's Content-Security-Policy does not allow the Trusted Types policy "${XML_POLICY}" that reading RSS and Atom needs; add it to trusted-types`,
      };
    }
    const doc = new DOMParser().parseFromString(
      policy.createHTML(text) as string,
      'application/xml',
    );
    const error = doc.getElementsByTagName('parsererror')[0];
    if (error || !doc.documentElement) {
      return { error: `the XML is not well formed (${error?.textContent?.split('\n')[0] ?? ''})` };
    }
    return { root: doc.documentElement };
  };
}
