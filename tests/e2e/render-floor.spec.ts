/**
 * The floor plan (src/render) on its own test page: drawn at several times of a round, in
 * kaizen with cards applied, a station dragged (accepted and refused), resized, and in
 * English. Screenshots go to tests/e2e/screenshots/render-*.png for a person to look at.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');
const HARNESS = '__render-harness/tests/e2e/render-harness/index.html';

test.describe.configure({ mode: 'serial' });

const HARNESS_FILE = path.join(root, 'dist', HARNESS);
let building: Promise<unknown> | undefined;

/** Builds the test page into dist/ (next to the app the runner built) unless it is there. */
async function ensureHarness(): Promise<void> {
  if (existsSync(HARNESS_FILE)) return;
  building ??= build({
    root,
    logLevel: 'warn',
    build: {
      outDir: path.join(root, 'dist/__render-harness'),
      emptyOutDir: true,
      rolldownOptions: { input: path.join(root, 'tests/e2e/render-harness/index.html') },
    },
  }).finally(() => {
    building = undefined;
  });
  await building;
}

test.beforeAll(async ({}, info) => {
  info.setTimeout(180_000);
  await ensureHarness();
});

type Harness = {
  controller: {
    view: { phase: string; clock: { t: number }; timeline?: { duration: number }; refusal?: string; session?: { plan: { level: { stations: { id: string; x: number; y: number }[] } } } };
    next(): void;
    step(n: number): void;
    apply(cmd: unknown): boolean;
    togglePause(): void;
  };
  start(rounds?: number): void;
  destroy(): void;
  remount(lang?: 'ru' | 'en'): void;
};

async function open(page: Page, query = ''): Promise<void> {
  // another build of the app may have emptied dist/ meanwhile
  await ensureHarness();
  await page.goto(`${HARNESS}${query}`);
  await page.locator('body[data-ready="true"]').waitFor();
}

async function ready(page: Page, phase: string): Promise<void> {
  await page.locator(`#floor[data-floor-phase="${phase}"][data-floor-ready="true"]`).waitFor();
  // one more frame, so what the screenshot shows is what the flag said
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Moves the paused round clock to t seconds. */
async function at(page: Page, t: number): Promise<void> {
  await page.evaluate((t) => {
    const h = (window as unknown as { harness: Harness }).harness;
    const c = h.controller;
    if (!c.view.clock || c.view.phase !== 'round') return;
    c.step(Math.round((t - c.view.clock.t) / 10));
  }, t);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Page coordinates of a tile's centre, from the floor's data-plan-box hook. */
async function tileCentre(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ x, y }) => {
      const el = document.querySelector('#floor') as HTMLElement;
      const r = el.getBoundingClientRect();
      const [left, top, tile] = (el.dataset.planBox ?? '0 0 0').split(' ').map(Number) as [number, number, number];
      return { x: r.left + left + (x + 0.5) * tile, y: r.top + top + (y + 0.5) * tile };
    },
    { x, y },
  );
}

async function units(page: Page): Promise<number> {
  return Number(await page.locator('#floor').getAttribute('data-units'));
}

test('floor: a round of the canteen, step by step', async ({ page, shot }) => {
  await open(page, '?detail=full');
  await expect(page.locator('#floor')).toHaveAttribute('data-renderer', /^(canvas|webgl)$/);
  await ready(page, 'menu');
  await expect(page.locator('#floor canvas')).toBeHidden();

  await page.evaluate(() => (window as unknown as { harness: Harness }).harness.start());
  await ready(page, 'briefing');
  expect(await units(page)).toBe(0);
  await shot('render-briefing');

  await page.evaluate(() => {
    const c = (window as unknown as { harness: Harness }).harness.controller;
    c.next();
    c.togglePause();
  });
  await ready(page, 'round');
  for (const t of [40, 120, 300, 700, 1150]) {
    await at(page, t);
    await shot(`render-round-t${t}`);
    if (t <= 700) expect(await units(page)).toBeGreaterThan(0);
  }
});

