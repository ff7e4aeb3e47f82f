/**
 * The browser half of `npm run bench`: the JavaScript the game ships (gzipped), and frames
 * per second while a canteen round plays in headless Chromium, counted frame by frame
 * (Phaser's own fps figure is smoothed and lies early).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { findChromium, root, startPreview, waitUntilServing } from '../e2e/harness.mjs';

export function shippedJavaScript(dir = join(root, 'dist', 'assets')): { files: number; raw: number; gzipped: number } {
  let raw = 0;
  let gzipped = 0;
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, raw, gzipped };
}

export interface FrameReport {
  renderer: string;
  fps: number;
  longestFrameMs: number;
  units: number;
}

/** Plays round 1 of the canteen at 1× and counts animation frames for `seconds`. */
export async function roundFrames(seconds = 5, viewport = { width: 1280, height: 800 }): Promise<FrameReport> {
  const { server, url } = await startPreview();
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    await waitUntilServing(url);
    const page = await browser.newPage({ viewport });
    await page.goto(url);
    await page.locator('body[data-ready="true"]').waitFor();
    await page.locator('[data-level-id="canteen"]').click();
    await page.locator('body[data-phase="briefing"]').waitFor();
    await page.keyboard.press('Enter');
    await page.locator('body[data-phase="round"]').waitFor();
    await page.locator('[data-floor-ready="true"]').waitFor();
    // A string, not a function: the TypeScript loader would wrap a function's inner
    // functions in a helper (__name) that does not exist in the page.
    return (await page.evaluate(`new Promise((resolve) => {
      const gaps = [];
      let last = performance.now();
      const start = last;
      const frame = (now) => {
        gaps.push(now - last);
        last = now;
        if (now - start < ${seconds * 1000}) { requestAnimationFrame(frame); return; }
        const floor = document.querySelector('[data-renderer]');
        const total = gaps.reduce((a, b) => a + b, 0);
        resolve({
          renderer: floor ? floor.dataset.renderer : 'unknown',
          fps: (gaps.length / total) * 1000,
          longestFrameMs: Math.max(...gaps.slice(1)),
          units: Number(document.querySelector('[data-units]')?.dataset.units ?? 0),
        });
      };
      requestAnimationFrame(frame);
    })`)) as FrameReport;
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function buildSite(): Promise<void> {
  await build({ root, logLevel: 'warn' });
}
