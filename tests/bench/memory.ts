/**
 * Long use in one page: 30 rounds played through the UI's own keys (levels switched, lessons
 * restarted from the menu half-way), with the garbage collected before each reading. The JS
 * heap after the last round should be within 10 % of the heap after the first; both readings
 * are taken on the same screen (the results of the canteen's round 1) so they hold the same
 * kind of state.
 */
import type { CDPSession, Page } from '@playwright/test';
import type { BrowserSession } from './browser';

/** [level, rounds played, then left for the menu mid-lesson?] — 30 rounds in all, the last a canteen round 1. */
export const LESSONS: readonly (readonly [string, number, 'restart' | 'finish'])[] = [
  ['canteen', 4, 'finish'],
  ['kindergarten', 4, 'finish'],
  ['documents', 4, 'finish'],
  ['canteen', 2, 'restart'],
  ['kindergarten', 4, 'finish'],
  ['documents', 4, 'finish'],
  ['canteen', 4, 'finish'],
  ['kindergarten', 3, 'restart'],
  ['canteen', 1, 'restart'],
];

/** The canteen's round 1 again, after each level has been played once. */
const SETTLED = 13;

export interface HeapReading {
  round: number;
  usedMB: number;
  /** the heap snapshot's JS objects, without compiled code (V8 compiles more as new code paths run) */
  objectsMB: number;
  nodes: number;
  listeners: number;
}

export interface MemoryReport {
  rounds: number;
  first: HeapReading;
  last: HeapReading;
  /** (last - first) / first, of the JS heap */
  growth: number;
  /** (last - first) / first, of the JS objects alone */
  objectsGrowth: number;
  /** the same screen once every level has been played (code compiled, caches filled) */
  settled: HeapReading;
  /** (last - settled) / settled */
  settledGrowth: number;
}

async function inPhase(page: Page, phase: string): Promise<void> {
  await page.locator(`body[data-phase="${phase}"][data-ready="true"]`).waitFor({ timeout: 60_000 });
}

/** Node types of a heap snapshot that are not the page's objects: compiled code, and Blink's own C++ objects. */
const NOT_OBJECTS = new Set(['code', 'native', 'synthetic', 'hidden']);

/** Megabytes of JS objects in a heap snapshot (self sizes of every node that is not code or native). */
async function objectsInSnapshot(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }): void => void chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snap = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = snap.snapshot.meta.node_fields;
  const stride = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const types = snap.snapshot.meta.node_types[0];
  let bytes = 0;
  for (let i = 0; i < snap.nodes.length; i += stride) {
    if (!NOT_OBJECTS.has(types[snap.nodes[i + typeAt] as number] as string)) bytes += snap.nodes[i + sizeAt] as number;
  }
  return bytes / 2 ** 20;
}

async function reading(cdp: CDPSession, round: number): Promise<HeapReading> {
  // Twice: the first collection may only free what becomes collectable after finalizers run.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const objectsMB = await objectsInSnapshot(cdp);
  return { round, usedMB: heap.usedSize / 2 ** 20, objectsMB, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

export async function memoryOverRounds(session: BrowserSession): Promise<MemoryReport> {
  const { page, cdp } = await session.newPage(1);
  await cdp.send('HeapProfiler.enable');
  // Leaving a lesson half-way asks for confirmation.
  page.on('dialog', (dialog) => void dialog.accept());
  try {
    await page.goto(session.url);
    await inPhase(page, 'menu');
    const total = LESSONS.reduce((n, [, rounds]) => n + rounds, 0);
    let played = 0;
    let first: HeapReading | undefined;
    let last: HeapReading | undefined;
    let settled: HeapReading | undefined;
    for (const [level, rounds, end] of LESSONS) {
      await page.locator(`[data-level-id="${level}"]`).click();
      await inPhase(page, 'briefing');
      for (let r = 1; r <= rounds; r++) {
        await page.keyboard.press('Enter');
        await inPhase(page, 'round');
        await page.locator('[data-floor-ready="true"]').waitFor({ timeout: 60_000 });
        await page.keyboard.press('End');
        await inPhase(page, 'results');
        played++;
        if (played === 1) first = await reading(cdp, played);
        if (played === total) last = await reading(cdp, played);
        if (played === SETTLED) settled = await reading(cdp, played);
        if (r < rounds) {
          await page.keyboard.press('Enter');
          await inPhase(page, 'kaizen');
          await page.locator('[data-floor-ready="true"]').waitFor({ timeout: 60_000 });
        }
      }
      if (end === 'restart') {
        await page.getByRole('button', { name: /^(Меню|Menu)$/ }).first().click();
      } else {
        await page.keyboard.press('Enter');
        await inPhase(page, 'debrief');
        await page.keyboard.press('Enter');
      }
      await inPhase(page, 'menu');
    }
    if (!first || !last || !settled) throw new Error('the rounds were not all played');
    return {
      rounds: played,
      first,
      last,
      growth: (last.usedMB - first.usedMB) / first.usedMB,
      objectsGrowth: (last.objectsMB - first.objectsMB) / first.objectsMB,
      settled,
      settledGrowth: (last.usedMB - settled.usedMB) / settled.usedMB,
    };
  } finally {
    await page.context().close();
  }
}
