/**
 * Downloads for the civic-feed CLI: the widgets' fetch (./fetch.ts) with
 * extra headers and a say over every address, redirects followed one by one.
 * Kept apart so that no page carries it.
 */
import { FeedError } from './errors.js';
import { ACCEPT, fetchWith, type FetchedBytes, type FetchOptions, type Send } from './fetch.js';

/** What only some callers need (the CLI): extra headers and a say over every address. */
export interface RequestHooks {
  headers?: Record<string, string>;
  /**
   * Called before the first request and before following each redirect; a
   * rejection stops the download. When given, redirects are followed here
   * one by one (at most `maxRedirects`) instead of by `fetch`.
   */
  checkUrl?: (url: URL) => Promise<void>;
  maxRedirects?: number;
  /** Return a 304 answer as `notModified` instead of failing (conditional GET). */
  allowNotModified?: boolean;
}

async function request(
  url: string,
  hooks: RequestHooks,
  signal: AbortSignal,
): Promise<{ response: Response; url: string }> {
  let headers: Record<string, string> = { accept: ACCEPT, ...hooks.headers };
  if (!hooks.checkUrl) {
    const response = await fetch(url, { signal, credentials: 'omit', headers });
    return { response, url: response.url || url };
  }
  let current = new URL(url);
  const limit = hooks.maxRedirects ?? 5;
  for (let hops = 0; ; hops++) {
    await hooks.checkUrl(current);
    const response = await fetch(current, {
      signal,
      credentials: 'omit',
      redirect: 'manual',
      headers,
    });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || location === null) {
      return { response, url: current.href };
    }
    await response.body?.cancel();
    if (hops >= limit) {
      throw new FeedError('http', url, `more than ${limit} redirects; check the address`);
    }
    const next = new URL(location, current);
    // A password for one site is never sent on to another.
    if (next.origin !== current.origin) {
      headers = Object.fromEntries(
        Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'),
      );
    }
    current = next;
  }
}

/** Fetches a feed's bytes with the CLI's hooks, retrying transient failures. */
export function fetchFeedBytes(
  url: string,
  options: FetchOptions,
  signal: AbortSignal,
  hooks: RequestHooks = {},
): Promise<FetchedBytes> {
  const send: Send = (target, combined) => request(target, hooks, combined);
  return fetchWith(send, url, options, signal, hooks.allowNotModified);
}
