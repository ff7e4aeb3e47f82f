/**
 * Practice mode (seeing waste), played as a trainee would: from the menu, a few questions by
 * keyboard (N for the next person, 1–9 for the answer) and one by mouse on a cluttered passage, then the
 * score by waste type. The game's own verdicts (data-expected) tell the spec what the right
 * answers were, and the score table must count them exactly.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { fitsOnScreen, floorDrawn, inPhase } from './play';

const CANTEEN_RU = 'Столовая на большой перемене';
const ANSWER_KEYS = { value: '1', waiting: '2', motion: '3', unusedSkills: '9' } as const;


/** Page coordinates of a tile's centre on the floor, whichever plan draws it. */
async function tileCentre(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ x, y }) => {
      const floor = document.querySelector('[data-testid="floor"]') as HTMLElement;
      if (floor.dataset.floor === 'renderer') {
        const r = floor.getBoundingClientRect();
        const [left, top, tile] = (floor.dataset.planBox ?? '0 0 0').split(' ').map(Number) as [number, number, number];
        return { x: r.left + left + (x + 0.5) * tile, y: r.top + top + (y + 0.5) * tile };
      }
      const plan = floor.querySelector('svg') as SVGSVGElement;
      const p = new DOMPoint((x + 0.5) * 10, (y + 0.5) * 10).matrixTransform(plan.getScreenCTM() as DOMMatrix);
      return { x: p.x, y: p.y };
    },
    { x, y },
  );
}

test('a trainee names what they see in the canteen and gets the score by waste type', async ({ page, shot }) => {
  await openApp(page);
  const practice = page.getByRole('navigation', { name: 'Тренировка: увидеть потери' });
  await expect(practice).toBeVisible();
  await shot('practice-menu');
  await practice.getByRole('button', { name: `Тренировка: ${CANTEEN_RU}` }).click();
  await inPhase(page, 'briefing');
  await page.keyboard.press('Enter');
  await inPhase(page, 'round');
  await floorDrawn(page);

  const panel = page.getByRole('region', { name: 'Тренировка: увидеть потери' });
  await expect(panel).toContainText('нажмите N');
  // The live tallies would give the answers away: practice shows the panel instead.
  await expect(page.getByTestId('live-waste')).toHaveCount(0);
  await page.keyboard.press('4');
  await expect(page.getByTestId('counter-queue')).not.toHaveText('0', { timeout: 20_000 });

  const expected: string[] = [];
  const answered: string[] = [];
  const result = page.getByTestId('practice-result');
  const question = page.getByTestId('practice-question');

  // Three people by keyboard: N picks the next one and pauses, a digit answers.
  for (const key of ['waiting', 'motion', 'value'] as const) {
    await page.keyboard.press('n');
    await expect(question).toBeVisible();
    await expect(page.getByRole('button', { name: 'Продолжить' })).toBeVisible();
    await expect(page.getByTestId('practice-subject')).toHaveText(/^Ученик № \d+$/);
    await expect(question.getByRole('group', { name: 'Ответы' }).getByRole('button')).toHaveCount(9);
    if (expected.length === 0) {
      await fitsOnScreen(page);
      await shot('practice-question');
    }
    await page.keyboard.press(ANSWER_KEYS[key]);
    await expect(result).toBeVisible();
    const truth = (await result.getAttribute('data-expected')) ?? '';
    expected.push(truth);
    answered.push(key);
    await expect(result).toHaveAttribute('data-answer', key);
    await expect(page.getByTestId('practice-verdict')).toHaveText(truth === key ? /^Верно: / : /^Неверно: /);
    // The explanation names the step or the station and since when.
    await expect(result).toContainText(/\d\d:\d\d:\d\d/);
    await expect(page.getByTestId('practice-count')).toHaveText(
      `Ответов: ${expected.length}, верно: ${expected.filter((e, i) => e === answered[i]).length}`,
    );
  }
  await fitsOnScreen(page);
  await shot('practice-answer');

  // One by mouse, still paused: a cluttered passage by the cutlery (tile 22,3), where nobody
  // walks this early in the break.
  const at = await tileCentre(page, 22, 3);
  await page.mouse.click(at.x, at.y);
  await expect(question).toBeVisible();
  await expect(page.getByTestId('practice-subject')).toHaveText('Захламлённый проход');
  await page.keyboard.press(ANSWER_KEYS.motion);
  await expect(result).toBeVisible();
  await expect(result).toHaveAttribute('data-expected', 'motion');
  await expect(page.getByTestId('practice-verdict')).toHaveText('Верно: лишние движения.');
  await expect(result).toContainText('в 3 раза больше времени');
  expected.push('motion');
  answered.push('motion');

  // S: the next station with something to judge — the head of its queue, whoever it serves,
  // or its staff standing idle while others queue.
  await page.keyboard.press('s');
  await expect(question).toBeVisible();
  await expect(page.getByTestId('practice-subject')).toHaveText(/^(Ученик № \d+ у станции|Персонал станции) «.+»$/);
  await page.keyboard.press(ANSWER_KEYS.unusedSkills);
  await expect(result).toBeVisible();
  expected.push((await result.getAttribute('data-expected')) ?? '');
  answered.push('unusedSkills');

  await page.keyboard.press('End');
  await inPhase(page, 'results');
  await expect(page.getByRole('heading', { level: 1, name: 'Итоги тренировки' })).toBeVisible();
  const right = expected.filter((e, i) => e === answered[i]).length;
  await expect(page.getByTestId('practice-summary')).toHaveText(`Верно ${right} из 5.`);
  const table = page.getByTestId('practice-table');
  for (const bucket of new Set(expected)) {
    const row = table.locator(`tr[data-bucket="${bucket}"]`);
    const found = expected.filter((e, i) => e === bucket && answered[i] === bucket).length;
    const wrong = expected.filter((e, i) => e === bucket && answered[i] !== bucket).length;
    await expect(row.locator('td[data-col="found"]')).toHaveText(String(found));
    await expect(row.locator('td[data-col="wrong"]')).toHaveText(String(wrong));
  }
  await expect(page.locator('.practice-score__log li')).toHaveCount(5);
  await expect(page.getByTestId('practice-overlooked')).toHaveText(/^(Вы пропускаете: .+|Каждую потерю.+)$/);
  await shot('practice-score');

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practice results' })).toBeVisible();
  await expect(page.getByTestId('practice-summary')).toHaveText(`${right} right of 5.`);
  await shot('practice-score-en');

  // Focus is on the language button just pressed; PageDown is the screen's main button too.
  await page.keyboard.press('PageDown');
  await inPhase(page, 'menu');
});

