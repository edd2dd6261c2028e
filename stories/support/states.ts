/**
 * The states every widget has, as story annotations built on the shared
 * fixtures. Each widget's States file names them, so each appears in the
 * sidebar with its own fixture and any checks of its own.
 */
import type { StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import type { CivicElement } from '../../src/shared/civic-element.js';
import { downUntilFirstError, holdOpen } from './fetch-stub.js';
import { feedUrl } from './feeds.js';
import { part, untilState, widgetIn } from './play.js';

type Story = StoryObj;
type Args = StoryObj['args'];

const widget = ({ canvasElement, component }: StoryContext) =>
  widgetIn<CivicElement>(canvasElement, String(component));

/**
 * A request that is never answered, so the skeleton stays on screen
 * (see holdOpen in fetch-stub.ts). `fixture` is what the same src loads
 * outside this story.
 */
export function loading(fixture: string, args?: Args): Story {
  const path = `${fixture}?story=held-open`;
  return {
    args: { ...args, src: feedUrl(path) },
    beforeEach: () => holdOpen(path),
    play: async (context) => {
      const element = await widget(context);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await expect(element.state).toBe('loading');
      await expect(part(element, '[part~="skeleton"]')).toHaveAttribute('aria-busy', 'true');
    },
  };
}

/**
 * A fixture its publisher must fix (not JSON, a newer format): the resident's
 * message with a heading, no Retry (trying again cannot help), and the
 * editor's detail in the console. Retry is shown for network faults: see `retry`.
 */
export function error(fixture: string, args?: Args): Story {
  return {
    args: { ...args, src: feedUrl(fixture) },
    play: async (context) => {
      const element = await widget(context);
      await untilState(element, 'error');
      await expect(part(element, '[part~="error"]')).toHaveAttribute('role', 'alert');
      await expect(element.shadowRoot?.querySelector('[part~="retry"]') ?? null).toBeNull();
    },
  };
}

/**
 * The feed server is down for the first load and back afterwards (see
 * downUntilFirstError in fetch-stub.ts): the widget shows its error after
 * its own automatic retries, and Retry loads the real fixture.
 */
export function retry(fixture: string, args?: Args): Story {
  const path = `${fixture}?story=retry`;
  return {
    args: { ...args, src: feedUrl(path) },
    beforeEach: () => downUntilFirstError(path),
    play: async (context) => {
      const element = await widget(context);
      await untilState(element, 'error');
      await userEvent.click(part(element, '[part~="retry"]'));
      await untilState(element, 'ready');
      await expect(element.shadowRoot?.querySelector('[part~="error"]')).toBeNull();
    },
  };
}

/** Any fixture (or several, merged) that loads, with more `args` (attributes); `check` looks at what it shows. */
export function ready<T extends CivicElement = CivicElement>(
  fixture: string | string[],
  args?: Args,
  check?: (element: T) => Promise<void> | void,
): Story {
  const fixtures = Array.isArray(fixture) ? fixture : [fixture];
  return {
    args: { ...args, src: fixtures.map(feedUrl).join(' ') },
    play: async (context) => {
      const element = (await widget(context)) as T;
      await untilState(element, 'ready');
      await check?.(element);
    },
  };
}
