import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** WCAG 2.2 A and AA, the standard we promise. */
export async function expectNoViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page })
    // Label in Name (2.5.3) is an A criterion, but axe files its check as experimental and skips
    // it unless asked; asked for here, since chart cards are named from their visible text.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
  expect(summary, `accessibility violations: ${state}`).toEqual([]);
}
