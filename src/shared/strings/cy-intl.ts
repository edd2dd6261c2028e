/**
 * Welsh names and words for browsers without Welsh locale data (Debian's
 * Chromium has none): dates keep the British layout with Welsh names in
 * place. Such a browser fetches this file instead of ./cy.ts, with the
 * Welsh strings in it (`welsh`): one file rather than two (see ./index.ts).
 */
import { fallback } from '../intl-fallback.js';
import { cy } from './cy.js';

export const cyIntl = fallback({
  base: 'en-GB',
  months: {
    long: 'Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr'.split(
      ' ',
    ),
    short: 'Ion Chw Maw Ebr Mai Meh Gor Awst Medi Hyd Tach Rhag'.split(' '),
  },
  weekdays: {
    long: [
      'Dydd Sul',
      'Dydd Llun',
      'Dydd Mawrth',
      'Dydd Mercher',
      'Dydd Iau',
      'Dydd Gwener',
      'Dydd Sadwrn',
    ],
    short: 'Sul Llun Maw Mer Iau Gwe Sad'.split(' '),
  },
  relative: {
    now: 'nawr',
    today: 'heddiw',
    yesterday: 'ddoe',
    tomorrow: 'yfory',
    minute: {
      past: { two: '{count} funud yn ôl', other: '{count} munud yn ôl' },
      future: { two: 'ymhen {count} funud', other: 'ymhen {count} munud' },
    },
    hour: {
      past: { other: '{count} awr yn ôl' },
      future: { other: 'ymhen {count} awr' },
    },
    day: {
      past: { two: '{count} ddiwrnod yn ôl', other: '{count} diwrnod yn ôl' },
      future: { two: 'ymhen {count} ddiwrnod', other: 'ymhen {count} diwrnod' },
    },
  },
  regions: {
    AD: 'Andorra',
    AL: 'Albania',
    AM: 'Armenia',
    AT: 'Awstria',
    AZ: 'Aserbaijan',
    BA: 'Bosnia a Herzegovina',
    BE: 'Gwlad Belg',
    BG: 'Bwlgaria',
    BY: 'Belarws',
    CH: 'Y Swistir',
    CY: 'Cyprus',
    CZ: 'Tsiecia',
    DE: 'Yr Almaen',
    DK: 'Denmarc',
    EE: 'Estonia',
    ES: 'Sbaen',
    FI: 'Y Ffindir',
    FO: 'Ynysoedd Ffaro',
    FR: 'Ffrainc',
    GB: 'Y Deyrnas Unedig',
    GE: 'Georgia',
    GI: 'Gibraltar',
    GR: 'Gwlad Groeg',
    HR: 'Croatia',
    HU: 'Hwngari',
    IE: 'Iwerddon',
    IS: 'Gwlad yr Iâ',
    IT: 'Yr Eidal',
    LI: 'Liechtenstein',
    LT: 'Lithwania',
    LU: 'Lwcsembwrg',
    LV: 'Latfia',
    MC: 'Monaco',
    MD: 'Moldofa',
    ME: 'Montenegro',
    MK: 'Gogledd Macedonia',
    MT: 'Malta',
    NL: 'Yr Iseldiroedd',
    NO: 'Norwy',
    PL: 'Gwlad Pwyl',
    PT: 'Portiwgal',
    RO: 'Rwmania',
    RS: 'Serbia',
    RU: 'Rwsia',
    SE: 'Sweden',
    SI: 'Slofenia',
    SK: 'Slofacia',
    SM: 'San Marino',
    TR: 'Twrci',
    UA: 'Wcráin',
    VA: 'Dinas y Fatican',
    XK: 'Kosovo',
  },
  zones: {
    'Greenwich Mean Time': 'Amser Safonol Greenwich',
    'British Summer Time': 'Amser Haf Prydain',
    'United Kingdom Time': 'Amser y Deyrnas Unedig',
    'Irish Standard Time': 'Amser Safonol Iwerddon',
    'Ireland Time': 'Amser Iwerddon',
    'Western European Standard Time': 'Amser Safonol Gorllewin Ewrop',
    'Western European Summer Time': 'Amser Haf Gorllewin Ewrop',
    'Western European Time': 'Amser Gorllewin Ewrop',
    'Central European Standard Time': 'Amser Safonol Canolbarth Ewrop',
    'Central European Summer Time': 'Amser Haf Canolbarth Ewrop',
    'Central European Time': 'Amser Canolbarth Ewrop',
    'Eastern European Standard Time': 'Amser Safonol Dwyrain Ewrop',
    'Eastern European Summer Time': 'Amser Haf Dwyrain Ewrop',
    'Eastern European Time': 'Amser Dwyrain Ewrop',
    'Coordinated Universal Time': 'Amser Cyffredniol Cydlynol',
  },
});

/**
 * The Welsh strings with these names at hand: what ./index.ts loads where the
 * browser lacks Welsh. A function, as ./cy.ts imports this module too (a
 * cycle: in the classic script this module may run first).
 */
export const welsh = () =>
  Object.assign(Array.isArray(cy) ? [...cy] : { ...cy }, {
    intl: () => Promise.resolve(cyIntl),
  }) as typeof cy;
