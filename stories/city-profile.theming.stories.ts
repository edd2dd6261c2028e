import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { darkSite } from './support/pages.js';
import '../src/widgets/city-profile/define.js';
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
    '--civic-accent': '#6b1e5b',
    '--civic-surface': '#fbf7f2',
    '--civic-border': '#c9b8a6',
    '--civic-radius': '12px',
    '--civic-space': '1.25rem',
  },
};

export const StyledWithParts: Story = {
  name: 'Styled with parts',
  decorators: [
    (story) =>
      html`<style>
          .parts-demo city-profile::part(name) {
            font-family: Georgia, serif;
            font-size: 2.5rem;
          }
          .parts-demo city-profile::part(header) {
            border-block-end: 4px solid #6b1e5b;
            padding-block-end: 1rem;
          }
          .parts-demo city-profile::part(practice) {
            background: #f6f1fa;
            padding: 0.75rem;
          }
        </style>
        <div class="parts-demo">${story()}</div>`,
  ],
};
