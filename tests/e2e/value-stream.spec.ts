/**
 * The value-stream map on screen: a third tab of a round's results, and the debrief's
 * current-state map over its target-state map. The canteen on the default seed, by role and
 * keyboard as a pupil would. Screenshots go to tests/e2e/screenshots/vsm-*.png.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const CANTEEN_RU = 'Столовая на большой перемене';
/** The canteen's route as it is before any card: ten steps, three of them done straight on at the same place. */
const CANTEEN_STEPS = 10;
const CANTEEN_QUEUED = ['wash', 'tray', 'choose', 'pay', 'cutlery', 'find-seat', 'return-dishes'];

async function inPhase(page: Page, phase: string): Promise<void> {
  await page.locator(`body[data-phase="${phase}"][data-ready="true"]`).waitFor();
}

/** The page never scrolls, and the open panels show all they hold. */
async function fitsOnScreen(page: Page): Promise<void> {
  const spills = await page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) out.push(`page is ${doc.scrollWidth}px wide`);
    if (doc.scrollHeight > doc.clientHeight + 1) out.push(`page is ${doc.scrollHeight}px tall`);
    for (const sel of ['.screen__body', '.tabs__panel:not([hidden])', '.vsm']) {
      for (const node of document.querySelectorAll<HTMLElement>(sel)) {
        if (node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1) {
          out.push(`${sel}: ${node.scrollWidth}×${node.scrollHeight} in ${node.clientWidth}×${node.clientHeight}`);
        }
      }
    }
    return out;
  });
  expect(spills, 'everything fits on the screen').toEqual([]);
}

/** The map's drawing is readable: its smallest text is drawn at least this many CSS pixels high. */
async function smallestText(page: Page, testId: string): Promise<number> {
  return page.getByTestId(testId).evaluate((figure) => {
    let smallest = Infinity;
    for (const t of figure.querySelectorAll<SVGTextElement>('svg text')) {
      const h = t.getBoundingClientRect().height;
      if (h > 0) smallest = Math.min(smallest, h);
    }
    return smallest;
  });
}

async function toResultsOfRound1(page: Page, query = ''): Promise<string> {
  await openApp(page, `./${query}`);
  await page.getByRole('button', { name: CANTEEN_RU, exact: true }).click();
  await inPhase(page, 'briefing');
  await page.keyboard.press('Enter');
  await inPhase(page, 'round');
  await page.keyboard.press('End');
  await inPhase(page, 'results');
  const lead = page.getByTestId('headline-lead-value');
  await expect(lead).toHaveText(/\d+,\d мин/);
  return (await lead.textContent()) ?? '';
}

test('the value stream map of round 1: its lead time is the headline lead time', async ({ page, shot }) => {
  const headlineLead = await toResultsOfRound1(page);

  const tab = page.getByRole('tab', { name: 'Карта потока' });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  const map = page.getByTestId('vsm');
  await expect(map).toBeVisible();
  await expect(map.getByText('Карта текущего состояния · раунд 1')).toBeVisible();
  await expect(map.locator('svg.vsm__svg')).toHaveAttribute('aria-label', /^Карта текущего состояния · раунд 1: этапов — 10; время в процессе \d+,\d мин/);

  // The ladder's total is the round's mean lead time, written the same way.
  await expect(page.getByTestId('vsm-lead')).toHaveText(headlineLead);
  await expect(page.getByTestId('vsm-value')).toHaveText(/^\d+ с · \d+\s%$/);

  // A box per step, a queue triangle before each step that is not done straight on, the
  // customer at both ends, every step and station named from the level.
  await expect(map.locator('.vsm__process')).toHaveCount(CANTEEN_STEPS);
  for (const step of CANTEEN_QUEUED) await expect(map.locator(`.vsm__queue[data-step="${step}"]`)).toHaveCount(1);
  // Done straight on by the same server: no queue, unless a spilled lunch sends a pupil back into it.
  await expect(map.locator('.vsm__queue[data-step="check-list"]')).toHaveCount(0);
  await expect(map.locator('.vsm__queue[data-step="serve"]')).toHaveCount(1);
  await expect(map.locator('.vsm__customer')).toHaveCount(2);
  await expect(map.locator('.vsm__customer').first()).toContainText('Ученик');
  for (const name of ['Помыть руки', 'Оплатить', 'Линия раздачи', 'Окно приёма посуды', 'к выходу', 'Время в процессе', 'С ценностью']) {
    await expect(map.locator('svg.vsm__svg')).toContainText(name);
  }
  await expect(map.locator('.vsm__process[data-step="wash"]')).toContainText('самообсл.');
  await expect(map.locator('.vsm__process[data-step="pay"] title')).toHaveText(/^Оплатить \(Касса\): обслуживаний 56,/);
  expect(await smallestText(page, 'vsm')).toBeGreaterThanOrEqual(9);
  await fitsOnScreen(page);
  await shot('vsm-results-1');

  // Keyboard: the arrow keys go round the three tabs.
  await tab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Потери и показатели' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(tab).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Спагетти-диаграмма' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(map).toBeVisible();

  // In English, the map keeps its tab and says everything in English.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await inPhase(page, 'results');
  await expect(page.getByRole('tab', { name: 'Value stream map' })).toHaveAttribute('aria-selected', 'true');
  await expect(map.getByText('Current-state map · round 1')).toBeVisible();
  await expect(page.getByTestId('vsm-lead')).toHaveText(await page.getByTestId('headline-lead-value').textContent() ?? '');
  expect(await map.innerText()).not.toMatch(/[А-Яа-яЁё]/);
  expect(await map.locator('svg.vsm__svg').textContent()).not.toMatch(/[А-Яа-яЁё]/);
  await fitsOnScreen(page);
  await shot('vsm-results-1-en');
});

