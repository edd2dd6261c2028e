/**
 * The English words of <network-card>, section 2 of every language pack
 * (../../shared/strings/en.ts puts the sections together). They travel
 * with the widget's code (./base.ts), so other widgets' pages never fetch them.
 */
export const SECTION = 2;

export const english = {
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
} as const;
