/**
 * Publication dates in feeds: ISO 8601 / RFC 3339 and RFC 822 (RSS), with
 * the zone abbreviations European publishers use and day and month names in
 * the eleven languages the widgets speak. A date is read exactly or not at
 * all: "10/06/2027", "31 Jun 2027" or a zone we do not know give undefined,
 * never a guessed day. Times without a zone are read in the zone given.
 */
import { formatDate, formatUtc, wallMs, type Wall } from '../wall.js';
import { wallToInstant } from '../zones.js';

/** Minutes east of UTC. IST is Irish Standard Time (summer time in Ireland). */
const ZONES: Record<string, number> = {
  gmt: 0,
  ut: 0,
  utc: 0,
  z: 0,
  wet: 0,
  west: 60,
  bst: 60,
  ist: 60,
  cet: 60,
  met: 60,
  cest: 120,
  mest: 120,
  mez: 60,
  mesz: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};

// Lower case, without diacritics (see fold()). Every spelling maps to one month only.
// prettier-ignore
const MONTHS: Record<string, number> = Object.fromEntries(
  [
    'january jan ionawr ion janvier janv januar janner gennaio gen enero ene janeiro januari styczen stycznia sty ianuarie ian',
    'february feb chwefror chwe fevrier fevr fev februar febbraio febrero fevereiro februari luty lutego lut febr februarie',
    'march mar mawrth maw mars marz maerz marzo marco maart mrt marzec marca marcius marc martie',
    'april apr ebrill ebr avril avr aprile abril kwiecien kwietnia kwi aprilis aprilie',
    'may mai mayo maio mei maj maja majus maggio mag',
    'june jun mehefin meh juin juni giugno giu junio junho czerwiec czerwca cze junius iunie iun',
    'july jul gorffennaf gor juillet juil juli luglio lug julio julho lipiec lipca lip julius iulie iul',
    'august aug awst aout agosto ago augustus sierpien sierpnia sie augusztus',
    'september sep sept medi septembre settembre set septiembre setiembre setembro wrzesien wrzesnia wrz szeptember szept septembrie',
    'october oct hydref hyd octobre oktober okt ottobre ott octubre outubro out pazdziernik pazdziernika paz oktober octombrie',
    'november nov tachwedd tach novembre noviembre novembro listopad listopada lis noiembrie noi',
    'december dec rhagfyr rhag decembre dezember dez dicembre dic diciembre dezembro grudzien grudnia gru decembrie',
  ].flatMap((names, i) => names.split(' ').map((n) => [n, i + 1])),
);

/** Day names and the small words around dates ("de", "dydd", "-feira"): read and ignored. */
// prettier-ignore
const IGNORED = new Set(
  (
    'monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat sunday sun ' +
    'dydd llun mawrth mercher iau gwener sadwrn sul maw mer gwe sad ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche lun mar jeu ven sam dim ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so ' +
    'lunedi martedi mercoledi giovedi venerdi sabato domenica gio sab dom ' +
    'lunes martes miercoles jueves viernes sabado domingo mie jue vie ' +
    'segunda terca quarta quinta sexta feira seg ter qua qui sex ' +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma wo vr za zo ' +
    'poniedzialek wtorek sroda czwartek piatek sobota niedziela pon wt sr czw pt sob niedz nd ' +
    'hetfo kedd szerda csutortok pentek szombat vasarnap sze cs szo ' +
    'luni marti miercuri joi vineri sambata duminica vin dum ' +
    'de del of the le der den'
  ).split(' '),
);

/** Lower case without diacritics; Polish ł has no decomposition of its own. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/gi, 'l')
    .toLowerCase();
}

function realDay(year: number, month: number, day: number): boolean {
  return (
    day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate() && month >= 1 && month <= 12
  );
}

/** "+0200", "+02:00", "-05", "Z" → minutes east of UTC. */
function numericOffset(text: string): number | undefined {
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(text);
  if (!m) return text.toUpperCase() === 'Z' ? 0 : undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return Number(m[2]) > 14 || Number(m[3] ?? 0) > 59
    ? undefined
    : (m[1] === '-' ? -1 : 1) * minutes;
}

