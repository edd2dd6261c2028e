/**
 * One HTTP request for one feed, with the guards a page needs against a
 * slow, huge or failing server: timeout, size cap, retry with backoff on
 * network errors and 5xx. No caching here; see loader.ts. DOM-free apart
 * from `fetch`, so the civic-feed CLI downloads through it too (with its own
 * headers and a check of every address a redirect leads to).
 */
import { FeedError } from './errors.js';

export interface FetchOptions {
  /** Give up after this many milliseconds per attempt (body included). */
  timeout: number;
  /** Refuse bodies larger than this many bytes, counted after decompression. */
  maxBytes: number;
  /** Extra attempts after a network error or a 5xx answer. */
  retries: number;
  /** Delay before the first retry, doubled for each next one. */
  retryDelay: number;
}

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

/** A downloaded body, as bytes: the caller decodes it (the charset may be in `contentType`). */
export interface FetchedBytes {
  bytes: Uint8Array;
  contentType?: string;
  /** The address the body came from, after redirects. */
  url: string;
  headers: Headers;
  notModified?: boolean;
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });
}

const MB = 1024 * 1024;
const sizeText = (bytes: number) =>
  bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;

async function readCapped(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new FeedError(
      'too-large',
      url,
      `the feed is larger than the ${sizeText(maxBytes)} limit; split it (for example one feed per year) or remove old records`,
    );
  // Content-Length counts compressed bytes: a first check only; the stream is counted below.
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const ACCEPT = 'application/feed+json, application/json;q=0.9, */*;q=0.1';

async function request(
  url: string,
  hooks: RequestHooks,
  signal: AbortSignal,
): Promise<{ response: Response; url: string }> {
  if (!hooks.checkUrl) {
    const response = await fetch(url, {
      signal,
      credentials: 'omit',
      headers: { accept: ACCEPT, ...hooks.headers },
    });
    return { response, url: response.url || url };
  }
  let current = new URL(url);
  let headers: Record<string, string> = { accept: ACCEPT, ...hooks.headers };
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

async function attempt(
  url: string,
  options: FetchOptions,
  hooks: RequestHooks,
  signal: AbortSignal,
): Promise<FetchedBytes> {
  const timeout = new AbortController();
  const timer = setTimeout(
    () => timeout.abort(new DOMException('timeout', 'TimeoutError')),
    options.timeout,
  );
  const combined = AbortSignal.any([signal, timeout.signal]);
  try {
    let response: Response;
    let finalUrl: string;
    try {
      ({ response, url: finalUrl } = await request(url, hooks, combined));
    } catch (error) {
      if (error instanceof FeedError) throw error;
      if (signal.aborted) throw signal.reason;
      if (timeout.signal.aborted) throw timedOut(url, options.timeout);
      throw withCause(
        new FeedError(
          'network',
          url,
          `the request failed before any answer (${(error as Error).message}); check the address, that the server is up, and that it sends Access-Control-Allow-Origin for this site`,
        ),
        error,
      );
    }
    const base = { url: finalUrl, headers: response.headers };
    if (response.status === 304 && hooks.allowNotModified) {
      await response.body?.cancel();
      return { ...base, bytes: new Uint8Array(0), notModified: true };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new FeedError(
        'http',
        url,
        `the server answered ${response.status} ${response.statusText}`.trim() +
          (response.status === 404 ? '; check the address' : ''),
        response.status,
      );
    }
    try {
      const bytes = await readCapped(response, url, options.maxBytes);
      return { ...base, bytes, contentType: response.headers.get('content-type') ?? undefined };
    } catch (error) {
      if (error instanceof FeedError) throw error;
      if (signal.aborted) throw signal.reason;
      if (timeout.signal.aborted) throw timedOut(url, options.timeout);
      throw withCause(
        new FeedError(
          'network',
          url,
          `the connection broke while the feed was downloading (${(error as Error).message})`,
        ),
        error,
      );
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Keeps the low-level error, so the CLI can name its code (ENOTFOUND, a TLS failure …). */
function withCause(error: FeedError, cause: unknown): FeedError {
  error.cause = cause;
  return error;
}

function timedOut(url: string, ms: number): FeedError {
  return new FeedError(
    'timeout',
    url,
    `no complete answer within ${ms / 1000} s; the server is slow or the feed is too big`,
  );
}

/** Fetches a feed's bytes, retrying transient failures with exponential backoff. */
export async function fetchFeedBytes(
  url: string,
  options: FetchOptions,
  signal: AbortSignal,
  hooks: RequestHooks = {},
): Promise<FetchedBytes> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt(url, options, hooks, signal);
    } catch (error) {
      if (!(error instanceof FeedError) || !error.transient || tries >= options.retries) {
        throw error;
      }
      await wait(options.retryDelay * 2 ** tries, signal);
    }
  }
}

/** Fetches a feed's text (UTF-8, as JSON feeds are). */
export async function fetchFeedText(
  url: string,
  options: FetchOptions,
  signal: AbortSignal,
): Promise<string> {
  return new TextDecoder().decode((await fetchFeedBytes(url, options, signal)).bytes);
}
