/**
 * The process editor, used as a new user would: a small three-station process built from an
 * empty plan with the mouse and the keyboard, the problems it shows fixed one by one, a trial
 * round run, the level saved, reopened and played. The saved file passes the level loader and
 * gives the CLI exactly the figures the browser showed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { parseLevel } from '../../src/sim/level/validate';
import { expect, openApp, test } from './fixtures';
import { fitsOnScreen, inPhase } from './play';

const root = path.resolve(import.meta.dirname, '../..');
const SEED = 7;

async function openEditor(page: Page): Promise<void> {
  await openApp(page);
  await page.getByTestId('open-editor').click();
  await inPhase(page, 'editor');
}

/** The centre of tile (x, y) of the plan, in page pixels. */
async function tile(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const svg = page.getByTestId('floor-grid-svg');
  const box = await svg.boundingBox();
  const size = await svg.evaluate((s) => s.getAttribute('viewBox')?.split(' ').map(Number) ?? []);
  if (!box || size.length < 4) throw new Error('the plan is not drawn');
  const cols = (size[2] as number) / 20;
  const rows = (size[3] as number) / 20;
  return { x: box.x + ((x + 0.5) * box.width) / cols, y: box.y + ((y + 0.5) * box.height) / rows };
}

async function cursorAt(page: Page, x: number, y: number): Promise<void> {
  await expect(page.getByTestId('floor-grid')).toHaveAttribute('data-cursor', `${x},${y}`);
}

function issues(page: Page): Locator {
  return page.getByTestId('editor-issues');
}

async function commit(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Tab');
}

