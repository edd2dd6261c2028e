/** Spanish (Spain) UI strings (formal "usted"), key for key with en.ts. */
import type { UiStrings } from './en.js';

export const es: UiStrings = {
  // Shared by all widgets
  loading: 'Cargando…',
  retry: 'Volver a intentarlo',
  errorNetwork: 'Compruebe su conexión a internet y vuelva a intentarlo.',
  errorOther: 'Vuelva a intentarlo más tarde.',
  refreshFailed: 'No se ha podido actualizar. Se muestra la información de las {time}.',

  // <city-profile>
  cityLabel: 'Perfil de la ciudad: {city}',
  cityError: 'No se ha podido cargar el perfil de la ciudad.',
  cityNotFound: 'No hay datos sobre esta ciudad.',
  cityPopulation: 'Población',
  cityCountry: 'País',
  cityRegion: 'Región',
  cityWebsite: 'Visitar el sitio web de {city}',
  cityNetworks: 'Redes',
  cityPractices: 'Buenas prácticas',
  cityNoNetworks: 'Esta ciudad todavía no forma parte de ninguna red.',
  cityNoPractices: 'Todavía no se han compartido buenas prácticas.',
  cityNothingYet:
    'Todavía no se ha publicado nada sobre {city}: ni redes, ni buenas prácticas, ni actividades, ni eventos.',

  // <network-card>
  networkError: 'No se ha podido cargar la red.',
  networkNotFound: 'No hay datos sobre esta red.',
  networkTheme: 'Tema',
  networkPeriod: 'Periodo',
  networkSince: 'Desde {date}',
  networkUntil: 'Hasta {date}',
  networkPartners: 'Ciudades socias',
  networkLead: 'socia principal',
  networkVisit: 'Visitar el sitio web de {network}',
  networkPartnerCount: {
    one: '{count} ciudad socia',
    many: '{count} de ciudades socias',
    other: '{count} ciudades socias',
  },

  // <activity-feed>
  activitiesHeading: 'Últimas actividades',
  activitiesError: 'No se han podido cargar las últimas actividades.',
  activitiesEmpty: 'Todavía no hay actividades.',
  activitiesEmptyType: 'No hay actividades de este tipo.',
  activitiesFilter: 'Filtrar por tipo',
  activitiesAll: 'Todos',
  activitiesShowMore: 'Mostrar más',
  activitiesShown: 'Se muestran {shown} de {total}',
  activitiesNew: {
    one: '{count} actividad nueva',
    many: '{count} de actividades nuevas',
    other: '{count} actividades nuevas',
  },
  activityPublished: 'Publicado: {date}',
  activityNew: 'Nuevo',
  typeArticle: 'Artículo',
  typeNews: 'Noticia',
  typeReport: 'Informe',
  typeVideo: 'Vídeo',
  typePodcast: 'Pódcast',
  typePublication: 'Publicación',

  // <events-calendar>
  eventsHeading: 'Eventos',
  eventsError: 'No se han podido cargar los eventos.',
  eventsEmptyMonth: 'No hay eventos este mes',
  eventsEmptyDay: 'No hay eventos este día',
  eventsPrevious: 'Mes anterior',
  eventsNext: 'Mes siguiente',
  eventsToday: 'Hoy',
  eventsViewMonth: 'Mes',
  eventsViewList: 'Lista',
  eventsView: 'Vista',
  eventsCount: { one: '{count} evento', many: '{count} de eventos', other: '{count} eventos' },
  eventsOnDay: 'Eventos del {date}',
  eventsAllDay: 'Todo el día',
  eventsDayOf: 'Día {day} de {days}',
  eventsTimeZone: 'Zona horaria: {zone}',
  eventsYourTime: '{time} en su zona horaria',
  eventsOnline: 'En línea',
  eventsJoinOnline: 'Participar en línea: {title}',
  eventsAddToCalendar: 'Añadir al calendario',
  statusCancelled: 'Cancelado',
  statusPostponed: 'Aplazado',
  statusRescheduled: 'Nueva fecha',
};
