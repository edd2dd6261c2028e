/**
 * French UI strings, key for key with en.ts.
 * "\u00a0:" is the no-break space French puts before a colon.
 */
import type { UiStrings } from './en.js';

export const fr: UiStrings = {
  // Shared by all widgets
  loading: 'Chargement…',
  retry: 'Réessayer',
  errorNetwork: 'Vérifiez votre connexion internet, puis réessayez.',
  errorServer: 'Le serveur du flux ne répond pas. Réessayez dans quelques minutes.',
  errorPublisher:
    'Le flux contient une erreur que son éditeur doit corriger. Merci de la lui signaler\u00a0:',
  retryDone: 'Chargé.',
  refreshPause: 'Suspendre les mises à jour',
  refreshFailed: 'Mise à jour impossible. Les informations affichées datent de {time}.',

  // <city-profile>
  cityLabel: 'Profil de la ville\u00a0: {city}',
  cityError: 'Le profil de la ville n’a pas pu être chargé.',
  cityNotFound: 'Aucune donnée n’est disponible pour cette ville.',
  cityPopulation: 'Population',
  cityCountry: 'Pays',
  cityRegion: 'Région',
  cityWebsite: 'Visiter le site de {city}',
  cityNetworks: 'Réseaux',
  cityPractices: 'Bonnes pratiques',
  cityNothingYet:
    'Rien n’a encore été publié pour {city} : ni réseaux, ni bonnes pratiques, ni activités, ni événements.',

  // <network-card>
  networkError: 'Le réseau n’a pas pu être chargé.',
  networkNotFound: 'Aucune donnée n’est disponible pour ce réseau.',
  networkTheme: 'Thème',
  networkPeriod: 'Période',
  networkSince: 'Depuis {date}',
  networkUntil: 'Jusqu’en {date}',
  networkPartners: 'Villes partenaires',
  networkLead: 'chef de file',
  networkVisit: 'Visiter le site de {network}',
  networkPartnerCount: {
    one: '{count} ville partenaire',
    many: '{count} de villes partenaires',
    other: '{count} villes partenaires',
  },

  // <activity-feed>
  activitiesHeading: 'Dernières activités',
  activitiesError: 'Les dernières activités n’ont pas pu être chargées.',
  activitiesEmpty: 'Aucune activité pour l’instant.',
  activitiesEmptyType: 'Aucune activité de ce type.',
  activitiesFilter: 'Filtrer par type',
  activitiesAll: 'Tous',
  activitiesShowMore: 'Afficher plus',
  activitiesShown: '{shown} sur {total} affichées',
  activitiesNew: {
    one: '{count} nouvelle activité',
    many: '{count} de nouvelles activités',
    other: '{count} nouvelles activités',
  },
  activitiesShowNew: {
    one: 'Afficher {count} nouvelle activité',
    many: 'Afficher {count} de nouvelles activités',
    other: 'Afficher {count} nouvelles activités',
  },
  activityPublished: 'Publié\u00a0: {date}',
  activityNew: 'Nouveau',
  typeArticle: 'Article',
  typeNews: 'Actualité',
  typeReport: 'Rapport',
  typeVideo: 'Vidéo',
  typePodcast: 'Podcast',
  typePublication: 'Publication',

  // <events-calendar>
  eventsHeading: 'Événements',
  eventsError: 'Les événements n’ont pas pu être chargés.',
  eventsEmptyMonth: 'Aucun événement ce mois-ci',
  eventsEmptyDay: 'Aucun événement ce jour-là',
  eventsPrevious: 'Mois précédent',
  eventsNext: 'Mois suivant',
  eventsToday: 'Aujourd’hui',
  eventsViewMonth: 'Mois',
  eventsViewList: 'Liste',
  eventsView: 'Affichage',
  eventsCount: {
    one: '{count} événement',
    many: '{count} d’événements',
    other: '{count} événements',
  },
  eventsOnDay: 'Événements du {date}',
  eventsAllDay: 'Toute la journée',
  eventsDayOf: 'Jour {day} sur {days}',
  eventsTimeZone: 'Fuseau horaire\u00a0: {zone}',
  eventsYourTime: '{time} chez vous',
  eventsOnline: 'En ligne',
  eventsJoinOnline: 'Participer en ligne\u00a0: {title}',
  eventsAddToCalendar: 'Ajouter à l’agenda',
  eventsMore: { one: '+{count} autre', many: '+{count} autres', other: '+{count} autres' },
  eventsUntil: 'Jusqu’au {date}',
  eventsContinues: 'Se poursuit',
  eventsShowMore: 'Afficher d’autres événements',
  statusCancelled: 'Annulé',
  statusPostponed: 'Reporté',
  statusRescheduled: 'Nouvelle date',
};
