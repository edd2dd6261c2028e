/**
 * A sample of the corpus (tests/corpus) read by the same readers in
 * Chromium, where XML goes through the browser's DOMParser and HTML entities
 * through its HTML parser: the records and problems must equal the ones the
 * Node readers give (the committed `.expected.json` files). ISO-8859-2 XML
 * is left out of the sample: the dev server re-encodes .xml it serves as text.
 */
import { expect } from '@open-wc/testing';
import { readSource, type ReadOptions } from '../../../src/core/readers/index.js';

const SAMPLE = [
  'google-weekly-exdate.ics',
  'outlook-windows-zone.ics',
  'outlook-alt-desc-html.ics',
  'apple-split-line.ics',
  'thisandfuture.ics',
  'count-bymonth-byday.ics',
  'bin-collection-fortnightly.ics',
  'monthly-setpos-last-day.ics',
  'vtimezone-autumn-overlap.ics',
  'windows-1252-undeclared.ics',
  'rss-fr-mairie.xml',
  'rss-script-svg-entities.xml',
  'rss-utf16le-no-bom.xml',
  'rss1-rdf-dublin-core.xml',
  'rss-unreadable-dates.xml',
  'atom-1.xml',
  'atom-03.xml',
  'jsonfeed-11.json',
];

async function get(path: string): Promise<Response> {
  return fetch(new URL(`../../corpus/${path}`, import.meta.url));
}

describe('corpus sample in Chromium', () => {
  for (const file of SAMPLE) {
    it(file, async () => {
      const name = file.replace(/\.[^.]+$/, '');
      const optionsResponse = await get(`${name}.options.json`);
      const own = optionsResponse.ok ? ((await optionsResponse.json()) as ReadOptions) : {};
      const bytes = new Uint8Array(await (await get(file)).arrayBuffer());
      const options = {
        from: '2027-01-01',
        to: '2027-12-31',
        url: `https://example.org/${file}`,
        ...own,
      };
      const result = JSON.parse(JSON.stringify(await readSource(bytes, options))) as unknown;
      const expected = (await (await get(`${name}.expected.json`)).json()) as unknown;
      expect(result).to.deep.equal(expected);
    });
  }
});
