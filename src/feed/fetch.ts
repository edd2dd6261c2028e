/**
 * One HTTP request for one feed, with the guards a page needs against a
 * slow, huge or failing server: timeout, size cap, retry with backoff on
 * network errors and 5xx. No caching here; see loader.ts. DOM-free apart
 * from `fetch`, so the civic-feed CLI downloads through it too, with its own
 * headers and a check of every address a redirect leads to
 * (./fetch-guarded.ts, which no page loads).
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

/** Feed types first; anything else is still read (and its type judged by its content). */
export const ACCEPT = 'application/feed+json, application/json;q=0.9, */*;q=0.1';

/** Sends one request; returns the answer and the address it came from, after redirects. */
export type Send = (
  url: string,
  signal: AbortSignal,
) => Promise<{ response: Response; url: string }>;

/** What a browser needs: `fetch` follows redirects, and no cookies travel. */
const plainSend: Send = async (url, signal) => {
  const response = await fetch(url, { signal, credentials: 'omit', headers: { accept: ACCEPT } });
  return { response, url: response.url || url };
};

async function attempt(
  url: string,
  options: FetchOptions,
  send: Send,
  allowNotModified: boolean,
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
      ({ response, url: finalUrl } = await send(url, combined));
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
    if (response.status === 304 && allowNotModified) {
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

/**
 * Fetches a feed's bytes through `send`, retrying transient failures with
 * exponential backoff. `allowNotModified` returns a 304 answer as
 * `notModified` instead of failing (conditional GET).
 */
export async function fetchWith(
  send: Send,
  url: string,
  options: FetchOptions,
  signal: AbortSignal,
  allowNotModified = false,
): Promise<FetchedBytes> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt(url, options, send, allowNotModified, signal);
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
  return new TextDecoder().decode((await fetchWith(plainSend, url, options, signal)).bytes);
}
