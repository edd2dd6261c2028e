/**
 * axe-core on a widget, shadow roots included. Fails with the list of
 * violations, so a report says which rule, where, and why.
 */
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';

declare global {
  interface Window {
    axe: { run: (context: Element | Document, options?: object) => Promise<AxeResults> };
  }
}

export async function expectAccessible(el: Element): Promise<void> {
  const results = await window.axe.run(el, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    rules: { region: { enabled: false } },
  });
  if (results.violations.length > 0) {
    const report = results.violations
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n` +
          v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n'),
      )
      .join('\n');
    throw new Error(`axe found ${results.violations.length} violation(s):\n${report}`);
  }
}
