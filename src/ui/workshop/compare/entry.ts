/** Ways into the compare page: the menu's button, and the kaizen screen's "compare with the previous round". */
import { allCommands, type Session } from '../../../sim';
import { button, el } from '../../dom';
import type { Ctx } from '../../screen';
import { EMPTY_PLAN } from './plans';
import { compareRoute } from './route';

export function compareMenuEntry(ctx: Ctx): HTMLElement | null {
  const first = ctx.levels.find((e) => e.ok);
  if (!first?.ok) return null;
  const open = button(
    ctx.t('compareMenu'),
    ctx.act(() => compareRoute.open({ level: first.level, a: EMPTY_PLAN, b: EMPTY_PLAN }, ctx.seed)),
    { class: 'level-button', attrs: { 'data-testid': 'open-compare' } },
  );
  return el('section', { class: 'menu__tool' }, open, el('p', { class: 'muted', text: ctx.t('compareMenuHint') }));
}

/** The plan of the round just played (A) against the plan for the next one (B), both exactly as the lesson has them. */
export function compareWithPreviousRound(ctx: Ctx, session: Session): HTMLButtonElement | null {
  const last = session.played[session.played.length - 1];
  if (!last) return null;
  return button(
    ctx.t('compareFromKaizen'),
    ctx.act(() => {
      const now = ctx.controller.view.session ?? session;
      const played = now.played[now.played.length - 1] ?? last;
      compareRoute.open(
        {
          level: now.level,
          a: { kind: 'fixed', level: played.level, applied: played.applied, commands: now.history },
          b: { kind: 'fixed', level: now.plan.level, applied: now.plan.applied, commands: allCommands(now) },
          afterRound: played.round,
        },
        now.seed,
      );
    }),
    { class: 'btn btn--quiet', attrs: { 'data-testid': 'compare-from-kaizen' } },
  );
}
