/**
 * Addresses of the shared fixtures (demo/feeds), which Storybook serves at
 * feeds/ beside iframe.html (`staticDirs` in .storybook/main.ts).
 *
 * In Storybook the address is relative to iframe.html, so a static build
 * works from any folder; the Vitest runner serves the same folder at /feeds/.
 */
const base = new URL(
  location.pathname.endsWith('/iframe.html') ? 'feeds/' : '/feeds/',
  location.href,
);

/** The path of a fixture, e.g. `feedUrl('unic/delft.json')` → "/feeds/unic/delft.json". */
export function feedUrl(path: string): string {
  const url = new URL(path, base);
  return url.pathname + url.search;
}

/** The absolute URL the widgets will request for a `feedUrl()` path. */
export function absoluteFeedUrl(path: string): string {
  return new URL(feedUrl(path), location.href).href;
}