test('a three-station process built from an empty plan is checked, run, saved, reopened and played', async ({ page, shot }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await openEditor(page);
  await page.getByLabel('Начать с').selectOption({ label: 'пустого плана' });
  await page.getByRole('button', { name: 'Начать', exact: true }).click();

  // The empty plan is not a process yet, and the editor says why.
  await expect(issues(page)).toContainText('Нет ни одной станции');
  await expect(issues(page)).toContainText('Маршрут пуст');
  await expect(issues(page)).toContainText('Текст пуст');
  await expect(page.getByRole('button', { name: 'Играть' })).toHaveAttribute('aria-disabled', 'true');
  await fitsOnScreen(page);
  await shot('editor-empty');

  // A partition wall drawn with the mouse: one drag from (8, 1) down to (8, 5).
  await page.getByRole('radio', { name: /Стена/ }).click();
  const from = await tile(page, 8, 1);
  const to = await tile(page, 8, 5);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByTestId('grid-status')).toContainText('(8, 5): Стена');

  // The left room, dragged out with the room brush from (1, 1) to (7, 8).
  await page.getByRole('radio', { name: /Комната/ }).click();
  const corner = await tile(page, 1, 1);
  const opposite = await tile(page, 7, 8);
  await page.mouse.move(corner.x, corner.y);
  await page.mouse.down();
  await page.mouse.move(opposite.x, opposite.y, { steps: 6 });
  await page.mouse.up();
  await expect(page.locator('[data-path="$.floor.rooms[0].w"]')).toHaveValue('7');
  await expect(page.locator('[data-path="$.floor.rooms[0].h"]')).toHaveValue('8');

  // Clutter with the keyboard: brush 5, arrows to (3, 7), Space.
  const grid = page.getByTestId('floor-grid');
  await grid.focus();
  await page.keyboard.press('5');
  // The cursor sits at (7, 8) after the drag.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  await cursorAt(page, 3, 7);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('grid-status')).toContainText('(3, 7): Захламлено');

  // Station 1 by keyboard at (3, 2); station 2 by mouse at (6, 6); station 3 by mouse — on the wall at (8, 3), by mistake.
  await page.keyboard.press('6');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowUp');
  await cursorAt(page, 3, 2);
  await page.keyboard.press('Space');
  const s2 = await tile(page, 6, 6);
  await page.mouse.click(s2.x, s2.y);
  const s3 = await tile(page, 8, 3);
  await page.mouse.click(s3.x, s3.y);
  await expect(page.getByTestId('grid-status')).toContainText('станция «Станция 3»');
  await shot('editor-floor');

  // Undo takes the last station away, redo puts it back.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('grid-status')).not.toContainText('Станция 3');
  await page.keyboard.press('Control+y');
  await expect(page.getByTestId('grid-status')).toContainText('Станция 3');

  // Station 2 carried one tile down by keyboard: Space picks it up, an arrow moves it, Space puts it down.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await cursorAt(page, 6, 6);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('grid-status')).toContainText('Несёте');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('grid-status')).toHaveText('Курсор (6, 7): Пол, станция «Станция 2». Кисть: Станция.');

  // Names and staff of the stations.
  await page.getByRole('tab', { name: /Станции/ }).click();
  await commit(page.locator('[data-path="$.stations[0].name.ru"]'), 'Регистрация');
  await commit(page.locator('[data-path="$.stations[1].name.ru"]'), 'Консультация');
  await commit(page.locator('[data-path="$.stations[1].servers"]'), '2');
  await commit(page.locator('[data-path="$.stations[2].name.ru"]'), 'Выдача справки');

  // The route: pick a station, add the step — three times.
  await page.getByRole('tab', { name: /Маршруты/ }).click();
  const stationPick = page.getByLabel('Станция', { exact: true }).last();
  for (const [n, name] of ['Регистрация', 'Консультация', 'Выдача справки'].entries()) {
    await stationPick.selectOption({ label: `${name} (station-${n + 1})` });
    await page.getByRole('button', { name: 'Добавить шаг' }).click();
    // The panel is drawn anew with the step: the next pick must go to the new picker, not the old one.
    await expect(page.locator('.ed-step')).toHaveCount(n + 1);
  }
  await expect(page.locator('.ed-step')).toHaveCount(3);
  await expect(issues(page)).not.toContainText('Маршрут пуст');
  // Registration is checking a paper list: overprocessing; the consultation takes 2–6 minutes.
  await page.locator('[data-path="$.entities[0].route[0].class"]').selectOption({ label: 'Лишняя обработка' });
  await page.locator('[data-path="$.entities[0].route[1].duration.type"]').selectOption('triangular');
  await commit(page.locator('[data-path="$.entities[0].route[1].duration.min"]'), '120');
  await commit(page.locator('[data-path="$.entities[0].route[1].duration.mode"]'), '180');
  await commit(page.locator('[data-path="$.entities[0].route[1].duration.max"]'), '360');
  const caption = page.locator('[data-path="$.entities[0].route[1].duration"]').getByTestId('histogram-caption');
  await expect(caption).toContainText(/^2\s000 пробных значений: от 2,0 мин до 6,0 мин/);
  await expect(caption).toContainText('в среднем 3,7 мин');
  await commit(page.locator('[data-path="$.entities[0].arrivals.ratePerHour"]'), '20');
  await shot('editor-route');

  // The last problem: the briefing is empty. Written in Russian only — that is enough.
  const briefing = issues(page).getByRole('button', { name: /Текст пуст/ });
  await briefing.click();
  const briefingRu = page.locator('[data-path="$.briefing.ru"]');
  await expect(briefingRu).toBeFocused();
  await commit(briefingRu, 'Родители приходят за справкой: регистрация, консультация, выдача.');

  // With the form complete, the checker looks at the meaning and sees the station on the wall; a click on the problem leads to its x field.
  const onWall = issues(page).getByRole('button', { name: /стоит на стене/ });
  await expect(onWall).toBeVisible();
  await onWall.click();
  await expect(page.getByRole('tab', { name: /Станции/ })).toHaveAttribute('aria-selected', 'true');
  const x3 = page.locator('[data-path="$.stations[2].x"]');
  await expect(x3).toBeFocused();
  await commit(x3, '12');
  // The station shows the service times of the steps done there: the consultation's 2–6 minutes.
  await expect(page.locator('[data-path="$.stations[1]"]').getByTestId('histogram-caption')).toContainText('в среднем 3,7 мин');
  await expect(page.getByTestId('editor-valid')).toBeVisible();

  // Run now: one round at once, beside the editor.
  await page.getByLabel('Номер урока (seed)').fill(String(SEED));
  await page.getByLabel('Номер урока (seed)').press('Tab');
  await page.getByRole('button', { name: 'Запустить сейчас' }).click();
  const results = page.getByTestId('run-results');
  await expect(results.locator('table')).toHaveAttribute('data-seed', String(SEED));
  const inBrowser = await page.evaluate(() => (window as unknown as { miniProcessFactory: { editor: { lastRun(): string } } }).miniProcessFactory.editor.lastRun());
  const metrics = (JSON.parse(inBrowser) as { rounds: { metrics: { arrived: number; completed: number } }[] }).rounds[0]?.metrics;
  expect(metrics?.completed).toBeGreaterThan(10);
  await expect(results.locator('tr[data-metric="arrived"] td')).toHaveText(String(metrics?.arrived));
  await expect(results.locator('tr[data-metric="completed"] td')).toHaveText(String(metrics?.completed));
  await fitsOnScreen(page);
  await shot('editor-run');

  // Save: the download is a level file the loader accepts, and the CLI runs it to the same bytes.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'mpf-editor-')), (await download).suggestedFilename());
  await (await download).saveAs(file);
  expect(path.basename(file)).toBe('my-process.json');
  const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  expect(Object.keys(saved).slice(0, 2)).toEqual(['$schema', 'version']);
  expect(parseLevel(saved)).toMatchObject({ ok: true });
  const cli = execFileSync('npx', ['tsx', 'src/cli/sim.ts', file, '--seed', String(SEED), '--json'], { cwd: root, encoding: 'utf8' });
  expect(inBrowser).toBe(cli);

  // The draft survives a reload.
  await page.reload();
  await inPhase(page, 'editor');
  await page.getByRole('tab', { name: /Станции/ }).click();
  await expect(page.locator('[data-path="$.stations[2].name.ru"]')).toHaveValue('Выдача справки');

  // A fresh empty plan, then the saved file opened again.
  await page.getByRole('button', { name: 'Начать', exact: true }).click();
  await expect(issues(page)).toContainText('Нет ни одной станции');
  await page.getByTestId('open-file').setInputFiles(file);
  await expect(page.getByText('Открыт файл «my-process.json»')).toBeVisible();
  await expect(page.getByTestId('editor-valid')).toBeVisible();

  // Play: the edited level in the normal game, one round to its results.
  await page.getByRole('button', { name: 'Играть' }).click();
  await inPhase(page, 'briefing');
  await expect(page.getByText('Родители приходят за справкой')).toBeVisible();
  await page.keyboard.press('Enter');
  await inPhase(page, 'round');
  await page.keyboard.press('End');
  await inPhase(page, 'results');
  await shot('editor-played');
  // Back from the game lands in the editor again.
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Меню' }).click();
  await inPhase(page, 'editor');
});

