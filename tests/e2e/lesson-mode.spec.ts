/**
 * Lesson mode as a teacher runs it on a 1024×768 projector, by keyboard and clicker keys only:
 * three teams × three rounds (two at the projector, one at its own computer in a second
 * browser context), a reload in the middle of round 2 that loses nothing, the own-computer
 * team's plan code giving the teacher identical figures, the CSV checked byte by byte, and
 * screenshots of the presenter view and the class board.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, SCREENSHOT_DIR, test } from './fixtures';
import { floorDrawn, inPhase, numberIn } from './play';

async function lessonPhase(page: Page, phase: string, teamPhase?: string): Promise<void> {
  const team = teamPhase ? `[data-team-phase="${teamPhase}"]` : '';
  await page.locator(`body[data-phase="lesson-${phase}"]${team}[data-ready="true"]`).waitFor();
}

/** Focus a control and press a key on it: the keyboard way to use a button or a link. */
async function press(target: Locator, key = 'Enter'): Promise<void> {
  await target.focus();
  await target.press(key);
}

interface Figures {
  lead: number;
  waste: number;
  value: number;
}

async function boardFigures(page: Page, team: number, round: number): Promise<Figures> {
  const row = page.getByTestId('class-board').locator(`tr[data-team="${team}"]`);
  const cell = (metric: string): Locator => row.locator(`td[data-round="${round}"][data-metric="${metric}"]`);
  await expect(cell('lead')).toHaveText(/\d/);
  return {
    lead: numberIn(await cell('lead').textContent()),
    waste: numberIn(await cell('waste').textContent()),
    value: numberIn(await cell('value').textContent()),
  };
}

/** The page never scrolls sideways or down: the lesson bar and the phase's screen fit 1024×768. */
async function fits(page: Page): Promise<void> {
  const size = await page.evaluate(() => {
    const d = document.documentElement;
    return { wide: d.scrollWidth - d.clientWidth, tall: d.scrollHeight - d.clientHeight };
  });
  expect(size, 'the lesson fits the 1024×768 screen').toEqual({ wide: 0, tall: 0 });
}

async function boardText(page: Page): Promise<string[]> {
  return page.getByTestId('class-board').locator('tbody tr').allInnerTexts();
}

