import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/network-card/define.js';
import { feedUrl } from './support/feeds.js';
import { networkCard } from './support/widgets.js';

/**
 * A network of cities at a glance: name and long title, theme, period,
 * summary, partner cities (lead first) and a link to the network.
 */
const meta = {
  title: 'Network card/Overview',
  tags: ['autodocs'],
  ...networkCard,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The hub feed: the network and its nine cities. */
export const Default: Story = {};

/** `compact`: one line, for a list of networks (a city profile uses it). */
export const Compact: Story = {
  name: 'Compact',
  args: { compact: true },
};

/** The network's own feed only: partner cities it does not describe are shown by their ids. */
export const NetworkFeedOnly: Story = {
  name: 'Network feed only',
  args: { src: feedUrl('unic/network.json') },
};
