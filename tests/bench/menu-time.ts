/**
 * Time from opening the page to a playable menu: from the start of navigation to the first
 * frame after the menu's level buttons are visible and `body[data-ready="true"]`, on a cold
 * cache (a new browser context each time), served from the local preview server.
 */
import type { BrowserSession } from './browser';

export interface MenuTime {
  cpuSlowdown: number;
  /** median over the runs, ms */
  medianMs: number;
  runsMs: number[];
  /** the JavaScript files the page had fetched when the menu became playable (first run), e.g. assets/index-….js */
  scripts: string[];
}

/**
 * Installed before the page's own scripts: watches the DOM and notes the time of the first
 * animation frame after the menu became playable (so the menu has been painted).
 */
const WATCH_MENU = `(() => {
  const playable = () => {
    if (document.body?.dataset.ready !== 'true' || document.body.dataset.phase !== 'menu') return false;
    const button = document.querySelector('[data-level-id]');
    if (!button) return false;
    const r = button.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(button).visibility !== 'hidden';
  };
  const check = () => {
    if (window.__menuPlayableAt !== undefined || !playable()) return;
    window.__menuPlayableAt = -1;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__menuPlayableAt = performance.now();
      window.__menuScripts = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js'));
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})()`;

export async function menuTime(session: BrowserSession, cpuSlowdown: number, runs = 3): Promise<MenuTime> {
  const runsMs: number[] = [];
  let scripts: string[] = [];
  for (let i = 0; i < runs; i++) {
    const { page } = await session.newPage(cpuSlowdown);
    try {
      await page.addInitScript(WATCH_MENU);
      await page.goto(session.url);
      await page.waitForFunction('window.__menuPlayableAt > 0', undefined, { timeout: 60_000 });
      runsMs.push((await page.evaluate('window.__menuPlayableAt')) as number);
      if (i === 0) scripts = ((await page.evaluate('window.__menuScripts')) as string[]).map((p) => p.replace(/^.*\/(assets\/)/, '$1')).sort();
    } finally {
      await page.context().close();
    }
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { cpuSlowdown, medianMs: sorted[Math.floor(sorted.length / 2)] as number, runsMs, scripts };
}
