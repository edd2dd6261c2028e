/**
 * The one rule for which feed values may become links, used by the
 * validator, every widget and every export. A value is checked as written,
 * before any URL parser sees it: the WHATWG parser silently removes tabs and
 * line breaks, so "https://a.example/\r\nBEGIN:VEVENT" would pass as a URL
 * and then be written out with its line break.
 */

/** Schemes a person may follow: web pages, e-mail, phone numbers. */
export const LINK_SCHEMES: readonly string[] = ['https:', 'http:', 'mailto:', 'tel:'];
/** Schemes for things fetched or joined (images, online events): the web only. */
export const WEB_SCHEMES: readonly string[] = ['https:', 'http:'];

/** The same allow-lists as patterns on the text (the published JSON Schema shows them). */
export const LINK_PATTERN = /^(https?:\/\/|mailto:|tel:)/i;
export const WEB_PATTERN = /^https?:\/\//i;

export interface UrlRule {
  /** http(s) only (images, online events); default: http(s), mailto, tel. */
  web?: boolean;
}

// C0 and C1 controls, DEL, and every Unicode space or line/paragraph separator.
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * An http(s) address whose host is letters, digits and hyphens in dotted
 * labels (the last one starting with a letter, so never read as an IPv4
 * number), with no port or user, and printable ASCII after it: the URL
 * parser accepts every such text with that scheme and a host.
 */
const PLAIN_WEB = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?:[/?#][\x21-\x7e]*)?$/i;

/**
 * Why a value may not be used as a link, in words that complete a sentence
 * starting with the value, or undefined when it may. Spaces around the value
 * are forgiven (editors paste them); anything else is refused, never repaired.
 */
export function urlProblem(value: unknown, { web = false }: UrlRule = {}): string | undefined {
  if (typeof value !== 'string') return 'is not a URL';
  // Most feed URLs are plain web addresses the URL parser surely accepts (with nothing to
  // trim and nothing unsafe inside): skip the rest.
  if (PLAIN_WEB.test(value) && !/xn--/i.test(value)) return undefined;
  const schemes = web ? 'https: or http:' : 'https:, http:, mailto: or tel:';
  const trimmed = value.replace(/^[ \t]+|[ \t]+$/g, '');
  if (UNSAFE.test(trimmed)) return 'contains a line break, a control character or a space';
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return `is not an absolute ${schemes} URL`;
  }
  if (!(web ? WEB_SCHEMES : LINK_SCHEMES).includes(url.protocol)) {
    return `is not an absolute ${schemes} URL`;
  }
  if (!(web ? WEB_PATTERN : LINK_PATTERN).test(trimmed)) return `is not an absolute ${schemes} URL`;
  if (WEB_SCHEMES.includes(url.protocol) && !url.hostname) {
    return `is not an absolute ${schemes} URL`;
  }
  return undefined;
}

/**
 * The normalised URL when the value may become a link (see `urlProblem`),
 * else undefined: render text, not a link; write nothing.
 */
export function safeUrl(value: unknown, rule: UrlRule = {}): string | undefined {
  if (urlProblem(value, rule) !== undefined) return undefined;
  return new URL((value as string).trim()).href;
}

/**
 * A relative address (no scheme: "images/a.svg", "/a.svg", "//host/a.svg")
 * read against `base` by the standard URL rules, when the result may be used
 * under `rule`; else undefined. The value is held to the same rule as an
 * absolute one first: no line break, control character or space inside.
 */
export function resolveRelativeUrl(
  value: string,
  base: string,
  rule: UrlRule = {},
): string | undefined {
  const trimmed = value.replace(/^[ \t]+|[ \t]+$/g, '');
  if (!trimmed || UNSAFE.test(trimmed) || /^[a-z][a-z\d+.-]*:/i.test(trimmed)) return undefined;
  try {
    const href = new URL(trimmed, base).href;
    return urlProblem(href, rule) === undefined ? href : undefined;
  } catch {
    return undefined;
  }
}
