import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/city-profile/define.js';
import { themingStories } from './support/theming.js';
import { cityProfile } from './support/widgets.js';

/**
 * The `theme` attribute and the `--civic-*` tokens (controls below). The
 * tokens inherit, so the inner network card, activity feed and calendar
 * take them too; `theme` is passed on to them.
 */
const meta = {
  title: 'City profile/Theming',
  ...cityProfile,
} satisfies Meta;

export default meta;
type Story = StoryObj;

const stories = themingStories('city-profile', {
  tokens: {
    '--civic-accent': '#6b1e5b',
    '--civic-surface': '#fbf7f2',
    '--civic-border': '#c9b8a6',
    '--civic-radius': '12px',
    '--civic-space': '1.25rem',
  },
  parts: (el) => `
    ${el}::part(name) { font-family: Georgia, serif; font-size: 2.5rem; }
    ${el}::part(header) { border-block-end: 4px solid #6b1e5b; padding-block-end: 1rem; }
    ${el}::part(practice) { background: #f6f1fa; padding: 0.75rem; }
  `,
});

export const Dark: Story = stories.Dark;
export const OnADarkPage: Story = stories.OnADarkPage;
export const Auto: Story = stories.Auto;
export const CustomTokens: Story = stories.CustomTokens;
export const StyledWithParts: Story = stories.StyledWithParts;
