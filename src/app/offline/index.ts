/** Offline delivery in the running page: the service worker, and the banner when a new version waits. */
import { registerServiceWorker } from './register-service-worker';
import { showUpdateBanner } from './update-banner';

export function startOfflineSupport(): void {
  // The single file has no server to ask for sw.js: a build-time constant leaves all of this out of it.
  if (import.meta.env.MODE === 'offline') return;
  registerServiceWorker(showUpdateBanner);
}
