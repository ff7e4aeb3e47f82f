/**
 * Registers dist/sw.js (src/app/offline/service-worker.ts) so the served site works offline
 * after the first visit, and tells the page when a newer version is waiting.
 *
 * Only in a production build of the site served over http(s): never in the dev server (hot
 * reload must keep working), never in the single-file build, never from file:// (a browser
 * refuses service workers there anyway).
 */
export interface UpdateOffer {
  /** Let the waiting version take over; the page reloads when it has. */
  apply(): void;
}

export function serviceWorkerWanted(): boolean {
  return (
    import.meta.env.PROD &&
    import.meta.env.MODE !== 'offline' &&
    (location.protocol === 'http:' || location.protocol === 'https:') &&
    'serviceWorker' in navigator
  );
}

export function registerServiceWorker(onUpdate: (offer: UpdateOffer) => void): void {
  if (!serviceWorkerWanted()) return;
  const container = navigator.serviceWorker;
  let reloadWhenReplaced = false;
  // Also fires when the very first worker claims the page: reload only when the player asked.
  container.addEventListener('controllerchange', () => {
    if (reloadWhenReplaced) window.location.reload();
  });

  const offer = (waiting: ServiceWorker): void => {
    // With no controller this is the first install, not an update.
    if (!container.controller) return;
    onUpdate({
      apply() {
        reloadWhenReplaced = true;
        waiting.postMessage({ type: 'skip-waiting' });
      },
    });
  };

  // After the page has loaded: precaching fetches the whole game (Phaser is over 1 MB), which
  // must not compete with the first screen on a slow school PC.
  const register = async (): Promise<void> => {
    try {
      const registration = await container.register('./sw.js', { scope: './' });
      if (registration.waiting) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed') offer(installing);
        });
      });
    } catch (error) {
      // The game works without it, only not offline: say so in the console and go on.
      console.warn('The service worker could not be registered; the game will need the network next time.', error);
    }
  };
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
