/**
 * Reading what the commands are given (a file, an http(s) URL, or "-" for
 * standard input) and writing what they make, atomically.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { VERSION } from './version.js';

export const USER_AGENT = `civic-feed/${VERSION} (+https://github.com/civic-widgets)`;

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

/** Why a fetch failed, in words a web person recognises. */
export function describeFetchError(error: unknown, timeoutSeconds: number): string {
  const err = error as {
    name?: string;
    message?: string;
    cause?: { code?: string; message?: string };
  };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') {
    return `no answer within ${timeoutSeconds} s (timed out)`;
  }
  const code = err?.cause?.code;
  if (code === 'ENOTFOUND') return 'the host name does not resolve (ENOTFOUND)';
  if (code === 'ECONNREFUSED') return 'the server refused the connection (ECONNREFUSED)';
  if (code === 'ECONNRESET') return 'the server closed the connection (ECONNRESET)';
  if (code && /CERT|SSL|TLS/.test(code)) return `the TLS certificate was not accepted (${code})`;
  return `network error: ${err?.cause?.message ?? err?.message ?? String(error)}`;
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
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The bytes of a source; throws ReadError with a readable reason. */
export async function readSourceBytes(
  source: string,
  options: { timeoutSeconds?: number; accept?: string } = {},
): Promise<{ bytes: Uint8Array; contentType?: string; url?: string }> {
  const timeoutSeconds = options.timeoutSeconds ?? 15;
  if (source === '-') return { bytes: await readStdin() };
  if (isUrl(source)) {
    let response: Response;
    try {
      response = await fetch(source, {
        headers: { 'user-agent': USER_AGENT, accept: options.accept ?? '*/*' },
        signal: AbortSignal.timeout(timeoutSeconds * 1000),
      });
      if (!response.ok) {
        await response.body?.cancel();
        throw new ReadError(`HTTP ${response.status} ${response.statusText}`.trim());
      }
      const bytes = new Uint8Array(await response.arrayBuffer());
      return {
        bytes,
        contentType: response.headers.get('content-type') ?? undefined,
        url: response.url,
      };
    } catch (error) {
      if (error instanceof ReadError) throw error;
      throw new ReadError(describeFetchError(error, timeoutSeconds));
    }
  }
  try {
    return { bytes: await readFile(source) };
  } catch (error) {
    throw new ReadError(describeFileError(error));
  }
}

/** UTF-8 text without a byte order mark (JSON.parse rejects one; Notepad writes one). */
export function bytesToText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

export async function readSourceText(
  source: string,
  options: { timeoutSeconds?: number; accept?: string } = {},
): Promise<string> {
  return bytesToText((await readSourceBytes(source, options)).bytes);
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
