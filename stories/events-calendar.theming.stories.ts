import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/events-calendar/define.js';
import { themingStories } from './support/theming.js';
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

const stories = themingStories('events-calendar', {
  tokens: {
    '--civic-accent': '#6b1e5b',
    '--civic-surface': '#fbf7f2',
    '--civic-border': '#c9b8a6',
    '--civic-radius': '12px',
    '--civic-space': '1.25rem',
  },
  parts: (el) => `
    ${el}::part(heading) { font-family: Georgia, serif; font-size: 1.75rem; }
    ${el}::part(day today) { outline: 2px dashed currentColor; }
    ${el}::part(day has-events) { box-shadow: inset 0 -4px 0 #b58105; }
    ${el}::part(event postponed) { border-inline-start: 4px solid #b58105; }
  `,
});

export const Dark: Story = stories.Dark;
export const OnADarkPage: Story = stories.OnADarkPage;
export const Auto: Story = stories.Auto;
export const CustomTokens: Story = stories.CustomTokens;
export const StyledWithParts: Story = stories.StyledWithParts;
