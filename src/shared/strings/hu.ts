/**
 * Hungarian UI strings (formal "Ön"), key for key with en.ts. A noun after a
 * number stays singular, so both plural forms read the same. Values cannot
 * take suffixes, so they follow a colon or a postposition.
 */
import type { UiStrings } from './en.js';

export const hu: UiStrings = {
  // Shared by all widgets
  loading: 'Betöltés…',
  retry: 'Próbálja újra',
  errorNetwork: 'Ellenőrizze az internetkapcsolatát, majd próbálja újra.',
  errorServer: 'A hírcsatorna szervere nem válaszol. Próbálja újra néhány perc múlva.',
  errorPublisher:
    'A hírcsatornában hiba van, amelyet a kiadójának kell kijavítania. Kérjük, jelezze neki:',
  retryDone: 'Betöltve.',
  refreshPause: 'Frissítések szüneteltetése',
  refreshFailed: 'A frissítés nem sikerült. Az adatok állapota: {time}.',

  // <city-profile>
  cityLabel: 'Városprofil: {city}',
  cityError: 'A városprofilt nem sikerült betölteni.',
  cityNotFound: 'Erről a városról nincsenek adatok.',
  cityPopulation: 'Népesség',
  cityCountry: 'Ország',
  cityRegion: 'Régió',
  cityWebsite: '{city} honlapja',
  cityNetworks: 'Hálózatok',
  cityPractices: 'Jó gyakorlatok',
  cityNothingYet:
    '{city} még semmit sem tett közzé: nincsenek hálózatok, jó gyakorlatok, tevékenységek vagy események.',

  // <network-card>
  networkError: 'A hálózatot nem sikerült betölteni.',
  networkNotFound: 'Erről a hálózatról nincsenek adatok.',
  networkTheme: 'Téma',
  networkPeriod: 'Időszak',
  networkSince: '{date} óta',
  networkUntil: 'Vége: {date}',
  networkPartners: 'Partnervárosok',
  networkLead: 'vezető partner',
  networkVisit: '{network} honlapja',
  networkPartnerCount: { one: '{count} partnerváros', other: '{count} partnerváros' },

  // <activity-feed>
  activitiesHeading: 'Legújabb tevékenységek',
  activitiesError: 'A legújabb tevékenységeket nem sikerült betölteni.',
  activitiesEmpty: 'Még nincsenek tevékenységek.',
  activitiesEmptyType: 'Nincs ilyen típusú tevékenység.',
  activitiesFilter: 'Szűrés típus szerint',
  activitiesAll: 'Összes',
  activitiesShowMore: 'Több megjelenítése',
  activitiesShown: '{total} tevékenységből {shown} látható',
  activitiesNew: { one: '{count} új tevékenység', other: '{count} új tevékenység' },
  activitiesShowNew: {
    one: '{count} új tevékenység megjelenítése',
    other: '{count} új tevékenység megjelenítése',
  },
  activityPublished: 'Közzétéve: {date}',
  activityNew: 'Új',
  typeArticle: 'Cikk',
  typeNews: 'Hír',
  typeReport: 'Jelentés',
  typeVideo: 'Videó',
  typePodcast: 'Podcast',
  typePublication: 'Kiadvány',

  // <events-calendar>
  eventsHeading: 'Események',
  eventsError: 'Az eseményeket nem sikerült betölteni.',
  eventsEmptyMonth: 'Ebben a hónapban nincs esemény',
  eventsEmptyDay: 'Ezen a napon nincs esemény',
  eventsPrevious: 'Előző hónap',
  eventsNext: 'Következő hónap',
  eventsToday: 'Ma',
  eventsViewMonth: 'Hónap',
  eventsViewList: 'Lista',
  eventsView: 'Nézet',
  eventsCount: { one: '{count} esemény', other: '{count} esemény' },
  eventsOnDay: 'Események: {date}',
  eventsAllDay: 'Egész nap',
  eventsDayOf: '{day}. nap ({days} napból)',
  eventsTimeZone: 'Időzóna: {zone}',
  eventsYourTime: '{time} az Ön időzónájában',
  eventsOnline: 'Online',
  eventsJoinOnline: 'Online részvétel: {title}',
  eventsAddToCalendar: 'Hozzáadás a naptárhoz',
  eventsMore: { one: '+{count} további', other: '+{count} további' },
  eventsUntil: 'Eddig: {date}',
  eventsContinues: 'Folytatódik',
  eventsShowMore: 'Több esemény mutatása',
  statusCancelled: 'Elmarad',
  statusPostponed: 'Elhalasztva',
  statusRescheduled: 'Új időpont',
};
