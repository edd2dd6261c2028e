/**
 * Every language in src/shared/strings/ against the English reference:
 * same keys in the same order, every placeholder kept, plural forms that
 * Intl.PluralRules knows for the language, nothing empty or left in English.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translator } from '../../src/shared/i18n.js';
import {
  en,
  type LanguagePack,
  type Message,
  type PluralMessage,
} from '../../src/shared/strings/en.js';
import { LANGUAGES } from '../../src/shared/strings/all.js';

type Table = Record<string, Message>;

const EXPECTED_LANGUAGES = ['en', 'cy', 'fr', 'de', 'it', 'es', 'pt', 'nl', 'pl', 'hu', 'ro'];

/** English values a translation may keep as they are (loanwords, words spelled the same). */
const SAME_AS_ENGLISH = new Set([
  'OK',
  'Online',
  'Podcast',
  'Video',
  'Article',
  'Publication',
  'Population',
  'Region',
]);

/** Plural forms that may say the number as a word ("Dim digwyddiadau") instead of {count}. */
const WORD_FORMS = new Set(['zero', 'one', 'two']);

const placeholders = (text: string): Set<string> =>
  new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]));

const difference = (a: Set<string>, b: Set<string>): string[] => [...a].filter((x) => !b.has(x));

const braces = (names: string[]) => names.map((name) => `{${name}}`).join(', ');

const isPlural = (message: unknown): message is PluralMessage =>
  typeof message === 'object' && message !== null;

/** Problems with one text against the English text it translates. */
function textProblems(
  lang: string,
  where: string,
  text: unknown,
  english: string,
  options: { required: Set<string>; allowed: Set<string> },
): string[] {
  if (typeof text !== 'string') return [`${where}: is not text`];
  const found: string[] = [];
  if (!text.trim()) found.push(`${where}: is empty`);
  else if (text !== text.trim()) found.push(`${where}: starts or ends with a space`);
  if (lang !== 'en' && text === english && !SAME_AS_ENGLISH.has(english)) {
    found.push(`${where}: is still in English ("${text}")`);
  }
  const own = placeholders(text);
  const missing = difference(options.required, own);
  if (missing.length) found.push(`${where}: misses ${braces(missing)}`);
  const unknown = difference(own, options.allowed);
  if (unknown.length) found.push(`${where}: has unknown ${braces(unknown)}`);
  if (english.includes('…') && !text.includes('…')) found.push(`${where}: lost the "…"`);
  if (text.includes('...')) found.push(`${where}: uses "..." instead of "…"`);
  return found;
}

/** Everything wrong with a language's table; an empty list when it is complete. */
function problems(lang: string, table: Table, reference: Table = en): string[] {
  const found: string[] = [];
  const keys = Object.keys(reference);
  const own = Object.keys(table);
  const missing = keys.filter((key) => !(key in table));
  const extra = own.filter((key) => !(key in reference));
  if (missing.length) found.push(`missing keys: ${missing.join(', ')}`);
  if (extra.length) found.push(`extra keys: ${extra.join(', ')}`);
  if (!missing.length && !extra.length) {
    const at = keys.findIndex((key, i) => own[i] !== key);
    if (at >= 0) found.push(`key order differs from en.ts from "${keys[at]}" (found "${own[at]}")`);
  }

  const categories = new Set<string>(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);
  for (const key of keys) {
    if (!(key in table)) continue;
    const english = reference[key];
    const message = table[key];
    if (typeof english === 'string') {
      const names = placeholders(english);
      found.push(...textProblems(lang, key, message, english, { required: names, allowed: names }));
      continue;
    }
    if (!isPlural(message)) {
      found.push(`${key}: should be plural forms like the English`);
      continue;
    }
    if (!('other' in message)) found.push(`${key}: has no "other" form`);
    const allNames = new Set(Object.values(english).flatMap((text) => [...placeholders(text)]));
    for (const [form, text] of Object.entries(message)) {
      if (!categories.has(form)) {
        found.push(`${key}.${form}: ${lang} has no plural form "${form}"`);
        continue;
      }
      const englishForm = (english as Record<string, string>)[form] ?? english.other;
      const required = placeholders(englishForm);
      if (WORD_FORMS.has(form)) required.delete('count');
      found.push(
        ...textProblems(lang, `${key}.${form}`, text, englishForm, { required, allowed: allNames }),
      );
    }
  }
  return found;
}

/** Sample values for every placeholder an English message uses. */
function sampleValues(key: string, count: number): Record<string, string | number> {
  const message: Message = (en as Table)[key];
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const values: Record<string, string | number> = {};
  for (const name of texts.flatMap((text) => [...placeholders(text)])) values[name] = `«${name}»`;
  values.count = count;
  return values;
}

