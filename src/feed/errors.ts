/**
 * Why a feed could not be shown. `kind` picks the resident's message (in
 * their language, from the UI strings); `detail` is English for the council
 * editor and says what to check.
 */
export type FeedErrorKind =
  | 'network'
  | 'http'
  | 'timeout'
  | 'not-json'
  | 'not-object'
  | 'too-large'
  | 'version'
  | 'no-source'
  /** The CLI refused the address (an internal network without --allow-private). */
  | 'blocked'
  /** A fault in our own code, not the network's or the feed's. */
  | 'unexpected';

export class FeedError extends Error {
  override name = 'FeedError';
  readonly kind: FeedErrorKind;
  /** The absolute URL that failed, if any. */
  readonly url: string;
  /** HTTP status, for kind "http". */
  readonly status?: number;
  /** What a council editor can act on. */
  readonly detail: string;

  constructor(kind: FeedErrorKind, url: string, detail: string, status?: number) {
    super(url ? `${url}: ${detail}` : detail);
    this.kind = kind;
    this.url = url;
    this.detail = detail;
    if (status !== undefined) this.status = status;
  }

  /** Worth trying again by itself: the network and the server's 5xx answers. */
  get transient(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
