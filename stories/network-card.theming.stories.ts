import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { darkSite } from './support/pages.js';
import '../src/widgets/network-card/define.js';
import { networkCard } from './support/widgets.js';

/** The `theme` attribute, the `--civic-*` tokens (controls below) and `::part()`. */
const meta = {
  title: 'Network card/Theming',
  ...networkCard,
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Dark: Story = {
  name: 'Dark',
  args: { theme: 'dark' },
};

/** No `theme` on a dark page: it takes the page's colours; the site gives a light accent. */
export const OnADarkPage: Story = {
  name: 'On a dark page (inherits)',
  globals: { page: 'dark' },
  decorators: [darkSite],
};

export const Auto: Story = {
  name: 'Auto (system setting)',
  args: { theme: 'auto' },
};

export const CustomTokens: Story = {
  name: 'Custom tokens',
  args: {
    '--civic-accent': '#8a1538',
    '--civic-surface': '#fdf6f0',
    '--civic-border': '#d8b9a8',
    '--civic-radius': '16px',
    '--civic-space': '1.5rem',
  },
};

export const StyledWithParts: Story = {
  name: 'Styled with parts',
  decorators: [
    (story) =>
      html`<style>
          .parts-demo network-card::part(title) {
            font-family: Georgia, serif;
            font-size: 2rem;
          }
          .parts-demo network-card::part(partner lead) {
            background: #fff4d6;
            border-color: #b58105;
          }
          .parts-demo network-card::part(base) {
            box-shadow: 0 2px 8px rgb(0 0 0 / 15%);
          }
        </style>
        <div class="parts-demo">${story()}</div>`,
  ],
};
