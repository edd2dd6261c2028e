import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/widgets/network-card/define.js';
import type { NetworkCard } from '../src/widgets/network-card/network-card.js';
import { part, untilState, widgetIn } from './support/play.js';
import { networkCard } from './support/widgets.js';

/** Every story here also passes axe (the a11y panel; `npm run test:stories` fails on any violation). */
const meta = {
  title: 'Network card/Accessibility',
  ...networkCard,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** In a list under an h2, each card's heading is an h3. */
export const HeadingLevel: Story = {
  name: 'Heading level 3',
  args: { 'heading-level': 3 },
  play: async ({ canvasElement }) => {
    const card = await widgetIn<NetworkCard>(canvasElement, 'network-card');
    await untilState(card, 'ready');
    await expect(part(card, '[part~="title"]').localName).toBe('h3');
  },
};

/** The link names the network ("Visit the UNIC website"), not "click here", so it makes sense in a list of links. */
export const LinkText: Story = {
  name: 'Link text',
  play: async ({ canvasElement }) => {
    const card = await widgetIn<NetworkCard>(canvasElement, 'network-card');
    await untilState(card, 'ready');
    await expect(part(card, '[part~="link"]').textContent).toMatch(/UNIC/);
  },
};
