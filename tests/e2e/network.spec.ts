/**
 * The served game stays on its own host, under a strict Content-Security-Policy: every level
 * in levels/ is opened and a round of it played, with the Canvas and with the WebGL renderer,
 * while every request to another host is blocked and counted (the `guard` fixture aborts
 * and lists them; this spec also lists every request the page and its service worker make).
 * No CSP violation may be reported: the policy has no 'unsafe-eval', and no code may need it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { watchCsp } from './csp-watch';
import { expect, openApp, test } from './fixtures';
import { floorDrawn, inPhase } from './play';

const LEVELS_DIR = path.join(import.meta.dirname, '../../levels');

/** The ids of the level files the menu must list (a JSON file without a title is not a level). */
const levelIds = readdirSync(LEVELS_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(LEVELS_DIR, f), 'utf8')) as { id?: unknown; title?: unknown })
  .filter((level): level is { id: string; title: unknown } => typeof level.id === 'string' && level.title !== undefined)
  .map((level) => level.id)
  .sort();

/** Plays a round of the level from the menu; returns which renderer drew its floor. */
async function playOneRound(page: Page, levelId: string): Promise<string> {
  await page.locator(`.level-button[data-level-id="${levelId}"]`).press('Enter');
  await inPhase(page, 'briefing');
  await page.getByTestId('primary').press('Enter');
  await inPhase(page, 'round');
  await floorDrawn(page);
  const floor = page.getByTestId('floor');
  const drawnBy =
    (await floor.getAttribute('data-floor')) === 'renderer'
      ? `${await floor.getAttribute('data-renderer')} (${await floor.getAttribute('data-renderer-why')})`
      : 'the simple plan';
  const clock = page.getByTestId('round-clock');
  const start = await clock.textContent();
  await page.keyboard.press('4');
  await expect(clock).not.toHaveText(start ?? '');
  await page.keyboard.press('End');
  await inPhase(page, 'results');
  await expect(page.getByRole('region', { name: 'Потери всего' })).toBeVisible();
  return drawnBy;
}

test('the menu lists a level for every file in levels/', async ({ page }) => {
  expect(levelIds.length).toBeGreaterThan(0);
  await openApp(page);
  const shown = await page.locator('.level-button[data-level-id]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-level-id')));
  expect(shown.sort()).toEqual(levelIds);
});

for (const renderer of ['canvas', 'webgl'] as const) {
  test(`every level plays a round with the ${renderer} renderer, with no request to another host and no CSP violation`, async ({ page, context, baseURL }) => {
    test.setTimeout(60_000 + 30_000 * levelIds.length);
    const origin = new URL(baseURL!).origin;
    const requests: string[] = [];
    // Context-wide, so the service worker's requests (precaching) are listed too.
    context.on('request', (request) => requests.push(request.url()));
    const csp = await watchCsp(page);

    for (const id of levelIds) {
      await openApp(page, `./?renderer=${renderer}`);
      await inPhase(page, 'menu');
      // A browser without WebGL falls back to Canvas (reason no-webgl): recorded, not hidden.
      const drawnBy = await playOneRound(page, id);
      test.info().annotations.push({ type: `${id}: floor drawn by`, description: drawnBy });
      console.log(`[network] ${id} ?renderer=${renderer}: ${drawnBy}`);
      // The forced renderer was the one used (WebGL may only give way to Canvas when the browser has none).
      expect(drawnBy).toMatch(renderer === 'webgl' ? /^(webgl \(forced\)|canvas \(no-webgl\))$/ : /^canvas \(forced\)$/);
    }

    expect(await csp.violations(), 'no CSP violation').toEqual([]);
    const foreign = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
    expect(foreign, 'requests to other hosts').toEqual([]);
    // Not vacuous: the page did load its code and fonts from its own host.
    expect(requests.some((url) => /\/assets\/index-[\w-]+\.js$/.test(url))).toBe(true);
    const fonts = requests.filter((url) => /\.(woff2?|ttf|otf|eot)(\?|$)/.test(url));
    expect(fonts.some((url) => url.includes('/golos-text-cyrillic-400-')), 'the Cyrillic face is loaded').toBe(true);
    expect(fonts.every((url) => url.startsWith(`${origin}/assets/golos-text-`) && url.endsWith('.woff2')), `fonts come from the game itself: ${fonts.join(', ')}`).toBe(true);
  });
}
