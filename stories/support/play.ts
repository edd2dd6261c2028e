/**
 * Helpers for play functions. The widgets render into open shadow roots,
 * which Testing Library's queries do not enter, so these look inside.
 */
import { expect, waitFor } from 'storybook/test';
import type { CivicElement } from '../../src/shared/civic-element.js';

/** The widget `tag` in the story, once it is defined and has rendered. */
export async function widgetIn<T extends CivicElement>(
  canvas: HTMLElement,
  tag: string,
): Promise<T> {
  await customElements.whenDefined(tag);
  const element = canvas.querySelector<T>(tag);
  if (!element) throw new Error(`the story has no <${tag}>`);
  await element.updateComplete;
  return element;
}

/** Waits until the widget's `state` is `state` and it has rendered that state. */
export async function untilState(
  element: CivicElement,
  state: CivicElement['state'],
  timeout = 8000,
): Promise<void> {
  await waitFor(() => expect(element.state).toBe(state), { timeout });
  await element.updateComplete;
}

/** One element in the widget's shadow root; fails the story when it is not there. */
export function part<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${element.localName}>`);
  return found;
}

export function parts<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return [...(element.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** The focused element inside the widget's shadow root (null when focus is elsewhere). */
export function focusedIn(element: Element): Element | null {
  return element.shadowRoot?.activeElement ?? null;
}
