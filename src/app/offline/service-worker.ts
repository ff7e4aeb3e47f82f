/**
 * The service worker of the served site (built by src/build/service-worker-plugin.ts into
 * dist/sw.js). After the first visit the game runs with no network at all:
 * - install: every file of this build goes into a cache named after the build's version;
 * - fetch: cache first (the files carry content hashes, so a cached one is never stale);
 *   any page of the game's folder gets the cached index.html, whatever its ?seed= or ?rounds=;
 * - activate: caches of other versions are deleted.
 * A new version waits until the page asks it to take over (the «Обновить» banner), so a
 * lesson under way is never switched to other code mid-round.
 *
 * Classic script, no imports: the plugin checks it stays that way.
 */

// The DOM library has no service-worker types; these are the few parts used here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** Written by the build plugin: this build's version and every file it produced, relative to the scope. */
interface BuildManifest {
  version: string;
  files: string[];
}

const worker = self as unknown as WorkerScope;
const build = JSON.parse('__MPF_SW_MANIFEST__') as BuildManifest;
const CACHE_PREFIX = 'mpf-';
const CACHE = `${CACHE_PREFIX}${build.version}`;
const scope = new URL(worker.registration.scope);
const INDEX = new URL('index.html', scope).href;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    // cache: 'reload' skips the HTTP cache, so the precache holds exactly this build's files.
    caches.open(CACHE).then((cache) => cache.addAll(build.files.map((file) => new Request(new URL(file, scope), { cache: 'reload' })))),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'skip-waiting') void worker.skipWaiting();
});

/** The game is one page: the folder itself, index.html, with any query. */
function isGamePage(url: URL): boolean {
  return url.origin === scope.origin && (url.pathname === scope.pathname || url.pathname === new URL(INDEX).pathname);
}

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const url = new URL(request.url);
  // ignoreVary: the precache stored each file fetched without an Origin header; the page asks
  // for its module scripts with one (crossorigin), and the server answers `Vary: Origin`.
  const hit = request.mode === 'navigate' && isGamePage(url) ? await cache.match(INDEX, { ignoreVary: true }) : await cache.match(request, { ignoreVary: true });
  return hit ?? fetch(request);
}

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== scope.origin) return;
  event.respondWith(cacheFirst(request));
});
