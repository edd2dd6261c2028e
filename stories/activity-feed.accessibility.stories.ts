import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/widgets/activity-feed/define.js';
import type { ActivityFeed } from '../src/widgets/activity-feed/activity-feed.js';
import { focusedIn, part, parts, untilState, widgetIn } from './support/play.js';
import { activityFeed } from './support/widgets.js';

/** Every story here also passes axe (the a11y panel; `npm run test:stories` fails on any violation). */
const meta = {
  title: 'Activity feed/Accessibility',
  ...activityFeed,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * "Show more" adds `limit` activities and moves focus to the first new one,
 * so a keyboard or screen reader user carries on reading where the list grew.
 */
export const ShowMoreMovesFocus: Story = {
  name: 'Show more moves focus',
  play: async ({ canvasElement }) => {
    const feed = await widgetIn<ActivityFeed>(canvasElement, 'activity-feed');
    await untilState(feed, 'ready');
    await expect(parts(feed, '[part~="item"]').length).toBe(5);
    await userEvent.click(part(feed, '[part~="more"]'));
    await waitFor(() => expect(parts(feed, '[part~="item"]').length).toBe(10));
    const sixth = parts(feed, '[part~="item"]')[5];
    await waitFor(() => expect(sixth.contains(focusedIn(feed))).toBe(true));
    await expect(part(feed, '[part~="status"]').textContent).toMatch(/Showing 10 of 11/);
  },
};

/** Inside a section whose heading is an h2, the widget's heading is an h3 and each activity an h4. */
export const HeadingLevel: Story = {
  name: 'Heading level 3',
  args: { 'heading-level': 3 },
  play: async ({ canvasElement }) => {
    const feed = await widgetIn<ActivityFeed>(canvasElement, 'activity-feed');
    await untilState(feed, 'ready');
    await expect(part(feed, '[part~="heading"]').localName).toBe('h3');
    await expect(part(feed, '[part~="title"]').localName).toBe('h4');
  },
};
