import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/widgets/network-card/define.js';
import { part } from './support/play.js';
import * as states from './support/states.js';
import { networkCard } from './support/widgets.js';

const meta = {
  title: 'Network card/States',
  ...networkCard,
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Loading: Story = {
  name: 'Loading (held open)',
  ...states.loading('unic/network.json'),
};

/** The server sent an HTML error page instead of the feed. */
export const LoadError: Story = {
  name: 'Error',
  ...states.error('states/not-json.json'),
};

/** Down at first, back after the error: Retry loads the card. */
export const RetryAfterError: Story = {
  name: 'Retry after an error',
  ...states.retry('unic/network.json'),
};

/** A feed without this network. */
export const Empty: Story = {
  name: 'Empty',
  ...states.ready('states/empty.json', undefined, async (card) => {
    await expect(part(card, '[part~="base"]').textContent).toMatch(/not in the feed/);
  }),
};

/** Two sources, one of them broken: the card shows what loaded and the console names the other. */
export const PartialFeed: Story = {
  name: 'Partial feed (one source fails)',
  ...states.ready(['unic/network.json', 'states/not-json.json'], undefined, async (card) => {
    await expect(part(card, '[part~="title"]')).toBeVisible();
  }),
};

/** A name without spaces, a title, theme and summary far longer than real ones: nothing overflows. */
export const VeryLongText: Story = {
  name: 'Very long text',
  ...states.ready('states/long-text.json', { network: 'long-network' }, async (card) => {
    const base = part(card, '[part~="base"]');
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth + 1);
  }),
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  globals: { frame: '320px' },
  ...states.ready('unic/hub.json', undefined, async (card) => {
    const base = part(card, '[part~="base"]');
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth + 1);
  }),
};

export const Wide: Story = {
  name: 'Wide (1200 px)',
  globals: { frame: '1200px' },
  ...states.ready('unic/hub.json'),
};
