/**
 * The process editor's page: a toolbar (new, open, save, undo, redo, run now, play), tabs for
 * the level, the floor plan, the stations, the routes and the cards, and beside them the
 * problem list of the live check and the metrics of the last "Run now". Everything it edits
 * goes through the draft's undo history (EditorState); it holds no other state of its own.
 */
import './editor.css';
import { button, el } from '../dom';
import { langSwitch, type Ctx, type Screen } from '../screen';
import type { MessageKey } from '../i18n';
import { draftFromLevel, emptyDraft, levelFileName, levelFileText } from '../../app/editor/draft';
import { replaceDraft, setAt } from '../../app/editor/commands';
import { EDITOR_TABS, locateIssue, parsePath, pathCandidates, type EditorTab } from '../../app/editor/locate';
import { explainIssues } from '../../app/editor/explain';
import { readLevelFile } from '../../app/editor/shape';
import { runDraft } from '../../app/editor/run-draft';
import type { Level } from '../../sim';
import type { EdCtx } from './ed-ctx';
import type { EditorState } from './editor-state';
import { issuesView, noticeView } from './issues-view';
import { runView } from './run-view';
import { downloadText, undoKeys } from './browser-io';
import { cardsPanel } from './panels/cards-panel';
import { floorPanel } from './panels/floor-panel';
import { levelPanel } from './panels/level-panel';
import { routesPanel } from './panels/routes-panel';
import { stationsPanel } from './panels/stations-panel';

export interface EditorHost {
  state: EditorState;
  play(level: Level): void;
  close(): void;
}

