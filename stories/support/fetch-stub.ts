/**
 * Story-only answers for two states a local file cannot produce: a request
 * that never answers, and a server that is down and then back. Each story
 * installs its route in `beforeEach` and removes it in the returned cleanup.
 *
 * Only the exact URL of a route is answered here (a fixture path with a
 * `?story=…` query); every other request, and this one when the route is not
 * installed, goes to the network as usual, so the same `src` pasted into a
 * page loads the real fixture. The widgets are not told anything: they meet
 * the same `fetch` as on a council site.
 */
import { clearFeedCache, getFeedOptions, setFeedOptions } from '../../src/feed/loader.js';
import { absoluteFeedUrl } from './feeds.js';

type Handler = (
  init: RequestInit | undefined,
  passThrough: () => Promise<Response>,
) => Promise<Response>;

const routes = new Map<string, Handler>();
let realFetch: typeof fetch | undefined;

function requestUrl(input: RequestInfo | URL): string {
  const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new URL(raw, location.href).href;
}

function route(url: string, handler: Handler): () => void {
  if (!realFetch) {
    const original = globalThis.fetch.bind(globalThis);
    realFetch = original;
    globalThis.fetch = (input, init) => {
      const match = routes.get(requestUrl(input));
      return match ? match(init, () => original(input, init)) : original(input, init);
    };
  }
  routes.set(url, handler);
  return () => {
    if (routes.get(url) === handler) routes.delete(url);
  };
}

/**
 * The request for `path` is never answered; it ends only when the widget
 * aborts it (when it leaves the page), as a real `fetch` would.
 *
 * The loader gives up on a silent server after `timeout` (15 s, then the
 * widget shows its error), so while the story is on screen that limit is
 * lifted to the longest delay a timer allows (about 24 days); the cleanup
 * puts it back.
 */
let holding = 0;
let savedTimeout = 0;

export function holdOpen(path: string): () => void {
  const url = absoluteFeedUrl(path);
  if (holding++ === 0) savedTimeout = getFeedOptions().timeout;
  setFeedOptions({ timeout: 2 ** 31 - 1 });
  clearFeedCache([url]);
  const unroute = route(
    url,
    (init) =>
      new Promise<Response>((_, reject) => {
        const signal = init?.signal;
        signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      }),
  );
  return () => {
    unroute();
    if (--holding === 0) setFeedOptions({ timeout: savedTimeout });
  };
}

/**
 * The feed server for `path` answers 503 Service Unavailable until a widget
 * has given up on it (after the loader's own automatic retries) and shown
 * its error; from then on the real fixture is served, so pressing Retry
 * loads it. Each time the story starts, the server is down again.
 */
export function downUntilFirstError(path: string): () => void {
  const url = absoluteFeedUrl(path);
  let down = true;
  const onError = (event: Event) => {
    if ((event as CustomEvent<{ error: { url: string } }>).detail.error.url === url) down = false;
  };
  document.addEventListener('civic-feed-error', onError);
  clearFeedCache([url]);
  const unroute = route(url, (_init, passThrough) =>
    down
      ? Promise.resolve(
          new Response('The feed server is down for maintenance.', {
            status: 503,
            statusText: 'Service Unavailable',
          }),
        )
      : passThrough(),
  );
  return () => {
    unroute();
    document.removeEventListener('civic-feed-error', onError);
    clearFeedCache([url]);
  };
}
