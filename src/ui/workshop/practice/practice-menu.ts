/** The menu's practice section: «Тренировка: увидеть потери» — one button per level that loads. */
import { el, button } from '../../dom';
import type { Ctx } from '../../screen';
import './practice.css';

export function practiceMenu(ctx: Ctx): HTMLElement | null {
  const playable = ctx.levels.filter((entry) => entry.ok);
  if (playable.length === 0) return null;
  const heading = el('h2', { id: 'practice-heading', class: 'menu__subtitle', text: ctx.t('practiceMenuHeading') });
  return el(
    'nav',
    { class: 'practice-menu', attrs: { 'aria-labelledby': heading.id } },
    heading,
    el('p', { class: 'practice-menu__text muted', text: ctx.t('practiceMenuText') }),
    el(
      'ul',
      { class: 'practice-menu__list' },
      ...playable.map((entry) =>
        el(
          'li',
          {},
          button(
            entry.ok ? entry.level.title[ctx.lang] : '',
            ctx.act(() => {
              if (entry.ok) ctx.controller.startLevel(entry.level, { rounds: 1, seed: ctx.seed, practice: true });
            }),
            {
              class: 'btn btn--small',
              attrs: {
                'data-practice-level-id': entry.id,
                'aria-label': entry.ok ? ctx.t('practiceLevelButton', { title: entry.level.title[ctx.lang] }) : undefined,
              },
            },
          ),
        ),
      ),
    ),
  );
}
