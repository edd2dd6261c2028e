/**
 * Welsh UI strings (Cymraeg), key for key with en.ts.
 * Numbers keep the mutation the spoken numeral causes: dau/dwy → soft
 * mutation ("2 ddigwyddiad"), un + feminine noun → soft mutation ("1 ddinas").
 */
import type { LanguagePack } from './en.js';

export const cy: LanguagePack = {
  // Shared by all widgets
  loading: 'Wrthi’n llwytho…',
  retry: 'Rhowch gynnig arall arni',
  errorNetwork: 'Gwiriwch eich cysylltiad â’r rhyngrwyd, yna rhowch gynnig arall arni.',
  errorServer: 'Nid yw gweinydd y ffrwd yn ateb. Rhowch gynnig arall arni ymhen ychydig funudau.',
  errorPublisher:
    'Mae gwall yn y ffrwd y mae angen i’w chyhoeddwr ei gywiro. Rhowch wybod iddyn nhw:',
  retryDone: 'Wedi llwytho.',
  refreshPause: 'Oedi’r diweddariadau',
  refreshFailed: 'Nid oedd modd diweddaru. Dyma’r wybodaeth o {time}.',

  // <city-profile>
  cityLabel: 'Proffil y ddinas: {city}',
  cityError: 'Nid oedd modd llwytho proffil y ddinas.',
  cityNotFound: 'Nid oes gwybodaeth am y ddinas hon.',
  cityPopulation: 'Poblogaeth',
  cityCountry: 'Gwlad',
  cityRegion: 'Rhanbarth',
  cityWebsite: 'Ewch i wefan {city}',
  cityNetworks: 'Rhwydweithiau',
  cityPractices: 'Arferion da',
  cityNothingYet:
    'Nid oes dim wedi’i gyhoeddi ar gyfer {city} eto: dim rhwydweithiau, arferion da, gweithgareddau na digwyddiadau.',

  // <network-card>
  networkError: 'Nid oedd modd llwytho’r rhwydwaith.',
  networkNotFound: 'Nid oes gwybodaeth am y rhwydwaith hwn.',
  networkTheme: 'Thema',
  networkPeriod: 'Cyfnod',
  networkSince: 'Ers {date}',
  networkUntil: 'Dyddiad gorffen: {date}',
  networkPartners: 'Dinasoedd partner',
  networkLead: 'partner arweiniol',
  networkVisit: 'Ewch i wefan {network}',
  networkPartnerCount: {
    zero: 'Dim dinasoedd partner',
    one: '{count} ddinas bartner',
    two: '{count} ddinas bartner',
    few: '{count} dinas bartner',
    many: '{count} dinas bartner',
    other: '{count} dinas bartner',
  },

  // <activity-feed>
  activitiesHeading: 'Gweithgareddau diweddaraf',
  activitiesError: 'Nid oedd modd llwytho’r gweithgareddau diweddaraf.',
  activitiesEmpty: 'Dim gweithgareddau eto.',
  activitiesEmptyType: 'Dim gweithgareddau o’r math hwn.',
  activitiesFilter: 'Hidlo yn ôl math',
  activitiesAll: 'Y cyfan',
  activitiesShowMore: 'Dangos mwy',
  activitiesShown: 'Yn dangos {shown} o {total}',
  activitiesNew: {
    zero: 'Dim gweithgareddau newydd',
    one: '{count} gweithgaredd newydd',
    two: '{count} weithgaredd newydd',
    few: '{count} gweithgaredd newydd',
    many: '{count} gweithgaredd newydd',
    other: '{count} gweithgaredd newydd',
  },
  activitiesShowNew: {
    one: 'Dangos {count} gweithgaredd newydd',
    two: 'Dangos {count} weithgaredd newydd',
    other: 'Dangos {count} gweithgaredd newydd',
  },
  activityPublished: 'Cyhoeddwyd {date}',
  activityNew: 'Newydd',
  typeArticle: 'Erthygl',
  typeNews: 'Newyddion',
  typeReport: 'Adroddiad',
  typeVideo: 'Fideo',
  typePodcast: 'Podlediad',
  typePublication: 'Cyhoeddiad',

  // <events-calendar>
  eventsHeading: 'Digwyddiadau',
  eventsError: 'Nid oedd modd llwytho’r digwyddiadau.',
  eventsEmptyMonth: 'Dim digwyddiadau y mis hwn',
  eventsEmptyDay: 'Dim digwyddiadau ar y diwrnod hwn',
  eventsPrevious: 'Mis blaenorol',
  eventsNext: 'Mis nesaf',
  eventsToday: 'Heddiw',
  eventsViewMonth: 'Mis',
  eventsViewList: 'Rhestr',
  eventsView: 'Gwedd',
  eventsCount: {
    zero: 'Dim digwyddiadau',
    one: '{count} digwyddiad',
    two: '{count} ddigwyddiad',
    few: '{count} digwyddiad',
    many: '{count} digwyddiad',
    other: '{count} digwyddiad',
  },
  eventsOnDay: 'Digwyddiadau: {date}',
  eventsAllDay: 'Drwy’r dydd',
  eventsDayOf: 'Diwrnod {day} o {days}',
  eventsTimeZone: 'Cylchfa amser: {zone}',
  eventsYourTime: '{time} yn ôl eich amser chi',
  eventsOnline: 'Ar-lein',
  eventsJoinOnline: 'Ymuno ar-lein: {title}',
  eventsAddToCalendar: 'Ychwanegu at y calendr',
  eventsMore: {
    zero: '+{count} arall',
    one: '+{count} arall',
    two: '+{count} arall',
    few: '+{count} arall',
    many: '+{count} arall',
    other: '+{count} arall',
  },
  eventsUntil: 'Tan {date}',
  eventsContinues: 'Yn parhau',
  eventsShowMore: 'Dangos rhagor o ddigwyddiadau',
  statusCancelled: 'Wedi’i ganslo',
  statusPostponed: 'Wedi’i ohirio',
  statusRescheduled: 'Wedi’i aildrefnu',

  // Browsers without Welsh locale data (Debian's Chromium) load these names
  // and words instead of showing English; other browsers never load them.
  intl: () => import('./cy-intl.js').then((m) => m.cyIntl),
};
