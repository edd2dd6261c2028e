import { expect } from '@open-wc/testing';
import { clearFeedCache } from '../../../src/feed/loader.js';
import '../../../src/widgets/network-card/define.js';
import { requestCount, settled } from '../helpers/mount.js';

/** A feed with a comma after the last field of an event, on line 4, column 67. */
const TRAILING_COMMA = 'tests/browser/feed/fixtures/trailing-comma.json';
const served = (file: string) =>
  `/api/feed?${new URLSearchParams({ file, key: crypto.randomUUID() }).toString()}`;

describe('a feed that is not valid JSON', () => {
  afterEach(() => clearFeedCache());

  it('names the line, the column and the mistake in plain words, in the console and the error detail', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = document.createElement('network-card');
      el.src = served(TRAILING_COMMA);
      document.body.append(el);
      await settled(el);
      expect(el.state).to.equal('error');
      const detail = el.shadowRoot!.querySelector('[part=error-detail]')!.textContent;
      const expected =
        'the feed is not valid JSON: line 4, column 67: there is a comma after the last field of this object; remove this comma';
      expect(detail).to.contain(expected);
      // The engine's wording ("Expected double-quoted property name … at position …") is gone.
      expect(detail).to.not.contain('position');
      const logged = warnings.filter((w) => w.includes('not valid JSON'));
      expect(logged.length).to.equal(1);
      expect(logged[0]).to.contain(expected);
      expect(await requestCount(el.src)).to.equal(1);
      el.remove();
    } finally {
      console.warn = original;
    }
  });

  it('says where a text is cut off', async () => {
    const el = document.createElement('network-card');
    el.src = `${served('demo/feeds/unic/network.json')}&truncate=1`;
    document.body.append(el);
    await settled(el);
    const detail = el.shadowRoot!.querySelector('[part=error-detail]')!.textContent;
    expect(detail).to.match(/^the feed is not valid JSON: line \d+, column \d+: /);
    el.remove();
  });
});
