/**
 * Cross references that point nowhere: an event's `city` that no feed
 * defines, a network's `lead` that is not a city, and so on. These are
 * warnings, not errors: every record is still valid and kept, and the
 * missing city may well be defined by another feed of the same hub.
 *
 * Pure: no I/O, no mutation. Used by `civic-feed validate` across all the
 * feeds it is given, and by `civic-feed aggregate` on the merged hub.
 */
import type { Feed, Problem } from './types.js';

/** The ids a reference may point at. */
export interface KnownIds {
  cities: ReadonlySet<string>;
  networks: ReadonlySet<string>;
}

/** The city and network ids defined by some feeds. */
export function knownIds(feeds: readonly Feed[]): KnownIds {
  const cities = new Set<string>();
  const networks = new Set<string>();
  for (const feed of feeds) {
    for (const city of feed.cities) cities.add(city.id);
    for (const network of feed.networks) networks.add(network.id);
  }
  return { cities, networks };
}

type Target = 'city' | 'network';

/**
 * Warnings for every reference in `feed` to a city or network id that is not
 * in `known` (by default: the ids `feed` itself defines). Paths index into
 * `feed` as given, e.g. `events[3].city` or `cities[0].networks[1]`.
 *
 * @example
 * const all = [a, b];
 * const warnings = all.flatMap((feed) => findReferenceProblems(feed, knownIds(all)));
 */
export function findReferenceProblems(feed: Feed, known: KnownIds = knownIds([feed])): Problem[] {
  const problems: Problem[] = [];
  const check = (value: string | undefined, target: Target, path: string) => {
    if (value === undefined) return;
    const ids = target === 'city' ? known.cities : known.networks;
    if (ids.has(value)) return;
    problems.push({
      path,
      message: `${JSON.stringify(value)} is not the id of any ${target} in the feeds checked; check the spelling, or add a ${target} with "id": ${JSON.stringify(value)}`,
      severity: 'warning',
    });
  };
  const checkList = (values: readonly string[] | undefined, target: Target, path: string) =>
    values?.forEach((value, i) => check(value, target, `${path}[${i}]`));

  feed.cities.forEach((city, i) => checkList(city.networks, 'network', `cities[${i}].networks`));
  feed.networks.forEach((network, i) => {
    check(network.lead, 'city', `networks[${i}].lead`);
    checkList(network.cities, 'city', `networks[${i}].cities`);
  });
  feed.practices.forEach((practice, i) => {
    check(practice.city, 'city', `practices[${i}].city`);
    checkList(practice.networks, 'network', `practices[${i}].networks`);
  });
  feed.activities.forEach((activity, i) => {
    check(activity.city, 'city', `activities[${i}].city`);
    check(activity.network, 'network', `activities[${i}].network`);
  });
  feed.events.forEach((event, i) => {
    check(event.city, 'city', `events[${i}].city`);
    check(event.network, 'network', `events[${i}].network`);
  });
  return problems;
}
