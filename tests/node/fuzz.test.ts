/**
 * Property tests of the feed layer with fast-check: parseFeed on anything
 * (arbitrary JSON, arbitrary JS values as given to the `feed` property,
 * near-valid feeds with a model of what must be kept and dropped), and
 * mergeFeeds (idempotent, order-independent, later `updated` wins).
 *
 * The seed is fixed (tests/shared/seed.ts) and printed; a failure prints the
 * shrunk counterexample. Another seed: FC_SEED=<n> (or FC_SEED=random)
 * node --import tsx --test tests/node/fuzz.test.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { mergeFeeds } from '../../src/feed/merge.js';
import { parseFeed, type FeedParseResult } from '../../src/feed/parse.js';
import type { Feed, RecordKind } from '../../src/feed/types.js';
import {
  feedsToMerge,
  type GenFeed,
  KINDS,
  nearValidFeed,
  toJsonValue,
} from '../shared/feed-arbitraries.js';
import { announceSeed } from '../shared/seed.js';

fc.configureGlobal({ seed: announceSeed('feed-layer property tests') });

type AnyRecord = Record<string, unknown> & { id: string };

const records = (feed: Feed, kind: RecordKind) => feed[kind] as unknown as AnyRecord[];

/** Problems that say a record was dropped (invalid) or lost a duplicate contest. */
const DROPPED = /was dropped|is used twice/;

function problemsAt(result: FeedParseResult, prefix: string) {
  return result.problems.filter(
    (p) => p.path === prefix || p.path.startsWith(`${prefix}.`) || p.path.startsWith(`${prefix}[`),
  );
}

function droppedIndices(result: FeedParseResult, kind: RecordKind): Set<number> {
  const dropped = new Set<number>();
  for (const problem of result.problems) {
    const match = new RegExp(`^${kind}\\[(\\d+)\\]`).exec(problem.path);
    if (match && DROPPED.test(problem.message)) dropped.add(Number(match[1]));
  }
  return dropped;
}

/** The one-record feed a kept record must pass on its own, unchanged and without a problem. */
function revalidate(kind: RecordKind, record: AnyRecord): void {
  const again = parseFeed({ version: 1, [kind]: [record] });
  assert.deepEqual(
    again.problems,
    [],
    `${kind} record ${JSON.stringify(record)} does not re-validate`,
  );
  assert.deepEqual(records(again.feed!, kind), [record]);
}

/**
 * What must hold for any input: the result's shape, every kept record valid
 * on its own, ids unique, and kept + dropped = the input's count per array.
 */
