import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/city-profile/define.js';
import { feedUrl } from './support/feeds.js';
import { cityProfile } from './support/widgets.js';

/**
 * A city's whole profile: who it is, its networks, its good practices, its
 * latest activities and its events. The inner widgets are the library's
 * own, sharing one request per feed.
 */
const meta = {
  title: 'City profile/Overview',
  tags: ['autodocs'],
  ...cityProfile,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The city's feed and the network's feed together (two addresses in `src`), so the network card has its network. */
export const Default: Story = {};

/** `sections="about practices"`: only some sections, in the order given. */
export const SomeSections: Story = {
  name: 'Some sections',
  args: { sections: 'about practices' },
};

/** Another city, from the hub feed that holds all nine. */
export const FromTheHub: Story = {
  name: 'From the hub feed',
  args: { src: feedUrl('unic/hub.json'), city: 'delft' },
};
