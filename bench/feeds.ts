/**
 * Deterministic feeds for the benchmarks (no randomness: every run and every
 * machine measures the same data). All follow /work/shared/FEED-CONTRACT.md.
 */

const pad = (n: number) => String(n).padStart(2, '0');

const CITY = {
  id: 'stoke-on-trent',
  name: 'Stoke-on-Trent',
  country: 'GB',
  timeZone: 'Europe/London',
  networks: ['unic'],
};

const PLACES = ['Town Hall', 'Central Library', 'Community Centre', 'Museum', 'Market Hall'];

/**
 * `count` events over one month (`month` "YYYY-MM"), on every day: mostly
 * timed events of 1½ hours between 08:00 and 20:30, one in 25 all-day, one
 * in 50 running over three days (inside the month).
 */
export function calendarFeed(count: number, month = '2026-12') {
  const [year, m] = month.split('-').map(Number);
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const events = Array.from({ length: count }, (_, i) => {
    const day = (i % days) + 1;
    const hour = 8 + (i % 12);
    const date = `${month}-${pad(day)}`;
    const base = {
      id: `event-${i}`,
      title: `Public meeting ${i}`,
      summary: 'Residents are welcome; the agenda is published a week before.',
      url: `https://www.stoke.gov.uk/events/${i}`,
      location: { name: PLACES[i % PLACES.length], address: `Glebe Street ${i % 40}` },
      city: CITY.id,
      network: 'unic',
      ...(i % 40 === 0 ? { status: 'cancelled' } : {}),
    };
    if (i % 25 === 0) return { ...base, start: date };
    if (i % 50 === 1 && day <= days - 3) {
      return { ...base, start: `${date}T${pad(hour)}:00`, end: `${month}-${pad(day + 2)}T17:00` };
    }
    return { ...base, start: `${date}T${pad(hour)}:00`, end: `${date}T${pad(hour + 1)}:30` };
  });
  return {
    version: 1,
    title: 'Stoke-on-Trent events',
    language: 'en',
    updated: '2026-11-30T12:00:00Z',
    cities: [CITY],
    events,
  };
}

const TYPES = ['news', 'article', 'report', 'video', 'podcast'];

/** `count` activities, one every 90 minutes back from 30 November 2026 (newest first once sorted). */
export function activityFeed(count: number) {
  const newest = Date.UTC(2026, 10, 30, 12);
  const activities = Array.from({ length: count }, (_, i) => ({
    id: `news-${i}`,
    title: `Council news item ${i}: what changed and who it affects`,
    published: new Date(newest - i * 90 * 60_000).toISOString().replace('.000', ''),
    type: TYPES[i % TYPES.length],
    summary: `A short summary of item ${i}: what changed, who it affects and where to find out more.`,
    url: `https://www.stoke.gov.uk/news/${i}`,
    city: CITY.id,
    network: 'unic',
    tags: ['council', i % 2 ? 'mobility' : 'culture'],
  }));
  return {
    version: 1,
    title: 'Stoke-on-Trent news',
    language: 'en',
    updated: '2026-11-30T12:00:00Z',
    cities: [CITY],
    activities,
  };
}

/**
 * Raw feeds for the Node benchmark of the feed layer: `parts` feeds that
 * together hold `total` records (half events, half activities). Feed k
 * repeats the last tenth of feed k-1's ids, so merging has duplicates to
 * resolve.
 */
export function nodeFeeds(total: number, parts: number) {
  const per = Math.floor(total / parts);
  const overlap = Math.floor(per / 10);
  return Array.from({ length: parts }, (_, k) => {
    const first = k * (per - overlap);
    const events: unknown[] = [];
    const activities: unknown[] = [];
    for (let n = first; n < first + per; n++) {
      const day = pad((n % 28) + 1);
      const month = pad((Math.floor(n / 28) % 12) + 1);
      if (n % 2) {
        activities.push({
          id: `city-${n % 50}/news-${n}`,
          title: `News item ${n}`,
          published: `2026-${month}-${day}T09:00:00Z`,
          updated: `2026-${month}-${day}T${pad(k % 24)}:00:00Z`,
          type: 'news',
          summary: 'A short summary of what changed.',
          url: `https://example.eu/news/${n}`,
          city: `city-${n % 50}`,
          tags: ['council'],
        });
      } else {
        events.push({
          id: `city-${n % 50}/event-${n}`,
          title: `Public meeting ${n}`,
          start: `2027-${month}-${day}T18:00`,
          end: `2027-${month}-${day}T20:00`,
          summary: 'Residents are welcome.',
          url: `https://example.eu/events/${n}`,
          location: { name: 'Town Hall', address: 'Main Square 1' },
          status: 'scheduled',
          city: `city-${n % 50}`,
        });
      }
    }
    return {
      version: 1,
      title: 'Bench hub',
      updated: `2026-11-${pad((k % 28) + 1)}T12:00:00Z`,
      cities: Array.from({ length: 50 }, (_, c) => ({
        id: `city-${c}`,
        name: `City ${c}`,
        country: 'NL',
        timeZone: 'Europe/Amsterdam',
      })),
      events,
      activities,
    };
  });
}
