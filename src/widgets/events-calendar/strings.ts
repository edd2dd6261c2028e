/**
 * The English words of <events-calendar>, section 4 of every language pack
 * (../../shared/strings/en.ts puts the sections together). They travel
 * with the widget's code (./base.ts), so other widgets' pages never fetch them.
 */
export const SECTION = 4;

export const english = {
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
