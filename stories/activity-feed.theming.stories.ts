import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { darkSite } from './support/pages.js';
import '../src/widgets/activity-feed/define.js';
import { activityFeed } from './support/widgets.js';

/** The `theme` attribute, the `--civic-*` tokens (controls below) and `::part()`. */
const meta = {
  title: 'Activity feed/Theming',
  ...activityFeed,
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
    '--civic-accent': '#00594f',
    '--civic-surface': '#f4f8f7',
    '--civic-border': '#9fbdb8',
    '--civic-radius': '0',
    '--civic-space': '0.75rem',
  },
};

export const StyledWithParts: Story = {
  name: 'Styled with parts',
  decorators: [
    (story) =>
      html`<style>
          .parts-demo activity-feed::part(heading) {
            font-family: Georgia, serif;
            font-size: 1.75rem;
          }
          .parts-demo activity-feed::part(item) {
            border-inline-start: 4px solid #1d70b8;
          }
          .parts-demo activity-feed::part(type) {
            text-transform: uppercase;
            letter-spacing: 0.05em;
          }
        </style>
        <div class="parts-demo">${story()}</div>`,
  ],
};
