/**
 * The canteen lesson played the way a new pupil would: by role and by keyboard, waiting on
 * what the screen shows (body[data-phase][data-ready], texts), never on fixed sleeps.
 * Screenshots of every phase go to tests/e2e/screenshots/lesson-*.png.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { fitsOnScreen, floorDrawn, inPhase, numberIn } from './play';

const CANTEEN_RU = 'Столовая на большой перемене';

interface Headline {
  lead: number;
  value: number;
  waste: number;
}

async function readHeadline(page: Page): Promise<Headline> {
  const lead = page.getByRole('region', { name: 'Среднее время в процессе' });
  const value = page.getByRole('region', { name: 'Доля учеников, у которых было не меньше 8 минут на еду' });
  const waste = page.getByRole('region', { name: 'Потери всего' });
  await expect(lead.getByTestId('headline-lead-value')).toHaveText(/\d+,\d мин/);
  await expect(value.getByTestId('headline-value-value')).toHaveText(/\d+\s%/);
  await expect(waste.getByTestId('headline-waste-value')).toHaveText(/\d+\sчел\.-мин/);
  return {
    lead: numberIn(await lead.getByTestId('headline-lead-value').textContent()),
    value: numberIn(await value.getByTestId('headline-value-value').textContent()),
    waste: numberIn(await waste.getByTestId('headline-waste-value').textContent()),
  };
}

/** Watch a round for a moment with the playback keys, then skip to its results. */
async function playRound(page: Page, n: number, shot: (name: string) => Promise<void>): Promise<void> {
  await inPhase(page, 'round');
  await expect(page.getByRole('heading', { level: 1, name: `Раунд ${n} из 4` })).toBeVisible();
  const clock = page.getByTestId('round-clock');
  await expect(clock).toHaveText(/^11:\d\d:\d\d$/);

  await page.keyboard.press('4');
  await expect(page.getByRole('button', { name: '4×' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: '1×' })).toHaveAttribute('aria-pressed', 'false');
  // The clock runs: wait until pupils have arrived, then pause and look.
  await expect(page.getByTestId('counter-queue')).not.toHaveText('0', { timeout: 20_000 });
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Продолжить' })).toBeVisible();
  const paused = await clock.textContent();
  await page.keyboard.press('ArrowRight');
  await expect(clock).not.toHaveText(paused ?? '');
  await page.keyboard.press('ArrowLeft');
  await expect(clock).toHaveText(paused ?? '');
  await expect(page.getByTestId('live-waste').locator('li[data-bucket="waiting"]')).toContainText('Ожидание');
  await floorDrawn(page);
  await fitsOnScreen(page);
  await shot(`lesson-round-${n}`);

  if (n % 2 === 1) await page.keyboard.press('End');
  else await page.getByRole('button', { name: /К итогам/ }).click();
  await inPhase(page, 'results');
}

/**
 * A sensible plan within the budget of 4 points a round: levelling, visual management and
 * card payment first, a second serving point next (with the dish-return window moved by
 * hand), then 5S. Its figures improve every round (checked in Node with `npm run sim`).
 */
const PLAN: Record<number, string[]> = {
  2: ['staggered-release', 'menu-board', 'card-payment'],
  3: ['second-server'],
  4: ['sort-hall', 'shine-tables', 'cutlery-first'],
};

/** Apply the named cards by their Apply buttons, from the keyboard; returns how many the list then shows. */
async function applyCards(page: Page, ids: readonly string[], already = 0): Promise<number> {
  let applied = already;
  for (const id of ids) {
    const card: Locator = page.getByTestId(`card-${id}`);
    await card.getByRole('button', { name: /^Применить: / }).press('Enter');
    applied++;
    await expect(page.getByTestId('changes').getByRole('listitem')).toHaveCount(applied);
    await expect(card.getByText('Применено')).toBeVisible();
  }
  return applied;
}

