/**
 * One HTTP request for one feed, with the guards a page needs against a
 * slow, huge or failing server: timeout, size cap, retry with backoff on
 * network errors and 5xx. No caching here; see loader.ts.
 */
import { FeedError } from './errors.js';

export interface FetchOptions {
  /** Give up after this many milliseconds per attempt. */
  timeout: number;
  /** Refuse bodies larger than this many bytes. */
  maxBytes: number;
  /** Extra attempts after a network error or a 5xx answer. */
  retries: number;
  /** Delay before the first retry, doubled for each next one. */
  retryDelay: number;
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

async function readCapped(response: Response, url: string, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new FeedError(
      'too-large',
      url,
      `the feed is larger than the ${sizeText(maxBytes)} limit; split it (for example one feed per year) or remove old records`,
    );
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge();
  if (!response.body) return response.text();
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
  return new TextDecoder().decode(bytes);
}

async function attempt(url: string, options: FetchOptions, signal: AbortSignal): Promise<string> {
  const timeout = new AbortController();
  const timer = setTimeout(
    () => timeout.abort(new DOMException('timeout', 'TimeoutError')),
    options.timeout,
  );
  const combined = AbortSignal.any([signal, timeout.signal]);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: combined,
        credentials: 'omit',
        headers: { accept: 'application/feed+json, application/json;q=0.9, */*;q=0.1' },
      });
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (timeout.signal.aborted) throw timedOut(url, options.timeout);
      throw new FeedError(
        'network',
        url,
        `the request failed before any answer (${(error as Error).message}); check the address, that the server is up, and that it sends Access-Control-Allow-Origin for this site`,
      );
    }
    if (!response.ok) {
      throw new FeedError(
        'http',
        url,
        `the server answered ${response.status} ${response.statusText}`.trim() +
          (response.status === 404 ? '; check the address' : ''),
        response.status,
      );
    }
    try {
      return await readCapped(response, url, options.maxBytes);
    } catch (error) {
      if (error instanceof FeedError) throw error;
      if (signal.aborted) throw signal.reason;
      if (timeout.signal.aborted) throw timedOut(url, options.timeout);
      throw new FeedError(
        'network',
        url,
        `the connection broke while the feed was downloading (${(error as Error).message})`,
      );
    }
  } finally {
    clearTimeout(timer);
  }
}

function timedOut(url: string, ms: number): FeedError {
  return new FeedError(
    'timeout',
    url,
    `no complete answer within ${ms / 1000} s; the server is slow or the feed is too big`,
  );
}

/** Fetches a feed's text, retrying transient failures with exponential backoff. */
export async function fetchFeedText(
  url: string,
  options: FetchOptions,
  signal: AbortSignal,
): Promise<string> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt(url, options, signal);
    } catch (error) {
      if (!(error instanceof FeedError) || !error.transient || tries >= options.retries) {
        throw error;
      }
      await wait(options.retryDelay * 2 ** tries, signal);
    }
  }
}
