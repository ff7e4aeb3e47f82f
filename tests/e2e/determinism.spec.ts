import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, openApp, test } from './fixtures';

const root = path.resolve(import.meta.dirname, '../..');

/** What the CLI prints in Node for this run. */
function nodeJson(level: string, seed: number, rounds: number): string {
  return execFileSync('npx', ['tsx', 'src/cli/sim.ts', `levels/${level}.json`, '--seed', String(seed), '--rounds', String(rounds), '--json'], {
    cwd: root,
    encoding: 'utf8',
  });
}

test('the core gives byte-identical results in the browser and in Node', async ({ page }) => {
  await openApp(page);
  const inBrowser = await page.evaluate(() => {
    const api = (window as unknown as { miniProcessFactory: { runRounds(id: string, o: object): string } }).miniProcessFactory;
    return api.runRounds('canteen', { seed: 42, rounds: 2 });
  });
  expect(inBrowser).toBe(nodeJson('canteen', 42, 2));
});