test('floor: kaizen with every kind of card, dragging a station', async ({ page, shot }) => {
  await open(page, '?detail=full');
  await page.evaluate(() => {
    const h = (window as unknown as { harness: Harness }).harness;
    h.start();
    h.controller.next(); // round 1
    h.controller.next(); // skip to results
    h.controller.next(); // kaizen
  });
  await ready(page, 'kaizen');
  expect(await units(page)).toBe(0);
  await shot('render-kaizen-before');

  const applied = await page.evaluate(() => {
    const c = (window as unknown as { harness: Harness }).harness.controller;
    return ['test-sort', 'test-order', 'test-menu', 'test-list', 'test-cutlery', 'test-waves'].map((card) => c.apply({ type: 'applyCard', card }));
  });
  expect(applied).toEqual([true, true, true, true, true, true]);
  await ready(page, 'kaizen');
  await shot('render-kaizen-cards');

  // Drag the cash desk (16,2) two tiles down onto free floor: accepted.
  const tileOf = (x: number, y: number) => tileCentre(page, x, y);
  const from = await tileOf(16, 2);
  const to = await tileOf(16, 4);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, from.y + 8, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await shot('render-kaizen-dragging');
  await page.mouse.up();
  await ready(page, 'kaizen');
  const cash = await page.evaluate(() =>
    (window as unknown as { harness: Harness }).harness.controller.view.session?.plan.level.stations.find((s) => s.id === 'cash'),
  );
  expect(cash).toMatchObject({ x: 16, y: 4 });

  // Drag it onto a table (an obstacle): refused, and it snaps back.
  const from2 = await tileOf(16, 4);
  const table = await tileOf(14, 6);
  await page.mouse.move(from2.x, from2.y);
  await page.mouse.down();
  await page.mouse.move(from2.x + 8, from2.y, { steps: 2 });
  await page.mouse.move(table.x, table.y, { steps: 6 });
  await shot('render-kaizen-drag-refused');
  await page.mouse.up();
  const after = await page.evaluate(() => {
    const v = (window as unknown as { harness: Harness }).harness.controller.view;
    return { cash: v.session?.plan.level.stations.find((s) => s.id === 'cash'), refusal: v.refusal };
  });
  expect(after.cash).toMatchObject({ x: 16, y: 4 });
  expect(after.refusal).toBeTruthy();
  await page.waitForTimeout(300);
  await shot('render-kaizen-after');

  // The UI's keyboard move control can show its target on the plan.
  await page.evaluate(() => {
    const h = (window as unknown as { harness: { floor: { setMoveTarget(t: unknown): void } } }).harness;
    h.floor.setMoveTarget({ station: 'line', x: 9, y: 3 });
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await shot('render-kaizen-keyboard-target');
  await page.evaluate(() => {
    const h = (window as unknown as { harness: { floor: { setMoveTarget(t: unknown): void } } }).harness;
    h.floor.setMoveTarget(undefined);
  });

  // Round 2 with the cards in force.
  await page.evaluate(() => {
    const c = (window as unknown as { harness: Harness }).harness.controller;
    c.next();
    c.togglePause();
  });
  await ready(page, 'round');
  await at(page, 300);
  await shot('render-round2-t300');
  expect(await units(page)).toBeGreaterThan(0);
});

test('floor: English, full screen, resize, destroy', async ({ page, shot }) => {
  await open(page, '?lang=en&layout=full&detail=full');
  await page.evaluate(() => {
    const h = (window as unknown as { harness: Harness }).harness;
    h.start();
    h.controller.next();
    h.controller.togglePause();
  });
  await ready(page, 'round');
  await at(page, 200);
  await shot('render-en-full-t200');

  await page.setViewportSize({ width: 800, height: 600 });
  await page.waitForTimeout(300);
  await ready(page, 'round');
  await shot('render-en-800x600');

  await page.evaluate(() => (window as unknown as { harness: Harness }).harness.destroy());
  await expect(page.locator('#floor canvas')).toHaveCount(0);
});

test('floor: a high-DPI screen stays sharp', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await open(page, '?detail=full');
  await page.evaluate(() => {
    const h = (window as unknown as { harness: Harness }).harness;
    h.start();
    h.controller.next();
    h.controller.togglePause();
  });
  await ready(page, 'round');
  await at(page, 150);
  const size = await page.evaluate(() => {
    const c = document.querySelector('#floor canvas') as HTMLCanvasElement;
    return { w: c.width, cssW: c.getBoundingClientRect().width };
  });
  expect(size.w).toBe(Math.round(size.cssW * 2));
  await page.screenshot({ path: path.join(import.meta.dirname, 'screenshots', 'render-hidpi-t150.png') });
  expect(errors).toEqual([]);
  await context.close();
});

test('floor: renderer can be forced from the URL', async ({ page }) => {
  await open(page, '?renderer=canvas');
  await expect(page.locator('#floor')).toHaveAttribute('data-renderer', 'canvas');
  await open(page, '?renderer=webgl');
  // WebGL when the browser has it at all, else Canvas
  await expect(page.locator('#floor')).toHaveAttribute('data-renderer', /^(webgl|canvas)$/);
  await page.evaluate(() => {
    const h = (window as unknown as { harness: Harness }).harness;
    h.start();
    h.controller.next();
    h.controller.togglePause();
  });
  await ready(page, 'round');
  await at(page, 100);
  expect(await units(page)).toBeGreaterThan(0);
  const floor = page.locator('#floor');
  console.log(`[render] ?renderer=webgl gave ${await floor.getAttribute('data-renderer')} (${await floor.getAttribute('data-renderer-why')})`);
  await page.screenshot({ path: path.join(import.meta.dirname, 'screenshots', 'render-forced-webgl-t100.png') });
});

test('floor: the shipped canteen with its own cards', async ({ page, shot }) => {
  await open(page, '?level=shipped&detail=full');
  await page.evaluate(() => {
    const h = (window as unknown as { harness: Harness }).harness;
    h.start();
    h.controller.next();
    h.controller.togglePause();
  });
  await ready(page, 'round');
  await at(page, 180);
  await shot('render-shipped-round1-t180');

  const result = await page.evaluate(() => {
    const h = (window as unknown as { harness: Harness & { level: { cards: { id: string }[] } } }).harness;
    h.controller.next(); // results
    h.controller.next(); // kaizen
    return h.level.cards.map((c) => ({ id: c.id, ok: h.controller.apply({ type: 'applyCard', card: c.id }) }));
  });
  expect(result.some((r) => r.ok)).toBe(true);
  await ready(page, 'kaizen');
  await shot('render-shipped-kaizen-all-cards');
  const before = await page.locator('#floor').getAttribute('data-plan-box');
  await page.evaluate(() => document.getElementById('screen')?.classList.add('small'));
  await expect(page.locator('#floor')).not.toHaveAttribute('data-plan-box', before ?? '');
  await ready(page, 'kaizen');
  await shot('render-shipped-kaizen-small');
  await page.evaluate(() => document.getElementById('screen')?.classList.remove('small'));

  await page.evaluate(() => {
    const c = (window as unknown as { harness: Harness }).harness.controller;
    c.next();
    c.togglePause();
  });
  await ready(page, 'round');
  await at(page, 180);
  await shot('render-shipped-round2-t180');
});

test('floor: plays in real time at a steady frame rate', async ({ page }) => {
  await open(page);
  const fps = await page.evaluate(async () => {
    const h = (window as unknown as { harness: Harness & { play(): () => void; fps(ms?: number): Promise<number> } }).harness;
    h.start();
    h.controller.next();
    (h.controller as unknown as { setSpeed(s: number): void }).setSpeed(4);
    h.play();
    await new Promise((r) => setTimeout(r, 500));
    return h.fps(3000);
  });
  const floor = page.locator('#floor');
  const info = { fps: Math.round(fps), renderer: await floor.getAttribute('data-renderer'), detail: await floor.getAttribute('data-detail'), units: await floor.getAttribute('data-units') };
  console.log(`[render] real-time playback: ${JSON.stringify(info)}`);
  expect(Number(info.units)).toBeGreaterThan(0);
});

test('floor: sleeps in the menu, wakes for the next phase, clicks select a unit', async ({ page }) => {
  await open(page, '?detail=full');
  await ready(page, 'menu');
  await expect(page.locator('#floor canvas')).toBeHidden();
  await page.evaluate(() => {
    const h = (window as unknown as { harness: Harness }).harness;
    h.start();
    h.controller.next();
    h.controller.togglePause();
  });
  await ready(page, 'round');
  await expect(page.locator('#floor canvas')).toBeVisible();
  await at(page, 60);
  // click the first unit that is drawn
  const first = await page.evaluate(() => {
    const h = (window as unknown as { harness: Harness & { unitsNow(): { unit: number; x: number; y: number }[] } }).harness;
    return h.unitsNow()[0];
  });
  const target = first ? await tileCentre(page, first.x, first.y) : undefined;
  expect(target).toBeDefined();
  if (!target) return;
  await page.mouse.click(target.x, target.y);
  await expect(page.locator('#floor')).toHaveAttribute('data-selected-unit', /\d+/);
  await page.evaluate(() => {
    const h = (window as unknown as { harness: Harness & { controller: { toMenu(): void } } }).harness;
    h.controller.toMenu();
  });
  await ready(page, 'menu');
  await expect(page.locator('#floor canvas')).toBeHidden();
  await page.evaluate(() => (window as unknown as { harness: Harness }).harness.destroy());
  await expect(page.locator('#floor canvas')).toHaveCount(0);
});

test('floor: scales up to a 4K screen, and draws fewer pixels in low detail', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 3840, height: 2160 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const detail of ['full', 'low']) {
    await open(page, `?layout=full&detail=${detail}`);
    await page.evaluate(() => {
      const h = (window as unknown as { harness: Harness }).harness;
      h.start();
      h.controller.next();
      h.controller.togglePause();
    });
    await ready(page, 'round');
    await at(page, 300);
    expect(await units(page)).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(import.meta.dirname, 'screenshots', `render-4k-${detail}-t300.png`) });
  }
  await context.close();
});

test('floor: mounted anew for each screen without running out of WebGL contexts', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && /webgl|context/i.test(m.text())) warnings.push(m.text());
  });
  await open(page, '?renderer=webgl');
  await page.evaluate(async () => {
    const h = (window as unknown as { harness: Harness }).harness;
    h.start();
    h.controller.next();
    for (let i = 0; i < 20; i++) {
      h.remount(i % 2 === 0 ? 'en' : 'ru');
      await new Promise((r) => setTimeout(r, 60));
    }
  });
  await ready(page, 'round');
  expect(await units(page)).toBeGreaterThan(0);
  await expect(page.locator('#floor canvas')).toHaveCount(1);
  expect(warnings.filter((w) => /too many/i.test(w))).toEqual([]);
});