test('a pupil plays the canteen lesson by keyboard: briefing, four rounds, results, kaizen, debrief', async ({ page, shot }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await inPhase(page, 'menu');
  await shot('lesson-0-menu');

  // Menu → briefing: Tab to the level and press Enter, as from the keyboard.
  await page.getByRole('button', { name: CANTEEN_RU, exact: true }).press('Enter');
  await inPhase(page, 'briefing');
  await expect(page.getByRole('heading', { level: 1, name: 'Задание' })).toBeVisible();
  await expect(page.getByTestId('briefing-text')).toContainText('20-минутную перемену');
  await expect(page.getByTestId('briefing-customer')).toHaveText('Ученик');
  await expect(page.getByTestId('briefing-value')).toContainText('не меньше 90 %');
  await expect(page.getByRole('button', { name: /Начать раунд 1/ })).toBeVisible();
  await fitsOnScreen(page);
  await shot('lesson-1-briefing');
  await page.keyboard.press('Enter');

  const headlines: Headline[] = [];
  let cardsApplied = 0;
  for (let n = 1; n <= 4; n++) {
    await playRound(page, n, shot);
    await expect(page.getByRole('heading', { level: 1, name: `Итоги раунда ${n} из 4` })).toBeVisible();
    const h = await readHeadline(page);
    headlines.push(h);
    expect(h.lead).toBeGreaterThan(0);
    expect(h.waste).toBeGreaterThan(0);
    // Every bucket is listed, the eight wastes add up to the total shown.
    await expect(page.getByTestId('waste-table').locator('tbody tr')).toHaveCount(10);
    if (n > 1) await expect(page.getByTestId('headline-lead').getByText(`к раунду ${n - 1}`)).toBeVisible();
    await fitsOnScreen(page);
    await shot(`lesson-results-${n}`);

    await page.getByRole('tab', { name: 'Спагетти-диаграмма' }).click();
    await expect(page.getByTestId('spaghetti').locator('polyline').first()).toBeVisible();
    if (n > 1) await expect(page.getByTestId('spaghetti')).toContainText(`Раунд ${n - 1} — пунктир`);
    await fitsOnScreen(page);
    await shot(`lesson-results-${n}-spaghetti`);
    // Arrow keys move between the tabs.
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('tab', { name: 'Потери и показатели' })).toHaveAttribute('aria-selected', 'true');

    if (n === 4) {
      await expect(page.getByRole('button', { name: /Итоги урока/ })).toBeVisible();
      await page.getByRole('heading', { level: 1 }).focus();
      await page.keyboard.press('Enter');
      break;
    }
    await page.getByRole('button', { name: /Дальше: кайдзен/ }).press('Enter');
    await inPhase(page, 'kaizen');
    await expect(page.getByRole('heading', { level: 1, name: `Кайдзен перед раундом ${n + 1}` })).toBeVisible();
    await expect(page.getByTestId('budget')).not.toBeEmpty();

    const plan = PLAN[n + 1] ?? [];
    const appliedNow = await applyCards(page, plan);
    cardsApplied += appliedNow;
    const changes = page.getByTestId('changes').getByRole('listitem');
    // The plan spends the whole budget: every other card is out of reach now, and says why.
    await expect(page.getByTestId('budget')).toContainText('0');

    if (n === 1 && appliedNow > 0) {
      // A card another change needs cannot be taken back first: the button says why.
      const blocked = page.getByRole('button', { name: /^Отменить: / }).and(page.locator(':disabled'));
      if ((await blocked.count()) > 0) {
        await expect(blocked.first()).toHaveAccessibleDescription(/^Сначала отмените: «/);
      }
      // The last change can always go; its points come back and are spent again.
      await page.getByRole('button', { name: /^Отменить: / }).last().press('Enter');
      await expect(changes).toHaveCount(appliedNow - 1);
      await expect(page.getByTestId('refusal')).toBeEmpty();
      cardsApplied += (await applyCards(page, plan.slice(-1), appliedNow - 1)) - appliedNow;
    }

    if (n === 2) {
      // Routing from the keyboard: the dish-return window next to the door pupils leave by.
      const move = page.getByRole('group', { name: 'Переставить станцию' });
      await page.getByLabel('Станция').selectOption({ label: 'Окно приёма посуды' });
      await expect(page.getByTestId('move-status')).toContainText('станция уже здесь');
      await page.getByLabel('Столбец (X)').fill('6');
      await page.getByLabel('Ряд (Y)').fill('11');
      await expect(page.getByTestId('move-status')).toHaveText('Клетка 6, 11: пол');
      // A wall is refused before it reaches the core, with the reason in words.
      await move.getByRole('button', { name: 'Ниже' }).click();
      await expect(page.getByTestId('move-status')).toContainText('стена — нельзя');
      await expect(page.getByTestId('move-apply')).toBeDisabled();
      await move.getByRole('button', { name: 'Выше' }).click();
      const made = await changes.count();
      await page.getByTestId('move-apply').press('Enter');
      await expect(changes).toHaveCount(made + 1);
      await expect(changes.last()).toContainText('«Окно приёма посуды» → клетка 6, 11');
      // Take it back and make it again: the list follows.
      await page.getByRole('button', { name: /^Отменить: «Окно приёма посуды»/ }).press('Enter');
      await expect(changes).toHaveCount(made);
      await page.getByLabel('Станция').selectOption({ label: 'Окно приёма посуды' });
      await page.getByLabel('Столбец (X)').fill('6');
      await page.getByLabel('Ряд (Y)').fill('11');
      await page.getByTestId('move-apply').press('Enter');
      await expect(changes.last()).toContainText('«Окно приёма посуды» → клетка 6, 11');
      await page.getByRole('button', { name: 'Показать прогноз' }).click();
      await expect(page.getByTestId('forecast')).toContainText('Прогноз раунда 3');
    }
    await floorDrawn(page);
    await fitsOnScreen(page);
    // Scrolled to the top, so the screenshot shows the budget, the changes and the first cards.
    await page.locator('.kaizen__side').evaluate((side) => side.scrollTo(0, 0));
    await shot(`lesson-kaizen-${n + 1}`);
    await page.getByRole('button', { name: new RegExp(`Начать раунд ${n + 1}`) }).press('Enter');
  }

  await inPhase(page, 'debrief');
  await expect(page.getByRole('heading', { level: 1, name: 'Итоги урока' })).toBeVisible();
  await expect(page.getByTestId('debrief-lead-value')).toHaveText(/[−+]?\d+\s%/);
  await expect(page.getByTestId('debrief-waste-table').locator('thead th')).toHaveCount(1 + 4 + 1);
  await expect(page.getByTestId('debrief-best')).not.toBeEmpty();
  await fitsOnScreen(page);
  await shot('lesson-debrief');

  // The plan works, round after round: lead time and waste fall, the value measure rises
  // (until every pupil has 8 minutes to eat).
  expect(cardsApplied).toBe(7);
  for (let r = 1; r < headlines.length; r++) {
    const [before, after] = [headlines[r - 1] as Headline, headlines[r] as Headline];
    expect(after.lead, `lead time, round ${r + 1} vs ${r}`).toBeLessThan(before.lead);
    expect(after.waste, `total waste, round ${r + 1} vs ${r}`).toBeLessThan(before.waste);
    expect(after.value, `value measure, round ${r + 1} vs ${r}`).toBeGreaterThanOrEqual(before.value);
  }
  expect((headlines[1] as Headline).value).toBeGreaterThan((headlines[0] as Headline).value);
  expect((headlines[2] as Headline).value).toBeGreaterThan((headlines[1] as Headline).value);

  await page.keyboard.press('Enter');
  await inPhase(page, 'menu');
  await expect(page.getByRole('heading', { level: 1, name: 'Мини-фабрика процессов' })).toBeVisible();
});

