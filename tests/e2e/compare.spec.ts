/**
 * "Compare plans: is it real or luck?" played by keyboard at 1024×768: from the menu, two
 * canteen plans built by ticking cards, a refused card with its reason, the verdicts read in
 * Russian and English, and the kaizen screen's "compare with the previous round".
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { inPhase } from './play';

async function openCompare(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: 'Сравнить планы', exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Сравнение планов: по-настоящему или повезло?' })).toBeVisible();
  await expect(page.getByLabel('Процесс')).toHaveValue('canteen');
}

async function tick(page: Page, plan: 'План А' | 'План Б', card: string): Promise<void> {
  const box = page.getByRole('checkbox', { name: `${plan}: ${card}`, exact: true });
  await box.focus();
  await page.keyboard.press('Space');
}

/** Press Enter away from any control (the page's main button) and wait for the table. */
async function runComparison(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('compare-table')).toBeVisible();
}

test('two canteen plans over 30 runs: the menu board is a real cut in the lead time, not luck', async ({ page, shot }) => {
  await openCompare(page);
  await tick(page, 'План Б', 'Меню на стенде у входа');
  await expect(page.getByRole('checkbox', { name: 'План Б: Меню на стенде у входа' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'План А: Меню на стенде у входа' })).not.toBeChecked();
  await expect(page.getByTestId('compare-seeds')).toHaveValue('30');
  await shot('compare-setup');

  await runComparison(page);
  await expect(page.getByTestId('compare-results')).toContainText('Прогонов: 30');
  const lead = page.getByTestId('verdict-leadTimeMean');
  await expect(lead).toContainText('Б лучше');
  await expect(lead).toContainText(/План Б сокращает среднее время в процессе на \d+,\d+–\d+,\d+ мин/);
  await expect(page.getByTestId('verdict-valueMeasure')).toContainText(/План Б увеличивает показатель ценности на \d+(,\d+)?–\d+(,\d+)? п\. п\./);
  // Walking is untouched by a menu board: the same in every run.
  await expect(page.getByTestId('verdict-waste.motion')).toContainText('Одинаково во всех прогонах');
  await expect(page.locator('tr[data-metric="leadTimeMean"]')).toHaveAttribute('data-significant', 'true');
  await page.getByTestId('compare-table').scrollIntoViewIfNeeded();
  await shot('compare-ru');

  // The same result in English, after a language switch (the plans and the result are kept).
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByTestId('verdict-leadTimeMean')).toContainText(/Plan B cuts the mean lead time by \d+\.\d+–\d+\.\d+ min/);
  await expect(page.getByRole('checkbox', { name: 'Plan B: A menu board at the entrance' })).toBeChecked();
  await shot('compare-en');
});

test('a change too small for 20 runs is called luck, and identical plans differ by nothing', async ({ page }) => {
  await openCompare(page);
  await tick(page, 'План Б', 'Классы с интервалом 3 минуты');
  await page.getByTestId('compare-seeds').fill('20');
  await page.getByTestId('compare-seeds').press('Enter');
  await expect(page.getByTestId('compare-table')).toBeVisible();
  await expect(page.getByTestId('compare-results')).toContainText('Прогонов: 20');
  await expect(page.getByTestId('verdict-leadTimeMean')).toContainText('План Б сокращает');
  await expect(page.getByTestId('verdict-valueMeasure')).toContainText('Значимой разницы нет: это может быть случайность');
  await expect(page.locator('tr[data-metric="valueMeasure"]')).toHaveAttribute('data-significant', 'false');

  // Change plan B back: the shown result is marked out of date until Compare is pressed again.
  await tick(page, 'План Б', 'Классы с интервалом 3 минуты');
  await expect(page.getByText('Планы изменились после расчёта')).toBeVisible();
  await runComparison(page);
  await expect(page.getByText('Планы изменились после расчёта')).toBeHidden();
  const verdicts = page.locator('[data-testid^="verdict-"]');
  const count = await verdicts.count();
  expect(count).toBeGreaterThanOrEqual(6);
  for (let i = 0; i < count; i++) await expect(verdicts.nth(i)).toContainText('Одинаково во всех прогонах');
});

test('a card whose prerequisite is missing is refused with the reason; bad run counts are explained', async ({ page }) => {
  await openCompare(page);
  await tick(page, 'План А', 'Приборы и хлеб — в начало линии');
  await expect(page.getByRole('alert')).toContainText('План А: для карточки «Приборы и хлеб — в начало линии» сначала нужны: «Сортировка: убрать лишнее из зала»');
  await expect(page.getByRole('checkbox', { name: 'План А: Приборы и хлеб — в начало линии' })).not.toBeChecked();
  await tick(page, 'План А', 'Сортировка: убрать лишнее из зала');
  await tick(page, 'План А', 'Приборы и хлеб — в начало линии');
  await expect(page.getByRole('checkbox', { name: 'План А: Приборы и хлеб — в начало линии' })).toBeChecked();
  await expect(page.getByTestId('compare-refusal')).toBeEmpty();
  // Unticking the card another one needs is refused too.
  await tick(page, 'План А', 'Сортировка: убрать лишнее из зала');
  await expect(page.getByRole('alert')).toContainText('сначала нужны');
  await expect(page.getByRole('checkbox', { name: 'План А: Сортировка: убрать лишнее из зала' })).toBeChecked();

  // A station move: onto a wall is refused with the reason, onto the floor it joins plan B.
  const planB = page.getByTestId('plan-b');
  await planB.getByText('Переставить станцию').focus();
  await page.keyboard.press('Enter');
  await planB.getByLabel('Станция').selectOption({ label: 'Окно приёма посуды' });
  await planB.getByLabel('X', { exact: true }).fill('0');
  await planB.getByLabel('Y', { exact: true }).fill('0');
  await planB.getByLabel('Y', { exact: true }).press('Enter');
  await expect(page.getByRole('alert')).toHaveText('План Б: клетка 0, 0 — стена');
  await planB.getByLabel('X', { exact: true }).fill('24');
  await planB.getByLabel('Y', { exact: true }).fill('10');
  await planB.getByRole('button', { name: 'Переставить', exact: true }).press('Enter');
  await expect(planB.getByRole('listitem').filter({ hasText: 'Окно приёма посуды → (24, 10)' })).toBeVisible();
  await expect(page.getByTestId('compare-refusal')).toBeEmpty();

  await page.getByTestId('compare-seeds').fill('3');
  await page.getByTestId('compare-seeds').press('Enter');
  await expect(page.getByTestId('compare-status')).toHaveText('Число прогонов — целое от 10 до 200.');
  await expect(page.getByTestId('compare-results')).toBeHidden();

  // Escape goes back to the menu.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Мини-фабрика процессов' })).toBeVisible();
});

