/*
 * WCAG 3.1.1 and 3.1.2: every text is exposed in the language it is
 * written in. Feed text carries the feed's language (here "en-GB"), the
 * widgets' own words the reader's; a Welsh page shows no English word even
 * in a browser without Welsh locale data (Debian's Chromium, where these
 * run); and whatever a page writes in `lang`, a widget speaks a language we have.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CivicElement } from '../../../src/shared/civic-element.js';
import { en } from '../../../src/shared/strings/en.js';
import { cy } from '../../../src/shared/strings/cy.js';
import { expectAccessible } from '../helpers/axe.js';
import { settled, text } from '../helpers/mount.js';
import { englishFeed, feedStrings, labels, mountIn, TAGS, type Label } from './fixtures.js';

const base = (lang: string) => lang.toLowerCase().split(/[-_]/)[0];
const FEED_STRINGS = feedStrings(englishFeed());
/** Feed text as the widgets print it: whole strings, or names inside our own sentences. */
const isFeedText = (label: Label) => FEED_STRINGS.has(label.text);
/** Digits and punctuation alone say nothing in any language. */
const isWordless = (label: Label) => !/\p{L}/u.test(label.text);

function interfaceLabels(el: Element): Label[] {
  return labels(el).filter((label) => !isFeedText(label) && !isWordless(label));
}

const words = (value: unknown): string[] =>
  typeof value === 'string'
    ? value.split(/[^\p{L}’']+/u).filter((w) => w.length > 1)
    : Object.values(value as object).flatMap(words);

/**
 * English words a Welsh interface must not show: our English strings (less
 * words the Welsh strings share), and what Intl says in English.
 */
const ENGLISH = (() => {
  const welsh = new Set(words(cy).map((w) => w.toLowerCase()));
  const intlWords = [
    ...'January February March April May June July August September October November December'.split(
      ' ',
    ),
    ...'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun'.split(
      ' ',
    ),
    ...'ago yesterday today tomorrow now hour hours minute minutes day days week'.split(' '),
    ...'Time Standard Summer Central European Greenwich Mean British'.split(' '),
    ...'United Kingdom France'.split(' '),
  ];
  const all = [...words(en), ...intlWords].map((w) => w.toLowerCase());
  return new Set(all.filter((w) => !welsh.has(w) && !['online', 'podcast'].includes(w)));
})();

describe('language of parts (WCAG 3.1.2)', () => {
  for (const pageLang of ['fr', 'cy']) {
    for (const tag of TAGS) {
      it(`<${tag}> on a "${pageLang}" page: its own words are in ${pageLang}, the feed's in en-GB`, async () => {
        const el = await mountIn(tag, pageLang);
        const ours = interfaceLabels(el);
        expect(ours.length, 'no interface text found').to.be.greaterThan(2);
        const wrong = ours.filter((label) => base(label.lang) !== pageLang);
        expect(
          wrong.map((l) => `${l.where} "${l.text}" is lang="${l.lang}"`),
          'interface text exposed in the wrong language',
        ).to.deep.equal([]);
        const feedText = labels(el).filter(isFeedText);
        expect(feedText.length, 'no feed text found').to.be.greaterThan(0);
        const unmarked = feedText.filter((label) => base(label.lang) !== 'en');
        expect(
          unmarked.map((l) => `${l.where} "${l.text}" is lang="${l.lang}"`),
          'feed text exposed in the page’s language',
        ).to.deep.equal([]);
        await expectAccessible(el);
      });
    }
  }
});

describe('a Welsh page (WCAG 3.1.1, 3.1.2)', () => {
  it('runs in a browser without Welsh locale data, where the fallback matters', () => {
    // Debian's Chromium; where a browser has the data, Intl's own Welsh is used.
    expect(Intl.DateTimeFormat.supportedLocalesOf('cy')).to.deep.equal([]);
  });

  for (const tag of TAGS) {
    it(`<${tag}>: no English word in its interface (dates, relative times, countries, zones)`, async () => {
      const el = await mountIn(tag, 'cy');
      // Names from the feed inside our sentences ("Stoke-on-Trent") are the feed's words.
      const names = [...FEED_STRINGS].sort((x, y) => y.length - x.length);
      const withoutNames = (text: string) =>
        names.reduce((t, name) => t.split(name).join(' '), text);
      const english = interfaceLabels(el).flatMap((label) =>
        words(withoutNames(label.text))
          .filter((w) => ENGLISH.has(w.toLowerCase()))
          .map((w) => `${label.where} "${label.text}": ${w}`),
      );
      expect(english).to.deep.equal([]);
    });
  }

  it('writes dates, relative times, the country and a zone name in Welsh', async () => {
    const feed = await mountIn('activity-feed', 'cy');
    const times = [...feed.shadowRoot!.querySelectorAll('time')].map((t) => t.textContent.trim());
    expect(times).to.deep.equal([
      '5 awr yn ôl',
      '2 ddiwrnod yn ôl',
      '3 diwrnod yn ôl',
      '14 Mawrth 2024',
    ]);
    const profile = await mountIn('city-profile', 'cy');
    expect(text(profile, '[part=facts]')).to.contain('Y Deyrnas Unedig');
    const card = await mountIn('network-card', 'cy');
    expect(text(card, '[part=facts]')).to.contain('Mawrth 2009');
    const calendar = await mountIn('events-calendar', 'cy');
    expect(text(calendar)).to.contain('Amser Safonol Canolbarth Ewrop');
    expect(text(calendar)).to.contain('Rhagfyr 2026');
  });
});

describe('any form of lang falls back to a language we have (issue 15)', () => {
  for (const [written, expected] of [
    ['en_GB', 'Latest activities'],
    ['EN-gb', 'Latest activities'],
    ['cy_GB', 'Gweithgareddau diweddaraf'],
    ['FR', 'Dernières activités'],
    ['sv-SE', 'Latest activities'],
    ['zz-not-a-tag!', 'Latest activities'],
    [' ', 'Latest activities'],
  ] as const) {
    it(`lang="${written}" → "${expected}", and the interface says which language it is in`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${written}><activity-feed .feed=${englishFeed()}></activity-feed></div>`,
      );
      const el = await settled(wrapper.querySelector<CivicElement>('activity-feed')!);
      expect(text(el, '[part=heading]')).to.equal(expected);
      const section = el.shadowRoot!.querySelector('[part=base]')!;
      const said = section.getAttribute('lang')!;
      expect(() => Intl.getCanonicalLocales(said)).to.not.throw();
      expect(base(said)).to.equal(expected === 'Latest activities' ? 'en' : base(written.trim()));
    });
  }

  it('<html lang="en_GB"> does not leave the calendar on "Loading…"', async () => {
    const before = document.documentElement.lang;
    document.documentElement.lang = 'en_GB';
    try {
      const el = document.createElement('events-calendar') as CivicElement;
      el.setAttribute('month', '2026-12');
      el.feed = englishFeed();
      document.body.append(el);
      await waitUntil(() => el.state === 'ready', 'the calendar never left Loading');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=skeleton]')).to.equal(null);
      expect(text(el)).to.contain('December 2026');
      el.remove();
    } finally {
      document.documentElement.lang = before;
    }
  });
});
