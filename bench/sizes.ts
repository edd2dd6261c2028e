/**
 * Size rows for `npm run bench`, beside the peers: the bytes of script a real
 * page fetches (every script response in Chromium, gzip -9), from the same
 * measurement as the size check in `npm test` (scripts/check-size.mjs).
 *
 * In bench/run.ts:
 *
 *   import { measurePageSizes, pageSizeRows } from './sizes.js';
 *   const pageSizes = await measurePageSizes();            // in the results
 *   rows.push(...pageSizeRows(pageSizes, { fullcalendar: s.fullcalendar.gzip, cally: s.cally.gzip }));
 *
 * The peers' sizes are their bundles (one file each), which is also what a
 * page showing one of them fetches.
 */
import { kb, measureAll } from '../scripts/check-size.mjs';

export interface PageSize {
  label: string;
  gzip: number;
  budget: number;
  goal: number;
  files: string[];
}

/** Loads the size pages (one calendar, one card, all four, none, classic, each language). */
export async function measurePageSizes(): Promise<PageSize[]> {
  const rows = await measureAll();
  return rows.map((row) => ({
    label: row.label,
    gzip: row.gzip,
    budget: row.budget,
    goal: row.goal,
    files: row.scripts.map((script) => script.path),
  }));
}

const verdict = (row: PageSize) =>
  row.gzip <= row.goal
    ? 'goal met'
    : row.gzip <= row.budget
      ? `budget ${kb(row.budget)} met`
      : `budget ${kb(row.budget)} MISSED`;

/**
 * Table rows [benchmark, civic-widgets, peer, ratio]: one per page, the
 * calendar and all-four pages compared with FullCalendar and cally, and the
 * languages folded into one row (largest pack).
 */
export function pageSizeRows(
  sizes: PageSize[],
  peers: { fullcalendar: number; cally: number },
): [string, string, string, string][] {
  const rows: [string, string, string, string][] = [];
  const languages = sizes.filter((row) => row.label.startsWith('each further language'));
  for (const row of sizes) {
    if (languages.includes(row)) continue;
    const calendarPage = /events-calendar|all four/.test(row.label);
    rows.push([
      `Script a page fetches: ${row.label}`,
      `${kb(row.gzip)} in ${row.files.length} file${row.files.length === 1 ? '' : 's'}`,
      calendarPage ? `FullCalendar ${kb(peers.fullcalendar)}; cally ${kb(peers.cally)}` : '',
      calendarPage
        ? `${Math.round((row.gzip / peers.fullcalendar) * 100)}% of FC; ${verdict(row)}`
        : verdict(row),
    ]);
  }
  if (languages.length) {
    const largest = languages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    rows.push([
      '  each further language (largest pack)',
      `${kb(largest.gzip)} (${largest.label.split(': ')[1]})`,
      '',
      verdict(largest),
    ]);
  }
  return rows;
}
