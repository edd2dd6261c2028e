/**
 * civic-widgets, without side effects: the element classes and the feed
 * tools. Importing this defines no tag; import `civic-widgets/define` (all
 * four) or `civic-widgets/<tag-name>/define` (one) for that.
 */
export { ActivityFeed } from './widgets/activity-feed/activity-feed.js';
export { CityProfile } from './widgets/city-profile/city-profile.js';
export { EventsCalendar } from './widgets/events-calendar/events-calendar.js';
export { NetworkCard } from './widgets/network-card/network-card.js';
export { CivicElement } from './shared/civic-element.js';
export { setStrings, SUPPORTED_LANGUAGES } from './shared/i18n.js';
export { defineElement } from './shared/define.js';
export { parseFeed, parseFeedText } from './feed/parse.js';
export { mergeFeeds } from './feed/merge.js';
export { setFeedOptions, clearFeedCache } from './feed/loader.js';
export { FeedError } from './feed/errors.js';
export type { FeedErrorKind } from './feed/errors.js';
export type { Activity, City, CivicEvent, Feed, Network, Practice, Problem } from './feed/types.js';
