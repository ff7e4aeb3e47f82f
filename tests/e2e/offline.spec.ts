/**
 * The game without a network:
 * - the single file (npm run build:offline → dist/offline/mini-process-factory.html) opened
 *   from disk by file://, every request blocked and counted, plays a round of the canteen;
 * - the served site, once visited, starts and plays with the network off (service worker);
 * - a new version of the site is announced by a banner, and «Обновить» switches to it.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { watchCsp } from './csp-watch';
import { startDeployServer } from './deploy-server';
import { expect, openApp, SCREENSHOT_DIR, test } from './fixtures';
import { floorDrawn, inPhase } from './play';

const DIST = path.resolve(import.meta.dirname, '../../dist');

/** The site's files as the build wrote them: index.html and assets/ (not the single file, not test pages). */
function builtFiles(): string[] {
  return ['index.html', ...readdirSync(path.join(DIST, 'assets')).map((file) => `assets/${file}`)].sort();
}

const SINGLE_FILE = path.resolve(import.meta.dirname, '../../dist/offline/mini-process-factory.html');
const CANTEEN_RU = 'Столовая на большой перемене';

async function playCanteenRound(page: Page): Promise<void> {
  await page.getByRole('button', { name: CANTEEN_RU, exact: true }).press('Enter');
  await inPhase(page, 'briefing');
  await page.getByRole('button', { name: /Начать раунд 1/ }).press('Enter');
  await inPhase(page, 'round');
  await floorDrawn(page);
  await page.keyboard.press('4');
  await expect(page.getByTestId('counter-queue')).not.toHaveText('0', { timeout: 20_000 });
  await page.keyboard.press('End');
  await inPhase(page, 'results');
  await expect(page.getByRole('region', { name: 'Потери всего' }).getByTestId('headline-waste-value')).toHaveText(/\d+\sчел\.-мин/);
}

/** Resolves once a service worker controls the page (the first visit installed it). */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

async function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).filter((key) => key.startsWith('mpf-')));
}

test.describe('the single file from a flash drive', () => {
  let offline: BrowserContext | undefined;
  test.afterEach(async () => {
    await offline?.close();
    offline = undefined;
  });

  test('opens by file:// with every request blocked and plays a round of the canteen', async ({ browser }) => {
    expect(existsSync(SINGLE_FILE), `${SINGLE_FILE} is built by the e2e runner (npm run build:offline)`).toBe(true);
    const fileUrl = pathToFileURL(SINGLE_FILE).href;
    // Its own context: the shared guard judges requests by the test server's origin, and here there is none.
    offline = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    await offline.setOffline(true);
    const attempts: string[] = [];
    await offline.route('**/*', (route) => {
      const url = route.request().url();
      if (url === fileUrl) return route.fallback();
      attempts.push(url);
      return route.abort('blockedbyclient');
    });
    offline.on('request', (request) => {
      const url = request.url();
      if (url !== fileUrl && !url.startsWith('data:') && !url.startsWith('blob:')) attempts.push(url);
    });
    const page = await offline.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    const csp = await watchCsp(page);

    await page.goto(fileUrl);
    await page.locator('body[data-ready="true"]').waitFor();
    await expect(page.getByRole('heading', { level: 1, name: 'Мини-фабрика процессов' })).toBeVisible();
    await playCanteenRound(page);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'offline-single-file-results.png') });

    // The Cyrillic face is the bundled one, read from the file itself.
    expect(await page.evaluate(() => document.fonts.check('600 16px "Golos Text"', 'Столовая'))).toBe(true);
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    expect({ attempts: [...new Set(attempts)], errors, csp: await csp.violations() }).toEqual({ attempts: [], errors: [], csp: [] });
  });
});

test.describe('the served site after the first visit', () => {
  test('starts and plays with the network off, from the service worker cache', async ({ page, context }) => {
    const csp = await watchCsp(page);
    await openApp(page);
    await controlledByServiceWorker(page);
    expect(await cacheNames(page)).toEqual([expect.stringMatching(/^mpf-\d+\.\d+\.\d+-[0-9a-f]{12}$/)]);
    // Every file of the build is precached (sw.js itself is the browser's to keep).
    const cached = await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys()).find((key) => key.startsWith('mpf-'))!);
      return (await cache.keys()).map((request) => new URL(request.url).pathname.slice(1)).sort();
    });
    expect(cached).toEqual(builtFiles());

    await context.setOffline(true);
    await page.reload();
    await page.locator('body[data-ready="true"]').waitFor();
    await expect(page.getByRole('navigation', { name: 'Уровни' })).toBeVisible();
    await playCanteenRound(page);

    // Another lesson's link (a different seed) is the same page, also offline.
    await openApp(page, './?seed=7&rounds=2');
    await expect(page.getByText('Раундов в уроке: 2 · номер урока (seed): 7')).toBeVisible();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'offline-served-menu.png') });
    expect(await csp.violations()).toEqual([]);
    await context.setOffline(false);
  });

  test('says when a new version is ready; «Позже» hides it, «Обновить» switches to it and drops the old cache', async ({ browser }) => {
    const server = await startDeployServer();
    const school = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    try {
      const page = await school.newPage();
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      await page.goto(server.url);
      await page.locator('body[data-ready="true"]').waitFor();
      await controlledByServiceWorker(page);
      const [oldCache] = await cacheNames(page);
      expect(oldCache).toBeDefined();

      // The next deployment: the same worker with another version, as a new build would give.
      server.deploy((sw) => sw.replace(/(\\"version\\":\\"[^\\"]+)/, '$1-next'));
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const banner = page.getByRole('status').filter({ hasText: 'Вышла новая версия игры.' });
      await expect(banner).toBeVisible();
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'offline-update-banner.png') });

      // «Позже»: the bar goes, the page keeps running its version; the next visit offers it again.
      await banner.getByRole('button', { name: 'Позже' }).click();
      await expect(banner).toHaveCount(0);
      expect(await cacheNames(page)).toEqual(expect.arrayContaining([oldCache, `${oldCache}-next`]));
      await page.reload();
      await page.locator('body[data-ready="true"]').waitFor();
      await expect(banner).toBeVisible();

      // The bar follows the language.
      await page.getByRole('button', { name: 'EN', exact: true }).click();
      const bannerEn = page.getByRole('status').filter({ hasText: 'A new version of the game is available.' });
      await expect(bannerEn.getByRole('button', { name: 'Reload' })).toBeVisible();

      const reloaded = page.waitForEvent('load');
      await bannerEn.getByRole('button', { name: 'Reload' }).click();
      await reloaded;
      await page.locator('body[data-ready="true"]').waitFor();
      await expect(page.getByRole('heading', { level: 1, name: 'Mini Process Factory' })).toBeVisible();
      await expect(page.locator('.update-banner')).toHaveCount(0);
      await expect.poll(() => cacheNames(page)).toEqual([`${oldCache}-next`]);
      expect(errors).toEqual([]);
    } finally {
      await school.close();
      await server.close();
    }
  });
});