function instant(w: Wall, offset: number | undefined, timeZone: string): string {
  return formatUtc(offset === undefined ? wallToInstant(w, timeZone) : wallMs(w) - offset * 60000);
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * A feed date as the contract writes it: "2027-06-10T02:00:00Z" (UTC) for a
 * date and time, "2027-06-10" for a bare date; undefined when unreadable.
 */
export function readFeedDate(raw: string | undefined, timeZone: string): string | undefined {
  const value = raw?.trim();
  if (!value || value.length > 100) return undefined;
  const iso = ISO.exec(value);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (!realDay(year, month, day)) return undefined;
    if (iso[4] === undefined) return formatDate({ year, month, day });
    const w: Wall = {
      year,
      month,
      day,
      hour: Number(iso[4]),
      minute: Number(iso[5]),
      second: Number(iso[6] ?? 0),
    };
    if (w.hour > 23 || w.minute > 59 || w.second > 59) return undefined;
    const offset = iso[7] === undefined ? undefined : numericOffset(iso[7]);
    if (iso[7] !== undefined && offset === undefined) return undefined;
    return instant(w, offset, timeZone);
  }
  return readNamedDate(value, timeZone);
}

/** RFC 822 and its relatives in other languages: "mar., 10 juin 2027 14:00:00 CEST". */
function readNamedDate(value: string, timeZone: string): string | undefined {
  const time = /(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(value);
  let datePart = time ? value.slice(0, time.index) : value;
  const after = time ? fold(value.slice(time.index + time[0].length)).trim() : '';
  // A leading "Tue," or "Dydd Mawrth," is the day of the week.
  const comma = datePart.indexOf(',');
  if (comma !== -1 && !/\d/.test(datePart.slice(0, comma))) datePart = datePart.slice(comma + 1);
  const words = fold(datePart)
    .split(/[\s,.\-/]+/)
    .filter(Boolean);
  const numbers: string[] = [];
  const months: number[] = [];
  // Words that are a month in one language and a day in another ("mar", "maw").
  const either: number[] = [];
  for (const word of words) {
    if (/^\d+$/.test(word)) numbers.push(word);
    else if (MONTHS[word] !== undefined) (IGNORED.has(word) ? either : months).push(MONTHS[word]);
    else if (!IGNORED.has(word)) return undefined;
  }
  if (months.length === 0 && either.length === 1) months.push(either[0]);
  if (months.length !== 1 || numbers.length !== 2) return undefined;
  const [a, b] = numbers;
  let year: number;
  let day: number;
  if (a.length === 4 && b.length <= 2) [year, day] = [Number(a), Number(b)];
  else if (b.length === 4 && a.length <= 2) [year, day] = [Number(b), Number(a)];
  else if (a.length <= 2 && b.length === 2)
    [day, year] = [Number(a), Number(b) + (Number(b) < 50 ? 2000 : 1900)];
  else return undefined;
  const month = months[0];
  if (!realDay(year, month, day)) return undefined;
  if (!time) return after ? undefined : formatDate({ year, month, day });
  let hour = Number(time[1]);
  const rest = after.split(/\s+/).filter(Boolean);
  if (rest[0] === 'am' || rest[0] === 'pm') {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (rest.shift() === 'pm' ? 12 : 0);
  }
  const w: Wall = { year, month, day, hour, minute: Number(time[2]), second: Number(time[3] ?? 0) };
  if (w.hour > 23 || w.minute > 59 || w.second > 59) return undefined;
  if (rest.length === 0) return instant(w, undefined, timeZone);
  if (rest.length > 1) return undefined;
  const zone = rest[0];
  // "GMT+0200" and "UTC+2" name an offset, not the zone's own.
  const prefixed = /^(gmt|utc)([+-]\d{1,2}(?::?\d{2})?)$/.exec(zone);
  const offset = prefixed
    ? numericOffset(prefixed[2].length === 2 ? `${prefixed[2][0]}0${prefixed[2][1]}` : prefixed[2])
    : (ZONES[zone] ?? numericOffset(zone));
  return offset === undefined ? undefined : instant(w, offset, timeZone);
}