test('from the kaizen screen: the new plan against the previous round, then back to the same kaizen', async ({ page, shot }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Столовая на большой перемене', exact: true }).press('Enter');
  await inPhase(page, 'briefing');
  await page.keyboard.press('Enter');
  await inPhase(page, 'round');
  await page.keyboard.press('End');
  await inPhase(page, 'results');
  await page.getByRole('button', { name: /Дальше: кайдзен/ }).press('Enter');
  await inPhase(page, 'kaizen');
  await page.getByTestId('card-menu-board').getByRole('button', { name: /^Применить: / }).press('Enter');
  await expect(page.getByTestId('changes')).toContainText('Меню на стенде у входа');
  await shot('compare-kaizen-button');

  await page.getByTestId('compare-from-kaizen').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Сравнение планов: по-настоящему или повезло?' })).toBeVisible();
  await expect(page.getByTestId('plan-a')).toContainText('План раунда 1');
  await expect(page.getByTestId('plan-b')).toContainText('Ваш план на раунд 2');
  await expect(page.getByTestId('plan-b')).toContainText('«Меню на стенде у входа»');
  await runComparison(page);
  await expect(page.getByTestId('verdict-leadTimeMean')).toContainText('Ваш план на раунд 2 сокращает среднее время в процессе');
  await shot('compare-kaizen');

  await page.getByRole('button', { name: 'Назад к кайдзену' }).press('Enter');
  await inPhase(page, 'kaizen');
  await expect(page.getByRole('heading', { level: 1, name: /Кайдзен перед раундом 2/ })).toBeVisible();
  await expect(page.getByTestId('changes')).toContainText('Меню на стенде у входа');
});

test('the page has an address: a reload brings back the same setup and the same verdict; a broken address says so', async ({ page, shot }) => {
  await openCompare(page);
  await expect(page).toHaveURL(/#compare\/canteen\/30\/-\/-$/);
  await tick(page, 'План Б', 'Меню на стенде у входа');
  await page.getByTestId('compare-seeds').fill('20');
  await page.getByTestId('compare-seeds').press('Enter');
  await expect(page.getByTestId('compare-table')).toBeVisible();
  await expect(page).toHaveURL(/#compare\/canteen\/20\/-\/menu-board$/);
  const verdict = await page.getByTestId('verdict-leadTimeMean').textContent();
  expect(verdict).toMatch(/План Б сокращает среднее время в процессе/);

  await page.reload();
  await page.locator('body[data-ready="true"]').waitFor();
  await expect(page.getByRole('heading', { level: 1, name: 'Сравнение планов: по-настоящему или повезло?' })).toBeVisible();
  await expect(page.getByLabel('Процесс')).toHaveValue('canteen');
  await expect(page.getByRole('checkbox', { name: 'План Б: Меню на стенде у входа' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'План А: Меню на стенде у входа' })).not.toBeChecked();
  await expect(page.getByTestId('compare-seeds')).toHaveValue('20');
  // It runs again by itself, on the same random numbers: the same verdict to the digit.
  await expect(page.getByTestId('compare-results')).toContainText('Прогонов: 20');
  await expect(page.getByTestId('verdict-leadTimeMean')).toHaveText(verdict ?? '');
  await shot('compare-reloaded');

  // Escape closes the page and its address.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Мини-фабрика процессов' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');

  // An old link (a process the game no longer has): a plain message and the default setup, nothing run.
  await openApp(page, './#compare/library/30/-/sort-hall');
  await expect(page.getByTestId('compare-address-problem')).toHaveText(
    'В адресе указан процесс «library», которого в игре нет (старая ссылка?). Показаны настройки по умолчанию.',
  );
  await expect(page.getByLabel('Процесс')).toHaveValue('canteen');
  await expect(page.getByTestId('compare-seeds')).toHaveValue('30');
  await expect(page.getByTestId('compare-results')).toBeHidden();
  await expect(page).toHaveURL(/#compare\/canteen\/30\/-\/-$/);

  // A plan the level refuses, then plain garbage.
  await openApp(page, './#compare/canteen/30/-/cutlery-first');
  await expect(page.getByTestId('compare-address-problem')).toContainText('План Б из адреса не собрать: для карточки «Приборы и хлеб — в начало линии» сначала нужны');
  await openApp(page, './#compare/%E0%A4%A');
  await expect(page.getByTestId('compare-address-problem')).toHaveText('Адрес этого сравнения не удалось прочитать (ссылка повреждена?). Показаны настройки по умолчанию.');
  await shot('compare-bad-address');
});