function checkInvariants(input: unknown, result: FeedParseResult): void {
  assert.ok(Array.isArray(result.problems));
  for (const problem of result.problems) {
    assert.equal(typeof problem.path, 'string');
    assert.equal(typeof problem.message, 'string');
    assert.ok(problem.message.length > 0);
  }
  if (result.feed === null) {
    assert.ok(result.failure, 'a failed feed names why');
    assert.ok(result.problems.length > 0, 'a failed feed has a problem');
    return;
  }
  assert.equal(result.failure, undefined);
  assert.equal(result.feed.version, 1);
  const source = input as Record<string, unknown>;
  for (const kind of KINDS) {
    const kept = records(result.feed, kind);
    assert.ok(Array.isArray(kept));
    const ids = kept.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids kept in ${kind}`);
    for (const record of kept) revalidate(kind, record);
    const list = source[kind];
    if (Array.isArray(list)) {
      const dropped = droppedIndices(result, kind);
      for (const index of dropped) assert.ok(index < list.length);
      assert.equal(
        kept.length + dropped.size,
        list.length,
        `${kind}: kept + dropped ≠ input count`,
      );
    } else if (list !== undefined && list !== null) {
      assert.equal(kept.length, 0);
      assert.ok(
        result.problems.some((p) => p.path === kind),
        `${kind} is not a list but no problem says so`,
      );
    } else {
      assert.equal(kept.length, 0);
    }
  }
}

const instant = (value: unknown) => {
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? -Infinity : time;
};

/**
 * Which copy of a duplicated id the contract keeps: the later `updated` (the
 * record's own, else the feed's), a tie going to the later copy. Written out
 * here rather than calling pickWinner, so the model does not share its bugs.
 */
function expectedWinner(
  kind: RecordKind,
  copies: { index: number; value: unknown }[],
  feedUpdated?: string,
) {
  const parsed = copies.map(({ index, value }) => {
    const record = records(parseFeed({ version: 1, [kind]: [value] }).feed!, kind)[0];
    return { index, record, at: instant(record.updated ?? feedUpdated) };
  });
  return parsed.reduce((earlier, later) => (earlier.at > later.at ? earlier : later));
}

/** The model check for near-valid feeds: exactly the records the generator expects are kept. */
function checkModel({ feed: input, lists }: GenFeed, result: FeedParseResult): void {
  assert.ok(result.feed, 'a feed with "version": 1 and an object never fails whole');
  for (const kind of KINDS) {
    const list = lists[kind];
    const kept = records(result.feed, kind);
    if (!Array.isArray(list)) {
      assert.deepEqual(kept, []);
      continue;
    }
    const groups = new Map<string, { index: number; value: unknown }[]>();
    list.forEach((gen, index) => {
      const path = `${kind}[${index}]`;
      const here = problemsAt(result, path);
      if (!gen.expectKept) {
        assert.ok(
          here.some((p) => p.message.includes('was dropped')),
          `${path} should be dropped with a problem: ${JSON.stringify(gen.value)}`,
        );
        return;
      }
      assert.ok(
        !here.some((p) => p.message.includes('was dropped')),
        `${path} was dropped but is valid: ${JSON.stringify(here)}`,
      );
      for (const field of gen.brokenOptional) {
        assert.ok(
          here.some((p) => p.path.startsWith(`${path}.${field}`) && p.message.includes('left out')),
          `${path}.${field} was broken but no problem says it was left out: ${JSON.stringify(here)}`,
        );
      }
      if (gen.brokenOptional.length === 0) {
        const unexpected = here.filter((p) => !p.message.includes('is used twice'));
        assert.deepEqual(unexpected, [], `${path} is intact but has problems`);
      }
      const copies = groups.get(gen.id!) ?? [];
      copies.push({ index, value: gen.value });
      groups.set(gen.id!, copies);
    });
    assert.deepEqual(
      kept.map((r) => r.id).sort(),
      [...groups.keys()].sort(),
      `${kind}: the kept ids are not the valid ids`,
    );
    const byId = new Map(kept.map((r) => [r.id, r]));
    for (const [id, copies] of groups) {
      const winner = expectedWinner(kind, copies, result.feed.updated);
      assert.deepEqual(byId.get(id), winner.record, `${kind} "${id}": the wrong copy was kept`);
      for (const field of list[winner.index].brokenOptional) {
        assert.ok(
          !(field in winner.record),
          `${kind}[${winner.index}].${field} was kept although broken`,
        );
      }
    }
  }
  // Nothing was lost without a word: the accounting holds for the model's input too.
  checkInvariants(input, result);
}

/** Records by id, for comparing merges whose order may differ. */
function normalise(feed: Feed): unknown {
  const out: Record<string, unknown> = { ...feed };
  for (const kind of KINDS) {
    out[kind] = [...records(feed, kind)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return out;
}

describe('parseFeed on arbitrary input (fast-check)', () => {
  it('never throws on 10,000 arbitrary JSON values, and the result is well formed', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        checkInvariants(value, parseFeed(value));
      }),
      { numRuns: 10_000 },
    );
  });

  it('never throws on 5,000 arbitrary JS values (what a page may set as the feed property)', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    fc.assert(
      fc.property(
        fc.oneof(
          anything,
          anything.map((value) => ({ version: 1, events: [value], cities: value })),
        ),
        (value) => {
          const result = parseFeed(value);
          assert.ok(Array.isArray(result.problems));
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('accounts for every record of 5,000 feeds whose arrays hold arbitrary JSON', () => {
    const lists = fc.record(
      Object.fromEntries(
        KINDS.map((kind) => [kind, fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 })]),
      ),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(lists, (arrays) => {
        const input = { version: 1, ...arrays };
        checkInvariants(input, parseFeed(input));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('parseFeed on near-valid feeds (fast-check, with a model)', () => {
  it('keeps exactly the valid records of 2,000 near-valid feeds, drops the rest with a problem at their path', () => {
    fc.assert(
      fc.property(nearValidFeed(), (gen) => {
        checkModel(gen, parseFeed(gen.feed));
      }),
      { numRuns: 2_000 },
    );
  });

  it('gives the same result for the same 500 feeds read as JSON text', () => {
    fc.assert(
      fc.property(nearValidFeed(), (gen) => {
        const json = toJsonValue(gen.feed);
        assert.deepEqual(parseFeed(json), parseFeed(toJsonValue(json)));
        checkInvariants(json, parseFeed(json));
      }),
      { numRuns: 500 },
    );
  });
});

describe('mergeFeeds (fast-check)', () => {
  it('is idempotent on 1,000 parsed near-valid feeds: merge([m]) and merge([m, m]) equal m', () => {
    fc.assert(
      fc.property(nearValidFeed(), (gen) => {
        const m = parseFeed(gen.feed).feed!;
        assert.deepEqual(mergeFeeds([m]), m);
        assert.deepEqual(mergeFeeds([m, m]), m);
        assert.deepEqual(mergeFeeds([m, m, m]), m);
      }),
      { numRuns: 1_000 },
    );
  });

  it('gives the same records by id for any order of 500 sets of feeds with distinct updated values', () => {
    const sets = feedsToMerge().chain((inputs) =>
      fc.tuple(
        fc.constant(inputs),
        fc.shuffledSubarray(
          inputs.map((_, i) => i),
          { minLength: inputs.length, maxLength: inputs.length },
        ),
      ),
    );
    fc.assert(
      fc.property(sets, ([inputs, order]) => {
        const feeds = inputs.map((input) => {
          const { feed, problems } = parseFeed(input);
          assert.deepEqual(
            problems.filter((p) => !p.message.includes('is used twice')),
            [],
          );
          return feed!;
        });
        const merged = mergeFeeds(feeds);
        const shuffled = mergeFeeds(order.map((i) => feeds[i]));
        assert.deepEqual(normalise(shuffled), normalise(merged));
        assert.deepEqual(normalise(mergeFeeds([...feeds].reverse())), normalise(merged));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps, for each id, the copy with the latest updated (its own, else its feed’s), on 500 sets', () => {
    fc.assert(
      fc.property(feedsToMerge(), (inputs) => {
        const feeds = inputs.map((input) => parseFeed(input).feed!);
        const merged = mergeFeeds(feeds);
        const stamp = merged.language === undefined;
        for (const kind of KINDS) {
          const best = new Map<string, { record: AnyRecord; at: number }>();
          for (const feed of feeds) {
            for (const original of records(feed, kind)) {
              const record =
                stamp && feed.language && original.language === undefined
                  ? { ...original, language: feed.language }
                  : original;
              const at = Date.parse(((original.updated as string | undefined) ?? feed.updated)!);
              const current = best.get(record.id);
              if (!current || at > current.at) best.set(record.id, { record, at });
            }
          }
          const got = records(merged, kind);
          assert.equal(got.length, best.size);
          for (const record of got) assert.deepEqual(record, best.get(record.id)!.record);
        }
      }),
      { numRuns: 500 },
    );
  });
});
