/** Italian UI strings (informal "tu", as Italian public digital services write), key for key with en.ts. */
import type { UiStrings } from './en.js';

export const it: UiStrings = {
  // Shared by all widgets
  loading: 'Caricamento…',
  retry: 'Riprova',
  errorNetwork: 'Controlla la connessione a internet, poi riprova.',
  errorOther: 'Riprova più tardi.',
  refreshFailed: 'Impossibile aggiornare. Le informazioni mostrate sono delle {time}.',

  // <city-profile>
  cityLabel: 'Profilo della città: {city}',
  cityError: 'Non è stato possibile caricare il profilo della città.',
  cityNotFound: 'Non ci sono dati su questa città.',
  cityPopulation: 'Popolazione',
  cityCountry: 'Paese',
  cityRegion: 'Regione',
  cityWebsite: 'Visita il sito di {city}',
  cityNetworks: 'Reti',
  cityPractices: 'Buone pratiche',
  cityNoNetworks: 'Questa città non fa ancora parte di nessuna rete.',
  cityNoPractices: 'Nessuna buona pratica condivisa per ora.',
  cityNothingYet:
    'Per {city} non è ancora stato pubblicato nulla: nessuna rete, buona pratica, attività o evento.',

  // <network-card>
  networkError: 'Non è stato possibile caricare la rete.',
  networkNotFound: 'Non ci sono dati su questa rete.',
  networkTheme: 'Tema',
  networkPeriod: 'Periodo',
  networkSince: 'Da {date}',
  networkUntil: 'Fino a {date}',
  networkPartners: 'Città partner',
  networkLead: 'capofila',
  networkVisit: 'Visita il sito di {network}',
  networkPartnerCount: {
    one: '{count} città partner',
    many: '{count} di città partner',
    other: '{count} città partner',
  },

  // <activity-feed>
  activitiesHeading: 'Ultime attività',
  activitiesError: 'Non è stato possibile caricare le ultime attività.',
  activitiesEmpty: 'Ancora nessuna attività.',
  activitiesEmptyType: 'Nessuna attività di questo tipo.',
  activitiesFilter: 'Filtra per tipo',
  activitiesAll: 'Tutti',
  activitiesShowMore: 'Mostra altro',
  activitiesShown: '{shown} attività su {total}',
  activitiesNew: {
    one: '{count} nuova attività',
    many: '{count} di nuove attività',
    other: '{count} nuove attività',
  },
  activityPublished: 'Pubblicato: {date}',
  activityNew: 'Nuovo',
  typeArticle: 'Articolo',
  typeNews: 'Notizia',
  typeReport: 'Rapporto',
  typeVideo: 'Video',
  typePodcast: 'Podcast',
  typePublication: 'Pubblicazione',

  // <events-calendar>
  eventsHeading: 'Eventi',
  eventsError: 'Non è stato possibile caricare gli eventi.',
  eventsEmptyMonth: 'Nessun evento questo mese',
  eventsEmptyDay: 'Nessun evento in questo giorno',
  eventsPrevious: 'Mese precedente',
  eventsNext: 'Mese successivo',
  eventsToday: 'Oggi',
  eventsViewMonth: 'Mese',
  eventsViewList: 'Elenco',
  eventsView: 'Visualizzazione',
  eventsCount: { one: '{count} evento', many: '{count} di eventi', other: '{count} eventi' },
  eventsOnDay: 'Eventi di {date}',
  eventsAllDay: 'Tutto il giorno',
  eventsDayOf: 'Giorno {day} di {days}',
  eventsTimeZone: 'Fuso orario: {zone}',
  eventsYourTime: '{time} nel tuo fuso orario',
  eventsOnline: 'Online',
  eventsJoinOnline: 'Partecipa online: {title}',
  eventsAddToCalendar: 'Aggiungi al calendario',
  statusCancelled: 'Annullato',
  statusPostponed: 'Rinviato',
  statusRescheduled: 'Nuova data',
};
