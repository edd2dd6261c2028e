/**
 * The one function that decides whether a feed value may become a link.
 * The validator already drops other schemes; this is the second lock, for
 * data given as a property or merged by other code.
 */
const LINK = new Set(['https:', 'http:', 'mailto:', 'tel:']);
const WEB = new Set(['https:', 'http:']);

/**
 * Returns the normalised URL when it is an absolute http(s), mailto or tel
 * URL (`web: true`: http(s) only), else undefined: render text, not a link.
 */
export function safeUrl(
  value: unknown,
  { web = false }: { web?: boolean } = {},
): string | undefined {
  if (typeof value !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (!(web ? WEB : LINK).has(url.protocol)) return undefined;
  if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.hostname) return undefined;
  return url.href;
}
