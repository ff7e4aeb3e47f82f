/**
 * The browser half of `npm run bench`: the JavaScript the game ships (gzipped), and how a
 * round plays in headless Chromium — at full speed and as a weak school PC (the CPU slowed
 * down through the DevTools protocol) — counted frame by frame from requestAnimationFrame
 * timestamps (Phaser's own fps figure is smoothed and lies early).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { build } from 'vite';
import { findChromium, root, startPreview, waitUntilServing } from '../e2e/harness.mjs';
import { shippedJavaScriptOf, type ShippedJavaScript } from './shipped';

/** Every JavaScript file of the built site (dist/), and which of them the menu needs. */
export function shippedJavaScript(dist = join(root, 'dist')): ShippedJavaScript {
  const all = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  return shippedJavaScriptOf(readFileSync(join(dist, 'index.html'), 'utf8'), all, (file) => readFileSync(join(dist, file)));
}

export async function buildSite(): Promise<void> {
  await build({ root, logLevel: 'warn' });
}

export const VIEWPORT = { width: 1280, height: 800 };

/** The flags of tests/e2e/playwright.config.ts, plus a garbage collector the memory test may call. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--js-flags=--expose-gc'];

export interface BrowserSession {
  browser: Browser;
  url: string;
  /** A fresh page (own context: cold cache) with the CPU slowed down `cpuSlowdown` times. */
  newPage(cpuSlowdown: number): Promise<{ page: Page; cdp: CDPSession }>;
}

/** Serves dist/ on a free port and starts Chromium for the time of `use`. */
export async function withBrowser<T>(use: (session: BrowserSession) => Promise<T>): Promise<T> {
  const { server, url } = await startPreview();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    await waitUntilServing(url);
    return await use({
      browser,
      url,
      async newPage(cpuSlowdown) {
        const context = await browser.newContext({ viewport: VIEWPORT });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        // rate 1 is "no throttling"; set it anyway so every profile runs the same code path
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
        return { page, cdp };
      },
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

export interface FrameReport {
  cpuSlowdown: number;
  renderer: string;
  fps: number;
  longestFrameMs: number;
  /** frames over 100 ms (the weak-PC target allows none) */
  framesOver100: number;
  frames: number;
  /** times per second the floor itself was drawn (lower detail levels draw it on fewer frames) */
  floorDrawsPerSecond: number;
  units: number;
  /** the floor's detail level at the end of the measurement (data-detail) */
  detail: string;
  /** detail levels the floor went through while measured, in order */
  detailSteps: string[];
}

export interface FrameOptions {
  cpuSlowdown: number;
  /** how long frames are counted, real seconds */
  seconds?: number;
  /** ?detail=… forced in the URL (undefined: the floor chooses by itself) */
  detail?: string;
  /** arrow-key steps into the round before counting (each ~30 s of the canteen): jump to where the floor is full */
  stepsIn?: number;
  /** real seconds played before counting starts (the floor settles its detail level) */
  warmUpSeconds?: number;
}

/**
 * Plays round 1 of the canteen at 1×, jumps to where the most pupils are on the floor and
 * counts animation frames for `seconds`.
 */
export async function roundFrames(session: BrowserSession, options: FrameOptions): Promise<FrameReport> {
  const { cpuSlowdown, seconds = 5, stepsIn = 4, warmUpSeconds = 10 } = options;
  const { page } = await session.newPage(cpuSlowdown);
  try {
    await page.goto(options.detail ? `${session.url}?detail=${options.detail}` : session.url);
    await page.locator('body[data-ready="true"]').waitFor();
    await page.locator('[data-level-id="canteen"]').click();
    await page.locator('body[data-phase="briefing"]').waitFor();
    await page.keyboard.press('Enter');
    await page.locator('body[data-phase="round"][data-ready="true"]').waitFor();
    await page.locator('[data-floor-ready="true"]').waitFor({ timeout: 60_000 });
    // Step in (each step pauses), then play on from there.
    for (let i = 0; i < stepsIn; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    // A string, not a function: the TypeScript loader would wrap a function's inner
    // functions in a helper (__name) that does not exist in the page.
    return (await page.evaluate(`new Promise((resolve) => {
      const floor = document.querySelector('[data-renderer]');
      const detailNow = () => (floor && floor.dataset.detail) || 'full';
      const draws = () => Number((floor && floor.dataset.draws) || 0);
      let steps;
      const gaps = [];
      let start;
      let last;
      let drawsAtStart;
      const warmUp = ${warmUpSeconds * 1000};
      const frame = (now) => {
        if (start === undefined) start = now;
        if (now - start >= warmUp) {
          if (last !== undefined) gaps.push(now - last);
          else { steps = [detailNow()]; drawsAtStart = draws(); }
          last = now;
          const d = detailNow();
          if (steps[steps.length - 1] !== d) steps.push(d);
        }
        if (now - start < warmUp + ${seconds * 1000}) { requestAnimationFrame(frame); return; }
        const total = gaps.reduce((a, b) => a + b, 0);
        resolve({
          cpuSlowdown: ${cpuSlowdown},
          renderer: floor ? floor.dataset.renderer : 'unknown',
          fps: (gaps.length / total) * 1000,
          longestFrameMs: Math.max(...gaps),
          framesOver100: gaps.filter((g) => g > 100).length,
          frames: gaps.length,
          floorDrawsPerSecond: ((draws() - drawsAtStart) / total) * 1000,
          units: Number(document.querySelector('[data-units]')?.dataset.units ?? 0),
          detail: detailNow(),
          detailSteps: steps,
        });
      };
      requestAnimationFrame(frame);
    })`)) as FrameReport;
  } finally {
    await page.context().close();
  }
}
