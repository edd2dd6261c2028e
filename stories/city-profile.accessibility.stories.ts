import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/widgets/city-profile/define.js';
import type { CityProfile } from '../src/widgets/city-profile/city-profile.js';
import { part, untilState, widgetIn } from './support/play.js';
import { cityProfile } from './support/widgets.js';

/** Every story here also passes axe (the a11y panel; `npm run test:stories` fails on any violation). */
const meta = {
  title: 'City profile/Accessibility',
  ...cityProfile,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** On a page of its own the city's name is the page's h1, and the sections follow as h2. */
export const HeadingLevel: Story = {
  name: 'Heading level 1 (a page of its own)',
  args: { 'heading-level': 1 },
  play: async ({ canvasElement }) => {
    const profile = await widgetIn<CityProfile>(canvasElement, 'city-profile');
    await untilState(profile, 'ready');
    await expect(part(profile, '[part~="name"]').localName).toBe('h1');
    await expect(part(profile, '.section-title').localName).toBe('h2');
  },
};
