/** The readers' one door to the core's time engine (wall.ts, zones.ts). */
export {
  addDays,
  addMonths,
  daysInMonth,
  formatDate,
  formatLocal,
  formatOffset,
  formatUtc,
  parseWall,
  wallFromMs,
  wallMs,
  type Wall,
} from '../wall.js';
export { canonicalZone, isTimeZone as isIanaZone, wallAt, wallToInstant } from '../zones.js';
