import { expect, html } from '@open-wc/testing';
import '../../../src/widgets/activity-feed/define.js';
import type { ActivityFeed } from '../../../src/widgets/activity-feed/activity-feed.js';
import { expectAccessible } from '../helpers/axe.js';
import { mount, text } from '../helpers/mount.js';
import {
  activity,
  chips,
  daysAgo,
  has,
  items,
  NEWEST_FIRST,
  sampleFeed,
  shownIds,
} from './feeds.js';

const all = { limit: 20 };

describe('<activity-feed>: content', () => {
  it('lists the activities newest first', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed limit=${all.limit} .feed=${sampleFeed()}></activity-feed>`,
    );
    expect(shownIds(el)).to.deep.equal(NEWEST_FIRST);
  });

  it('shows each activity as a heading with the title as the link text, the type, the date and the summary', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${sampleFeed()}></activity-feed>`,
    );
    const item = items(el)[1];
    const link = item.querySelector<HTMLAnchorElement>('[part~=title] a')!;
    expect(item.querySelector('[part~=title]')!.localName).to.equal('h3');
    expect(link.textContent.trim()).to.equal('Makers move in');
    expect(link.href).to.equal('https://example.org/news-2d');
    expect(item.querySelector('[part~=type]')!.textContent.trim()).to.equal('News');
    expect(item.querySelector('[part~=summary]')!.textContent.trim()).to.equal(
      'Summary of news-2d.',
    );
    expect(item.querySelector('[part~=date]')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Published 2 days ago',
    );
  });

  it('puts the published value in <time datetime>, relative when recent and a date otherwise', async () => {
    const feed = sampleFeed();
    const el = await mount<ActivityFeed>(
      html`<activity-feed lang="en-GB" limit="20" .feed=${feed}></activity-feed>`,
    );
    const times = [...el.shadowRoot!.querySelectorAll('time')];
    const byId = Object.fromEntries(feed.activities.map((a) => [a.id, a.published]));
    expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(
      NEWEST_FIRST.map((id) => byId[id]),
    );
    expect(times[0].textContent.trim()).to.equal('5 hours ago');
    expect(times[1].textContent.trim()).to.equal('2 days ago');
    expect(times.at(-1)!.textContent.trim()).to.equal('14 March 2024');
    expect(times[4].textContent.trim()).to.match(/^\d{1,2} [A-Z][a-z]+( \d{4})?$/);
  });

  it('labels the known types in the reader’s language and shows any other word as written, in the record’s language', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed limit="20" .feed=${sampleFeed()}></activity-feed>`,
    );
    const types = items(el).map((li) => li.querySelector('[part~=type]')!.textContent.trim());
    expect(types).to.deep.equal([
      'Article',
      'News',
      'Exhibition',
      'Article',
      'Video',
      'News',
      'Article',
      'Report',
    ]);
    expect(items(el)[2].querySelector('[part~=type]')!.getAttribute('lang')).to.equal('fr');
    expect(items(el)[1].querySelector('[part~=type]')!.hasAttribute('lang')).to.equal(false);
  });

  it('shows types that are also JavaScript names ("constructor", "__proto__") as written, with chips', async () => {
    const feed = {
      version: 1,
      activities: ['constructor', '__proto__', 'toString'].map((type, i) =>
        activity(type, daysAgo(i + 1), { type }),
      ),
    };
    const el = await mount<ActivityFeed>(html`<activity-feed .feed=${feed}></activity-feed>`);
    const types = items(el).map((li) => li.querySelector('[part~=type]')!.textContent.trim());
    expect(types).to.deep.equal(['constructor', '__proto__', 'toString']);
    expect(chips(el).length).to.equal(4);
  });

  it('marks the title and summary with the record’s language, else the feed’s, so screen readers switch voice', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${sampleFeed()}></activity-feed>`,
    );
    const [first, , french] = items(el);
    expect(french.querySelector('[part~=title] [lang]')!.getAttribute('lang')).to.equal('fr');
    expect(french.querySelector('[part~=summary]')!.getAttribute('lang')).to.equal('fr');
    expect(first.querySelector('[part~=title] [lang]')!.getAttribute('lang')).to.equal('en-GB');
    expect(first.querySelector('[part~=summary]')!.getAttribute('lang')).to.equal('en-GB');
  });

  it('leaves lang unset on the text when neither the record nor the feed names a language', async () => {
    const feed = { version: 1, activities: [activity('x', daysAgo(1))] };
    const el = await mount<ActivityFeed>(html`<activity-feed .feed=${feed}></activity-feed>`);
    expect(items(el)[0].querySelector('[part~=summary]')!.hasAttribute('lang')).to.equal(false);
  });

  it('renders an activity without a summary or type with just its title and date', async () => {
    const feed = { version: 1, activities: [{ id: 'bare', title: 'Bare', published: daysAgo(1) }] };
    const el = await mount<ActivityFeed>(html`<activity-feed .feed=${feed}></activity-feed>`);
    const [item] = items(el);
    expect(has(item, '[part~=summary]')).to.equal(false);
    expect(has(item, '[part~=type]')).to.equal(false);
    expect(text(el, '[part~=item]')).to.equal('Bare Published yesterday');
    await expectAccessible(el);
  });

  it('passes axe when ready', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${sampleFeed()}></activity-feed>`,
    );
    await expectAccessible(el);
  });

  it('passes axe in the dark theme', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed theme="dark" .feed=${sampleFeed()}></activity-feed>`,
    );
    await expectAccessible(el);
  });
});

