/**
 * Polish UI strings, key for key with en.ts. Values stay in the nominative,
 * so they follow a colon where a preposition would need another case.
 */
import type { UiStrings } from './en.js';

export const pl: UiStrings = {
  // Shared by all widgets
  loading: 'Wczytywanie…',
  retry: 'Spróbuj ponownie',
  errorNetwork: 'Sprawdź połączenie z internetem i spróbuj ponownie.',
  errorOther: 'Spróbuj ponownie później.',
  refreshFailed: 'Nie udało się zaktualizować. Pokazujemy informacje z godz. {time}.',

  // <city-profile>
  cityLabel: 'Profil miasta: {city}',
  cityError: 'Nie udało się wczytać profilu miasta.',
  cityNotFound: 'Brak danych o tym mieście.',
  cityPopulation: 'Liczba ludności',
  cityCountry: 'Kraj',
  cityRegion: 'Region',
  cityWebsite: 'Odwiedź stronę miasta {city}',
  cityNetworks: 'Sieci',
  cityPractices: 'Dobre praktyki',
  cityNoNetworks: 'To miasto nie należy jeszcze do żadnej sieci.',
  cityNoPractices: 'Nie udostępniono jeszcze dobrych praktyk.',
  cityNothingYet:
    'Dla {city} nie opublikowano jeszcze niczego: żadnych sieci, dobrych praktyk, działań ani wydarzeń.',

  // <network-card>
  networkError: 'Nie udało się wczytać sieci.',
  networkNotFound: 'Brak danych o tej sieci.',
  networkTheme: 'Tematyka',
  networkPeriod: 'Okres',
  networkSince: 'Początek: {date}',
  networkUntil: 'Koniec: {date}',
  networkPartners: 'Miasta partnerskie',
  networkLead: 'partner wiodący',
  networkVisit: 'Odwiedź stronę sieci {network}',
  networkPartnerCount: {
    one: '{count} miasto partnerskie',
    few: '{count} miasta partnerskie',
    many: '{count} miast partnerskich',
    other: '{count} miasta partnerskiego',
  },

  // <activity-feed>
  activitiesHeading: 'Najnowsze działania',
  activitiesError: 'Nie udało się wczytać najnowszych działań.',
  activitiesEmpty: 'Nie ma jeszcze żadnych działań.',
  activitiesEmptyType: 'Brak działań tego typu.',
  activitiesFilter: 'Filtruj według typu',
  activitiesAll: 'Wszystkie',
  activitiesShowMore: 'Pokaż więcej',
  activitiesShown: 'Wyświetlono {shown} z {total}',
  activitiesNew: {
    one: '{count} nowe działanie',
    few: '{count} nowe działania',
    many: '{count} nowych działań',
    other: '{count} nowego działania',
  },
  activityPublished: 'Opublikowano {date}',
  activityNew: 'Nowe',
  typeArticle: 'Artykuł',
  typeNews: 'Aktualności',
  typeReport: 'Raport',
  typeVideo: 'Wideo',
  typePodcast: 'Podcast',
  typePublication: 'Publikacja',

  // <events-calendar>
  eventsHeading: 'Wydarzenia',
  eventsError: 'Nie udało się wczytać wydarzeń.',
  eventsEmptyMonth: 'Brak wydarzeń w tym miesiącu',
  eventsEmptyDay: 'Brak wydarzeń w tym dniu',
  eventsPrevious: 'Poprzedni miesiąc',
  eventsNext: 'Następny miesiąc',
  eventsToday: 'Dzisiaj',
  eventsViewMonth: 'Miesiąc',
  eventsViewList: 'Lista',
  eventsView: 'Widok',
  eventsCount: {
    one: '{count} wydarzenie',
    few: '{count} wydarzenia',
    many: '{count} wydarzeń',
    other: '{count} wydarzenia',
  },
  eventsOnDay: 'Wydarzenia: {date}',
  eventsAllDay: 'Cały dzień',
  eventsDayOf: 'Dzień {day} z {days}',
  eventsTimeZone: 'Strefa czasowa: {zone}',
  eventsYourTime: '{time} w Twojej strefie czasowej',
  eventsOnline: 'Online',
  eventsJoinOnline: 'Dołącz online: {title}',
  eventsAddToCalendar: 'Dodaj do kalendarza',
  statusCancelled: 'Odwołane',
  statusPostponed: 'Przełożone',
  statusRescheduled: 'Zmiana terminu',
};