test('a file the editor cannot show is refused with its problems, and a file with wrong values opens with them listed', async ({ page }) => {
  await openEditor(page);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mpf-editor-'));
  const broken = path.join(dir, 'broken.json');
  writeFileSync(broken, JSON.stringify({ version: 1, id: 'x', title: { ru: 'x', en: 'x' }, briefing: { ru: 'x', en: 'x' }, floor: { tiles: ['...'] }, stations: 'none', spots: [], entities: [], valueMeasure: {} }));
  await page.getByTestId('open-file').setInputFiles(broken);
  const refused = page.getByTestId('open-failed');
  await expect(refused).toContainText('«broken.json» не открыт');
  await expect(refused).toContainText('$.stations — Здесь должен быть список [ … ].');

  const level = JSON.parse(readFileSync(path.join(root, 'levels/canteen.json'), 'utf8')) as { stations: { servers: number }[]; colour?: string };
  (level.stations[0] as { servers: number }).servers = 0;
  level.colour = 'green';
  const wrong = path.join(dir, 'wrong.json');
  writeFileSync(wrong, JSON.stringify(level));
  await page.getByTestId('open-file').setInputFiles(wrong);
  await expect(issues(page).getByRole('button', { name: /не меньше 1/ })).toBeVisible();
  await issues(page).getByRole('button', { name: /не меньше 1/ }).click();
  await expect(page.locator('[data-path="$.stations[0].servers"]')).toBeFocused();
  await commit(page.locator('[data-path="$.stations[0].servers"]'), '1');
  // A field the format does not have is shown by no form: the problem offers to remove it.
  await expect(issues(page)).toContainText('Лишнее поле «colour»');
  await page.getByRole('button', { name: 'Убрать поле «colour»' }).click();
  await expect(page.getByTestId('editor-valid')).toBeVisible();
});