describe('<activity-feed>: attributes', () => {
  it('shows 5 activities by default', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed .feed=${sampleFeed()}></activity-feed>`,
    );
    expect(el.limit).to.equal(5);
    expect(items(el).length).to.equal(5);
  });

  it('shows `limit` activities, read from the attribute and the property', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed limit="3" .feed=${sampleFeed()}></activity-feed>`,
    );
    expect(el.limit).to.equal(3);
    expect(shownIds(el)).to.deep.equal(NEWEST_FIRST.slice(0, 3));
    el.limit = 7;
    await el.updateComplete;
    expect(items(el).length).to.equal(7);
  });

  it('falls back to 5 when limit is not a positive number', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed limit="0" .feed=${sampleFeed()}></activity-feed>`,
    );
    expect(items(el).length).to.equal(5);
    el.setAttribute('limit', 'many');
    await el.updateComplete;
    expect(items(el).length).to.equal(5);
  });

  it('shows only one city’s activities with `city`', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed city="limoges" limit="20" .feed=${sampleFeed()}></activity-feed>`,
    );
    expect(shownIds(el)).to.deep.equal(['exhibition-3d', 'article-10d', 'news-40d']);
    el.city = 'stoke';
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal([
      'article-5h',
      'news-2d',
      'video-20d',
      'article-60d',
      'report-old',
    ]);
  });

  it('shows only one network’s activities with `network`', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed network="unic" limit="20" .feed=${sampleFeed()}></activity-feed>`,
    );
    expect(shownIds(el)).to.deep.equal(['article-5h', 'article-10d', 'report-old']);
  });

  it('combines `city` and `network`', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed
        city="stoke"
        network="unic"
        limit="20"
        .feed=${sampleFeed()}
      ></activity-feed>`,
    );
    expect(shownIds(el)).to.deep.equal(['article-5h', 'report-old']);
  });

  it('shows only the listed types with `types`, whatever their case, and offers chips for those only', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed types="Article report" limit="20" .feed=${sampleFeed()}></activity-feed>`,
    );
    expect(shownIds(el)).to.deep.equal(['article-5h', 'article-10d', 'article-60d', 'report-old']);
    expect(chips(el).map((c) => c.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'All (4)',
      'Article (3)',
      'Report (1)',
    ]);
    el.types = 'exhibition';
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['exhibition-3d']);
  });

  it('sets the heading level with heading-level, titles one level below', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed heading-level="4" .feed=${sampleFeed()}></activity-feed>`,
    );
    expect(el.shadowRoot!.querySelector('[part=heading]')!.localName).to.equal('h4');
    expect(items(el)[0].querySelector('[part~=title]')!.localName).to.equal('h5');
  });

  it('labels its region with its heading, which a page can reword with `strings`', async () => {
    const el = await mount<ActivityFeed>(
      html`<activity-feed
        .strings=${{ activitiesHeading: 'News from Stoke', activitiesShowMore: 'More news' }}
        .feed=${sampleFeed()}
      ></activity-feed>`,
    );
    const base = el.shadowRoot!.querySelector('[part=base]')!;
    const labelledBy = el.shadowRoot!.getElementById(base.getAttribute('aria-labelledby')!)!;
    expect(labelledBy.textContent.trim()).to.equal('News from Stoke');
    expect(text(el, '[part=more]')).to.equal('More news');
  });
});

describe('<activity-feed>: security', () => {
  it('shows markup in feed text as text', async () => {
    const feed = {
      version: 1,
      activities: [
        activity('x', daysAgo(1), {
          title: '<img src=x onerror="window.hacked=1">Hi',
          summary: '<script>window.hacked=1</script>',
        }),
      ],
    };
    const el = await mount<ActivityFeed>(html`<activity-feed .feed=${feed}></activity-feed>`);
    expect(has(el.shadowRoot!, 'img, script')).to.equal(false);
    expect(text(el, '[part~=title]')).to.equal('<img src=x onerror="window.hacked=1">Hi');
  });

  it('never links a javascript: URL; the item keeps its title as text and can still take focus', async () => {
    const feed = {
      version: 1,
      activities: [
        activity('x', daysAgo(1), { url: 'javascript:alert(1)', title: 'No link here' }),
      ],
    };
    const el = await mount<ActivityFeed>(html`<activity-feed .feed=${feed}></activity-feed>`);
    expect(has(el.shadowRoot!, 'a')).to.equal(false);
    expect(text(el, '[part~=title]')).to.equal('No link here');
    expect(items(el)[0].getAttribute('tabindex')).to.equal('-1');
  });

  it('links mailto: URLs and gives linked items no tabindex', async () => {
    const feed = {
      version: 1,
      activities: [activity('x', daysAgo(1), { url: 'mailto:press@example.org' })],
    };
    const el = await mount<ActivityFeed>(html`<activity-feed .feed=${feed}></activity-feed>`);
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(
      'mailto:press@example.org',
    );
    expect(items(el)[0].hasAttribute('tabindex')).to.equal(false);
  });
});
