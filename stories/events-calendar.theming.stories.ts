import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { darkSite } from './support/pages.js';
import '../src/widgets/events-calendar/define.js';
import { eventsCalendar } from './support/widgets.js';

/**
 * How the calendar takes a council's look: the `theme` attribute, the five
 * `--civic-*` tokens (controls below), and `::part()` for anything more.
 * Unthemed, it takes the page's font and text colour.
 */
const meta = {
  title: 'Events calendar/Theming',
  ...eventsCalendar,
  args: { ...eventsCalendar.args, view: 'month' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** `theme="dark"`: its own dark palette, whatever the page. */
export const Dark: Story = {
  name: 'Dark',
  args: { theme: 'dark' },
};

/**
 * No `theme` on a dark page: the calendar takes the page's text colour
 * (Page colours toolbar). The default accent is made for light pages, so a
 * dark site gives a light one (and dark text on it) with two tokens.
 */
export const OnADarkPage: Story = {
  name: 'On a dark page (inherits)',
  globals: { page: 'dark' },
  decorators: [darkSite],
};

/** `theme="auto"` follows the reader's system setting (prefers-color-scheme). */
export const Auto: Story = {
  name: 'Auto (system setting)',
  args: { theme: 'auto' },
};

/** The five tokens, set on the element (they inherit, so a page can set them once on `body`). */
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

/** Anything the tokens do not reach, through the documented parts. */
export const StyledWithParts: Story = {
  name: 'Styled with parts',
  decorators: [
    (story) =>
      html`<style>
          .parts-demo events-calendar::part(heading) {
            font-family: Georgia, serif;
            font-size: 1.75rem;
          }
          .parts-demo events-calendar::part(day today) {
            outline: 2px dashed currentColor;
          }
          .parts-demo events-calendar::part(day has-events) {
            box-shadow: inset 0 -4px 0 #b58105;
          }
          .parts-demo events-calendar::part(event postponed) {
            border-inline-start: 4px solid #b58105;
          }
        </style>
        <div class="parts-demo">${story()}</div>`,
  ],
};
