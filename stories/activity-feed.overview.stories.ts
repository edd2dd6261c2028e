import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/widgets/activity-feed/define.js';
import type { ActivityFeed } from '../src/widgets/activity-feed/activity-feed.js';
import { feedUrl } from './support/feeds.js';
import { part, parts, untilState, widgetIn } from './support/play.js';
import { activityFeed } from './support/widgets.js';

/**
 * A city's or a network's latest news, reports, videos and other
 * activities, newest first, with filter chips by type and "Show more".
 */
const meta = {
  title: 'Activity feed/Overview',
  tags: ['autodocs'],
  ...activityFeed,
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Default: Story = {};

/** The network's own activities, from the network feed. */
export const ANetwork: Story = {
  name: 'A network',
  args: { src: feedUrl('unic/network.json'), city: '', network: 'unic' },
};

/** `types="report publication"`: only those types, and chips for them alone. */
export const SomeTypesOnly: Story = {
  name: 'Some types only',
  args: { types: ['report', 'publication', 'article'] },
};

/** The chips filter the list; the choice fires `civic-filter-change` and is announced. */
export const FilterByType: Story = {
  name: 'Filter by type',
  play: async ({ canvasElement, step }) => {
    const feed = await widgetIn<ActivityFeed>(canvasElement, 'activity-feed');
    await untilState(feed, 'ready');
    const changes: string[][] = [];
    feed.addEventListener('civic-filter-change', (event) => changes.push(event.detail.types));
    const chip = (label: string) =>
      parts(feed, '[part~="filter"]').find((button) =>
        button.textContent?.trim().startsWith(label),
      )!;

    await step('"News" shows only news', async () => {
      await userEvent.click(chip('News'));
      await waitFor(() => expect(chip('News')).toHaveAttribute('aria-pressed', 'true'));
      await expect(chip('All')).toHaveAttribute('aria-pressed', 'false');
      const types = parts(feed, '[part~="item"] [part~="type"]').map((t) => t.textContent?.trim());
      await expect(types.length).toBeGreaterThan(0);
      await expect(new Set(types)).toEqual(new Set(['News']));
      await expect(changes).toEqual([['news']]);
    });

    await step('"Report" adds reports', async () => {
      await userEvent.click(chip('Report'));
      await waitFor(() => expect(changes).toEqual([['news'], ['news', 'report']]));
      const types = parts(feed, '[part~="item"] [part~="type"]').map((t) => t.textContent?.trim());
      await expect(new Set(types)).toEqual(new Set(['News', 'Report']));
    });

    await step('"All" clears the filter', async () => {
      await userEvent.click(chip('All'));
      await waitFor(() => expect(chip('All')).toHaveAttribute('aria-pressed', 'true'));
      await expect(changes.at(-1)).toEqual([]);
      await expect(part(feed, '[part~="status"]').textContent).toMatch(/Showing 5 of 11/);
    });
  },
};
