import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/activity-feed/define.js';
import { themingStories } from './support/theming.js';
import { activityFeed } from './support/widgets.js';

/** The `theme` attribute, the `--civic-*` tokens (controls below) and `::part()`. */
const meta = {
  title: 'Activity feed/Theming',
  ...activityFeed,
} satisfies Meta;

export default meta;
type Story = StoryObj;

const stories = themingStories('activity-feed', {
  tokens: {
    '--civic-accent': '#00594f',
    '--civic-surface': '#f4f8f7',
    '--civic-border': '#9fbdb8',
    '--civic-radius': '0',
    '--civic-space': '0.75rem',
  },
  parts: (el) => `
    ${el}::part(heading) { font-family: Georgia, serif; font-size: 1.75rem; }
    ${el}::part(item) { border-inline-start: 4px solid #1d70b8; }
    ${el}::part(type) { text-transform: uppercase; letter-spacing: 0.05em; }
  `,
});

export const Dark: Story = stories.Dark;
export const OnADarkPage: Story = stories.OnADarkPage;
export const Auto: Story = stories.Auto;
export const CustomTokens: Story = stories.CustomTokens;
export const StyledWithParts: Story = stories.StyledWithParts;
