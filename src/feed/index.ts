/**
 * The feed layer alone (no elements): validate, merge and load feeds in any
 * page or in Node. This is `civic-widgets/feed`.
 */
export {
  parseFeed,
  parseFeedAsync,
  parseFeedText,
  parseFeedTextAsync,
  describeValue,
} from './parse.js';
export type { FeedParseResult, FeedFailure } from './parse.js';
export { mergeFeeds, pickWinner } from './merge.js';
export {
  loadFeed,
  loadFeeds,
  resolveSources,
  setFeedOptions,
  getFeedOptions,
  clearFeedCache,
} from './loader.js';
export type { LoadedFeeds, LoaderOptions } from './loader.js';
export { FeedController } from './feed-controller.js';
export type { FeedLoadDetail, FeedErrorDetail, FeedSource } from './feed-controller.js';
export { FeedError } from './errors.js';
export type { FeedErrorKind } from './errors.js';
export { emptyFeed, formatProblem, RECORD_KINDS } from './types.js';
export type * from './types.js';
