/**
 * A tiny static server for dist/ on its own loopback port, whose sw.js can be swapped for a
 * "next deployment" mid-test. The browser fetches a service worker's script past Playwright's
 * routing, so a new version has to come from a real server, as it would in a school.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const DIST = path.resolve(import.meta.dirname, '../../dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface DeployServer {
  url: string;
  /** Serves sw.js as `change` makes it from the built one (a new version's worker). */
  deploy(change: (sw: string) => string): void;
  close(): Promise<void>;
}

export async function startDeployServer(): Promise<DeployServer> {
  const builtSw = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  let sw = builtSw;
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = pathname === '/' ? 'index.html' : pathname.slice(1);
    const full = path.resolve(DIST, file);
    try {
      if (!full.startsWith(DIST + path.sep)) throw new Error('outside dist');
      const body = file === 'sw.js' ? Buffer.from(sw) : readFileSync(full);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    deploy(change) {
      sw = change(builtSw);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
