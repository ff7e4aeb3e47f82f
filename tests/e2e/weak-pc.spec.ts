/**
 * A weak school PC, emulated by slowing Chromium's CPU down six times through the DevTools
 * protocol: while the canteen round plays, the floor steps its detail level down by itself
 * (body[data-detail]), keeps drawing every pupil, and the round stays playable by keyboard.
 * Screenshot: tests/e2e/screenshots/weak-pc-round.png.
 */
import { expect, openApp, test } from './fixtures';
import { floorDrawn, inPhase } from './play';

test('on a six-times slower CPU the floor draws less detail by itself and the round stays playable', async ({ page, shot }) => {
  test.setTimeout(180_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });

  await openApp(page);
  await page.locator('[data-level-id="canteen"]').click();
  await inPhase(page, 'briefing');
  await page.keyboard.press('Enter');
  await inPhase(page, 'round');
  await floorDrawn(page);
  await expect(page.locator('body')).toHaveAttribute('data-detail', 'full');
  // Into the round, where both classes are in the canteen, and play on at 1×.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Пауза' })).toBeVisible();

  await expect(page.locator('body')).toHaveAttribute('data-detail', /^(lean|low|minimal)$/, { timeout: 60_000 });
  const floor = page.getByTestId('floor');
  await expect(floor).toHaveAttribute('data-detail', await page.locator('body').getAttribute('data-detail') ?? '');
  await floorDrawn(page);
  // Paused, the floor still draws every pupil inside: all 56 came in at the bell, less those who left.
  // (How many have left depends on how long the slow machine took to step down.)
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Продолжить' })).toBeVisible();
  const inside = async (): Promise<number> => 56 - Number(await page.getByTestId('counter-left').textContent());
  await expect.poll(async () => Number(await floor.getAttribute('data-units')) - (await inside())).toBe(0);
  expect(await inside()).toBeGreaterThan(0);
  await shot('weak-pc-round');

  // Still a game: the keys answer, the clock stops and goes, the results come.
  const clock = page.getByTestId('round-clock');
  const paused = await clock.textContent();
  await page.keyboard.press('ArrowRight');
  await expect(clock).not.toHaveText(paused ?? '');
  await page.keyboard.press('End');
  await inPhase(page, 'results');

  // The next screen with a floor starts at the level the slow round settled on.
  const settled = await page.locator('body').getAttribute('data-detail');
  await page.keyboard.press('Enter');
  await inPhase(page, 'kaizen');
  await floorDrawn(page);
  await expect(floor).toHaveAttribute('data-detail', settled ?? '');
});
