import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

interface Manifest {
  modules: {
    declarations?: {
      tagName?: string;
      attributes?: { name: string }[];
      events?: { name: string }[];
      cssParts?: { name: string }[];
    }[];
  }[];
}

const committed = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;

describe('custom-elements.json', () => {
  it('is what `npm run analyze` generates from the sources (run it and commit when this fails)', () => {
    // The analyzer writes below the working directory whatever --outdir says.
    const out = '.cache/cem';
    const run = spawnSync('node', ['node_modules/.bin/cem', 'analyze', '--outdir', out], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(
      JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')),
      committed,
    );
  });

  it('documents the four elements with their attributes, events and parts', () => {
    const elements = new Map(
      committed.modules
        .flatMap((m) => m.declarations ?? [])
        .filter((d) => d.tagName)
        .map((d) => [d.tagName!, d]),
    );
    assert.deepEqual([...elements.keys()].sort(), [
      'activity-feed',
      'city-profile',
      'events-calendar',
      'network-card',
    ]);
    const calendar = elements.get('events-calendar')!;
    for (const name of [
      'src',
      'lang',
      'month',
      'view',
      'time-zone',
      'week-start',
      'heading-level',
      'refresh',
      'loading',
    ]) {
      assert.ok(
        calendar.attributes?.some((a) => a.name === name),
        `events-calendar lacks ${name}`,
      );
    }
    assert.ok(calendar.events?.some((e) => e.name === 'civic-day-select'));
    assert.ok(calendar.cssParts?.some((p) => p.name === 'day'));
  });
});
