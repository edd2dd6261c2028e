import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/widgets/activity-feed/define.js';
import type { ActivityFeed } from '../src/widgets/activity-feed/activity-feed.js';
import { LANGUAGES } from '../src/shared/strings/all.js';
import { feedUrl } from './support/feeds.js';
import { part, untilState, widgetIn } from './support/play.js';
import { activityFeed } from './support/widgets.js';

/**
 * The interface in a few languages, each with a city feed written in it
 * (Limoges in French, Faenza in Italian, Aveiro in Portuguese), plus two
 * whose words run long (Welsh, Hungarian). Dates are written by Intl.
 */
const meta = {
  title: 'Activity feed/Languages',
  ...activityFeed,
} satisfies Meta;

export default meta;
type Story = StoryObj;

function inLanguage(lang: keyof typeof LANGUAGES, city: string): Story {
  return {
    args: { lang, src: feedUrl(`unic/${city}.json`), city },
    play: async ({ canvasElement }) => {
      const feed = await widgetIn<ActivityFeed>(canvasElement, 'activity-feed');
      await untilState(feed, 'ready');
      await expect(part(feed, '[part~="heading"]').textContent?.trim()).toBe(
        LANGUAGES[lang].activitiesHeading,
      );
    },
  };
}

export const French: Story = { name: 'Français (fr)', ...inLanguage('fr', 'limoges') };
export const Italian: Story = { name: 'Italiano (it)', ...inLanguage('it', 'faenza') };
export const Portuguese: Story = { name: 'Português (pt)', ...inLanguage('pt', 'aveiro') };
export const Welsh: Story = { name: 'Cymraeg (cy)', ...inLanguage('cy', 'stoke-on-trent') };
export const Hungarian: Story = { name: 'Magyar (hu)', ...inLanguage('hu', 'pecs') };
