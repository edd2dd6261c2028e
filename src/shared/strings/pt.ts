/** European Portuguese UI strings (formal, AO90 spelling), key for key with en.ts. */
import type { UiStrings } from './en.js';

export const pt: UiStrings = {
  // Shared by all widgets
  loading: 'A carregar…',
  retry: 'Tentar novamente',
  errorNetwork: 'Verifique a sua ligação à internet e tente novamente.',
  errorOther: 'Tente novamente mais tarde.',
  refreshFailed: 'Não foi possível atualizar. A mostrar a informação das {time}.',

  // <city-profile>
  cityLabel: 'Perfil da cidade: {city}',
  cityError: 'Não foi possível carregar o perfil da cidade.',
  cityNotFound: 'Não existem dados sobre esta cidade.',
  cityPopulation: 'População',
  cityCountry: 'País',
  cityRegion: 'Região',
  cityWebsite: 'Visitar o site de {city}',
  cityNetworks: 'Redes',
  cityPractices: 'Boas práticas',
  cityNoNetworks: 'Esta cidade ainda não faz parte de nenhuma rede.',
  cityNoPractices: 'Ainda não foram partilhadas boas práticas.',
  cityNothingYet:
    'Ainda não foi publicado nada sobre {city}: nem redes, nem boas práticas, nem atividades, nem eventos.',

  // <network-card>
  networkError: 'Não foi possível carregar a rede.',
  networkNotFound: 'Não existem dados sobre esta rede.',
  networkTheme: 'Tema',
  networkPeriod: 'Período',
  networkSince: 'Desde {date}',
  networkUntil: 'Até {date}',
  networkPartners: 'Cidades parceiras',
  networkLead: 'parceira principal',
  networkVisit: 'Visitar o site de {network}',
  networkPartnerCount: {
    one: '{count} cidade parceira',
    many: '{count} de cidades parceiras',
    other: '{count} cidades parceiras',
  },

  // <activity-feed>
  activitiesHeading: 'Atividades mais recentes',
  activitiesError: 'Não foi possível carregar as atividades mais recentes.',
  activitiesEmpty: 'Ainda não existem atividades.',
  activitiesEmptyType: 'Não existem atividades deste tipo.',
  activitiesFilter: 'Filtrar por tipo',
  activitiesAll: 'Todos',
  activitiesShowMore: 'Mostrar mais',
  activitiesShown: 'A mostrar {shown} de {total}',
  activitiesNew: {
    one: '{count} nova atividade',
    many: '{count} de novas atividades',
    other: '{count} novas atividades',
  },
  activityPublished: 'Publicado: {date}',
  activityNew: 'Novo',
  typeArticle: 'Artigo',
  typeNews: 'Notícia',
  typeReport: 'Relatório',
  typeVideo: 'Vídeo',
  typePodcast: 'Podcast',
  typePublication: 'Publicação',

  // <events-calendar>
  eventsHeading: 'Eventos',
  eventsError: 'Não foi possível carregar os eventos.',
  eventsEmptyMonth: 'Não há eventos este mês',
  eventsEmptyDay: 'Não há eventos neste dia',
  eventsPrevious: 'Mês anterior',
  eventsNext: 'Mês seguinte',
  eventsToday: 'Hoje',
  eventsViewMonth: 'Mês',
  eventsViewList: 'Lista',
  eventsView: 'Vista',
  eventsCount: { one: '{count} evento', many: '{count} de eventos', other: '{count} eventos' },
  eventsOnDay: 'Eventos de {date}',
  eventsAllDay: 'Todo o dia',
  eventsDayOf: 'Dia {day} de {days}',
  eventsTimeZone: 'Fuso horário: {zone}',
  eventsYourTime: '{time} no seu fuso horário',
  eventsOnline: 'Online',
  eventsJoinOnline: 'Participar online: {title}',
  eventsAddToCalendar: 'Adicionar ao calendário',
  statusCancelled: 'Cancelado',
  statusPostponed: 'Adiado',
  statusRescheduled: 'Nova data',
};
