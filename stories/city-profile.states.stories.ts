import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/widgets/city-profile/define.js';
import { part, parts } from './support/play.js';
import * as states from './support/states.js';
import { cityProfile } from './support/widgets.js';

const meta = {
  title: 'City profile/States',
  ...cityProfile,
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Loading: Story = {
  name: 'Loading (held open)',
  ...states.loading('unic/stoke-on-trent.json'),
};

/** The server sent an HTML error page instead of the feed. */
export const LoadError: Story = {
  name: 'Error',
  ...states.error('states/not-json.json'),
};

/** Down at first, back after the error: Retry loads the profile. */
export const RetryAfterError: Story = {
  name: 'Retry after an error',
  ...states.retry('unic/stoke-on-trent.json'),
};

/** A city that has published nothing yet: each section says so. */
export const Empty: Story = {
  name: 'Empty',
  ...states.ready('states/empty.json', { city: 'testville' }, async (profile) => {
    await expect(parts(profile, '.empty').length).toBeGreaterThan(0);
  }),
};

/** Some records are broken: the rest is shown and the console says what to fix. */
export const PartialFeed: Story = {
  name: 'Partial feed',
  ...states.ready('states/partial.json', { city: 'testville' }, async (profile) => {
    await expect(part(profile, '[part~="name"]').textContent).toMatch(/Testville/);
  }),
};

/** A description, summaries and titles far longer than real ones. */
export const VeryLongText: Story = {
  name: 'Very long text',
  ...states.ready('states/long-text.json', { city: 'testville' }, async (profile) => {
    const base = part(profile, '[part~="base"]');
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth + 1);
  }),
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  globals: { frame: '320px' },
  ...states.ready(['unic/stoke-on-trent.json', 'unic/network.json'], undefined, async (profile) => {
    const base = part(profile, '[part~="base"]');
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth + 1);
  }),
};

export const Wide: Story = {
  name: 'Wide (1200 px)',
  globals: { frame: '1200px' },
  ...states.ready(['unic/stoke-on-trent.json', 'unic/network.json']),
};
