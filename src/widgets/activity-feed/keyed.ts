import { render, type TemplateResult } from 'lit';

/** One element to keep: its key, what it shows (`deps`, compared item by item) and how to draw it. */
export interface KeyedItem {
  key: string;
  deps: readonly unknown[];
  view: () => TemplateResult;
}

interface Row {
  /** Where Lit keeps the element's template instance; the element itself lives in the list. */
  holder: HTMLElement;
  el?: Element;
  deps?: readonly unknown[];
}

const same = (a: readonly unknown[] | undefined, b: readonly unknown[]) =>
  a?.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Keeps one element per key in a parent, in the order given. An element stays
 * the same node while its key stays, so focus and a screen reader's place stay
 * with their activity when others arrive, go or are added after it; an
 * element whose `deps` did not change is not drawn again. It does the work of
 * lit's repeat() and guard() for lists that only ever hold one kind of
 * element, at a small part of their bytes.
 */
export class KeyedElements {
  private rows = new Map<string, Row>();

  /** The element drawn for `key`, if it is in the list. */
  get(key: string | undefined): Element | undefined {
    return key === undefined ? undefined : this.rows.get(key)?.el;
  }

  /** Makes `parent`'s children the elements of `items` (none when there is no parent). */
  update(parent: Element | null, items: Iterable<KeyedItem>, host: object): void {
    const rows = new Map<string, Row>();
    if (parent) {
      for (const { key, deps, view } of items) {
        const row = this.rows.get(key) ?? { holder: document.createElement('div') };
        rows.set(key, row);
        if (same(row.deps, deps)) continue;
        row.deps = deps;
        render(view(), row.holder, { host });
        // The first drawing puts the element in the holder, from where it moves to the list.
        const drawn = row.holder.lastElementChild;
        if (drawn) {
          row.el?.remove();
          row.el = drawn;
        }
      }
    }
    // Gone ones first: moving the others past them would take focus from them.
    for (const [key, row] of this.rows) if (rows.get(key) !== row) row.el?.remove();
    this.rows = rows;
    if (!parent) return;
    let next = parent.firstElementChild;
    for (const { el } of rows.values()) {
      if (el === next) next = next.nextElementSibling;
      else if (el) parent.insertBefore(el, next);
    }
  }
}