export function editorScreen(app: Ctx, host: EditorHost): Screen {
  const state = host.state;
  state.seed ??= app.seed;
  let seed = state.seed;
  const h1 = el('h1', { class: 'topbar__heading', text: app.t('ed_heading') });
  h1.tabIndex = -1;

  const edCtx = (): EdCtx => ({
    lang: app.lang,
    f: app.f,
    t: app.t,
    draft: state.draft,
    apply: (recipe, group) => state.apply(recipe, group),
    seed,
  });

  // --- toolbar ------------------------------------------------------------------------------
  const startSelect = el('select', { class: 'input ed-input', id: 'ed-start-from', attrs: { 'data-key': 'start-from' } });
  startSelect.append(el('option', { text: app.t('ed_startEmpty'), attrs: { value: '' } }));
  for (const entry of app.levels) if (entry.ok) startSelect.append(el('option', { text: entry.level.title[app.lang], attrs: { value: entry.id } }));
  const startButton = button(app.t('ed_start'), () => {
    const entry = app.levels.find((e) => e.ok && e.id === startSelect.value);
    const next = entry?.ok ? draftFromLevel(entry.level) : emptyDraft();
    state.apply(replaceDraft(next));
    state.notice = { kind: 'started' };
    state.tab = entry ? 'level' : 'floor';
    renderAll();
  }, { class: 'btn btn--small', attrs: { 'data-key': 'start' } });

  const fileInput = el('input', { class: 'sr-only', attrs: { type: 'file', accept: '.json,application/json', tabindex: -1, 'aria-hidden': 'true', 'data-testid': 'open-file' } });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      const r = readLevelFile(text);
      if (r.ok) {
        state.apply(replaceDraft(r.draft));
        state.notice = { kind: 'opened', file: file.name };
        state.tab = 'level';
      } else state.notice = { kind: 'openFailed', file: file.name, issues: r.issues };
      fileInput.value = '';
      renderAll();
    });
  });
  const openButton = button(app.t('ed_open'), () => fileInput.click(), { class: 'btn btn--small', attrs: { 'data-key': 'open' } });
  const saveButton = button(app.t('ed_save'), () => save(), { class: 'btn btn--small', attrs: { 'data-key': 'save' } });
  const undoButton = button(app.t('ed_undo'), () => state.undo(), { class: 'btn btn--small', attrs: { 'aria-keyshortcuts': 'Control+Z', 'data-key': 'undo', title: 'Ctrl+Z' } });
  const redoButton = button(app.t('ed_redo'), () => state.redo(), { class: 'btn btn--small', attrs: { 'aria-keyshortcuts': 'Control+Y Control+Shift+Z', 'data-key': 'redo', title: 'Ctrl+Y' } });
  const seedInput = el('input', { class: 'input input--num ed-input ed-input--seed', id: 'ed-seed', attrs: { type: 'number', min: 0, 'data-key': 'seed' } });
  seedInput.value = String(seed);
  seedInput.addEventListener('change', () => {
    const n = Number(seedInput.value);
    if (Number.isSafeInteger(n) && n >= 0 && n <= 0xffffffff) {
      seed = n;
      state.seed = n;
      state.run = undefined;
      renderAll();
    }
  });
  const runButton = button(app.t('ed_run'), () => run(), { class: 'btn btn--small btn--primary', attrs: { 'data-key': 'run' } });
  const playButton = button(app.t('ed_play'), () => play(), { class: 'btn btn--small btn--primary', attrs: { 'data-key': 'play' } });
  const toolbar = el(
    'div',
    { class: 'ed-toolbar', attrs: { role: 'toolbar', 'aria-label': app.t('ed_toolbar') } },
    el('div', { class: 'ed-toolbar__group' }, el('label', { text: app.t('ed_startFrom'), attrs: { for: startSelect.id } }), startSelect, startButton),
    el('div', { class: 'ed-toolbar__group' }, openButton, fileInput, saveButton),
    el('div', { class: 'ed-toolbar__group' }, undoButton, redoButton),
    el('div', { class: 'ed-toolbar__group' }, el('label', { text: app.t('ed_seed'), attrs: { for: seedInput.id } }), seedInput, runButton, playButton),
  );

  const menuButton = button(app.t('menuButton'), app.act(() => host.close()), { class: 'btn btn--quiet' });
  const bar = el(
    'header',
    { class: 'topbar' },
    el('div', { class: 'topbar__titles' }, el('p', { class: 'topbar__level', text: app.t('ed_kicker') }), h1),
    el('div', { class: 'topbar__right' }, langSwitch(app), menuButton),
  );

  // --- tabs, panel, side --------------------------------------------------------------------
  const tabList = el('div', { class: 'tabs__list ed-tabs', attrs: { role: 'tablist', 'aria-label': app.t('ed_tabs') } });
  const panelHost = el('div', { class: 'ed-main', attrs: { role: 'tabpanel', id: 'ed-panel', tabindex: -1 } });
  const issuesHost = el('section', { class: 'ed-issues', attrs: { 'aria-labelledby': 'ed-issues-heading' } });
  const runHost = el('section', { class: 'ed-run', attrs: { 'aria-label': app.t('ed_runHeading'), 'data-testid': 'run-results' } });
  const noticeHost = el('div', { class: 'ed-notice-host', attrs: { 'aria-live': 'polite' } });
  const side = el('aside', { class: 'ed-side' }, noticeHost, issuesHost, runHost);
  const page = el('main', { class: 'screen ed', attrs: { 'data-testid': 'editor' } }, bar, toolbar, el('div', { class: 'ed-body' }, el('div', { class: 'ed-center' }, tabList, panelHost), side));

  function tabButton(tab: EditorTab, count: number): HTMLButtonElement {
    const selected = state.tab === tab;
    const b = el('button', {
      class: 'tabs__tab ed-tab',
      id: `ed-tab-${tab}`,
      attrs: { type: 'button', role: 'tab', 'aria-selected': String(selected), 'aria-controls': 'ed-panel', tabindex: selected ? 0 : -1, 'data-key': `tab-${tab}` },
    }, el('span', { text: app.t(`ed_tab_${tab}` as MessageKey) }), count > 0 ? el('span', { class: 'ed-tab__count', text: String(count), attrs: { 'aria-label': app.t('ed_tabProblems', { n: count }) } }) : null);
    b.addEventListener('click', () => {
      state.tab = tab;
      renderAll();
    });
    b.addEventListener('keydown', (e) => {
      const i = EDITOR_TABS.indexOf(tab);
      const next = e.key === 'ArrowRight' ? EDITOR_TABS[(i + 1) % EDITOR_TABS.length] : e.key === 'ArrowLeft' ? EDITOR_TABS[(i + EDITOR_TABS.length - 1) % EDITOR_TABS.length] : undefined;
      if (!next) return;
      e.preventDefault();
      state.tab = next;
      renderAll();
      tabList.querySelector<HTMLElement>(`#ed-tab-${next}`)?.focus();
    });
    return b;
  }

  function renderPanel(): void {
    const ctx = edCtx();
    const panel = ((): HTMLElement => {
      switch (state.tab) {
        case 'level':
          return levelPanel(ctx);
        case 'floor':
          return floorPanel(ctx, state.grid);
        case 'stations':
          return stationsPanel(ctx);
        case 'routes':
          return routesPanel(ctx);
        case 'cards':
          return cardsPanel(ctx);
      }
    })();
    panelHost.setAttribute('aria-labelledby', `ed-tab-${state.tab}`);
    panelHost.replaceChildren(panel);
  }

  /** Redraw what shows the check (tabs' counts, the problem list, the run, the buttons); the forms stay as they are. */
  function renderStatus(): void {
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    const key = active?.dataset.key;
    const explained = explainIssues(state.check.issues);
    const counts = new Map<EditorTab, number>();
    for (const e of explained) {
      const tab = locateIssue(e.path, state.draft).tab;
      counts.set(tab, (counts.get(tab) ?? 0) + 1);
    }
    tabList.replaceChildren(...EDITOR_TABS.map((tab) => tabButton(tab, counts.get(tab) ?? 0)));
    issuesHost.replaceChildren(issuesView(app, state, explained, goTo, (path) => state.apply(setAt(parsePath(path), undefined))));
    runHost.replaceChildren(runView(app, state.run, measuredKind()));
    noticeHost.replaceChildren(noticeView(app, state.notice));
    undoButton.disabled = !state.canUndo();
    redoButton.disabled = !state.canRedo();
    const playable = state.check.ok && !state.checking;
    runButton.setAttribute('aria-disabled', String(!playable));
    playButton.setAttribute('aria-disabled', String(!playable));
    page.dataset.valid = state.checking ? 'pending' : String(state.check.ok);
    restoreFocus(active, key);
  }

  /** The kind of unit the value measure counts: its minutes are the waste's unit. */
  function measuredKind(): 'person' | 'document' {
    const d = state.draft;
    return d.entities.find((e) => e.id === d.valueMeasure.entity)?.kind === 'document' ? 'document' : 'person';
  }

  /** Redraw everything that shows the draft, keeping focus and scroll where they were. */
  function renderAll(): void {
    const active = document.activeElement instanceof HTMLElement && page.contains(document.activeElement) ? document.activeElement : undefined;
    const key = active?.dataset.key;
    const scroll = panelHost.scrollTop;
    renderPanel();
    panelHost.scrollTop = scroll;
    renderStatus();
    restoreFocus(active, key);
  }

  /** A redrawn part loses focus even when it re-uses the element (the plan): give it back. */
  function restoreFocus(active: HTMLElement | undefined, key: string | undefined): void {
    if (key && document.activeElement !== active) {
      page.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus({ preventScroll: true });
    }
  }

  let pending: number | undefined;
  /** After an edit: redraw once the browser has moved focus (a Tab out of a field commits it first). */
  function scheduleRender(): void {
    if (pending !== undefined) return;
    pending = window.setTimeout(() => {
      pending = undefined;
      renderAll();
    }, 0);
  }

  /** A problem clicked: open its tab, focus its field (or put the plan's cursor on its tile). */
  function goTo(path: string): void {
    const where = locateIssue(path, state.draft);
    state.tab = where.tab;
    if (where.tile) state.grid.cursor = where.tile;
    renderAll();
    const candidates = pathCandidates(where.path);
    for (const p of candidates) {
      const target = panelHost.querySelector<HTMLElement>(`[data-path="${CSS.escape(p)}"]`);
      if (!target) continue;
      const focusable = target.matches('input, select, textarea, button, [tabindex]') ? target : target.querySelector<HTMLElement>('input, select, textarea, button, [tabindex]');
      target.scrollIntoView({ block: 'center' });
      target.classList.add('ed-flash');
      window.setTimeout(() => target.classList.remove('ed-flash'), 1500);
      (where.tab === 'floor' && p.startsWith('$.floor.tiles') ? state.grid.el : focusable ?? target).focus({ preventScroll: true });
      return;
    }
    panelHost.focus();
  }

  // --- actions ------------------------------------------------------------------------------
  function save(): void {
    const check = state.checkNow();
    const file = levelFileName(state.draft);
    downloadText(file, levelFileText(state.draft));
    state.notice = { kind: 'saved', file, problems: check.issues.length };
    renderAll();
  }

  function run(): void {
    const check = state.checkNow();
    if (!check.ok) {
      renderAll();
      issuesHost.querySelector<HTMLElement>('h2')?.focus();
      return;
    }
    state.run = runDraft(state.draft, seed);
    renderAll();
  }

  function play(): void {
    const check = state.checkNow();
    if (!check.ok) {
      renderAll();
      issuesHost.querySelector<HTMLElement>('h2')?.focus();
      return;
    }
    state.saveNow();
    host.play(check.level);
  }

  const removeUndoKeys = undoKeys(() => state.undo(), () => state.redo());
  const onLeave = (): void => state.saveNow();
  window.addEventListener('pagehide', onLeave);
  // An edit redraws the forms; a finished check only the status, never a field being typed in.
  const unsubscribe = state.subscribe((what) => (what === 'draft' ? scheduleRender() : renderStatus()));
  state.grid.onBrush = () => {
    if (state.tab === 'floor') scheduleRender();
  };

  renderAll();
  exposeInConsole(state);
  return {
    el: page,
    title: app.t('ed_heading'),
    focus: h1,
    destroy: () => {
      removeUndoKeys();
      window.removeEventListener('pagehide', onLeave);
      window.clearTimeout(pending);
      unsubscribe();
      state.saveNow();
    },
  };
}

/** `miniProcessFactory.editor.lastRun()`: the last "Run now" as the CLI prints it (the browser/CLI comparison). */
function exposeInConsole(state: EditorState): void {
  const api = (window as unknown as { miniProcessFactory?: Record<string, unknown> }).miniProcessFactory;
  if (!api) return;
  api.editor = {
    lastRun: () => (state.run?.ok ? state.run.json : undefined),
    levelFile: () => levelFileText(state.draft),
  };
}
