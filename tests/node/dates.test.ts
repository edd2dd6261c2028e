/** Dates as people read them (src/shared/locale.ts, calendar-dates.ts): locales, week starts and names from Intl. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstDayOfWeek, formatDayKey, intlLocale } from '../../src/shared/calendar-dates.js';
import { dateFormatter } from '../../src/shared/locale.js';

describe('dates as people read them', () => {
  it('starts the week on Monday in our languages, and knows other locales', () => {
    for (const lang of ['en-GB', 'cy', 'fr', 'de', 'it', 'es', 'nl', 'pl', 'hu', 'ro']) {
      assert.equal(firstDayOfWeek(lang), 1, lang);
    }
    assert.equal(firstDayOfWeek('en-US'), 0);
    assert.equal(firstDayOfWeek('not a tag'), 1);
  });

  it('reads a bare language with the region of the city, else as spoken in Europe', () => {
    assert.equal(intlLocale('en'), 'en-GB');
    assert.equal(intlLocale('en', 'GB'), 'en-GB');
    assert.equal(intlLocale('fr', 'FR'), 'fr-FR');
    assert.equal(intlLocale('pt'), 'pt-PT');
    assert.equal(intlLocale('en-US', 'GB'), 'en-US');
    assert.equal(firstDayOfWeek(intlLocale('en')), 1);
  });

  it('formats days through Intl', () => {
    const full = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
    // Node's CLDR puts a comma after the weekday, Chromium's does not.
    assert.match(formatDayKey('2026-12-03', 'en-GB', full), /^Thursday,? 3 December 2026$/);
    assert.equal(formatDayKey('2026-12-03', 'fr', full), 'jeudi 3 décembre 2026');
    assert.match(formatDayKey('2026-12-03', 'cy', full), /Dydd Iau,? 3 Rhagfyr 2026/);
    assert.equal(
      dateFormatter('en-GB', {
        hour: 'numeric',
        minute: '2-digit',
        timeZone: 'Europe/London',
      }).format(Date.parse('2026-12-03T23:30:00Z')),
      '23:30',
    );
  });
});
