/**
 * The words of a filter notice (see ./filter-notice.ts, which decides
 * whether there is anything to say and loads this module only then).
 */
import { type Filterable, type Field, hides } from './filter-notice.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What a `city`/`network` filter hides that the editor may not expect, or
 * undefined when it hides nothing unexpected (records of other cities are
 * meant to be hidden, so they alone are no reason to speak).
 *
 * @example
 * filterNotice('events-calendar', 'events', feed.events, { city: 'stoke-on-trent' });
 * // '<events-calendar city="stoke-on-trent"> shows none of the 3 events in the feed: 3 events have no "city" … and are hidden. To fix it: …'
 */
export function filterNotice(
  tag: string,
  list: 'events' | 'activities',
  records: readonly Filterable[],
  filters: Partial<Record<Field, string | undefined>>,
): string | undefined {
  const active = (['city', 'network'] as const).filter((field) => filters[field]);
  if (!active.length || !records.length) return undefined;
  const one = list === 'events' ? 'event' : 'activity';
  const many = list;
  const shown = records.filter((r) => active.every((f) => r[f] === filters[f])).length;
  const attributes = active.map((f) => `${f}="${filters[f]}"`).join(' ');
  const reasons: string[] = [];
  const fixes: string[] = [];
  for (const field of active) {
    const wanted = filters[field]!;
    const hidden = hides(records, field, wanted);
    const lacking = records.filter((r) => r[field] === undefined);
    const others = [...new Set(records.map((r) => r[field]).filter((v) => v && v !== wanted))];
    if (hidden.lacking) {
      const ids = lacking.flatMap((r) => (r.id ? [`"${r.id}"`] : [])).slice(0, 3);
      const more = lacking.length > ids.length ? ', …' : '';
      reasons.push(
        `${plural(lacking.length, one, many)} ${lacking.length === 1 ? 'has' : 'have'} no "${field}"${ids.length ? ` (${ids.join(', ')}${more})` : ''} and ${lacking.length === 1 ? 'is' : 'are'} hidden`,
      );
      fixes.push(`if they are ${wanted}'s, add "${field}": "${wanted}" to them in the feed`);
    }
    if (hidden.unmatched) {
      reasons.push(
        `no ${one} has "${field}": "${wanted}" (the feed has ${others
          .slice(0, 5)
          .map((v) => `"${v}"`)
          .join(', ')}${others.length > 5 ? ' …' : ''})`,
      );
      fixes.push(`check the spelling of ${field}="${wanted}"`);
    }
  }
  if (!reasons.length) return undefined;
  const what = shown
    ? `shows ${shown} of the ${plural(records.length, one, many)} in the feed`
    : `shows none of the ${plural(records.length, one, many)} in the feed`;
  fixes.push(`to show every ${one}, remove ${attributes}`);
  return `<${tag} ${attributes}> ${what}: ${reasons.join('; ')}. To fix it: ${fixes.join('; ')}.`;
}
