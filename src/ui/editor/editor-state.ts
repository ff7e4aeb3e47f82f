/**
 * The editor's state in the page: the undo history of the draft, the open tab, the last
 * check and the last run. It outlives the screen (a language switch redraws the screen,
 * playing the level and coming back reopens it) and autosaves the draft to the browser.
 */
import { canRedo, canUndo, edit, redo, startHistory, undo, type History } from '../../app/editor/history';
import { emptyDraft, validateDraft, type Draft, type DraftCheck } from '../../app/editor/draft';
import { loadDraft, saveDraft, type KeyValueStore } from '../../app/editor/draft-store';
import type { Recipe } from '../../app/editor/commands';
import type { EditorTab } from '../../app/editor/locate';
import type { DraftRun } from '../../app/editor/run-draft';
import { FloorGrid } from './floor-grid';
import { startWorker } from './check-worker';

export type Notice =
  | { kind: 'corrupt'; keptAs: string | undefined; reason: string }
  | { kind: 'saved'; file: string; problems: number }
  | { kind: 'opened'; file: string }
  | { kind: 'openFailed'; file: string; issues: { path: string; message: string }[] }
  | { kind: 'storageFailed' }
  | { kind: 'started' };

const AUTOSAVE_MS = 300;
const CHECK_MS = 200;

function browserStore(): KeyValueStore | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export class EditorState {
  history: History;
  tab: EditorTab = 'floor';
  check: DraftCheck;
  /** true while an edit waits for its (debounced) check */
  checking = false;
  run: DraftRun | undefined;
  notice: Notice | undefined;
  /** the seed of "Run now" and the histograms; the lesson's seed until changed here */
  seed: number | undefined;
  readonly grid = new FloorGrid();
  private autosave = true;
  private saveTimer: number | undefined;
  private checkTimer: number | undefined;
  private listeners = new Set<(what: 'draft' | 'check') => void>();
  private worker: Worker | undefined;
  /** the number of the last check asked for: an older answer is stale */
  private checkSeq = 0;

  constructor(private readonly store: KeyValueStore | undefined = browserStore()) {
    const loaded = store ? loadDraft(store) : { kind: 'none' as const };
    const draft = loaded.kind === 'draft' ? loaded.draft : emptyDraft();
    if (loaded.kind === 'corrupt') {
      this.notice = loaded;
      // Nowhere to keep the unreadable draft aside: do not write over it.
      this.autosave = loaded.keptAs !== undefined;
    }
    this.history = startHistory(draft);
    this.check = validateDraft(draft);
    this.worker = startWorker((seq, check) => {
      if (seq !== this.checkSeq) return;
      this.check = check;
      this.checking = false;
      this.emit('check');
    }, () => {
      // No worker after all (blocked, or failed to load): check on the page, as before.
      this.worker = undefined;
      if (this.checking) this.scheduleCheck();
    });
  }

  get draft(): Draft {
    return this.history.draft;
  }

  subscribe(fn: (what: 'draft' | 'check') => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  apply(recipe: Recipe, group?: string): void {
    this.setHistory(edit(this.history, recipe, group));
  }

  undo(): void {
    this.setHistory(undo(this.history));
  }

  redo(): void {
    this.setHistory(redo(this.history));
  }

  canUndo(): boolean {
    return canUndo(this.history);
  }

  canRedo(): boolean {
    return canRedo(this.history);
  }

  private setHistory(next: History): void {
    if (next === this.history) return;
    this.history = next;
    this.run = undefined;
    this.checking = true;
    this.scheduleSave();
    this.scheduleCheck();
    this.emit('draft');
  }

  /** Check now (before Run, Play, Save), not waiting for the debounce. */
  checkNow(): DraftCheck {
    window.clearTimeout(this.checkTimer);
    this.checkSeq += 1;
    this.check = validateDraft(this.draft);
    const was = this.checking;
    this.checking = false;
    if (was) this.emit('check');
    return this.check;
  }

  private scheduleCheck(): void {
    window.clearTimeout(this.checkTimer);
    this.checkTimer = window.setTimeout(() => {
      this.checkSeq += 1;
      if (this.worker) {
        this.worker.postMessage({ seq: this.checkSeq, draft: this.draft });
        return;
      }
      this.check = validateDraft(this.draft);
      this.checking = false;
      this.emit('check');
    }, CHECK_MS);
  }

  private scheduleSave(): void {
    if (!this.store || !this.autosave) return;
    window.clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => this.saveNow(), AUTOSAVE_MS);
  }

  /** Write the draft to the browser now (also when the page is being left). */
  saveNow(): void {
    window.clearTimeout(this.saveTimer);
    if (!this.store || !this.autosave) return;
    if (!saveDraft(this.store, this.draft)) this.notice = { kind: 'storageFailed' };
  }

  private emit(what: 'draft' | 'check'): void {
    for (const fn of this.listeners) fn(what);
  }
}
