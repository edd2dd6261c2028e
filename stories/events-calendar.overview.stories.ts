import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/widgets/events-calendar/define.js';
import type { EventsCalendar } from '../src/widgets/events-calendar/events-calendar.js';
import { feedUrl } from './support/feeds.js';
import { part, parts, untilState, widgetIn } from './support/play.js';
import { eventsCalendar } from './support/widgets.js';

/**
 * A month of a city's or a network's events. Days follow one time zone (the
 * city's), each event shows its own zone when it differs from the reader's,
 * and every event can be added to a personal calendar. Below 30em wide it
 * shows a list unless `view` says otherwise.
 */
const meta = {
  title: 'Events calendar/Overview',
  tags: ['autodocs'],
  ...eventsCalendar,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A city's feed, December 2026: the day with the next events is chosen and listed below the grid. */
export const Default: Story = {};

/** The agenda: only the days that have events, one heading each. */
export const ListView: Story = {
  name: 'List view',
  args: { view: 'list' },
};

/** Several cities in one calendar: the network feed merged with two city feeds. */
export const SeveralFeeds: Story = {
  name: 'Several feeds merged',
  args: {
    src: [
      feedUrl('unic/network.json'),
      feedUrl('unic/limoges.json'),
      feedUrl('unic/pecs.json'),
    ].join(' '),
    city: '',
    'time-zone': 'Europe/Paris',
  },
};

/** Choosing a day (a click here) lists its events and fires `civic-day-select`. */
export const ChooseADay: Story = {
  name: 'Choose a day',
  args: { view: 'month' },
  play: async ({ canvasElement }) => {
    const calendar = await widgetIn<EventsCalendar>(canvasElement, 'events-calendar');
    await untilState(calendar, 'ready');
    const chosen: string[] = [];
    calendar.addEventListener('civic-day-select', (event) => chosen.push(event.detail.date));
    const day = part(calendar, 'td[data-day="2026-12-17"]');
    await userEvent.click(day);
    await waitFor(() => expect(day).toHaveAttribute('aria-selected', 'true'));
    await expect(chosen).toEqual(['2026-12-17']);
    const heading = part(calendar, '[part~="day-heading"]');
    await expect(heading.textContent).toMatch(/17 December 2026/);
    await expect(parts(calendar, '[part~="day-events"] [part~="event"]').length).toBeGreaterThan(0);
  },
};
