/**
 * Reading what the commands are given (a file, an http(s) URL, or "-" for
 * standard input) and writing what they make, atomically. Downloads go
 * through the widgets' fetch code; this layer adds what only a server-side
 * tool needs: a user agent, the refusal of internal addresses, and the
 * redaction of secrets in URLs before they are shown or stored.
 */
import { randomBytes } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { BlockList, isIP } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { FeedError } from '../feed/errors.js';
import type { FetchedBytes } from '../feed/fetch.js';
import { fetchFeedBytes } from '../feed/fetch-guarded.js';
import { VERSION } from './version.js';
import { decodeBytes } from '../core/readers/decode.js';

export const USER_AGENT = `civic-feed/${VERSION} (+https://github.com/civic-widgets)`;

/** The widgets' cap, for the same reason: a feed is never this big, an attack can be. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** What every download of this process may do; set once from the command line (main.ts). */
export interface NetworkPolicy {
  /** Largest body accepted, counted after decompression. */
  maxBytes: number;
  /** Fetch from loopback, private, link-local and metadata addresses too. */
  allowPrivate: boolean;
}

const policy: NetworkPolicy = {
  maxBytes: DEFAULT_MAX_BYTES,
  // The test suite serves its feeds on 127.0.0.1; this variable is its --allow-private.
  allowPrivate: process.env.CIVIC_FEED_ALLOW_PRIVATE === '1',
};

export function setNetworkPolicy(changes: Partial<NetworkPolicy>): void {
  Object.assign(policy, changes);
}

export function networkPolicy(): Readonly<NetworkPolicy> {
  return policy;
}

/** A source that could not be read at all: exit code 2 territory. */
export class ReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadError';
  }
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

// Query parameters whose value is a secret: token=, api_key=, access_token=, sig=, X-Amz-Signature= …
const SECRET_PARAM =
  /^(?:.*[_.-])?(?:token|key|apikey|sig|signature|secret|password|passwd|pwd|pass|auth|credential|session)$/i;

/**
 * A URL as it may be shown or stored: the user name and password, and the
 * values of query parameters that carry secrets, become "***". Other text
 * (a file name) is returned as it is.
 */
export function redactUrl(source: string): string {
  if (!isUrl(source)) return source;
  const [beforeHash, ...hash] = source.split('#');
  const [path, ...query] = beforeHash.split('?');
  const origin = path.replace(/^(https?:\/\/)[^/]*@/i, '$1***@');
  if (query.length === 0) return [origin, ...hash].join('#');
  const params = query
    .join('?')
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      let name = pair.slice(0, eq);
      try {
        name = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // A malformed escape: judge the name as written.
      }
      return SECRET_PARAM.test(name) ? `${pair.slice(0, eq)}=***` : pair;
    });
  return [`${origin}?${params.join('&')}`, ...hash].join('#');
}

/** Every http(s) URL inside a message, redacted (a server's or a library's words may quote one). */
export function redactUrls(text: string): string {
  return text.replace(/https?:\/\/[^\s"'<>]+/gi, (url) => redactUrl(url));
}

const INTERNAL = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network", includes the unspecified 0.0.0.0
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, includes the cloud metadata 169.254.169.254
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, includes 255.255.255.255
] as const)
  INTERNAL.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7], // unique local, includes AWS's metadata fd00:ec2::254
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  INTERNAL.addSubnet(net, prefix, 'ipv6');

const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata', 'instance-data']);

