/**
 * The English words of <activity-feed>, section 3 of every language pack
 * (../../shared/strings/en.ts puts the sections together). They travel
 * with the widget's code (./base.ts), so other widgets' pages never fetch them.
 */
export const SECTION = 3;

export const english = {
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
} as const;
