/** What every reader is given and how it reports. */
import type { Feed, Problem } from '../../feed/types.js';

/** What a reader gives back, before validation. */
export type FeedPart = Partial<Pick<Feed, 'title' | 'language' | 'activities' | 'events'>>;

export interface ReaderContext {
  /** Zone for date-times written without one. */
  timeZone: string;
  /** The explicit zone the user gave (else the source's own may be used). */
  explicitZone: boolean;
  city?: string;
  network?: string;
  language?: string;
  from?: string;
  to?: string;
  /** Where the document came from, to resolve relative links. */
  url?: string;
  problems: Problem[];
}

/** An input the reader cannot use at all, said in words an editor understands. */
export class ReaderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReaderError';
  }
}

export function warn(ctx: ReaderContext, path: string, message: string): void {
  ctx.problems.push({ path, message, severity: 'warning' });
}

/** Something left out (an item, an event): severity "error", the rest is kept. */
export function drop(ctx: ReaderContext, path: string, message: string): void {
  ctx.problems.push({ path, message, severity: 'error' });
}

/** Ids made unique in linear time: "x", "x-2", "x-3" … with one counter per id. */
export function uniqueIds(): (id: string) => string {
  const used = new Set<string>();
  const next = new Map<string, number>();
  return (id) => {
    let unique = id;
    if (used.has(id)) {
      let n = next.get(id) ?? 2;
      while (used.has(`${id}-${n}`)) n++;
      next.set(id, n + 1);
      unique = `${id}-${n}`;
    }
    used.add(unique);
    return unique;
  };
}
