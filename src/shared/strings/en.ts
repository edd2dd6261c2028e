/**
 * The English UI strings: the reference every other language follows.
 * `{name}` is replaced by a value; plural messages pick a form with
 * Intl.PluralRules (languages use the forms they need, "other" is required).
 * Keep sentences short and plain (GOV.UK style): residents read these.
 */
export const en = {
  // Shared by all widgets
  loading: 'Loading…',
  retry: 'Try again',
  errorNetwork: 'Check your internet connection, then try again.',
  errorServer: 'The feed’s server is not answering. Try again in a few minutes.',
  errorPublisher: 'The feed has a mistake that its publisher needs to fix. Please tell them:',
  retryDone: 'Loaded.',
  refreshPause: 'Pause updates',
  refreshFailed: 'Could not update. Showing information from {time}.',

  // <city-profile>
  cityLabel: 'City profile: {city}',
  cityError: 'The city profile could not be loaded.',
  cityNotFound: 'This city is not in the feed.',
  cityPopulation: 'Population',
  cityCountry: 'Country',
  cityRegion: 'Region',
  cityWebsite: 'Visit the {city} website',
  cityNetworks: 'Networks',
  cityPractices: 'Good practices',
  cityNoNetworks: 'This city is not in any network yet.',
  cityNoPractices: 'No good practices shared yet.',
  cityNothingYet:
    'Nothing has been published for {city} yet: no networks, good practices, activities or events.',

  // <network-card>
  networkError: 'The network could not be loaded.',
  networkNotFound: 'This network is not in the feed.',
  networkTheme: 'Theme',
  networkPeriod: 'Period',
  networkSince: 'Since {date}',
  networkUntil: 'Until {date}',
  networkPartners: 'Partner cities',
  networkLead: 'lead partner',
  networkVisit: 'Visit the {network} website',
  networkPartnerCount: { one: '{count} partner city', other: '{count} partner cities' },

  // <activity-feed>
  activitiesHeading: 'Latest activities',
  activitiesError: 'The latest activities could not be loaded.',
  activitiesEmpty: 'No activities yet.',
  activitiesEmptyType: 'No activities of this type.',
  activitiesFilter: 'Filter by type',
  activitiesAll: 'All',
  activitiesShowMore: 'Show more',
  activitiesShown: 'Showing {shown} of {total}',
  activitiesNew: { one: '{count} new activity', other: '{count} new activities' },
  activitiesShowNew: { one: 'Show {count} new activity', other: 'Show {count} new activities' },
  activityPublished: 'Published {date}',
  activityNew: 'New',
  typeArticle: 'Article',
  typeNews: 'News',
  typeReport: 'Report',
  typeVideo: 'Video',
  typePodcast: 'Podcast',
  typePublication: 'Publication',

  // <events-calendar>
  eventsHeading: 'Events',
  eventsError: 'Events could not be loaded.',
  eventsEmptyMonth: 'No events this month',
  eventsEmptyDay: 'No events on this day',
  eventsPrevious: 'Previous month',
  eventsNext: 'Next month',
  eventsToday: 'Today',
  eventsViewMonth: 'Month',
  eventsViewList: 'List',
  eventsView: 'View',
  eventsCount: { one: '{count} event', other: '{count} events' },
  eventsOnDay: 'Events on {date}',
  eventsAllDay: 'All day',
  eventsDayOf: 'Day {day} of {days}',
  eventsTimeZone: 'Times in {zone}',
  eventsYourTime: '{time} your time',
  eventsOnline: 'Online',
  eventsJoinOnline: 'Join {title} online',
  eventsAddToCalendar: 'Add to calendar',
  eventsMore: { one: '+{count} more', other: '+{count} more' },
  eventsUntil: 'Until {date}',
  eventsContinues: 'Continues',
  eventsShowMore: 'Show more events',
  statusCancelled: 'Cancelled',
  statusPostponed: 'Postponed',
  statusRescheduled: 'Rescheduled',
} as const;

export type MessageKey = keyof typeof en;
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
/** A complete language: every key, each a string or plural forms. */
export type UiStrings = {
  [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage;
};

/**
 * What a language brings for runtimes that lack its locale data (Debian's
 * Chromium has none for Welsh): names and words Intl would otherwise give in
 * English. Dates keep the layout of `base` with these names in place.
 */
export interface IntlFallback {
  /** The locale whose date and number layout is used, e.g. "en-GB". */
  base: string;
  months: Record<'long' | 'short' | 'narrow', string[]>;
  /** Sunday first. */
  weekdays: Record<'long' | 'short' | 'narrow', string[]>;
  relative: {
    now: string;
    today: string;
    yesterday: string;
    tomorrow: string;
  } & Record<'minute' | 'hour' | 'day', { past: PluralMessage; future: PluralMessage }>;
  /** Country names by ISO 3166 code. */
  regions: Record<string, string>;
  /** Zone names by their British English name ("Central European Standard Time"). */
  zones: Record<string, string>;
}

/**
 * A language's strings, and where it has one, the loader of its Intl fallback
 * (a module of its own, fetched only by browsers that lack the language).
 */
export type LanguagePack = UiStrings & { intl?: () => Promise<IntlFallback> };
