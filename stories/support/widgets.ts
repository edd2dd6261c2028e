/**
 * The four widgets as Storybook components: tag, render function (from the
 * manifest, see widget.ts), fallback content and the fixture each one shows
 * by default. Each widget's stories files spread one of these into their meta.
 */
import { html } from 'lit';
import { feedUrl } from './feeds.js';
import { renderWidget } from './widget.js';

export const networkCard = {
  component: 'network-card',
  render: renderWidget('network-card', {
    fallback: html`<a href="https://unic.eu/en"
      >UNIC, the European University of Post-Industrial Cities</a
    >`,
  }),
  args: { src: feedUrl('unic/hub.json'), network: 'unic' },
};

export const cityProfile = {
  component: 'city-profile',
  render: renderWidget('city-profile', {
    fallback: html`<a href="https://www.stoke.gov.uk">Stoke-on-Trent City Council</a>`,
  }),
  args: {
    src: [feedUrl('unic/stoke-on-trent.json'), feedUrl('unic/network.json')].join(' '),
    city: 'stoke-on-trent',
  },
};

export const activityFeed = {
  component: 'activity-feed',
  render: renderWidget('activity-feed', {
    fallback: html`<a href="https://www.stoke.gov.uk/news">Stoke-on-Trent news</a>`,
  }),
  args: { src: feedUrl('unic/stoke-on-trent.json'), city: 'stoke-on-trent', limit: 5 },
};

/** December 2026 is pinned, so the stories and their tests do not change with the date. */
export const eventsCalendar = {
  component: 'events-calendar',
  render: renderWidget('events-calendar', {
    fallback: html`<a href="https://www.stoke.gov.uk/events">Stoke-on-Trent events</a>`,
  }),
  args: { src: feedUrl('unic/stoke-on-trent.json'), city: 'stoke-on-trent', month: '2026-12' },
};