test('a stored draft that cannot be read is kept aside, not overwritten, and the editor says where', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('mpf.editor.draft', '{"format":"mpf-editor-draft","draft":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await openApp(page, './#editor');
  await inPhase(page, 'editor');
  await expect(page.getByRole('alert').filter({ hasText: 'не читается' })).toContainText('mpf.editor.draft.unreadable');
  const kept = await page.evaluate(() => localStorage.getItem('mpf.editor.draft.unreadable'));
  expect(kept).toBe('{"format":"mpf-editor-draft","draft":');
});

test('a shipped level opens in the editor ready to run, in English too, and its cards can be edited', async ({ page, shot }) => {
  await openEditor(page);
  await page.getByLabel('Начать с').selectOption({ label: 'Столовая на большой перемене' });
  await page.getByRole('button', { name: 'Начать', exact: true }).click();
  await expect(page.getByTestId('editor-valid')).toBeVisible();

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Process editor' })).toBeVisible();
  await page.getByRole('tab', { name: 'Cards' }).click();
  const cost = page.locator('[data-path="$.cards[0].cost"]');
  await commit(cost, '-1');
  const problem = issues(page).getByRole('button', { name: /at least 0/ });
  await expect(problem).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-disabled', 'true');
  // Focus is on the next field (the card's trap box): Ctrl+Z undoes the edit, Ctrl+Shift+Z redoes it.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('editor-valid')).toBeVisible();
  await expect(cost).toHaveValue(/^\d+$/);
  await page.keyboard.press('Control+Shift+z');
  await expect(cost).toHaveValue('-1');
  await expect(problem).toBeVisible();
  // In a text field with nothing typed yet, Ctrl+Z is still the editor's undo.
  await page.locator('[data-path="$.cards[0].name.en"]').focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('editor-valid')).toBeVisible();
  await page.getByRole('button', { name: 'Run now' }).click();
  await expect(page.getByTestId('run-results').locator('tr[data-metric="arrived"] td')).toHaveText(/^\d+$/);
  await fitsOnScreen(page);
  await shot('editor-cards-en');
});

/** The level file Save would write, as the console gives it. */
async function levelFile(page: Page): Promise<{ cards: { effects: { value?: unknown }[] }[]; entities: { arrivals: { waves?: { name?: unknown }[] }; route: { electronic?: boolean }[] }[] }> {
  const text = await page.evaluate(() => (window as unknown as { miniProcessFactory: { editor: { levelFile(): string } } }).miniProcessFactory.editor.levelFile());
  return JSON.parse(text) as Awaited<ReturnType<typeof levelFile>>;
}

