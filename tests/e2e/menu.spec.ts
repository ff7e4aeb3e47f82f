import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, openApp, test } from './fixtures';
import { fitsOnScreen } from './play';

test('menu shows the Russian title and switches to English', async ({ page, shot }) => {
  await openApp(page);

  await expect(page.getByRole('heading', { level: 1, name: 'Мини-фабрика процессов' })).toBeVisible();
  await expect(page).toHaveTitle('Мини-фабрика процессов');
  await expect(page.getByRole('navigation', { name: 'Уровни' })).toBeVisible();
  // Levels, the lesson, the workshop and practice: all on one 1024×768 projector screen.
  await expect(page.getByRole('region', { name: 'Мастерская педагога' })).toBeVisible();
  await fitsOnScreen(page);
  await shot('menu-ru');

  await page.getByRole('button', { name: 'EN', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Mini Process Factory' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'EN', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Levels' })).toBeVisible();
  await fitsOnScreen(page);
  await shot('menu-en');
});

test('language choice survives a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.reload();
  await page.locator('body[data-ready="true"]').waitFor();
  await expect(page.getByRole('heading', { level: 1, name: 'Mini Process Factory' })).toBeVisible();
});

test('menu lists every level in /levels, or says there are none', async ({ page }) => {
  const dir = path.join(import.meta.dirname, '../../levels');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  // Same rule as the menu: a JSON file there without a title (a schema, say) is not a level.
  const titles = files
    .map((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { title?: { ru?: unknown } }).title?.ru)
    .filter((title): title is string => typeof title === 'string');

  await openApp(page);
  const nav = page.getByRole('navigation', { name: 'Уровни' });
  if (titles.length === 0) {
    await expect(nav.getByText('Уровней пока нет.')).toBeVisible();
  } else {
    await expect(nav.getByRole('listitem')).toHaveCount(titles.length);
    for (const title of titles) await expect(nav.getByRole('button', { name: title, exact: true })).toBeVisible();
  }
});
