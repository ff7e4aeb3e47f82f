/**
 * Records Content-Security-Policy violations the page reports: the `securitypolicyviolation`
 * events (collected from the first script on, before the game's own code) and the console's
 * "Refused to …" lines. A strict CSP is only proven when both stay empty while the game plays.
 */
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export interface CspWatch {
  /** every violation so far, from the page's events and its console */
  violations(): Promise<string[]>;
}

export async function watchCsp(page: Page): Promise<CspWatch> {
  const fromConsole: string[] = [];
  page.on('console', (msg) => {
    if (/content security policy|refused to/i.test(msg.text())) fromConsole.push(`console: ${msg.text()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return {
    async violations() {
      const fromEvents = await page.evaluate(() => window.__cspViolations ?? ['the CSP watcher did not start']);
      return [...fromEvents, ...fromConsole];
    },
  };
}
