/**
 * One iCalendar writer: the calendar's "Add to calendar" download and
 * `civic-feed export ics` (run as a process) give the same VEVENT and the
 * same VTIMEZONE for the same event, so a resident who subscribes to the hub
 * calendar and also adds one event gets it once (the same UID).
 */
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/widgets/events-calendar/define.js';
import type { EventsCalendar } from '../../../src/widgets/events-calendar/events-calendar.js';
import { expectAccessible } from '../helpers/axe.js';
import { mount } from '../helpers/mount.js';
import { pressAddToCalendar } from '../helpers/downloads.js';

const feed = {
  version: 1,
  title: 'Stoke-on-Trent events',
  cities: [{ id: 'stoke', name: 'Stoke-on-Trent', country: 'GB', timeZone: 'Europe/London' }],
  events: [
    {
      id: 'stoke/lights',
      title: 'Lights switch-on; carols, stalls: free',
      start: '2026-12-03T18:00',
      // A timed event that ends on a date keeps an end in both.
      end: '2026-12-04',
      summary: 'Music, food stalls\nand the lights.',
      location: { name: 'Market Square', address: 'Hanley, Stoke-on-Trent' },
      online: 'https://stream.example/lights',
      url: 'https://www.example.org/events/lights?a=1;b=2',
      city: 'stoke',
      updated: '2026-11-20T09:00:00Z',
    },
    {
      id: 'stoke/festival',
      title: 'Ceramics festival',
      start: '2026-12-10',
      end: '2026-12-12',
      city: 'stoke',
    },
  ],
};

/** The files the calendar's "Add to calendar" buttons make. */
async function downloads(el: EventsCalendar): Promise<string[]> {
  return (await pressAddToCalendar(el)).map((file) => file.text);
}

/** The named blocks of a calendar, unfolded, without the DTSTAMP (the time the file was made). */
function blocks(ics: string, name: string): string[] {
  const unfolded = ics.replace(/\r\n /g, '');
  const found = unfolded.match(new RegExp(`BEGIN:${name}\\r\\n[^]*?END:${name}\\r\\n`, 'g')) ?? [];
  return found.map((block) => block.replace(/^DTSTAMP:.*\r\n/m, ''));
}

describe('one iCalendar writer for "Add to calendar" and export ics', () => {
  it('gives the same VEVENT and VTIMEZONE from the widget’s download and from the CLI', async () => {
    const el = await mount<EventsCalendar>(
      html`<events-calendar
        lang="en-GB"
        month="2026-12"
        view="list"
        .feed=${feed}
      ></events-calendar>`,
    );
    await expectAccessible(el);
    // A day-spanning event is listed (with its button) on each of its days.
    const files = await downloads(el);
    expect(files.length).to.be.at.least(2);

    const cli = await executeServerCommand<
      { code: number; stdout: string; stderr: string },
      { feed: typeof feed }
    >('civic-feed-export-ics', { feed });
    expect(cli.code, cli.stderr).to.equal(0);

    const fromCli = blocks(cli.stdout, 'VEVENT');
    // Files are made in the order the writer's first load settles, not the order of the presses.
    const fromWidget = [...new Set(files.flatMap((file) => blocks(file, 'VEVENT')))];
    expect([...fromWidget].sort()).to.deep.equal([...fromCli].sort());
    expect(fromCli[0]).to.contain('UID:stoke/lights@civic-widgets\r\n');
    expect(fromCli[0]).to.contain('DTEND;TZID=Europe/London:20261205T000000\r\n');
    const lights = files.find((file) => file.includes('UID:stoke/lights@civic-widgets'))!;
    expect(blocks(lights, 'VTIMEZONE')).to.deep.equal(blocks(cli.stdout, 'VTIMEZONE'));
  });
});
