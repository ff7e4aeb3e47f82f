/**
 * The small bar that says a new version of the game is ready: «Обновить» lets it take over
 * (the page reloads), «Позже» hides the bar and the new version starts with the next visit.
 * It follows the UI language (the lang attribute the app sets on <html>).
 */
import { isLang, tr, type Lang } from '../../ui/i18n';
import type { UpdateOffer } from './register-service-worker';
import './update-banner.css';

function pageLang(): Lang {
  const lang = document.documentElement.lang;
  return isLang(lang) ? lang : 'ru';
}

export function showUpdateBanner(offer: UpdateOffer): HTMLElement {
  document.querySelector('.update-banner')?.remove();
  const bar = document.createElement('div');
  bar.className = 'update-banner';
  bar.setAttribute('role', 'status');
  bar.dataset.testid = 'update-banner';
  const text = document.createElement('span');
  const reload = document.createElement('button');
  const later = document.createElement('button');
  reload.type = later.type = 'button';
  reload.className = 'update-banner__reload';
  later.className = 'update-banner__later';
  bar.append(text, reload, later);

  const label = (): void => {
    const lang = pageLang();
    text.textContent = tr(lang, 'updateAvailable');
    reload.textContent = tr(lang, 'updateReload');
    later.textContent = tr(lang, 'updateLater');
  };
  label();
  const relabel = new MutationObserver(label);
  relabel.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  const close = (): void => {
    relabel.disconnect();
    bar.remove();
  };

  reload.addEventListener('click', () => {
    reload.disabled = true;
    offer.apply();
  });
  later.addEventListener('click', close);
  document.body.append(bar);
  return bar;
}
