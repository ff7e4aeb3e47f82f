/** Offline delivery in the running page: the service worker, and the banner when a new version waits. */
import { registerServiceWorker } from './register-service-worker';
import { showUpdateBanner } from './update-banner';

export function startOfflineSupport(): void {
  registerServiceWorker(showUpdateBanner);
}
