/** The menu's way into lesson mode: the teacher runs a lesson, a team joins one from its own computer. */
import { el } from '../dom';
import type { Ctx } from '../screen';
import './lesson.css';

export function lessonLinks(ctx: Ctx): HTMLElement {
  const headingId = 'lesson-links-heading';
  return el(
    'section',
    { class: 'menu__lesson', attrs: { 'aria-labelledby': headingId } },
    el('h2', { id: headingId, class: 'menu__subtitle', text: ctx.t('lessonMenuHeading') }),
    el(
      'div',
      { class: 'menu__lesson-links' },
      el('a', { class: 'btn', text: ctx.t('lessonMenuRun'), attrs: { href: '#lesson', 'data-testid': 'menu-run-lesson' } }),
      el('a', { class: 'btn', text: ctx.t('lessonMenuJoin'), attrs: { href: '#join', 'data-testid': 'menu-join-lesson' } }),
    ),
  );
}