/** Whether an IP address is one a hub must not reach for a partner (loopback, private, metadata …). */
export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 4) return INTERNAL.check(address, 'ipv4');
  // ::ffff:127.0.0.1 and ::127.0.0.1 reach IPv4 addresses: judge the IPv4 part.
  const mapped = /^::(?:ffff:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return INTERNAL.check(mapped[1], 'ipv4');
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (hex) {
    const n = (parseInt(hex[1], 16) << 16) | parseInt(hex[2], 16);
    return INTERNAL.check([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.'), 'ipv4');
  }
  return INTERNAL.check(address, 'ipv6');
}

/**
 * Refuses a URL whose host is, or resolves to, an internal address. Every
 * address the name resolves to is checked: one internal answer is enough.
 */
export async function checkPublicUrl(url: URL, from?: string): Promise<void> {
  const refuse = (why: string) => {
    const via = from ? ` (a redirect from ${redactUrl(from)} led there)` : '';
    throw new FeedError(
      'blocked',
      url.href,
      `refused ${redactUrl(url.href)}${via}: ${why}; civic-feed only fetches public addresses unless --allow-private is given`,
    );
  };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') refuse('not an http(s) address');
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (METADATA_HOSTS.has(host.replace(/\.$/, ''))) refuse('a cloud metadata service');
  const addresses = isIP(host)
    ? [host]
    : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  const internal = addresses.find(isInternalAddress);
  if (internal !== undefined) {
    refuse(
      internal === host
        ? 'an internal network address'
        : `${host} resolves to ${internal}, an internal network address`,
    );
  }
}

/** Why a fetch failed, in words a web person recognises. */
export function describeFetchError(error: unknown, timeoutSeconds: number): string {
  const err = error as {
    name?: string;
    message?: string;
    code?: string;
    cause?: { code?: string; message?: string };
  };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') {
    return `no answer within ${timeoutSeconds} s (timed out)`;
  }
  const code = err?.cause?.code ?? err?.code;
  if (code === 'ENOTFOUND') return 'the host name does not resolve (ENOTFOUND)';
  if (code === 'ECONNREFUSED') return 'the server refused the connection (ECONNREFUSED)';
  if (code === 'ECONNRESET') return 'the server closed the connection (ECONNRESET)';
  if (code && /CERT|SSL|TLS/.test(code)) return `the TLS certificate was not accepted (${code})`;
  return `network error: ${err?.cause?.message ?? err?.message ?? String(error)}`;
}

/** A FeedError from src/feed/fetch.ts, in the CLI's words. */
function describeDownloadError(error: FeedError, timeoutSeconds: number): string {
  switch (error.kind) {
    case 'timeout':
      return `no answer within ${timeoutSeconds} s (timed out)`;
    case 'too-large':
      return `the answer is larger than the ${policy.maxBytes.toLocaleString('en')}-byte limit (counted after decompression); if you trust this source, raise the limit with --max-bytes`;
    case 'http':
      // "HTTP 404 Not Found": the words a web person searches for.
      return error.detail.replace(
        /^the server answered (\d+.*?)(?:; check the address)?$/,
        'HTTP $1',
      );
    case 'network':
      return error.cause ? describeFetchError(error.cause, timeoutSeconds) : error.detail;
    default:
      return error.detail;
  }
}

export function describeFileError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).byteLength;
    if (total > policy.maxBytes) {
      throw new ReadError(
        `standard input is larger than the ${policy.maxBytes.toLocaleString('en')}-byte limit; raise it with --max-bytes`,
      );
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export interface DownloadOptions {
  timeoutSeconds?: number;
  accept?: string;
  /** Extra request headers (conditional GET). */
  headers?: Record<string, string>;
  /** Return a 304 answer as `notModified` instead of failing. */
  allowNotModified?: boolean;
}

/**
 * Downloads a URL through the widgets' fetch code (src/feed/fetch.ts) with
 * this process's policy: the size cap, and the address check before the
 * first request and after every redirect. Throws ReadError.
 */
export async function download(url: string, options: DownloadOptions = {}): Promise<FetchedBytes> {
  const timeoutSeconds = options.timeoutSeconds ?? 15;
  let previous: string | undefined;
  // fetch refuses URLs with a user name; send it as HTTP Basic authentication instead.
  const auth: Record<string, string> = {};
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new ReadError('not a valid web address');
  }
  if (target.username || target.password) {
    const user = `${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}`;
    auth.authorization = `Basic ${Buffer.from(user).toString('base64')}`;
    target.username = '';
    target.password = '';
  }
  try {
    return await fetchFeedBytes(
      target.href,
      { timeout: timeoutSeconds * 1000, maxBytes: policy.maxBytes, retries: 0, retryDelay: 0 },
      new AbortController().signal,
      {
        headers: {
          'user-agent': USER_AGENT,
          accept: options.accept ?? '*/*',
          ...options.headers,
          ...auth,
        },
        allowNotModified: options.allowNotModified,
        maxRedirects: 5,
        // Redirects are always followed here, one by one, each address checked.
        checkUrl: async (next) => {
          if (!policy.allowPrivate) await checkPublicUrl(next, previous);
          previous = next.href;
        },
      },
    );
  } catch (error) {
    if (error instanceof FeedError)
      throw new ReadError(describeDownloadError(error, timeoutSeconds));
    throw new ReadError(describeFetchError(error, timeoutSeconds));
  }
}

/** The bytes of a source; throws ReadError with a readable reason. */
export async function readSourceBytes(
  source: string,
  options: { timeoutSeconds?: number; accept?: string } = {},
): Promise<{ bytes: Uint8Array; contentType?: string; url?: string }> {
  if (source === '-') return { bytes: await readStdin() };
  if (isUrl(source)) {
    const { bytes, contentType, url } = await download(source, options);
    return { bytes, contentType, url };
  }
  try {
    return { bytes: await readFile(source) };
  } catch (error) {
    throw new ReadError(describeFileError(error));
  }
}

/**
 * Text from bytes by the core's one set of charset rules (byte order mark,
 * then the HTTP charset, else UTF-8; undeclared non-UTF-8 is read as
 * Windows-1252 rather than turned into U+FFFD).
 */
export function bytesToText(bytes: Uint8Array, contentType?: string): string {
  return decodeBytes(bytes, contentType).text;
}

export async function readSourceText(
  source: string,
  options: { timeoutSeconds?: number; accept?: string } = {},
): Promise<string> {
  const { bytes, contentType } = await readSourceBytes(source, options);
  return bytesToText(bytes, contentType);
}

/**
 * Writes a file so that readers only ever see the old or the new content:
 * the text goes to a temporary file in the same folder (same file system, so
 * rename is atomic), is flushed to disk, then renamed over the target.
 * `write` is given a function that appends a chunk; it may be called many
 * times, so large outputs never have to exist as one string.
 */
export async function writeFileAtomic(
  path: string,
  write: (append: (chunk: string) => Promise<void>) => Promise<void>,
): Promise<void> {
  const tmp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const handle = await open(tmp, 'wx');
  let pending = '';
  const flush = async () => {
    if (pending) {
      const chunk = pending;
      pending = '';
      await handle.write(chunk);
    }
  };
  try {
    await write(async (chunk) => {
      pending += chunk;
      // Batch small chunks: one write per ~1 MB keeps system calls few and memory flat.
      if (pending.length > 1 << 20) await flush();
    });
    await flush();
    await handle.sync();
    await handle.close();
    await rename(tmp, path);
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(tmp, { force: true });
    throw error;
  }
}

/** Writes text to a file atomically, or to standard output when no path is given. */
export async function writeOutput(path: string | undefined, text: string): Promise<void> {
  if (!path || path === '-') {
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(text, (error) => (error ? reject(error) : resolve())),
    );
    return;
  }
  await writeFileAtomic(path, async (append) => append(text));
}
