/**
 * On a pupil's own computer, every screen of a joined lesson says which team it is playing
 * («Вы — команда 3»), taken from the team's join code, so nobody makes a plan for the wrong team.
 * Nothing in a game that is not a lesson, nor in an old code that names no team.
 */
import { el } from '../dom';
import type { Ctx } from '../screen';
import './lesson.css';

export function teamBadge(ctx: Pick<Ctx, 'controller' | 't'>): HTMLElement | null {
  const team = ctx.controller.view.lesson?.team;
  if (team === undefined) return null;
  return el('span', { class: 'lesson-team-badge', text: ctx.t('lessonYouAreTeam', { n: team + 1 }), attrs: { 'data-testid': 'lesson-team-badge' } });
}
