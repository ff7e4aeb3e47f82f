import { describe, expect, it } from 'vitest';
import { addStation, paintTiles, replaceDraft, setAt } from '../../../src/app/editor/commands';
import { emptyDraft } from '../../../src/app/editor/draft';
import { canRedo, canUndo, edit, HISTORY_LIMIT, redo, startHistory, undo } from '../../../src/app/editor/history';

describe('undo and redo of edits (Immer patches)', () => {
  it('undoing an edit gives back the draft before it, redoing gives the edit again', () => {
    const start = startHistory(emptyDraft());
    const edited = edit(start, setAt(['maxTime'], 1800));
    expect(edited.draft.maxTime).toBe(1800);
    const undone = undo(edited);
    expect(undone.draft).toEqual(start.draft);
    expect(canRedo(undone)).toBe(true);
    expect(redo(undone).draft.maxTime).toBe(1800);
  });

  it('an edit that changes nothing adds no step to the history', () => {
    const start = startHistory(emptyDraft());
    expect(edit(start, setAt(['maxTime'], 3600))).toBe(start);
    expect(canUndo(start)).toBe(false);
  });

  it('a new edit after an undo forgets what could have been redone', () => {
    const h = undo(edit(startHistory(emptyDraft()), setAt(['maxTime'], 1800)));
    const branched = edit(h, setAt(['maxTime'], 900));
    expect(canRedo(branched)).toBe(false);
    expect(undo(branched).draft.maxTime).toBe(3600);
  });

  it('edits of one paint stroke are one step: one undo clears the whole stroke', () => {
    let h = startHistory(emptyDraft());
    h = edit(h, paintTiles([{ x: 3, y: 1 }], 'O'), 'stroke-1');
    h = edit(h, paintTiles([{ x: 3, y: 2 }], 'O'), 'stroke-1');
    h = edit(h, paintTiles([{ x: 3, y: 3 }], 'O'), 'stroke-1');
    expect(h.draft.floor.tiles.slice(1, 4).map((row) => row[3])).toEqual(['O', 'O', 'O']);
    expect(h.past).toHaveLength(1);
    expect(undo(h).draft.floor.tiles).toEqual(emptyDraft().floor.tiles);
  });

  it('a second stroke is a step of its own', () => {
    let h = startHistory(emptyDraft());
    h = edit(h, paintTiles([{ x: 3, y: 1 }], 'O'), 'stroke-1');
    h = edit(h, paintTiles([{ x: 4, y: 1 }], 'O'), 'stroke-2');
    expect(h.draft.floor.tiles[1]).toBe('#..OO..........#');
    expect(undo(h).draft.floor.tiles[1]).toBe('#..O...........#');
  });

  it('replacing the whole draft (a new plan, an opened file) is undone in one step', () => {
    let h = edit(startHistory(emptyDraft()), addStation(2, 2, 'ru'));
    const other = { ...emptyDraft(), id: 'other' };
    h = edit(h, replaceDraft(other));
    expect(h.draft.id).toBe('other');
    expect(h.draft.stations).toEqual([]);
    expect(undo(h).draft.stations.map((s) => s.id)).toEqual(['station-1']);
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    let h = startHistory(emptyDraft());
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) h = edit(h, setAt(['maxTime'], i));
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    while (canUndo(h)) h = undo(h);
    expect(h.draft.maxTime).toBe(5);
  });
});
