/** What every part of the editor's page gets: the draft, a way to change it, and the words. */
import type { Recipe } from '../../app/editor/commands';
import type { Draft } from '../../app/editor/draft';
import type { Format } from '../format';
import type { Lang, MessageKey, Params } from '../i18n';

export interface EdCtx {
  lang: Lang;
  f: Format;
  t(key: MessageKey, params?: Params): string;
  draft: Draft;
  /** one undoable edit; edits with the same `group` in a row are one step (a paint stroke) */
  apply(recipe: Recipe, group?: string): void;
  /** the seed of "Run now" and of the histograms */
  seed: number;
}
