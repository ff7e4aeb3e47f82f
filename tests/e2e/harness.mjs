// Shared by the e2e runner and the browser benchmark: find Debian's Chromium (installing it
// when we may), and serve dist/ on a free loopback port.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import process from 'node:process';
import { preview } from 'vite';

export const root = path.resolve(import.meta.dirname, '../..');
const HOST = '127.0.0.1';
const DEFAULT_CHROMIUM = '/usr/bin/chromium';

function log(message) {
  console.log(`[e2e] ${message}`);
}

function fail(message) {
  console.error(`[e2e] ${message}`);
  process.exit(1);
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(cmd, args, env = process.env) {
  log(`$ ${[cmd, ...args].join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (result.status !== 0) fail(`${cmd} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) fail(`CHROMIUM_PATH=${fromEnv} is not an executable file.`);
    return fromEnv;
  }
  if (isExecutable(DEFAULT_CHROMIUM)) return DEFAULT_CHROMIUM;

  const canApt = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!canApt) {
    fail(
      `No Chromium found at ${DEFAULT_CHROMIUM} and cannot install it (needs root and apt-get).\n` +
        '      Install Debian\'s "chromium" package, or set CHROMIUM_PATH to a Chromium/Chrome binary.',
    );
  }
  log(`No Chromium at ${DEFAULT_CHROMIUM}: installing Debian's chromium package with apt-get.`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], env);
  run('apt-get', ['install', '-y', 'chromium'], env);
  if (!isExecutable(DEFAULT_CHROMIUM)) fail(`apt-get installed chromium but ${DEFAULT_CHROMIUM} is still missing.`);
  return DEFAULT_CHROMIUM;
}

/** Asks the OS for a port nobody holds right now, instead of hoping a fixed one is free. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Another process may grab the port between probing and listening: try a few fresh ones. */
export async function startPreview() {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      const server = await preview({
        root,
        logLevel: 'warn',
        preview: { host: HOST, port, strictPort: true, open: false },
      });
      return { server, url: `http://${HOST}:${port}/` };
    } catch (err) {
      if (attempt >= 5 || err?.code !== 'EADDRINUSE') throw err;
      log(`port ${port} was taken meanwhile, trying another`);
    }
  }
}

export async function waitUntilServing(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`preview server at ${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

