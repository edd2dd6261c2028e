/**
 * Romanian UI strings (formal "dumneavoastră"), key for key with en.ts.
 * From 20 up a number takes "de" before the noun ("20 de evenimente").
 */
import type { UiStrings } from './en.js';

export const ro: UiStrings = {
  // Shared by all widgets
  loading: 'Se încarcă…',
  retry: 'Încercați din nou',
  errorNetwork: 'Verificați conexiunea la internet, apoi încercați din nou.',
  errorServer: 'Serverul fluxului nu răspunde. Încercați din nou peste câteva minute.',
  errorPublisher:
    'Fluxul conține o eroare pe care trebuie să o corecteze cel care îl publică. Vă rugăm să-i spuneți:',
  retryDone: 'Încărcat.',
  refreshPause: 'Întrerupeți actualizările',
  refreshFailed: 'Actualizarea nu a reușit. Se afișează informațiile de la ora {time}.',

  // <city-profile>
  cityLabel: 'Profilul orașului: {city}',
  cityError: 'Profilul orașului nu a putut fi încărcat.',
  cityNotFound: 'Nu există date despre acest oraș.',
  cityPopulation: 'Populație',
  cityCountry: 'Țară',
  cityRegion: 'Regiune',
  cityWebsite: 'Vizitați site-ul orașului {city}',
  cityNetworks: 'Rețele',
  cityPractices: 'Bune practici',
  cityNothingYet:
    'Pentru {city} nu a fost publicat încă nimic: nicio rețea, bună practică, activitate sau eveniment.',

  // <network-card>
  networkError: 'Rețeaua nu a putut fi încărcată.',
  networkNotFound: 'Nu există date despre această rețea.',
  networkTheme: 'Temă',
  networkPeriod: 'Perioadă',
  networkSince: 'Din {date}',
  networkUntil: 'Până în {date}',
  networkPartners: 'Orașe partenere',
  networkLead: 'partener principal',
  networkVisit: 'Vizitați site-ul rețelei {network}',
  networkPartnerCount: {
    one: '{count} oraș partener',
    few: '{count} orașe partenere',
    other: '{count} de orașe partenere',
  },

  // <activity-feed>
  activitiesHeading: 'Cele mai recente activități',
  activitiesError: 'Cele mai recente activități nu au putut fi încărcate.',
  activitiesEmpty: 'Nu există încă activități.',
  activitiesEmptyType: 'Nu există activități de acest tip.',
  activitiesFilter: 'Filtrați după tip',
  activitiesAll: 'Toate',
  activitiesShowMore: 'Afișați mai multe',
  activitiesShown: 'Se afișează {shown} din {total}',
  activitiesNew: {
    one: '{count} activitate nouă',
    few: '{count} activități noi',
    other: '{count} de activități noi',
  },
  activitiesShowNew: {
    one: 'Afișați {count} activitate nouă',
    few: 'Afișați {count} activități noi',
    other: 'Afișați {count} de activități noi',
  },
  activityPublished: 'Publicat: {date}',
  activityNew: 'Nou',
  typeArticle: 'Articol',
  typeNews: 'Știre',
  typeReport: 'Raport',
  typeVideo: 'Video',
  typePodcast: 'Podcast',
  typePublication: 'Publicație',

  // <events-calendar>
  eventsHeading: 'Evenimente',
  eventsError: 'Evenimentele nu au putut fi încărcate.',
  eventsEmptyMonth: 'Niciun eveniment luna aceasta',
  eventsEmptyDay: 'Niciun eveniment în această zi',
  eventsPrevious: 'Luna anterioară',
  eventsNext: 'Luna următoare',
  eventsToday: 'Astăzi',
  eventsViewMonth: 'Lună',
  eventsViewList: 'Listă',
  eventsView: 'Vizualizare',
  eventsCount: {
    one: '{count} eveniment',
    few: '{count} evenimente',
    other: '{count} de evenimente',
  },
  eventsOnDay: 'Evenimente: {date}',
  eventsAllDay: 'Toată ziua',
  eventsDayOf: 'Ziua {day} din {days}',
  eventsTimeZone: 'Fus orar: {zone}',
  eventsYourTime: '{time} în fusul dumneavoastră orar',
  eventsOnline: 'Online',
  eventsJoinOnline: 'Participați online la {title}',
  eventsAddToCalendar: 'Adăugați în calendar',
  eventsMore: { one: '+{count} în plus', few: '+{count} în plus', other: '+{count} în plus' },
  eventsUntil: 'Până la {date}',
  eventsContinues: 'Continuă',
  eventsShowMore: 'Afișați mai multe evenimente',
  statusCancelled: 'Anulat',
  statusPostponed: 'Amânat',
  statusRescheduled: 'Reprogramat',
};
