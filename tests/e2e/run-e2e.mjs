// Builds the app, serves dist/ on a free loopback port and runs Playwright against it
// with the system Chromium (Playwright's own browser downloads are not reachable here).
import { spawn } from 'node:child_process';
import process from 'node:process';
import { build } from 'vite';
import { findChromium, root, startPreview, waitUntilServing } from './harness.mjs';

function log(message) {
  console.log(`[e2e] ${message}`);
}

const chromium = findChromium();
log(`Chromium: ${chromium}`);

await build({ root, logLevel: 'warn' });
// The single file for flash drives (dist/offline/mini-process-factory.html), opened by offline.spec.ts.
await build({ root, logLevel: 'warn', mode: 'offline' });
log('build done');

// The server lives in this process, so it cannot outlive the run even if we are killed hard.
const { server, url } = await startPreview();
let child;
let closing;
const stop = () => (closing ??= Promise.resolve(server.close()).catch(() => {}));

let exited;
let interrupted;

/** npx does not pass signals on, so Playwright runs in its own process group and we end the whole group. */
async function stopChild(signal) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const killGroup = (sig) => {
    try {
      process.kill(-child.pid, sig);
    } catch {
      /* already gone */
    }
  };
  killGroup(signal);
  const timer = setTimeout(() => killGroup('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
  process.on(signal, async () => {
    if (interrupted) return;
    interrupted = 128 + number;
    log(`${signal}: stopping Playwright and the server`);
    await stopChild(signal);
    await stop();
    process.exit(interrupted);
  });
}

let code = 1;
try {
  await waitUntilServing(url);
  if (interrupted) throw new Error('interrupted');
  log(`serving dist/ at ${url}`);
  const args = ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', ...process.argv.slice(2)];
  log(`$ npx ${args.join(' ')}`);
  child = spawn('npx', args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium, BASE_URL: url },
    detached: true,
  });
  code = await (exited = new Promise((resolve) => {
    child.once('error', (err) => {
      console.error(`[e2e] could not start Playwright: ${err.message}`);
      resolve(1);
    });
    child.once('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  }));
} catch (err) {
  console.error(`[e2e] ${err?.stack ?? err}`);
  code = 1;
} finally {
  await stop();
}
process.exit(interrupted ?? code);
