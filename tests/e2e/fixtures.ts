import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

export const SCREENSHOT_DIR = path.join(import.meta.dirname, 'screenshots');

interface Fixtures {
  /** Records console errors, page errors and requests to other hosts; fails the test if any happened. */
  guard: void;
  /** Saves a full-page screenshot to tests/e2e/screenshots/<name>.png for a person to look at. */
  shot: (name: string) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  guard: [
    async ({ context, page, baseURL }, use) => {
      if (!baseURL) throw new Error('baseURL is not set');
      const origin = new URL(baseURL).origin;
      const problems: string[] = [];
      const foreign: string[] = [];
      const isOwn = (url: string) => url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin;

      // Context-wide, so popups and workers are covered too. Aborting also keeps the
      // request from ever leaving the machine.
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (isOwn(url)) return route.fallback();
        foreign.push(url);
        return route.abort('blockedbyclient');
      });
      await context.routeWebSocket(/.*/, (ws) => {
        if (new URL(ws.url()).host === new URL(origin).host) ws.connectToServer();
        else {
          foreign.push(ws.url());
          void ws.close();
        }
      });
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console.error: ${msg.text()} (${msg.location().url})`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.stack ?? err.message}`));

      await use();

      // One assertion, so a failure shows both lists at once.
      expect({ foreignRequests: foreign, errors: problems }, 'the page must stay on its own host and log no errors').toEqual({
        foreignRequests: [],
        errors: [],
      });
    },
    { auto: true },
  ],
  shot: async ({ page }, use) => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await use(async (name) => {
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    });
  },
});

/** Opens the app and waits until main.ts says the first render is done. */
export async function openApp(page: Page, urlPath = './'): Promise<void> {
  await page.goto(urlPath);
  await page.locator('body[data-ready="true"]').waitFor();
}