test('the kindergarten: Run now counts per day; effect values, wave names and "electronic" have their own fields, undone and redone', async ({ page, shot }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await openEditor(page);
  await page.getByLabel('Начать с').selectOption({ label: 'Приём в детский сад' });
  await page.getByRole('button', { name: 'Начать', exact: true }).click();
  await expect(page.getByTestId('editor-valid')).toBeVisible();

  // A week of admission: families per day, as the CLI's hourly rate × 24 (not "0,2 per hour").
  await page.getByRole('button', { name: 'Запустить сейчас' }).click();
  const throughput = page.getByTestId('run-results').locator('tr[data-metric="throughput"]');
  await expect(throughput.locator('th')).toHaveText('В день');
  const run = JSON.parse(
    (await page.evaluate(() => (window as unknown as { miniProcessFactory: { editor: { lastRun(): string } } }).miniProcessFactory.editor.lastRun())) ?? '{}',
  ) as { rounds: { metrics: { throughputPerHour: number } }[] };
  const perDay = (run.rounds[0]?.metrics.throughputPerHour ?? 0) * 24;
  expect(perDay).toBeGreaterThan(1);
  await expect(throughput.locator('td')).toHaveText(perDay.toFixed(1).replace('.', ','));

  // Card effects: a number, a station, a whole inserted step each in their own fields.
  await page.getByRole('tab', { name: 'Карточки' }).click();
  const disorder = page.locator('[data-path="$.cards[0].effects[2].value"]');
  await expect(disorder).toHaveValue('0.4');
  await commit(disorder, '0,3');
  await expect.poll(async () => (await levelFile(page)).cards[0]?.effects[2]?.value).toBe(0.3);
  const station = page.locator('[data-path="$.cards[10].effects[0].value"]');
  await expect(station).toHaveValue('secretary');
  await station.selectOption({ value: 'head' });
  await expect.poll(async () => (await levelFile(page)).cards[10]?.effects[0]?.value).toBe('head');
  const step = page.locator('[data-path="$.cards[14].effects[0]"]');
  await expect(step.locator('[data-path="$.cards[14].effects[0].value.id"]')).toHaveValue('extra-form');
  await step.locator('[data-path="$.cards[14].effects[0].value.duration.type"]').selectOption({ value: 'uniform' });
  await expect.poll(async () => ((await levelFile(page)).cards[14]?.effects[0]?.value as { duration: { type: string } }).duration.type).toBe('uniform');
  await step.scrollIntoViewIfNeeded();
  await shot('editor-effect-fields');
  await page.getByRole('button', { name: 'Отменить', exact: true }).click();
  await expect(step.locator('[data-path="$.cards[14].effects[0].value.duration.type"]')).not.toHaveValue('uniform');
  await page.getByRole('button', { name: 'Повторить', exact: true }).click();
  await expect(step.locator('[data-path="$.cards[14].effects[0].value.duration.type"]')).toHaveValue('uniform');

  // A whole arrivals plan stays JSON; bad JSON is refused in plain words and nothing is lost.
  const json = page.locator('[data-path="$.cards[13].effects[0].value"]');
  await expect(json).toHaveJSProperty('tagName', 'TEXTAREA');
  const before = (await levelFile(page)).cards[13]?.effects[0]?.value;
  await commit(json, '{"type": waves}');
  await expect(page.getByText('Значение не сохранено: это не JSON.', { exact: false })).toBeVisible();
  expect((await levelFile(page)).cards[13]?.effects[0]?.value).toEqual(before);

  // Routes: the family's first step may be done without walking; the arrivals in named waves.
  await page.getByRole('tab', { name: 'Маршруты' }).click();
  const electronic = page.locator('[data-path="$.entities[0].route[0].electronic"]');
  await electronic.check();
  await expect.poll(async () => (await levelFile(page)).entities[0]?.route[0]?.electronic).toBe(true);
  await expect(page.getByText('Без хождения (электронно)').first()).toBeVisible();
  await page.getByRole('button', { name: 'Отменить', exact: true }).click();
  await expect(electronic).not.toBeChecked();
  await page.locator('[data-path="$.entities[0].arrivals.type"]').selectOption({ value: 'waves' });
  const waveName = page.locator('[data-path="$.entities[0].arrivals.waves[0].name.ru"]');
  await commit(waveName, 'День приёма 1');
  await expect.poll(async () => (await levelFile(page)).entities[0]?.arrivals.waves?.[0]?.name).toEqual({ ru: 'День приёма 1', en: 'День приёма 1' });
  await page.getByRole('button', { name: 'Отменить', exact: true }).click();
  await expect(waveName).toHaveValue('');
  await expect.poll(async () => (await levelFile(page)).entities[0]?.arrivals.waves?.[0]?.name).toBeUndefined();
  await page.getByRole('button', { name: 'Повторить', exact: true }).click();
  await expect(waveName).toHaveValue('День приёма 1');
  await shot('editor-wave-names');
});
