import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../src/widgets/events-calendar/define.js';
import type { EventsCalendar } from '../src/widgets/events-calendar/events-calendar.js';
import { part, parts } from './support/play.js';
import * as states from './support/states.js';
import { eventsCalendar } from './support/widgets.js';

const meta = {
  title: 'Events calendar/States',
  ...eventsCalendar,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The skeleton keeps the grid's height, so the page does not jump when the events arrive. */
export const Loading: Story = {
  name: 'Loading (held open)',
  ...states.loading('unic/stoke-on-trent.json'),
};

/** The server sent an HTML error page instead of the feed. The council editor's detail is in the console. */
export const LoadError: Story = {
  name: 'Error',
  ...states.error('states/not-json.json'),
};

/** A feed in a newer format than this version of the widget reads. */
export const ErrorNewerFormat: Story = {
  name: 'Error: newer feed format',
  ...states.error('states/version-2.json'),
};

/** Down at first, back after the error: Retry loads the events. */
export const RetryAfterError: Story = {
  name: 'Retry after an error',
  ...states.retry('unic/stoke-on-trent.json'),
};

export const Empty: Story = {
  name: 'Empty',
  ...states.ready<EventsCalendar>('states/empty.json', { city: 'testville' }, async (calendar) => {
    await expect(part(calendar, '[part~="empty"]')).toBeVisible();
  }),
};

/** Two records are broken (a date that is not a date, a javascript: link): the rest is shown and the console says what to fix. */
export const PartialFeed: Story = {
  name: 'Partial feed',
  ...states.ready<EventsCalendar>('states/calendar-partial.json', undefined, async (calendar) => {
    await expect(parts(calendar, 'td[part~="has-events"]').length).toBe(3);
    await expect(calendar.shadowRoot?.querySelector('a[href^="javascript:"]')).toBeNull();
  }),
};

/** Titles, places and summaries far longer than real ones: nothing overflows its box. */
export const VeryLongText: Story = {
  name: 'Very long text',
  ...states.ready<EventsCalendar>(
    'states/long-text.json',
    { city: 'testville', view: 'list' },
    async (calendar) => {
      const base = part(calendar, '[part~="base"]');
      await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth + 1);
    },
  ),
};

/** In a 320px column the calendar shows the list by itself. */
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  globals: { frame: '320px' },
  ...states.ready<EventsCalendar>('unic/stoke-on-trent.json', undefined, async (calendar) => {
    await waitFor(() => expect(calendar.currentView).toBe('list'));
  }),
};

export const Wide: Story = {
  name: 'Wide (1200 px)',
  globals: { frame: '1200px' },
  ...states.ready<EventsCalendar>('unic/stoke-on-trent.json', undefined, async (calendar) => {
    await waitFor(() => expect(calendar.currentView).toBe('month'));
  }),
};
