/**
 * The menu loads only what it needs; the editor, lesson mode, a level's screens, the floor
 * renderer and Phaser are fetched when first opened (src/ui/lazy). A part that cannot be
 * fetched says so, with "try again", and loads when the server is back; deep links load the
 * part they show on a fresh page; the service worker precaches every chunk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as plain, type Page } from '@playwright/test';
import { watchCsp } from './csp-watch';
import { expect, openApp, test } from './fixtures';
import { inPhase } from './play';

const DIST = path.resolve(import.meta.dirname, '../../dist');
const LAZY = /\/assets\/(editor-part|lesson-part|play-part|render|phaser)-[\w-]+\.js$/;
const CANTEEN_RU = 'Столовая на большой перемене';

// Requests a service worker answers are not seen by the page's routes: here every fetch goes to the server.
test.use({ serviceWorkers: 'block' });
plain.use({ serviceWorkers: 'block' });

/** The lazy chunks the page has asked for so far, by kind (editor-part, play-part, …). */
function lazyRequests(page: Page): () => string[] {
  const seen = new Set<string>();
  page.on('request', (request) => {
    const kind = LAZY.exec(new URL(request.url()).pathname)?.[1];
    if (kind) seen.add(kind);
  });
  return () => [...seen].sort();
}

test('the menu is playable without the editor, lesson mode, the level screens, the renderer or Phaser; each loads when first opened', async ({ page, shot }) => {
  const fetched = lazyRequests(page);
  await openApp(page);
  await expect(page.getByRole('button', { name: CANTEEN_RU, exact: true })).toBeVisible();
  expect(fetched()).toEqual([]);
  await shot('lazy-menu');

  await page.getByTestId('open-editor').click();
  await inPhase(page, 'editor');
  expect(fetched()).toEqual(['editor-part']);
  await page.getByRole('button', { name: 'Меню', exact: true }).click();
  await inPhase(page, 'menu');

  await page.getByRole('button', { name: CANTEEN_RU, exact: true }).click();
  await inPhase(page, 'briefing');
  await expect(page.getByRole('button', { name: /Начать раунд 1/ })).toBeVisible();
  // The briefing starts fetching the renderer (and Phaser with it) while it is read.
  await expect.poll(fetched).toEqual(['editor-part', 'phaser', 'play-part', 'render']);

  await page.goto('./#lesson');
  await page.locator('body[data-phase="lesson-setup"][data-ready="true"]').waitFor();
});

test("the editor's check worker is a small chunk that imports the page's core instead of a copy, and runs", async ({ page }) => {
  const csp = await watchCsp(page);
  const started = page.waitForEvent('worker');
  await page.goto('./#editor');
  await page.locator('body[data-phase="editor"][data-ready="true"]').waitFor();
  const worker = await started;
  expect(new URL(worker.url()).pathname).toMatch(/\/assets\/check-worker-[\w-]+\.js$/);
  // Its handler is set once its imports (the core chunk, with zod and src/sim) have run in the worker.
  await expect.poll(() => worker.evaluate(() => typeof self.onmessage)).toBe('function');
  const file = readdirSync(path.join(DIST, 'assets')).find((f) => /^check-worker-[\w-]+\.js$/.test(f));
  const source = readFileSync(path.join(DIST, 'assets', file ?? 'missing'), 'utf8');
  expect(source).toMatch(/from ?"\.\/core-[\w-]+\.js"|import ?"\.\/core-[\w-]+\.js"/);
  expect(source.length).toBeLessThan(2_000);
  expect(await csp.violations()).toEqual([]);
});

for (const [hash, phase] of [
  ['#editor', 'editor'],
  ['#lesson', 'lesson-setup'],
  ['#join', 'lesson-join'],
  // A lesson that is not saved here: its part loads, then it goes to the setup with a notice.
  ['#lesson/no-such-lesson', 'lesson-setup'],
] as const) {
  test(`a fresh page at ${hash} loads its part and shows it, with no CSP violation`, async ({ page }) => {
    const csp = await watchCsp(page);
    await page.goto(`./${hash}`);
    await page.locator(`body[data-phase="${phase}"][data-ready="true"]`).waitFor();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('chunk-status')).toHaveCount(0);
    expect(await csp.violations()).toEqual([]);
  });
}

/**
 * The failing-fetch tests log the browser's own "Failed to load resource" for the blocked
 * chunk, so they do without the shared guard's "no console error" rule; anything else
 * logged as an error, and any uncaught error or rejection, still fails them.
 */
