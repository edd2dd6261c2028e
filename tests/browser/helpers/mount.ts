/** Shared helpers: mount a widget, wait for its data, read its shadow DOM. */
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CivicElement } from '../../../src/shared/civic-element.js';

/** URL of a fixture served by the test server (see server-plugin.mjs), with fault options. */
export function feedUrl(file: string, options: Record<string, string | number> = {}): string {
  const params = new URLSearchParams({ file: `demo/feeds/${file}`, key: crypto.randomUUID() });
  for (const [k, v] of Object.entries(options)) params.set(k, String(v));
  return `/api/feed?${params.toString()}`;
}

export async function serverStats(url: string): Promise<{ count: number; aborted: number }> {
  const key = new URL(url, location.href).searchParams.get('key')!;
  const response = await fetch(`/api/count?key=${key}`);
  return (await response.json()) as { count: number; aborted: number };
}

export async function requestCount(url: string): Promise<number> {
  const key = new URL(url, location.href).searchParams.get('key')!;
  const response = await fetch(`/api/count?key=${key}`);
  return ((await response.json()) as { count: number }).count;
}

/** Waits until the widget has left "loading" (ready, error or idle) and rendered. */
export async function settled<T extends CivicElement>(el: T, timeout = 15_000): Promise<T> {
  await waitUntil(() => el.state !== 'loading', `<${el.localName}> stayed loading`, { timeout });
  await el.updateComplete;
  return el;
}

export async function mount<T extends CivicElement>(template: TemplateResult): Promise<T> {
  return settled(await fixture<T>(template));
}

export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

/** Visible text of the shadow root, white space folded. */
export function text(el: Element, selector?: string): string {
  const root = selector ? el.shadowRoot!.querySelector(selector) : el.shadowRoot!;
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Presses a widget's "Show more" until everything is listed (lists come a page at a time). */
export async function showAll(el: CivicElement): Promise<void> {
  for (let guard = 0; guard < 10_000; guard++) {
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=show-more]');
    if (!more) return;
    more.click();
    await el.updateComplete;
  }
  throw new Error(`<${el.localName}> kept offering "Show more"`);
}
