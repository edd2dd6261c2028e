import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/network-card/define.js';
import { themingStories } from './support/theming.js';
import { networkCard } from './support/widgets.js';

/** The `theme` attribute, the `--civic-*` tokens (controls below) and `::part()`. */
const meta = {
  title: 'Network card/Theming',
  ...networkCard,
} satisfies Meta;

export default meta;
type Story = StoryObj;

const stories = themingStories('network-card', {
  tokens: {
    '--civic-accent': '#8a1538',
    '--civic-surface': '#fdf6f0',
    '--civic-border': '#d8b9a8',
    '--civic-radius': '16px',
    '--civic-space': '1.5rem',
  },
  parts: (el) => `
    ${el}::part(title) { font-family: Georgia, serif; font-size: 2rem; }
    ${el}::part(partner lead) { background: #fff4d6; border-color: #b58105; }
    ${el}::part(base) { box-shadow: 0 2px 8px rgb(0 0 0 / 15%); }
  `,
});

export const Dark: Story = stories.Dark;
export const OnADarkPage: Story = stories.OnADarkPage;
export const Auto: Story = stories.Auto;
export const CustomTokens: Story = stories.CustomTokens;
export const StyledWithParts: Story = stories.StyledWithParts;
