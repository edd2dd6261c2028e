/**
 * What the security tests look at: a recorder for script execution, a
 * walker that sees into every shadow root, a scanner for markup that could
 * run or leak (script, frames, handlers, unsafe URLs), and a catcher for
 * uncaught errors and unhandled rejections.
 */
import { waitUntil } from '@open-wc/testing';
import type { CivicElement } from '../../../src/shared/civic-element.js';

declare global {
  interface Window {
    /** Filled by payloads that run (`__xss.push(id)`) and by the alert/confirm/prompt hooks. */
    __xss: string[];
  }
}

const HOOKED = ['alert', 'confirm', 'prompt', 'print', 'open'] as const;

/**
 * Installs the page hook: `window.__xss` and recording alert/confirm/prompt
 * (and print/open, which a payload could also use to be seen). Idempotent.
 */
export function installXssHook(): void {
  window.__xss ??= [];
  const w = window as unknown as Record<string, unknown>;
  for (const name of HOOKED) {
    w[name] = (...args: unknown[]) => {
      window.__xss.push(`${name}(${args.map(String).join(', ')})`);
      return name === 'confirm' ? false : name === 'prompt' ? null : undefined;
    };
  }
}

/**
 * Every element under `root` (not `root` itself), through open shadow roots:
 * an element's shadow tree and its light DOM children both.
 */
export function* deepElements(root: ParentNode): Generator<Element> {
  if (root instanceof Element && root.shadowRoot) yield* deepElements(root.shadowRoot);
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/** Every text node's data under `root`, shadow roots included. */
export function deepTexts(root: Element | ShadowRoot): string[] {
  const texts: string[] = [];
  const collect = (node: Node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push((walker.currentNode as Text).data);
  };
  collect(root);
  if (root instanceof Element && root.shadowRoot) collect(root.shadowRoot);
  for (const el of deepElements(root)) if (el.shadowRoot) collect(el.shadowRoot);
  return texts;
}

/** Elements that must never appear inside a widget: they run code, load documents or restyle the page. */
const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'style',
  'form',
  'noscript',
  'template',
  'svg',
  'math',
  'foreignobject',
  'portal',
]);

/** Attributes that hold a URL the browser may load or follow. */
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'srcset',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'ping',
  'cite',
  'codebase',
  'longdesc',
  'usemap',
  'manifest',
  'lowsrc',
  'dynsrc',
]);

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const WEB_SCHEMES = new Set(['http:', 'https:']);

export interface Offence {
  element: string;
  what: string;
}

function describe(el: Element): string {
  const attrs = [...el.attributes].map((a) => `${a.name}="${a.value.slice(0, 60)}"`).join(' ');
  return `<${el.localName}${attrs ? ` ${attrs}` : ''}>`;
}

function scheme(value: string): string {
  try {
    return new URL(value, document.baseURI).protocol;
  } catch {
    return 'invalid:';
  }
}

/**
 * Everything under `root` (shadow roots included) that could run script or
 * load something unsafe: forbidden elements, any on* attribute, srcdoc,
 * inline styles with url()/expression(), links with a scheme other than
 * http(s)/mailto/tel, and other URL attributes with a scheme other than http(s).
 * `allowed` lists elements the widgets may legitimately render (none by default).
 */
export function scanForOffences(root: ParentNode, { allowed = [] as string[] } = {}): Offence[] {
  const offences: Offence[] = [];
  for (const el of deepElements(root)) {
    const tag = el.localName;
    if (FORBIDDEN_TAGS.has(tag) && !allowed.includes(tag)) {
      offences.push({ element: describe(el), what: `a <${tag}> element` });
    }
    for (const { name, value } of el.attributes) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on'))
        offences.push({ element: describe(el), what: `an ${lower} attribute` });
      if (lower === 'srcdoc') offences.push({ element: describe(el), what: 'a srcdoc attribute' });
      if (lower === 'style' && /url\s*\(|expression\s*\(|@import|javascript:/i.test(value)) {
        offences.push({
          element: describe(el),
          what: `an inline style loading something: ${value}`,
        });
      }
      if (URL_ATTRIBUTES.has(lower)) {
        const isLink = lower === 'href' && (tag === 'a' || tag === 'area');
        const schemes = isLink ? LINK_SCHEMES : WEB_SCHEMES;
        const found = scheme(value);
        if (!schemes.has(found)) {
          offences.push({ element: describe(el), what: `${lower} with the scheme ${found}` });
        }
      }
    }
  }
  return offences;
}

/** Counts links (a[href]) under `root`, shadow roots included: the scan must have had something to check. */
export function countLinks(root: ParentNode): number {
  let links = 0;
  for (const el of deepElements(root)) if (el.localName === 'a' && el.hasAttribute('href')) links++;
  return links;
}

/** The widgets (civic elements) under and including `root`, through shadow roots. */
function civicElements(root: Element): CivicElement[] {
  const tags = new Set(['city-profile', 'network-card', 'activity-feed', 'events-calendar']);
  const found = [root, ...deepElements(root)].filter((el) => tags.has(el.localName));
  return found as CivicElement[];
}

/**
 * Waits until a widget and every widget nested in it (city-profile holds
 * three kinds) have left "loading" and finished rendering; repeats while
 * rendering reveals new nested widgets.
 */
export async function settleDeep(root: Element, timeout = 15_000): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const widgets = civicElements(root);
    await waitUntil(() => widgets.every((w) => w.state !== 'loading'), 'a widget stayed loading', {
      timeout,
    });
    await Promise.all(widgets.map((w) => w.updateComplete));
    if (civicElements(root).length === widgets.length) return;
  }
}

export interface ErrorCatcher {
  errors: string[];
  stop(): void;
}

/** Records uncaught errors and unhandled rejections until `stop()`. */
export function catchPageErrors(): ErrorCatcher {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    errors.push(`error: ${event.message} at ${event.filename}:${event.lineno}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    const reason = event.reason as { stack?: string } | undefined;
    errors.push(`unhandled rejection: ${reason?.stack ?? String(event.reason)}`);
    event.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Lets asynchronous payloads (image errors, focus, timers) have their chance to run. */
export async function letPayloadsRun(ms = 150): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  await new Promise((resolve) => setTimeout(resolve, ms));
}
