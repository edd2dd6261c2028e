import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/widgets/activity-feed/define.js';
import { part, parts } from './support/play.js';
import * as states from './support/states.js';
import { activityFeed } from './support/widgets.js';

const meta = {
  title: 'Activity feed/States',
  ...activityFeed,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The skeleton takes the shape of `limit` activities, so the page does not jump. */
export const Loading: Story = {
  name: 'Loading (held open)',
  ...states.loading('unic/stoke-on-trent.json'),
};

/** The server sent an HTML error page instead of the feed. */
export const LoadError: Story = {
  name: 'Error',
  ...states.error('states/not-json.json'),
};

/** Down at first, back after the error: Retry loads the activities. */
export const RetryAfterError: Story = {
  name: 'Retry after an error',
  ...states.retry('unic/stoke-on-trent.json'),
};

export const Empty: Story = {
  name: 'Empty',
  ...states.ready('states/activity-empty.json', undefined, async (feed) => {
    await expect(part(feed, '[part~="empty"]')).toBeVisible();
  }),
};

/** One record has no usable date: it is listed last, the others as usual; the console says what to fix. */
export const PartialFeed: Story = {
  name: 'Partial feed',
  ...states.ready('states/activity-partial.json', { city: '' }, async (feed) => {
    await expect(parts(feed, '[part~="item"]').length).toBeGreaterThan(0);
  }),
};

/** Titles and summaries far longer than real ones: nothing overflows its box. */
export const VeryLongText: Story = {
  name: 'Very long text',
  ...states.ready('states/long-text.json', { city: '' }, async (feed) => {
    const base = part(feed, '[part~="base"]');
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth + 1);
  }),
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  globals: { frame: '320px' },
  ...states.ready('unic/stoke-on-trent.json', undefined, async (feed) => {
    const base = part(feed, '[part~="base"]');
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth + 1);
  }),
};

export const Wide: Story = {
  name: 'Wide (1200 px)',
  globals: { frame: '1200px' },
  ...states.ready('unic/stoke-on-trent.json'),
};
