/**
 * The English words of <city-profile>, section 1 of every language pack
 * (../../shared/strings/en.ts puts the sections together). They travel
 * with the widget's code (./base.ts), so other widgets' pages never fetch them.
 */
export const SECTION = 1;

export const english = {
  cityLabel: 'City profile: {city}',
  cityError: 'The city profile could not be loaded.',
  cityNotFound: 'This city is not in the feed.',
  cityPopulation: 'Population',
  cityCountry: 'Country',
  cityRegion: 'Region',
  cityWebsite: 'Visit the {city} website',
  cityNetworks: 'Networks',
  cityPractices: 'Good practices',
  cityNothingYet:
    'Nothing has been published for {city} yet: no networks, good practices, activities or events.',
} as const;
