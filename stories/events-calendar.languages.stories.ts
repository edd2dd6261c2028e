import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/widgets/events-calendar/define.js';
import type { EventsCalendar } from '../src/widgets/events-calendar/events-calendar.js';
import { LANGUAGES } from '../src/shared/strings/all.js';
import { feedUrl } from './support/feeds.js';
import { part, untilState, widgetIn } from './support/play.js';
import { eventsCalendar } from './support/widgets.js';

/**
 * The calendar in each of its eleven languages, on one fixture made for the
 * calendar (two cities in two time zones, cancelled and postponed events,
 * an online event, a multi-day event), so the translations can be compared
 * side by side: month and day names, "Add to calendar", statuses, time zones.
 * The events' own texts stay in the feed's language.
 */
const meta = {
  title: 'Events calendar/Languages',
  ...eventsCalendar,
  args: {
    ...eventsCalendar.args,
    src: feedUrl('states/calendar-december.json'),
    city: 'stoke-on-trent',
    view: 'month',
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Checks that the interface really speaks `lang`: the "Next month" button says it in that language. */
function inLanguage(lang: keyof typeof LANGUAGES): Story {
  return {
    args: { lang },
    play: async ({ canvasElement }) => {
      const calendar = await widgetIn<EventsCalendar>(canvasElement, 'events-calendar');
      await untilState(calendar, 'ready');
      await expect(part(calendar, '[part~="next"]').textContent?.trim()).toContain(
        LANGUAGES[lang].eventsNext,
      );
    },
  };
}

export const English: Story = { name: 'English (en)', ...inLanguage('en') };
export const Welsh: Story = { name: 'Cymraeg (cy)', ...inLanguage('cy') };
export const French: Story = { name: 'Français (fr)', ...inLanguage('fr') };
export const German: Story = { name: 'Deutsch (de)', ...inLanguage('de') };
export const Italian: Story = { name: 'Italiano (it)', ...inLanguage('it') };
export const Spanish: Story = { name: 'Español (es)', ...inLanguage('es') };
export const Portuguese: Story = { name: 'Português (pt)', ...inLanguage('pt') };
export const Dutch: Story = { name: 'Nederlands (nl)', ...inLanguage('nl') };
export const Polish: Story = { name: 'Polski (pl)', ...inLanguage('pl') };
export const Hungarian: Story = { name: 'Magyar (hu)', ...inLanguage('hu') };
export const Romanian: Story = { name: 'Română (ro)', ...inLanguage('ro') };
