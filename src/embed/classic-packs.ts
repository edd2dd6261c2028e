/**
 * How the classic script (dist/civic-widgets.iife.js) reads a language other
 * than English and Welsh: a JSON file of the build beside it
 * (chunks/<language>-<hash>.json), fetched with its Subresource Integrity
 * value, checked for shape and handed over as data. Nothing is run, so the
 * classic script stays the only code a page runs and its own `integrity`
 * covers all of it. The build (`classicPackFiles` in vite.config.ts) points
 * ./shared/strings/index.ts here, for the classic script only.
 */
import type { Message } from '../shared/strings/en.js';

/**
 * The classic script's own address, read while it runs: `currentScript` is
 * only set then (a `defer` or `async` script included).
 */
const scriptSrc =
  typeof document === 'undefined'
    ? ''
    : ((document.currentScript as HTMLScriptElement | null)?.src ?? '');

function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return true;
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((form) => typeof form === 'string')
  );
}

/** A language's words by section, as the module script's packs hold them; throws with what to fix. */
export async function classicPack(file: string, integrity: string): Promise<Message[][]> {
  if (!scriptSrc) {
    throw new Error(
      `${file} was not fetched: the classic script could not tell its own address (load it with <script src="…/civic-widgets.iife.js">)`,
    );
  }
  const url = new URL(file, scriptSrc).href;
  let response: Response;
  try {
    response = await fetch(url, { integrity, credentials: 'same-origin' });
  } catch (error) {
    throw new Error(
      `${url} could not be read (${String(error)}): copy the chunks/ folder of the same release beside civic-widgets.iife.js, and let a Content-Security-Policy's connect-src allow its host`,
      { cause: error },
    );
  }
  if (!response.ok) {
    throw new Error(
      `${url} answered ${response.status}: copy the chunks/ folder of the same release beside civic-widgets.iife.js`,
    );
  }
  const pack: unknown = await response.json();
  if (
    !Array.isArray(pack) ||
    !pack.every((section) => Array.isArray(section) && section.every(isMessage))
  ) {
    throw new Error(`${url} is not a language pack of civic-widgets`);
  }
  return pack;
}
