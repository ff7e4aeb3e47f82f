/**
 * What the level lessons' specs share: waiting on visible state, checking the screen fits,
 * and reading numbers as the screens print them.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Wait until the screen of `phase` is drawn (body[data-phase][data-ready]). */
export async function inPhase(page: Page, phase: string): Promise<void> {
  await page.locator(`body[data-phase="${phase}"][data-ready="true"]`).waitFor();
}

/** The floor is drawn (by the Phaser renderer, or the simple SVG plan standing in for it). */
export async function floorDrawn(page: Page): Promise<void> {
  const floor = page.getByTestId('floor');
  await expect(floor).toHaveAttribute('data-floor', /^(renderer|simple)$/);
  if ((await floor.getAttribute('data-floor')) === 'renderer') await expect(floor).toHaveAttribute('data-floor-ready', 'true');
}

/**
 * Nothing spills out of the screen: the page never scrolls, and the parts read whole (a screen
 * body, the open results tab, the round's side panel) fit as drawn. The kaizen card list is
 * meant to scroll and is not checked. `known` names selectors whose overflow is a known layout
 * problem with a level: recorded as an annotation instead of failing.
 */
export async function fitsOnScreen(page: Page, known: readonly string[] = []): Promise<void> {
  const spills = await page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) out.push(`page is ${doc.scrollWidth}px wide`);
    if (doc.scrollHeight > doc.clientHeight + 1) out.push(`page is ${doc.scrollHeight}px tall`);
    const selectors = ['.screen--briefing .screen__body', '.screen--results .results', '.results .tabs__panel:not([hidden])', '.screen--debrief .screen__body', '.side'];
    for (const sel of selectors) {
      for (const node of document.querySelectorAll<HTMLElement>(sel)) {
        if (node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1) {
          out.push(`${sel}: ${node.scrollWidth}×${node.scrollHeight} in ${node.clientWidth}×${node.clientHeight}`);
        }
      }
    }
    const primary = document.querySelector<HTMLElement>('[data-testid="primary"]');
    if (primary) {
      const r = primary.getBoundingClientRect();
      if (r.bottom > window.innerHeight || r.right > window.innerWidth) out.push('the main button is off screen');
    }
    return out;
  });
  const tolerated = spills.filter((spill) => known.some((sel) => spill.startsWith(`${sel}:`)));
  for (const spill of tolerated) test.info().annotations.push({ type: 'known layout issue', description: spill });
  expect(spills.filter((spill) => !tolerated.includes(spill)), 'everything fits on the screen').toEqual([]);
}

/** "19,9 мин" → 19.9; "55 %" → 55; "50 940 чел.-мин" → 50940 (either language; digit groups split by spaces). */
export function numberIn(text: string | null): number {
  const m = (text ?? '').replace(/\s/g, '').match(/[−-]?\d+(?:[.,]\d+)?/);
  if (!m) throw new Error(`no number in "${text}"`);
  return Number(m[0].replace(',', '.').replace('−', '-'));
}
