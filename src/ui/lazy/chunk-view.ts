/**
 * What the page shows while a chunk of code loads: a status line (role=status, read out by
 * screen readers), then either the loaded screen (the caller draws it) or, if the fetch
 * failed, a plain message with "try again" — never a blank page or an unhandled rejection.
 *
 * `body[data-ready]` stays "false" while loading (the screen is not usable yet) and becomes
 * "true" when the failure message is shown (it is usable: its button works);
 * `body[data-chunk]` is "loading" or "failed" meanwhile, for tests and styles.
 */
import { button, el } from '../dom';
import { tr, type Lang } from '../i18n';
import type { Chunk } from './chunk';
import './lazy.css';

export interface ChunkView {
  el: HTMLElement;
  /** the element to focus when shown */
  focus: HTMLElement;
  /** Stops caring: a load that finishes later does nothing. */
  destroy(): void;
}

export interface ChunkViewOptions {
  lang: Lang;
  /** called once the chunk has loaded (the caller now draws the real screen) */
  onLoaded(): void;
  /** a way out besides "try again" (e.g. back to the menu) */
  back?: { label: string; go(): void };
}

export function chunkView<T>(part: Chunk<T>, options: ChunkViewOptions): ChunkView {
  const { lang } = options;
  const status = el('p', { class: 'chunk-status__text', text: tr(lang, 'lazyLoading') });
  const root = el('main', { class: 'chunk-status', attrs: { 'data-testid': 'chunk-status', tabindex: -1 } });
  let done = false;

  const showLoading = (): void => {
    document.body.dataset.chunk = 'loading';
    document.body.dataset.ready = 'false';
    root.replaceChildren(el('div', { class: 'chunk-status__box', attrs: { role: 'status', 'aria-live': 'polite' } }, el('span', { class: 'chunk-status__spinner', attrs: { 'aria-hidden': 'true' } }), status));
  };

  const showFailed = (error: unknown): void => {
    // Logged as a warning, not an error: a lost connection is the user's situation, not a bug.
    console.warn('A part of the game could not be loaded.', error);
    document.body.dataset.chunk = 'failed';
    const title = el('h1', { class: 'chunk-status__title', text: tr(lang, 'lazyFailedTitle') });
    title.tabIndex = -1;
    const retry = button(tr(lang, 'lazyRetry'), () => attempt(), { class: 'btn btn--primary', attrs: { 'data-testid': 'chunk-retry' } });
    const back = options.back;
    root.replaceChildren(
      el(
        'div',
        { class: 'chunk-status__box', attrs: { role: 'alert' } },
        title,
        el('p', { text: tr(lang, 'lazyFailedText') }),
        el('div', { class: 'chunk-status__actions' }, retry, back ? button(back.label, () => back.go(), { class: 'btn' }) : null),
      ),
    );
    document.body.dataset.ready = 'true';
    retry.focus({ preventScroll: true });
  };

  function attempt(): void {
    showLoading();
    part.load().then(
      () => {
        if (done) return;
        done = true;
        delete document.body.dataset.chunk;
        options.onLoaded();
      },
      (error: unknown) => {
        if (!done) showFailed(error);
      },
    );
  }

  attempt();
  return {
    el: root,
    focus: root,
    destroy() {
      if (done) return;
      done = true;
      delete document.body.dataset.chunk;
    },
  };
}
