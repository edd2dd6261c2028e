/** Windows zone names (Outlook, Exchange) to IANA, from the generated CLDR table. */
import { EUROPEAN_CITY_TO_WINDOWS, WINDOWS_TO_IANA } from './windows-zones.data.js';

const byLowerId = new Map(
  Object.entries(WINDOWS_TO_IANA).map(([id, zone]) => [id.toLowerCase(), zone]),
);

/**
 * "W. Europe Standard Time" → "Europe/Berlin". Also reads the display names
 * some exporters write instead ("(UTC+01:00) Amsterdam, Berlin, Bern, …"),
 * by the European cities CLDR lists for each Windows zone.
 */
export function windowsToIana(name: string): string | undefined {
  const id = name.trim().toLowerCase();
  const direct = byLowerId.get(id);
  if (direct) return direct;
  if (!id.startsWith('(utc') && !id.startsWith('(gmt')) return undefined;
  const close = name.indexOf(')');
  for (const city of name.slice(close + 1).split(',')) {
    const windowsId = EUROPEAN_CITY_TO_WINDOWS[city.trim()];
    if (windowsId) return WINDOWS_TO_IANA[windowsId];
  }
  return undefined;
}
