import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/widgets/events-calendar/define.js';
import type { EventsCalendar } from '../src/widgets/events-calendar/events-calendar.js';
import { focusedIn, part, untilState, widgetIn } from './support/play.js';
import { eventsCalendar } from './support/widgets.js';

/**
 * Every story here also passes axe (the a11y panel; `npm run test:stories`
 * fails on any violation). The grid follows the WAI-ARIA date grid: one tab
 * stop; arrows by day and week; Home/End; PageUp/PageDown by month (with
 * Shift, by year); Enter or Space chooses the day.
 */
const meta = {
  title: 'Events calendar/Accessibility',
  ...eventsCalendar,
  args: { ...eventsCalendar.args, view: 'month' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** "YYYY-MM-DD" plus `days`, in UTC so no zone or DST change can shift it. */
function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const focusedDay = (calendar: EventsCalendar) =>
  (focusedIn(calendar) as HTMLElement | null)?.dataset.day;

export const KeyboardNavigation: Story = {
  name: 'Keyboard navigation',
  play: async ({ canvasElement, step }) => {
    const calendar = await widgetIn<EventsCalendar>(canvasElement, 'events-calendar');
    await untilState(calendar, 'ready');
    const months: string[] = [];
    calendar.addEventListener('civic-month-change', (event) => months.push(event.detail.month));
    const start = part(calendar, 'td[role="gridcell"][tabindex="0"]');
    const first = start.dataset.day!;

    await step('Tab reaches the grid once, on its active day', async () => {
      start.focus();
      await expect(focusedDay(calendar)).toBe(first);
    });

    await step('ArrowRight moves one day', async () => {
      await userEvent.keyboard('{ArrowRight}');
      await waitFor(() => expect(focusedDay(calendar)).toBe(addDays(first, 1)));
    });

    await step('ArrowDown moves one week', async () => {
      await userEvent.keyboard('{ArrowDown}');
      await waitFor(() => expect(focusedDay(calendar)).toBe(addDays(first, 8)));
      const focused = focusedIn(calendar)!;
      await expect(focused).toHaveAttribute('tabindex', '0');
    });

    await step('PageDown shows the next month and keeps the day of the month', async () => {
      const from = focusedDay(calendar)!;
      const heading = part(calendar, '[part~="heading"]').textContent;
      await userEvent.keyboard('{PageDown}');
      await waitFor(() => expect(calendar.month).toBe('2027-01'));
      await waitFor(() => expect(focusedDay(calendar)).toBe(`2027-01-${from.slice(8)}`));
      await expect(part(calendar, '[part~="heading"]').textContent).not.toBe(heading);
      await expect(months).toEqual(['2027-01']);
    });

    await step('Enter chooses the focused day', async () => {
      await userEvent.keyboard('{Enter}');
      const chosen = focusedIn(calendar)!;
      await waitFor(() => expect(chosen).toHaveAttribute('aria-selected', 'true'));
    });
  },
};

/** Inside a page whose section heading is an h2, the calendar's heading is an h3. */
export const HeadingLevel: Story = {
  name: 'Heading level 3',
  args: { 'heading-level': 3 },
  play: async ({ canvasElement }) => {
    const calendar = await widgetIn<EventsCalendar>(canvasElement, 'events-calendar');
    await untilState(calendar, 'ready');
    const heading = part(calendar, '[part~="heading"]');
    await expect(heading.localName === 'h3' || heading.getAttribute('aria-level') === '3').toBe(
      true,
    );
  },
};

/** The list view, for readers who prefer it at any width. */
export const ListView: Story = {
  name: 'List view',
  args: { view: 'list' },
};
