import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What a reader of a failed test needs: the rule, how bad, and which elements. */
export interface Finding {
  rule: string;
  impact: string;
  help: string;
  /** How many elements on the screen break the rule. */
  nodes: number;
  targets: string[];
}

/** Serious and critical are what KWCAG / WCAG 2.x AA cannot let pass; minor and moderate are reported, not failed. */
const BLOCKING = new Set(['serious', 'critical']);

function findings(results: Result[]): Finding[] {
  return results.map((r) => ({
    rule: r.id,
    impact: r.impact ?? 'unknown',
    help: r.help,
    nodes: r.nodes.length,
    targets: r.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}${n.any[0]?.message ? ` — ${n.any[0].message}` : ''}`),
  }));
}

/**
 * Axe over what the user sees now: the whole page, or only an open dialog (`within`, a CSS selector), so a
 * dialog is judged once and not again with every page behind it. Besides the default WCAG rules, the
 * label-in-name rule (a button's name must contain its visible text, for speech input) is switched on: it is
 * still marked experimental in axe, but a calendar day read as something else than it shows is a real failure.
 */
export async function axeFindings(page: Page, within?: string): Promise<Finding[]> {
  // Mantine's transitions fade dialogs and menus in; judging colours halfway through the fade measures a blend.
  await page.waitForTimeout(250);
  let builder = new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } });
  if (within) builder = builder.include(within);
  const { violations } = await builder.analyze();
  return findings(violations);
}

/** Fails with every serious or critical finding listed, so one run shows all that is wrong on the screen. */
export async function expectAccessible(page: Page, where: string, within?: string) {
  const all = await axeFindings(page, within);
  const blocking = all.filter((f) => BLOCKING.has(f.impact));
  expect(blocking, `${where}: 접근성 위반 (serious/critical)\n${JSON.stringify(blocking, null, 2)}`).toEqual([]);
  return all;
}

/** The open dialog on top, for a test that has just opened one (Mantine portals each modal into its own root). */
export function expectDialogAccessible(page: Page, where: string) {
  return expectAccessible(page, where, '[role="dialog"]');
}