test('by keyboard only: Tab reaches the list of units, arrows walk it, a parent sent home for a paper is asked about too', async ({ page, shot }) => {
  await openApp(page, './?seed=1');
  const start = page.getByRole('button', { name: 'Тренировка: Приём в детский сад' });
  await start.focus();
  await page.keyboard.press('Enter');
  await inPhase(page, 'briefing');
  await page.keyboard.press('Enter');
  await inPhase(page, 'round');
  await floorDrawn(page);

  // Pause and step forward twice (1/120 of the week each): two parents have been sent home by then.
  await page.keyboard.press('Space');
  await expect(page.locator('.screen--round[data-paused="true"]')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const list = page.getByRole('listbox', { name: /^В процессе: \d+$/ });
  await expect(list.getByRole('option', { name: /не на участке/ }).first()).toBeVisible();

  // Tab until the focus lands in the list: it is one Tab stop, on its first unit.
  for (let i = 0; i < 40; i++) {
    if (await list.evaluate((l) => l.contains(document.activeElement))) break;
    await page.keyboard.press('Tab');
  }
  const options = list.getByRole('option');
  await expect(options.first()).toBeFocused();
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(options.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(options.first()).toBeFocused();
  // The round stays paused: the list's keys are its own.
  await expect(page.locator('.screen--round[data-paused="true"]')).toBeVisible();

  // Down the list to the first parent away; Space asks about them (and does not start the round).
  const away = list.getByRole('option', { name: /не на участке/ }).first();
  const awayName = (await away.textContent()) ?? '';
  for (let i = 0; i < 60 && !(await away.evaluate((o) => o === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
  await expect(away).toBeFocused();
  await shot('practice-roster');
  await page.keyboard.press('Space');
  const question = page.getByTestId('practice-question');
  await expect(question).toBeVisible();
  await expect(page.getByTestId('practice-subject')).toHaveText(awayName.split(' · ')[0] ?? '');
  await expect(page.locator('.screen--round[data-paused="true"]')).toBeVisible();
  await page.keyboard.press('8');
  const result = page.getByTestId('practice-result');
  await expect(result).toHaveAttribute('data-expected', 'defects');
  await expect(page.getByTestId('practice-verdict')).toHaveText('Верно: брак и переделка.');
  await expect(result).toContainText('не на участке с');
  // The focus comes back to the unit just asked about, to go on down the list.
  await expect(list.getByRole('option', { name: awayName })).toBeFocused();
  await shot('practice-roster-answer');

  // Esc after a question asked from the list gives the focus back as well.
  await page.keyboard.press('ArrowUp');
  const above = list.getByRole('option', { selected: true });
  const aboveName = (await above.textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(list.getByRole('option', { name: aboveName, exact: true })).toBeFocused();

  // One Tab leaves the list (its other units are not Tab stops); Shift+Tab comes back to the same unit.
  await page.keyboard.press('Tab');
  await expect(list.getByRole('option', { name: aboveName, exact: true })).not.toBeFocused();
  expect(await list.evaluate((l) => l.contains(document.activeElement))).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect(list.getByRole('option', { name: aboveName, exact: true })).toBeFocused();
});
