/**
 * A team at its own computer: on its results and debrief screens, the plan code the teacher
 * types in (large, grouped in fours) and a button that shows it as a QR code. Nothing is shown
 * in a game that is not part of a lesson.
 */
import type { GameView } from '../../app/game-controller';
import { encodePlanCode } from '../../sim/lesson';
import { button, el } from '../dom';
import type { Ctx } from '../screen';
import { qrSvg } from './qr';
import './lesson.css';

export function planCodeBox(ctx: Ctx, view: GameView): HTMLElement | null {
  const lesson = view.lesson;
  const level = view.level;
  if (!lesson || !level) return null;
  let code: string;
  try {
    code = encodePlanCode(level, lesson.settings, lesson.kaizen, lesson.team);
  } catch (error) {
    // A plan the game itself accepted always encodes; if not, say so rather than show a wrong code.
    return el('p', { class: 'lesson-notice', text: ctx.t('lessonPlanCodeFailed', { reason: error instanceof Error ? error.message : String(error) }) });
  }
  const dialog = el(
    'dialog',
    { class: 'lesson-qr', attrs: { 'aria-label': ctx.t('lessonPlanCodeQr') } },
    el('p', { class: 'lesson-code', text: code }),
  );
  const close = button(ctx.t('lessonClose'), () => dialog.close(), { class: 'btn' });
  const show = button(ctx.t('lessonPlanCodeQr'), () => {
    if (!dialog.querySelector('svg')) dialog.insertBefore(qrSvg(code), dialog.firstChild);
    dialog.showModal();
    close.focus();
  }, { class: 'btn btn--quiet btn--compact', attrs: { 'data-testid': 'plan-code-qr' } });
  dialog.append(close);
  return el(
    'div',
    { class: 'lesson-plan-box', attrs: { 'data-testid': 'plan-code-box' } },
    el('span', { class: 'lesson-plan-box__label', text: lesson.team === undefined ? ctx.t('lessonPlanCodeForTeacher') : ctx.t('lessonTeamPlanCodeForTeacher', { n: lesson.team + 1 }) }),
    el('strong', { class: 'lesson-code lesson-code--inline', text: code, attrs: { 'data-testid': 'plan-code' } }),
    show,
    dialog,
  );
}