test('a lesson of three teams × three rounds, with a reload, a plan code and the CSV', async ({ page, browser, shot, baseURL }) => {
  test.setTimeout(240_000);
  await openApp(page);

  // --- setup: menu → «Провести урок», one team at its own computer ---------------------------
  await press(page.getByTestId('menu-run-lesson'));
  await page.locator('body[data-phase="lesson-setup"][data-ready="true"]').waitFor();
  await expect(page.getByRole('heading', { level: 1, name: 'Провести урок' })).toBeVisible();
  await page.getByTestId('lesson-level').selectOption('canteen');
  await expect(page.getByTestId('lesson-rounds')).toHaveValue('3');
  await page.getByTestId('lesson-title').fill('7Б, бережливая школа');
  await page.getByLabel('Название команды 1').fill('Альфа');
  await page.getByLabel('Название команды 2').fill('Бета');
  await page.getByLabel('Название команды 3').fill('Гамма');
  await page.getByLabel('Где играет команда 3').selectOption('own-computer');
  await fits(page);
  await shot('lesson-mode-setup');
  await press(page.getByTestId('lesson-start'));

  // --- briefing: the own-computer team's join code in the bar --------------------------------
  await lessonPhase(page, 'briefing');
  const joinCode = (await page.getByTestId('join-code-shown').textContent()) ?? '';
  expect(joinCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  // Each team at its own computer has a code of its own: the bar says whose this one is.
  await expect(page.locator('.lesson-bar__join')).toContainText('Код команды 3:');
  await expect(page.locator('.lesson-bar__join')).toHaveAttribute('title', 'Код подключения команды 3 «Гамма»');
  await expect(page.getByRole('tab', { name: /Альфа/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('lesson-phase')).toHaveText('Вводная');
  await fits(page);
  await expect(page.getByTestId('join-code-shown')).toBeInViewport();
  await shot('lesson-mode-briefing');

  // Presenter mode: P. The clicker's B blanks the screen, any key brings it back; F5 goes full screen, not a reload.
  await page.keyboard.press('p');
  await expect(page.getByTestId('lesson-presenter')).toHaveAttribute('aria-pressed', 'true');
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  await page.keyboard.press('F5');
  await page.keyboard.press('b');
  await expect(page.getByTestId('lesson-blank')).toBeVisible();
  await page.keyboard.press('x');
  await expect(page.getByTestId('lesson-blank')).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // --- round 1 on the floor, in presenter mode ---------------------------------------------------
  await page.keyboard.press('PageDown');
  await lessonPhase(page, 'round', 'round');
  await expect(page.getByTestId('lesson-phase')).toHaveText('Раунд 1 из 3');
  await expect(page.getByTestId('lesson-time')).toHaveText(/^\d+:\d\d$/);
  await floorDrawn(page);
  await fits(page);
  await shot('lesson-mode-presenter');
  await page.keyboard.press('p');
  await expect(page.getByTestId('lesson-presenter')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('End');
  await lessonPhase(page, 'round', 'results');

  // --- analysis 1: the class board; every team has the same round 1 --------------------------------
  await page.keyboard.press('PageDown');
  await lessonPhase(page, 'analysis');
  await expect(page.getByTestId('class-board').locator('tbody tr')).toHaveCount(3);
  const round1 = await boardFigures(page, 0, 1);
  expect(await boardFigures(page, 2, 1)).toEqual(round1);
  const boardAfterRound1 = await boardText(page);

  // --- kaizen 1: each projector team's own plan ----------------------------------------------
  await page.keyboard.press('PageDown');
  await lessonPhase(page, 'kaizen', 'kaizen');
  await press(page.locator('[data-focus-key="apply:menu-board"]'));
  await expect(page.getByTestId('changes')).toContainText('Меню');
  await expect(page.getByRole('tab', { name: /Альфа/ }).getByTestId('tab-changes')).toHaveText('1');
  await page.keyboard.press('t');
  await lessonPhase(page, 'kaizen', 'kaizen');
  await expect(page.getByRole('tab', { name: /Бета/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('changes')).not.toContainText('Меню');
  await press(page.locator('[data-focus-key="apply:second-till"]'));
  await expect(page.getByTestId('changes')).toContainText('касс');
  await page.keyboard.press('t');
  await lessonPhase(page, 'kaizen');
  await expect(page.getByTestId('plan-code-entry')).toBeVisible();
  // The team's tab shows its own join code, large, with its number and name.
  await expect(page.getByTestId('plan-code-entry').locator('.lesson-join-code__label')).toHaveText('Код подключения команды 3 «Гамма»');
  await expect(page.getByTestId('join-code-large')).toHaveText(joinCode);

  // --- the own-computer team plays in its own browser -------------------------------------------
  const pupilContext = await browser.newContext({ viewport: { width: 1024, height: 768 }, baseURL });
  const pupil = await pupilContext.newPage();
  await openApp(pupil);
  await press(pupil.getByTestId('menu-join-lesson'));
  await pupil.locator('body[data-phase="lesson-join"][data-ready="true"]').waitFor();
  await pupil.getByTestId('join-code').fill('0000-0000');
  await pupil.getByTestId('join-code').press('Enter');
  await expect(pupil.getByTestId('join-message')).not.toBeEmpty();
  await pupil.getByTestId('join-code').fill(joinCode.toLowerCase());
  await pupil.getByTestId('join-code').press('Enter');
  await inPhase(pupil, 'briefing');
  // The pupil's screen says which team it plays, on every screen of the lesson.
  await expect(pupil.getByTestId('lesson-team-badge')).toHaveText('Вы — команда 3');
  await pupil.screenshot({ path: `${SCREENSHOT_DIR}/lesson-mode-pupil-team.png` });
  await pupil.keyboard.press('Enter');
  await inPhase(pupil, 'round');
  await pupil.keyboard.press('End');
  await inPhase(pupil, 'results');
  await expect(pupil.getByTestId('plan-code')).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  await expect(pupil.getByTestId('plan-code-box')).toContainText('Код плана команды 3 для учителя:');
  await expect(pupil.getByTestId('lesson-team-badge')).toHaveText('Вы — команда 3');
  await pupil.keyboard.press('Enter');
  await inPhase(pupil, 'kaizen');
  await press(pupil.locator('[data-focus-key="apply:card-payment"]'));
  await expect(pupil.getByTestId('changes')).toContainText('карт');
  await pupil.keyboard.press('PageDown');
  await inPhase(pupil, 'round');
  await pupil.keyboard.press('End');
  await inPhase(pupil, 'results');
  const pupilRound2: Figures = {
    lead: numberIn(await pupil.getByTestId('headline-lead-value').textContent()),
    waste: numberIn(await pupil.getByTestId('headline-waste-value').textContent()),
    value: numberIn(await pupil.getByTestId('headline-value-value').textContent()),
  };
  const planCode = (await pupil.getByTestId('plan-code').textContent()) ?? '';
  await press(pupil.getByTestId('plan-code-qr'));
  await expect(pupil.locator('dialog.lesson-qr svg')).toBeVisible();
  await pupil.keyboard.press('Escape');
  // The pupil's computer reloads at the results: the team's lesson comes back to them, its rounds and plan code kept.
  const continueLesson = async (): Promise<void> => {
    await pupil.reload();
    await pupil.locator('body[data-ready="true"]').waitFor();
    await press(pupil.getByTestId('menu-join-lesson'));
    await pupil.locator('body[data-phase="lesson-join"][data-ready="true"]').waitFor();
    await expect(pupil.locator('.lesson-join__continue')).toContainText('Вы — команда 3');
    await press(pupil.getByTestId('join-continue'));
  };
  await continueLesson();
  await inPhase(pupil, 'results');
  await expect(pupil.getByTestId('plan-code')).toHaveText(planCode);
  await expect(pupil.getByTestId('lesson-team-badge')).toHaveText('Вы — команда 3');
  await pupil.keyboard.press('Enter');
  await inPhase(pupil, 'kaizen');
  await pupil.keyboard.press('PageDown');
  await inPhase(pupil, 'round');
  // …and again in the middle of round 3: the round goes on from where it stood.
  for (let i = 0; i < 6; i++) await pupil.keyboard.press('ArrowRight');
  const pupilClock = (await pupil.getByTestId('round-clock').textContent()) ?? '';
  await continueLesson();
  await inPhase(pupil, 'round');
  await expect(pupil.getByTestId('round-clock')).toHaveText(pupilClock);
  await expect(pupil.getByRole('heading', { level: 1 })).toHaveText('Раунд 3 из 3');
  await pupil.keyboard.press('End');
  await inPhase(pupil, 'results');
  await expect(pupil.getByTestId('plan-code')).not.toHaveText(planCode);
  await pupilContext.close();

  // --- the teacher types the plan code: a typo is refused, the code accepted ------------------------
  const input = page.getByTestId('plan-code-input');
  const typo = planCode.replace(/[0-9A-Z](?=[^-]*$)/, (c) => (c === '7' ? '8' : '7'));
  await input.fill(typo);
  await input.press('Enter');
  await expect(page.getByTestId('plan-code-message')).toHaveText(/опечатка|другого урока|слишком/);
  await input.fill(planCode);
  await input.press('Enter');
  await lessonPhase(page, 'kaizen');
  await expect(page.getByTestId('plan-code-message')).toContainText('Код принят');
  await shot('lesson-mode-plan-code');

  // --- round 2, and a reload in the middle of it ----------------------------------------------------
  await page.keyboard.press('PageDown');
  await lessonPhase(page, 'round');
  await page.keyboard.press('t'); // back to Альфа
  await lessonPhase(page, 'round', 'round');
  await expect(page.getByRole('tab', { name: /Альфа/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('round-clock')).not.toHaveText('');
  // The round's clock at its start (stepped back to it), then 4× and ten steps on: where the reload happens.
  const clock = page.getByTestId('round-clock');
  for (let i = 0; i < 70; i++) await page.keyboard.press('ArrowLeft');
  const roundStart = (await clock.textContent()) ?? '';
  await page.keyboard.press('4');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(clock).not.toHaveText(roundStart);
  const beforeReload = (await clock.textContent()) ?? '';
  await page.reload();
  await lessonPhase(page, 'round', 'round');
  await expect(page.getByTestId('lesson-phase')).toHaveText('Раунд 2 из 3');
  // The round goes on where it stood: the same simulated time (not its start), paused, at 4×.
  await expect(clock).toHaveText(beforeReload);
  expect(beforeReload).not.toBe(roundStart);
  await expect(page.getByRole('button', { name: '4×' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(clock).not.toHaveText(beforeReload);
  await expect(page.getByRole('tab')).toHaveText([/Альфа/, /Бета/, /Гамма/]);
  await expect(page.getByRole('tab', { name: /Альфа/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await lessonPhase(page, 'round', 'results');

  // --- analysis 2: nothing lost, and the own-computer team's figures are the pupil's own --------------
  await page.keyboard.press('PageDown');
  await lessonPhase(page, 'analysis');
  const after = await boardText(page);
  // Round 1's figures are as before the reload (each row starts with the team, then round 1's column).
  for (let team = 0; team < 3; team++) expect(await boardFigures(page, team, 1)).toEqual(round1);
  expect(after).toHaveLength(boardAfterRound1.length);
  expect(await boardFigures(page, 2, 2)).toEqual(pupilRound2);
  const alpha2 = await boardFigures(page, 0, 2);
  const beta2 = await boardFigures(page, 1, 2);
  expect(alpha2).not.toEqual(beta2);
  await expect(page.getByTestId('class-board').locator('td[data-best="true"]').first()).toBeVisible();
  // A team's own results of the round, from the board and back (the existing results screen).
  await press(page.getByTestId('lesson-show-team'));
  await lessonPhase(page, 'analysis', 'results');
  expect(numberIn(await page.getByTestId('headline-waste-value').textContent())).toBe(alpha2.waste);
  await press(page.getByTestId('lesson-show-board'));
  await lessonPhase(page, 'analysis');
  await expect(page.getByTestId('class-board')).toBeVisible();

  // --- round 3 → analysis 3 → debrief ----------------------------------------------------------------
  await page.keyboard.press('PageDown');
  await lessonPhase(page, 'kaizen');
  await page.keyboard.press('PageDown');
  await lessonPhase(page, 'round');
  await page.keyboard.press('PageDown');
  await lessonPhase(page, 'analysis');
  await expect(page.getByTestId('lesson-phase')).toHaveText('Разбор раунда 3 из 3');
  await expect(page.getByTestId('board-chart-waste')).toBeVisible();
  // Гамма's round 3 is played on its computer but its code has not come: its cells say so, with no figure,
  // and its line on each chart stops at round 2.
  const waiting = page.getByTestId('class-board').locator('tr[data-team="2"] td[data-waiting="true"]');
  await expect(waiting).toHaveText(['ждём код команды', 'ждём код команды', 'ждём код команды']);
  await expect(waiting.first()).toHaveAttribute('data-round', '3');
  await expect(page.getByTestId('class-board').locator('tr[data-team="0"] td[data-waiting]')).toHaveCount(0);
  await expect(page.getByTestId('board-chart-waste')).toHaveAttribute('aria-label', /Гамма: Р1 \d+, Р2 \d+, Р3 —/);
  await fits(page);
  await shot('lesson-mode-class-board');
  // PageUp goes back one phase (to round 3), PageDown forward again.
  await page.keyboard.press('PageUp');
  await lessonPhase(page, 'round');
  await page.keyboard.press('PageDown');
  await lessonPhase(page, 'analysis');
  await page.keyboard.press('PageDown');
  await lessonPhase(page, 'debrief');
  await expect(page.getByTestId('lesson-best')).toContainText('Лучший план');
  await floorDrawn(page);
  await shot('lesson-mode-debrief');
  await press(page.getByTestId('tab-cards'));
  await expect(page.getByTestId('lesson-team-cards').locator('section[data-team="0"]')).toContainText('Меню на стенде у входа');
  await expect(page.getByTestId('lesson-team-cards').locator('section[data-team="2"]')).toContainText('ждём код плана');
  await shot('lesson-mode-debrief-cards');
  // The current- and target-state maps, one above the other, each at a readable size.
  await press(page.getByTestId('tab-maps'));
  const current = await page.getByTestId('vsm-current').boundingBox();
  const target = await page.getByTestId('vsm-target').boundingBox();
  expect(current?.height ?? 0, 'the current-state map is drawn at a readable size').toBeGreaterThan(150);
  expect(target?.height ?? 0, 'the target-state map is drawn at a readable size').toBeGreaterThan(150);
  expect((current?.y ?? 0) + (current?.height ?? 0), 'the maps do not overlap').toBeLessThanOrEqual((target?.y ?? 0) + 1);
  await shot('lesson-mode-debrief-maps');

  // --- the printable report: print media shows only the one-page report -------------------------
  await expect(page.getByTestId('lesson-report')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('lesson-report')).toBeVisible();
  await expect(page.getByTestId('lesson-bar')).toBeHidden();
  await expect(page.getByTestId('lesson-report').getByTestId('class-board').locator('tbody tr')).toHaveCount(3);
  await shot('lesson-mode-report');
  await page.emulateMedia({ media: 'screen' });

  // --- the CSV: BOM, ';', decimal comma, one row per team and round known --------------------------
  const downloading = page.waitForEvent('download');
  await press(page.getByTestId('lesson-export-csv'));
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^урок-canteen-\d{4}-\d\d-\d\d\.csv$/);
  const bytes = readFileSync((await download.path()) as string);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const lines = text.split('\r\n').filter((l) => l !== '');
  expect(text.endsWith('\r\n')).toBe(true);
  // Header + Альфа 3 rounds + Бета 3 rounds + Гамма 2 rounds (its third round's code never came).
  expect(lines).toHaveLength(1 + 3 + 3 + 2);
  expect(lines[0]?.split(';').slice(0, 2)).toEqual(['Команда', 'Раунд']);
  expect(lines.slice(1).map((l) => l.split(';').slice(0, 2).join(';'))).toEqual(['Альфа;1', 'Альфа;2', 'Альфа;3', 'Бета;1', 'Бета;2', 'Бета;3', 'Гамма;1', 'Гамма;2']);
  expect(lines[1]).toMatch(/;\d+,\d+;/);
  expect(text).not.toMatch(/\d\.\d/);
});

test('saved lessons: leave and resume, export, delete, import, and an unreadable save set aside in plain words', async ({ page, shot }) => {
  test.setTimeout(120_000);
  await openApp(page, './#lesson');
  await page.locator('body[data-phase="lesson-setup"][data-ready="true"]').waitFor();
  await expect(page.getByText('Сохранённых уроков пока нет.')).toBeVisible();
  await page.getByTestId('lesson-title').fill('8А');
  await press(page.getByTestId('lesson-start'));
  await lessonPhase(page, 'briefing');
  await page.keyboard.press('PageDown');
  await lessonPhase(page, 'round');
  await page.keyboard.press('PageDown');
  await lessonPhase(page, 'analysis');
  await press(page.getByRole('button', { name: 'Выйти' }));

  // The lesson is listed where it stood.
  await page.locator('body[data-phase="lesson-setup"][data-ready="true"]').waitFor();
  const saved = page.getByTestId('lesson-save');
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText('8А');
  await expect(saved).toContainText('Разбор, раунд 1');

  // A damaged entry under the lessons' key is set aside and said in plain words; the good lesson stays.
  await page.evaluate(() => localStorage.setItem('mini-process-factory/lesson/broken-1', '{"format": "mini-process-factory/lesson", "versi'));
  await page.reload();
  await page.locator('body[data-phase="lesson-setup"][data-ready="true"]').waitFor();
  await expect(page.getByTestId('lesson-aside')).toBeVisible();
  await expect(page.getByTestId('lesson-aside').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('lesson-aside').locator('li')).toContainText('запись повреждена: она обрывается');
  await expect(page.getByTestId('lesson-save')).toHaveCount(1);
  await shot('lesson-mode-saves');

  // Export to a file, delete (after a confirmation), import the file back, resume.
  const downloading = page.waitForEvent('download');
  await press(saved.getByRole('button', { name: 'Выгрузить урок в файл' }));
  const file = await (await downloading).path();
  const exported = JSON.parse(readFileSync(file as string, 'utf8')) as { format: string; title: string; progress: { phase: string } };
  expect([exported.format, exported.title, exported.progress.phase]).toEqual(['mini-process-factory/lesson', '8А', 'analysis']);
  page.once('dialog', (dialog) => void dialog.accept());
  await press(saved.getByRole('button', { name: 'Удалить' }));
  await expect(page.getByText('Сохранённых уроков пока нет.')).toBeVisible();
  await page.getByTestId('lesson-import-file').setInputFiles(file as string);
  await expect(page.getByTestId('lesson-save')).toHaveCount(1);
  await press(page.getByTestId('lesson-save').getByRole('button', { name: 'Продолжить' }));
  await lessonPhase(page, 'analysis');
  await expect(page.getByTestId('lesson-phase')).toHaveText('Разбор раунда 1 из 3');
  await expect(page.getByTestId('class-board').locator('tbody tr')).toHaveCount(3);

  // A file that is not a lesson is refused with a reason, and nothing else changes.
  await press(page.getByRole('button', { name: 'Выйти' }));
  await page.locator('body[data-phase="lesson-setup"][data-ready="true"]').waitFor();
  await page.getByTestId('lesson-import-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(page.getByTestId('lesson-saves-status')).toContainText('Файл не загружен: это данные не урока этой игры');
  await expect(page.getByTestId('lesson-save')).toHaveCount(1);

  // The setup speaks English once EN is chosen.
  await press(page.getByRole('button', { name: 'EN', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: 'Run a lesson' })).toBeVisible();
  await press(page.getByTestId('lesson-save').getByRole('button', { name: 'Resume' }));
  await lessonPhase(page, 'analysis');
  await expect(page.getByTestId('lesson-phase')).toHaveText('Analysis of round 1 of 3');
  await fits(page);

  // Presenter mode in English, on the class board and on a team's kaizen: still one screen.
  await page.keyboard.press('p');
  await expect(page.getByTestId('lesson-presenter')).toHaveAttribute('aria-pressed', 'true');
  await fits(page);
  await page.keyboard.press('PageDown');
  await lessonPhase(page, 'kaizen', 'kaizen');
  await expect(page.getByTestId('lesson-phase')).toHaveText('Kaizen after round 1');
  await fits(page);
  await shot('lesson-mode-presenter-kaizen-en');
});

test("two teams at their own computers: a join code each, and a plan code typed into the other team's box is filed under its own team", async ({ page, browser, baseURL, shot }) => {
  test.setTimeout(120_000);
  await openApp(page, './#lesson');
  await page.locator('body[data-phase="lesson-setup"][data-ready="true"]').waitFor();
  await page.getByTestId('lesson-level').selectOption('canteen');
  await page.getByTestId('lesson-title').fill('9В');
  await page.getByLabel('Название команды 2').fill('Север');
  await page.getByLabel('Название команды 3').fill('Юг');
  await page.getByLabel('Где играет команда 2').selectOption('own-computer');
  await page.getByLabel('Где играет команда 3').selectOption('own-computer');
  await press(page.getByTestId('lesson-start'));
  await lessonPhase(page, 'briefing');
  for (const key of ['PageDown', 'End', 'PageDown', 'PageDown']) await page.keyboard.press(key);
  await lessonPhase(page, 'kaizen', 'kaizen');

  // Each own-computer team's tab shows its own join code; the bar shows the code of the team on show.
  await page.keyboard.press('t');
  await lessonPhase(page, 'kaizen');
  const northCode = (await page.getByTestId('join-code-large').textContent()) ?? '';
  await expect(page.getByTestId('join-code-shown')).toHaveText(northCode);
  await expect(page.locator('.lesson-bar__join')).toContainText('Код команды 2:');
  await page.keyboard.press('t');
  await lessonPhase(page, 'kaizen');
  await expect(page.getByTestId('plan-code-entry').locator('.lesson-join-code__label')).toHaveText('Код подключения команды 3 «Юг»');
  const southCode = (await page.getByTestId('join-code-large').textContent()) ?? '';
  expect(southCode).not.toBe(northCode);
  await expect(page.getByTestId('join-code-shown')).toHaveText(southCode);

  // Team 3 plays round 1, a kaizen and round 2 at its own computer, in English.
  const pupilContext = await browser.newContext({ viewport: { width: 1024, height: 768 }, baseURL });
  const pupil = await pupilContext.newPage();
  await openApp(pupil, './#join');
  await pupil.locator('body[data-phase="lesson-join"][data-ready="true"]').waitFor();
  await pupil.getByTestId('join-code').fill(southCode);
  await pupil.getByTestId('join-code').press('Enter');
  await inPhase(pupil, 'briefing');
  await expect(pupil.getByTestId('lesson-team-badge')).toHaveText('Вы — команда 3');
  await press(pupil.getByRole('button', { name: 'EN', exact: true }));
  await expect(pupil.getByTestId('lesson-team-badge')).toHaveText('You are team 3');
  await press(pupil.getByTestId('primary'));
  await inPhase(pupil, 'round');
  await pupil.keyboard.press('End');
  await inPhase(pupil, 'results');
  await pupil.keyboard.press('Enter');
  await inPhase(pupil, 'kaizen');
  await press(pupil.locator('[data-focus-key="apply:card-payment"]'));
  await pupil.keyboard.press('PageDown');
  await inPhase(pupil, 'round');
  await pupil.keyboard.press('End');
  await inPhase(pupil, 'results');
  await expect(pupil.getByTestId('plan-code-box')).toContainText('Plan code of team 3 for the teacher:');
  const planCode = (await pupil.getByTestId('plan-code').textContent()) ?? '';
  await pupilContext.close();

  // The teacher types team 3's code into team 2's box: it goes to team 3, and the teacher is told so.
  await page.keyboard.press('Shift+T');
  await lessonPhase(page, 'kaizen');
  await expect(page.getByRole('tab', { name: /Север/ })).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('plan-code-input').fill(planCode);
  await page.getByTestId('plan-code-input').press('Enter');
  await lessonPhase(page, 'kaizen');
  await expect(page.getByTestId('plan-code-message')).toHaveText('Это код команды 3 «Юг», а не «Север»: он принят для команды «Юг», известно раундов: 2.');
  await expect(page.getByTestId('plan-code-message')).toHaveClass(/lesson-code-message--warn/);
  await expect(page.getByTestId('plan-code-entry')).toContainText('Известно раундов: 1 из 3.');
  await shot('lesson-mode-plan-code-other-team');
  await page.keyboard.press('t');
  await lessonPhase(page, 'kaizen');
  await expect(page.getByTestId('plan-code-entry')).toContainText('Известно раундов: 2 из 3.');

  // On the board of round 2, team 3 has its figures and team 2 is waiting for its code.
  await page.keyboard.press('PageDown');
  await lessonPhase(page, 'round');
  await page.keyboard.press('PageDown');
  await lessonPhase(page, 'analysis');
  const board = page.getByTestId('class-board');
  await expect(board.locator('tr[data-team="2"] td[data-round="2"][data-metric="waste"]')).toHaveText(/^(★ )?\d+$/);
  await expect(board.locator('tr[data-team="1"] td[data-round="2"]')).toHaveText(['ждём код команды', 'ждём код команды', 'ждём код команды']);
  await fits(page);
});
