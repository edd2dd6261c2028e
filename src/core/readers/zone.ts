/**
 * The readers' one door to the time-zone engine, so that moving to the
 * core's engine is a change of this file only.
 */
export {
  addDays,
  addMonths,
  formatDate,
  formatLocal,
  formatOffset,
  formatUtc,
  isIanaZone,
  offsetAt,
  parseWall,
  wallAt,
  wallFromMs,
  wallMs,
  wallToInstant,
  type Wall,
} from '../../cli/tz.js';
