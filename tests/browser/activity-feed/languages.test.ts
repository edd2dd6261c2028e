/*
 * Interface strings come from the language's table (compared through the
 * translator, so a reworded translation does not break these tests); what
 * Intl makes (relative times, month names, numbers) is checked as Intl
 * gives it. This Chromium has no Welsh locale data, so its Welsh Intl output
 * is its fallback; the Welsh tests put the widget inside a French page, so
 * they still fail if the widget ignores its own lang="cy".
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/activity-feed/define.js';
import type { ActivityFeed } from '../../../src/widgets/activity-feed/activity-feed.js';
import { translator } from '../../../src/shared/i18n.js';
import { expectAccessible } from '../helpers/axe.js';
import { settled, text } from '../helpers/mount.js';
import { activity, announced, chip, daysAgo, items, manyFeed, sampleFeed } from './feeds.js';

const times = (el: ActivityFeed) =>
  [...el.shadowRoot!.querySelectorAll('time')].map((t) => t.textContent.trim());
const relative = (lang: string, value: number, unit: Intl.RelativeTimeFormatUnit) =>
  new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(value, unit);
const longDate = (lang: string, value: string) =>
  new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(
    Date.parse(value),
  );
const number = (lang: string, value: number) => new Intl.NumberFormat(lang).format(value);

/** Mounts a widget with `lang` inside a page in `pageLang`. */
async function mountIn(
  pageLang: string,
  lang: string | undefined,
  feed: unknown,
  limit = 8,
): Promise<ActivityFeed> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${pageLang}>
      <activity-feed lang=${lang ?? ''} limit=${limit} .feed=${feed}></activity-feed>
    </div>`,
  );
  const el = wrapper.querySelector('activity-feed')!;
  if (!lang) el.removeAttribute('lang');
  return settled(el);
}

describe('<activity-feed>: languages', () => {
  describe('English', () => {
    it('says "5 hours ago", "2 days ago" and "14 March 2024"', async () => {
      const el = await mountIn('fr', 'en-GB', sampleFeed());
      expect(times(el).slice(0, 3)).to.deep.equal(['5 hours ago', '2 days ago', '3 days ago']);
      expect(times(el).at(-1)).to.equal('14 March 2024');
      expect(text(el, '[part=heading]')).to.equal('Latest activities');
    });
  });

  describe('Welsh (lang="cy")', () => {
    const t = translator('cy');

    it('uses the Welsh strings', async () => {
      const el = await mountIn('fr', 'cy', manyFeed(12), 5);
      expect(text(el, '[part=heading]')).to.equal(t('activitiesHeading'));
      expect(text(el, '[part=more]')).to.equal(t('activitiesShowMore'));
      expect(text(el, '[part=status]')).to.equal(t('activitiesShown', { shown: 5, total: 12 }));
      expect(text(el, '[part~=type]')).to.equal(t('typeReport'));
      expect(t('activitiesHeading')).to.not.equal('Latest activities');
    });

    it('gives relative times and dates in Welsh, from Intl or from the Welsh pack', async () => {
      // Debian's Chromium has no Welsh date data: the Welsh pack's words stand in.
      const hasWelsh = Intl.DateTimeFormat.supportedLocalesOf('cy').length > 0;
      const el = await mountIn('fr', 'cy', sampleFeed());
      expect(times(el).slice(0, 3)).to.deep.equal(
        hasWelsh
          ? [relative('cy', -5, 'hour'), relative('cy', -2, 'day'), relative('cy', -3, 'day')]
          : ['5 awr yn ôl', '2 ddiwrnod yn ôl', '3 diwrnod yn ôl'],
      );
      expect(times(el).at(-1)).to.equal(
        hasWelsh ? longDate('cy', '2024-03-14T12:00:00Z') : '14 Mawrth 2024',
      );
      expect(text(el, '[part~=date]')).to.equal(
        t('activityPublished', { date: hasWelsh ? relative('cy', -5, 'hour') : '5 awr yn ôl' }),
      );
      const big = await mountIn('fr', 'cy', manyFeed(1200), 5);
      expect(text(big, '[part=status]')).to.equal(t('activitiesShown', { shown: 5, total: 1200 }));
      expect(text(big, '[part=status]')).to.contain(number('cy', 1200));
    });

    it('filters, shows more and announces new activities, and passes axe', async () => {
      const el = await mountIn('fr', 'cy', sampleFeed(), 2);
      chip(el, t('typeArticle')).click();
      await el.updateComplete;
      expect(items(el).length).to.equal(2);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=more]')!.click();
      await el.updateComplete;
      expect(items(el).length).to.equal(3);
      await expectAccessible(el);
      const feed = sampleFeed();
      feed.activities.push(
        activity('cy-1', daysAgo(0.01), { type: 'article' }),
        activity('cy-2', daysAgo(0.02), { type: 'article' }),
      );
      el.feed = feed;
      await waitUntil(
        () => el.shadowRoot!.querySelector('[part=new]'),
        'the new activities never showed',
      );
      expect(announced(el)).to.equal(t('activitiesNew', { count: 2 }));
      expect(text(el, '[part=new]')).to.equal(t('activityNew'));
      await expectAccessible(el);
    });

    it('follows an ancestor’s lang="cy"', async () => {
      const el = await mountIn('cy', undefined, sampleFeed());
      expect(text(el, '[part=heading]')).to.equal(t('activitiesHeading'));
      expect(times(el)[2]).to.not.equal('3 days ago');
      expect(times(el)[2]).to.match(/diwrnod|dydd/);
    });
  });

  describe('French (lang="fr")', () => {
    const t = translator('fr');

    it('uses the French strings', async () => {
      const el = await mountIn('cy', 'fr', manyFeed(12), 5);
      expect(text(el, '[part=heading]')).to.equal(t('activitiesHeading'));
      expect(text(el, '[part=more]')).to.equal(t('activitiesShowMore'));
      expect(text(el, '[part~=filter]')).to.equal(`${t('activitiesAll')} (12)`);
      expect(t('activitiesHeading')).to.not.equal('Latest activities');
    });

    it('says "il y a 5 heures", "avant-hier", "il y a 3 jours" and "14 mars 2024"', async () => {
      const el = await mountIn('cy', 'fr', sampleFeed());
      expect(times(el).slice(0, 3)).to.deep.equal([
        'il y a 5 heures',
        'avant-hier',
        'il y a 3 jours',
      ]);
      expect(times(el).at(-1)).to.equal('14 mars 2024');
    });

    it('formats counts the French way: "1 200"', async () => {
      const el = await mountIn('cy', 'fr', manyFeed(1200), 5);
      // text() folds the narrow no-break space Intl puts in "1 200" into a plain space.
      expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).to.contain('1\u202f200');
      expect(text(el, '[part~=filter]')).to.equal(`${t('activitiesAll')} (1 200)`);
      await expectAccessible(el);
    });

    it('changes language when the page does', async () => {
      const el = await mountIn('fr', undefined, sampleFeed());
      expect(times(el)[2]).to.equal('il y a 3 jours');
      el.parentElement!.lang = 'en';
      await waitUntil(() => times(el)[2] === '3 days ago', 'did not switch to English');
      expect(text(el, '[part=heading]')).to.equal('Latest activities');
    });
  });
});