function watchErrors(page: Page): () => string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/^Failed to load resource/.test(msg.text())) errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return () => errors;
}

/** Holds requests for `chunk` until released, then fails them as a lost connection would. */
async function failChunk(page: Page, chunk: RegExp): Promise<() => void> {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(chunk, async (route) => {
    await held;
    await route.abort('internetdisconnected');
  });
  return release;
}

plain('the editor that cannot be fetched shows a loading status, then a plain error, and opens on "try again" once the server answers', async ({ page }) => {
  const errors = watchErrors(page);
  const release = await failChunk(page, /\/assets\/editor-part-[\w-]+\.js$/);
  await openApp(page);
  await page.getByTestId('open-editor').click();

  await expect(page.getByRole('status')).toHaveText('Загрузка…');
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'false');
  release();

  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Эта часть игры не загрузилась' })).toBeVisible();
  await expect(alert).toContainText('Проверьте сеть и попробуйте снова.');
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('button', { name: 'Попробовать снова' })).toBeFocused();
  await page.screenshot({ path: path.join(import.meta.dirname, 'screenshots', 'lazy-failed.png') });

  await page.unroute(/\/assets\/editor-part-[\w-]+\.js$/);
  await page.getByRole('button', { name: 'Попробовать снова' }).click();
  await inPhase(page, 'editor');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors()).toEqual([]);
});

plain('lesson mode that cannot be fetched offers the way back to the menu, and opens from there later', async ({ page }) => {
  const errors = watchErrors(page);
  const release = await failChunk(page, /\/assets\/lesson-part-[\w-]+\.js$/);
  release();
  await page.goto('./#join');
  await expect(page.getByRole('alert').getByRole('heading', { name: 'Эта часть игры не загрузилась' })).toBeVisible();
  await page.getByRole('button', { name: 'В меню' }).click();
  await inPhase(page, 'menu');
  await expect(page).not.toHaveURL(/#join/);

  await page.unroute(/\/assets\/lesson-part-[\w-]+\.js$/);
  await page.getByTestId('menu-join-lesson').click();
  await page.locator('body[data-phase="lesson-join"][data-ready="true"]').waitFor();
  expect(errors()).toEqual([]);
});

plain('a level whose screens cannot be fetched says so in English too, and plays once they load', async ({ page }) => {
  const errors = watchErrors(page);
  const release = await failChunk(page, /\/assets\/play-part-[\w-]+\.js$/);
  release();
  await openApp(page);
  await page.locator('[data-lang-button="en"]').click();
  await page.locator('[data-level-id="canteen"]').click();
  await expect(page.getByRole('alert').getByRole('heading', { name: 'This part of the game did not load' })).toBeVisible();
  await page.unroute(/\/assets\/play-part-[\w-]+\.js$/);
  await page.getByRole('button', { name: 'Try again' }).click();
  await inPhase(page, 'briefing');
  await expect(page.getByRole('button', { name: /Start round 1/ })).toBeVisible();
  expect(errors()).toEqual([]);
});

test('the service worker precaches every chunk of the build', async ({ request }) => {
  const sw = await (await request.get('./sw.js')).text();
  const chunks = readdirSync(path.join(DIST, 'assets')).filter((file) => file.endsWith('.js'));
  expect(chunks.length).toBeGreaterThan(5);
  const missing = chunks.filter((file) => !sw.includes(`assets/${file}`));
  expect(missing).toEqual([]);
});

plain('the single file has every part inside: the editor and lesson mode open from file:// with every request blocked', async ({ browser }) => {
  const fileUrl = pathToFileURL(path.join(DIST, 'offline', 'mini-process-factory.html')).href;
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  try {
    await context.setOffline(true);
    const attempts: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.split('#')[0] === fileUrl) return route.fallback();
      attempts.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const csp = await watchCsp(page);
    for (const [hash, phase] of [
      ['#editor', 'editor'],
      ['#lesson', 'lesson-setup'],
      ['#join', 'lesson-join'],
    ] as const) {
      await page.goto('about:blank');
      await page.goto(`${fileUrl}${hash}`);
      await page.locator(`body[data-phase="${phase}"][data-ready="true"]`).waitFor();
      await expect(page.getByTestId('chunk-status')).toHaveCount(0);
    }
    expect({ attempts, errors: errors(), csp: await csp.violations() }).toEqual({ attempts: [], errors: [], csp: [] });
  } finally {
    await context.close();
  }
});