describe('UI strings', () => {
  it('registers every language under its lower-case base tag', () => {
    for (const lang of EXPECTED_LANGUAGES)
      assert.ok(lang in LANGUAGES, `${lang} is not registered`);
    for (const lang of Object.keys(LANGUAGES)) {
      assert.equal(lang, lang.toLowerCase());
      assert.deepEqual(
        Intl.PluralRules.supportedLocalesOf(lang),
        [lang],
        `Intl does not know ${lang}`,
      );
    }
    assert.equal(LANGUAGES.en, en);
  });

  for (const [lang, pack] of Object.entries(LANGUAGES)) {
    it(`${lang} has every English key, placeholder and a valid set of plural forms`, () => {
      // `intl` is the pack's date data for browsers without the language, not a message.
      const { intl: _intl, ...table } = pack as LanguagePack;
      assert.deepEqual(problems(lang, table as Table), []);
    });
  }

  it('gives a fallback language whole name lists and relative-time words', async () => {
    for (const [lang, pack] of Object.entries(LANGUAGES)) {
      const load = (pack as LanguagePack).intl;
      if (!load) continue;
      const intl = await load();
      for (const style of ['long', 'short'] as const) {
        assert.equal(intl.months[style].length, 12, `${lang} months.${style}`);
        assert.equal(intl.weekdays[style].length, 7, `${lang} weekdays.${style}`);
        assert.ok([...intl.months[style], ...intl.weekdays[style]].every((name) => name.trim()));
      }
      for (const unit of ['minute', 'hour', 'day'] as const) {
        for (const when of ['past', 'future'] as const) {
          assert.ok(intl.relative[unit][when].other.includes('{count}'), `${lang} ${unit} ${when}`);
        }
      }
      assert.ok(intl.regions.GB && intl.zones['Central European Standard Time']);
    }
  });

  it('renders every message in every language with no placeholder left over', () => {
    const counts = [0, 1, 2, 3, 4, 5, 6, 11, 12, 21, 22, 25, 101, 1_000_000];
    for (const lang of Object.keys(LANGUAGES)) {
      const t = translator(lang);
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        for (const count of counts) {
          const text = t(key, sampleValues(key, count));
          assert.ok(text.trim(), `${lang} ${key} (${count}) is empty`);
          assert.doesNotMatch(text, /\{\w+\}/, `${lang} ${key} (${count}): "${text}"`);
        }
      }
    }
  });

  it('reads naturally around names in French', () => {
    const t = translator('fr');
    assert.equal(t('networkVisit', { network: 'UNIC' }), 'Visiter le site de UNIC');
    assert.equal(t('cityWebsite', { city: 'Lyon' }), 'Visiter le site de Lyon');
    assert.equal(t('eventsCount', { count: 0 }), '0 événement');
    assert.equal(t('eventsCount', { count: 2 }), '2 événements');
  });

  it('uses the Welsh and Polish plural forms', () => {
    const cy = translator('cy');
    assert.equal(cy('eventsCount', { count: 0 }), 'Dim digwyddiadau');
    assert.equal(cy('eventsCount', { count: 2 }), '2 ddigwyddiad');
    const pl = translator('pl');
    assert.equal(pl('eventsCount', { count: 1 }), '1 wydarzenie');
    assert.equal(pl('eventsCount', { count: 3 }), '3 wydarzenia');
    assert.equal(pl('eventsCount', { count: 5 }), '5 wydarzeń');
    assert.equal(pl('eventsCount', { count: 22 }), '22 wydarzenia');
  });

  describe('the checks themselves', () => {
    const reference: Table = {
      loading: 'Loading…',
      visit: 'Visit the {network} website',
      count: { one: '{count} event', other: '{count} events' },
      podcast: 'Podcast',
    };
    const good: Table = {
      loading: 'Chargement…',
      visit: 'Visiter le site de {network}',
      count: {
        one: '{count} événement',
        many: '{count} d’événements',
        other: '{count} événements',
      },
      podcast: 'Podcast',
    };

    it('accept a complete translation', () => {
      assert.deepEqual(problems('fr', good, reference), []);
    });

    it('catch a missing key, an extra key and a different order', () => {
      const { visit: _visit, ...rest } = good;
      assert.deepEqual(problems('fr', { ...rest, extra: 'x' }, reference), [
        'missing keys: visit',
        'extra keys: extra',
      ]);
      const { loading, ...others } = good;
      assert.deepEqual(problems('fr', { ...others, loading }, reference), [
        'key order differs from en.ts from "loading" (found "visit")',
      ]);
    });

    it('catch a missing, misspelt or extra placeholder', () => {
      const found = problems(
        'fr',
        { ...good, visit: 'Visiter le site de {reseau}', loading: 'Chargement {count}…' },
        reference,
      );
      assert.deepEqual(found, [
        'loading: has unknown {count}',
        'visit: misses {network}',
        'visit: has unknown {reseau}',
      ]);
    });

    it('let only the zero, one and two forms say the number as a word', () => {
      assert.deepEqual(
        problems(
          'cy',
          { ...good, count: { zero: 'Dim', one: 'Un', two: 'Dau', few: 'Tri', other: '{count}' } },
          reference,
        ),
        ['count.few: misses {count}'],
      );
      assert.deepEqual(problems('fr', { ...good, count: { one: 'un', other: 'des' } }, reference), [
        'count.other: misses {count}',
      ]);
    });

    it('catch plural forms the language does not have, and a missing "other"', () => {
      assert.deepEqual(
        problems(
          'fr',
          { ...good, count: { one: '{count} x', few: '{count} y' } as PluralMessage },
          reference,
        ),
        ['count: has no "other" form', 'count.few: fr has no plural form "few"'],
      );
      assert.deepEqual(problems('fr', { ...good, count: 'événements' }, reference), [
        'count: should be plural forms like the English',
      ]);
    });

    it('catch empty text, English left in, and a lost "…"', () => {
      assert.deepEqual(
        problems(
          'fr',
          { ...good, loading: 'Chargement...', visit: 'Visit the {network} website' },
          reference,
        ),
        [
          'loading: lost the "…"',
          'loading: uses "..." instead of "…"',
          'visit: is still in English ("Visit the {network} website")',
        ],
      );
      assert.deepEqual(problems('fr', { ...good, loading: ' ' }, reference), [
        'loading: is empty',
        'loading: lost the "…"',
      ]);
    });
  });
});