test('the value stream map scales with the screen', async ({ page, shot }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await toResultsOfRound1(page);
  await page.getByRole('tab', { name: 'Карта потока' }).click();
  expect(await smallestText(page, 'vsm')).toBeGreaterThanOrEqual(14);
  await fitsOnScreen(page);
  await shot('vsm-results-1-1080p');
});

test('value stream maps in the debrief: the current-state map of round 1 above the target-state map of the last round', async ({ page, shot }) => {
  const round1Lead = await toResultsOfRound1(page, '?rounds=2');
  await page.getByRole('tab', { name: 'Карта потока' }).click();
  await expect(page.getByTestId('vsm-lead')).toHaveText(round1Lead);

  // Kaizen: paying by card drops the paper-list check, a menu board speeds up choosing.
  await page.getByRole('button', { name: /Дальше: кайдзен/ }).press('Enter');
  await inPhase(page, 'kaizen');
  for (const id of ['card-payment', 'menu-board', 'staggered-release']) {
    const card = page.getByTestId(`card-${id}`);
    await card.getByRole('button', { name: /^Применить: / }).press('Enter');
    await expect(card.getByText('Применено')).toBeVisible();
  }
  await page.getByRole('button', { name: /Начать раунд 2/ }).press('Enter');
  await inPhase(page, 'round');
  await page.keyboard.press('End');
  await inPhase(page, 'results');
  const round2Lead = (await page.getByTestId('headline-lead-value').textContent()) ?? '';
  // Each round's results open on their summary.
  await expect(page.getByRole('tab', { name: 'Потери и показатели' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Карта потока' }).click();
  const last = page.getByTestId('vsm');
  await expect(last.getByText('Карта целевого состояния · раунд 2')).toBeVisible();
  await expect(page.getByTestId('vsm-lead')).toHaveText(round2Lead);
  // The paper-list check is gone from the route, so from the map.
  await expect(last.locator('.vsm__process')).toHaveCount(CANTEEN_STEPS - 1);
  await expect(last.locator('.vsm__process[data-step="check-list"]')).toHaveCount(0);
  await fitsOnScreen(page);
  await shot('vsm-results-2');

  await page.getByRole('button', { name: /Итоги урока/ }).press('Enter');
  await inPhase(page, 'debrief');
  await expect(page.getByRole('heading', { level: 1, name: 'Итоги урока: раунд 1 → раунд 2' })).toBeVisible();
  const mapsTab = page.getByRole('tab', { name: 'Карты потока' });
  await expect(page.getByRole('tab', { name: 'Итоги' })).toHaveAttribute('aria-selected', 'true');
  await fitsOnScreen(page);
  await mapsTab.focus();
  await page.keyboard.press('Enter');
  await expect(mapsTab).toHaveAttribute('aria-selected', 'true');

  const current = page.getByTestId('vsm-current');
  const target = page.getByTestId('vsm-target');
  await expect(current.getByText('Карта текущего состояния · раунд 1')).toBeVisible();
  await expect(target.getByText('Карта целевого состояния · раунд 2')).toBeVisible();
  await expect(page.getByTestId('vsm-current-lead')).toHaveText(round1Lead);
  await expect(page.getByTestId('vsm-target-lead')).toHaveText(round2Lead);
  const [a, b] = [await current.boundingBox(), await target.boundingBox()];
  expect(a && b && a.y + a.height <= b.y + 1, 'the current-state map is above the target-state map').toBe(true);
  await expect(current.locator('.vsm__process')).toHaveCount(CANTEEN_STEPS);
  await expect(target.locator('.vsm__process')).toHaveCount(CANTEEN_STEPS - 1);
  await fitsOnScreen(page);
  await shot('vsm-debrief');

  // Arrow keys go back to the figures.
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Итоги' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('debrief-lead-value')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await inPhase(page, 'debrief');
  await expect(page.getByRole('tab', { name: 'Value stream maps' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('vsm-current').getByText('Current-state map · round 1')).toBeVisible();
  await expect(page.getByTestId('vsm-target').getByText('Target-state map · round 2')).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(/[А-Яа-яЁё]/);
  await fitsOnScreen(page);
  await shot('vsm-debrief-en');
});