test('switching to English shows English everywhere on the results and kaizen screens', async ({ page, shot }) => {
  await openApp(page);
  await page.getByRole('button', { name: CANTEEN_RU, exact: true }).click();
  await inPhase(page, 'briefing');
  await page.keyboard.press('Enter');
  await inPhase(page, 'round');
  await page.keyboard.press('End');
  await inPhase(page, 'results');

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await inPhase(page, 'results');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'EN', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 1, name: 'Results of round 1 of 4' })).toBeVisible();
  await expect(page.getByText('The canteen at the big break')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mean lead time' }).getByTestId('headline-lead-value')).toHaveText(/^\d+\.\d min$/);
  await expect(page.getByRole('region', { name: 'Share of pupils with at least 8 minutes to eat' })).toBeVisible();
  await expect(page.getByTestId('waste-table')).toContainText('Waiting');
  await expect(page.getByRole('button', { name: /Next: kaizen/ })).toBeVisible();
  await expect(page).toHaveTitle(/Mini Process Factory/);
  // No Cyrillic left anywhere on the screen.
  expect(await page.locator('body').innerText()).not.toMatch(/[А-Яа-яЁё]/);
  await fitsOnScreen(page);
    await shot('lesson-en-results');

  await page.getByRole('tab', { name: 'Spaghetti diagram' }).click();
  expect(await page.locator('body').innerText()).not.toMatch(/[А-Яа-яЁё]/);
  await expect(page.getByTestId('spaghetti').locator('svg')).toHaveAttribute('aria-label', /Spaghetti diagram/);

  await page.getByRole('button', { name: /Next: kaizen/ }).click();
  await inPhase(page, 'kaizen');
  await expect(page.getByRole('heading', { level: 1, name: 'Kaizen before round 2' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Move a station' })).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(/[А-Яа-яЁё]/);
  await fitsOnScreen(page);
    await shot('lesson-en-kaizen');

  // And back: the language is the player's choice, not the screen's.
  await page.getByRole('button', { name: 'RU', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Кайдзен перед раундом 2' })).toBeVisible();
});

test('the lesson seed comes from ?seed=, and a nonsense seed falls back to the default', async ({ page }) => {
  const leadWith = async (query: string): Promise<string> => {
    await openApp(page, `./${query}`);
    await expect(page.getByText(/seed/)).toContainText(query.includes('seed=7') ? '7' : '20261123');
    await page.getByRole('button', { name: CANTEEN_RU, exact: true }).click();
    await inPhase(page, 'briefing');
    await page.keyboard.press('Enter');
    await inPhase(page, 'round');
    await page.keyboard.press('End');
    await inPhase(page, 'results');
    return (await page.getByTestId('headline-lead-value').textContent()) ?? '';
  };
  const byDefault = await leadWith('');
  expect(await leadWith('?seed=nonsense')).toBe(byDefault);
  expect(await leadWith('?seed=7')).not.toBe(byDefault);
});

test('the same screens scale up to a 4K projector', async ({ page, shot }) => {
  await page.setViewportSize({ width: 3840, height: 2160 });
  await openApp(page);
  const rootSize = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(rootSize).toBeGreaterThan(40);
  await page.getByRole('button', { name: CANTEEN_RU, exact: true }).click();
  await inPhase(page, 'briefing');
  await page.keyboard.press('Enter');
  await inPhase(page, 'round');
  await expect(page.getByTestId('counter-queue')).not.toHaveText('0', { timeout: 20_000 });
  await page.keyboard.press('Space');
  await floorDrawn(page);
  await fitsOnScreen(page);
  await shot('lesson-4k-round');
  await page.keyboard.press('End');
  await inPhase(page, 'results');
  await fitsOnScreen(page);
  await shot('lesson-4k-results');
});
