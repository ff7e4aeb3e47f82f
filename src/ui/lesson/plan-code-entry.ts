/**
 * The teacher's side of a team at its own computer: the team's own join code shown large (what
 * the team types to play this lesson as this team) and a field for the team's plan code. A code
 * is decoded against this lesson (a typo, or a code of another lesson, is refused in plain
 * words); an accepted one replays the team's rounds at once and puts them on the class board.
 * A plan code names its team: typed into another team's box it is filed under its own team,
 * and the teacher is told so.
 */
import { decodePlanCode } from '../../sim/lesson';
import type { LessonController } from '../../app/lesson/lesson-controller';
import { button, el, uniqueId } from '../dom';
import type { Lang, MessageKey, Params } from '../i18n';
import { codeProblemText } from './code-messages';

type T = (key: MessageKey, params?: Params) => string;

/** The last answer to a plan code, kept across the redraw the accepted code causes. */
export interface PlanCodeState {
  team: number;
  ok: boolean;
  text: string;
  /** accepted, but for another team than the box it was typed into */
  warn?: boolean;
}

export function joinCodeBlock(joinCode: string, t: T, team: { n: number; name: string }): HTMLElement {
  return el(
    'div',
    { class: 'lesson-join-code' },
    el('p', { class: 'lesson-join-code__label', text: t('lessonTeamJoinCodeLabel', { n: team.n, team: team.name }) }),
    el('p', { class: 'lesson-code', text: joinCode, attrs: { 'data-testid': 'join-code-large' } }),
    el('p', { class: 'muted', text: t('lessonJoinCodeHint') }),
  );
}

export function planCodeEntry(lesson: LessonController, team: number, o: { lang: Lang; t: T; joinCodes: readonly string[]; state: { planCode?: PlanCodeState } }): HTMLElement {
  const { t, lang } = o;
  const record = lesson.record.teams[team];
  if (!record) return el('p', { text: '—' });
  const known = lesson.teamRounds(team);
  const headingId = uniqueId('plan-code');
  const input = el('input', {
    class: 'input lesson-code-input',
    attrs: { type: 'text', autocomplete: 'off', spellcheck: 'false', autocapitalize: 'characters', 'aria-labelledby': headingId, 'data-testid': 'plan-code-input' },
  });
  const last = o.state.planCode?.team === team ? o.state.planCode : undefined;
  const message = el('p', {
    class: `lesson-code-message${last?.warn ? ' lesson-code-message--warn' : last?.ok ? ' lesson-code-message--ok' : ''}`,
    text: last?.text ?? '',
    attrs: { role: 'status', 'aria-live': 'polite', 'data-testid': 'plan-code-message' },
  });
  const submit = (): void => {
    const decoded = decodePlanCode(lesson.level, lesson.settings, input.value);
    if (!decoded.ok) {
      o.state.planCode = { team, ok: false, text: codeProblemText(lang, decoded.code, decoded.reason) };
      message.className = 'lesson-code-message';
      message.textContent = o.state.planCode.text;
      input.setAttribute('aria-invalid', 'true');
      input.select();
      return;
    }
    const phases = decoded.kaizen.length;
    const whose = lesson.planOwner(team, decoded.team);
    const owner = whose.team;
    const ownerName = lesson.record.teams[owner]?.name ?? '';
    if (!whose.ok) {
      const text =
        whose.problem === 'projectorTeam'
          ? t('lessonPlanProjectorTeam', { n: owner + 1, team: ownerName })
          : t('lessonPlanNoSuchTeam', { n: owner + 1, teams: lesson.record.teams.length });
      o.state.planCode = { team, ok: false, text };
      message.className = 'lesson-code-message';
      message.textContent = text;
      input.setAttribute('aria-invalid', 'true');
      input.select();
      return;
    }
    o.state.planCode =
      owner === team
        ? { team, ok: true, text: t('lessonPlanAccepted', { team: record.name, rounds: phases + 1 }) }
        : { team, ok: true, warn: true, text: t('lessonPlanOtherTeam', { n: owner + 1, other: ownerName, team: record.name, rounds: phases + 1 }) };
    const r = lesson.acceptPlan(owner, decoded.kaizen);
    if (!r.ok) {
      const text = r.changesRound !== undefined ? t('lessonPlanChangesShown', { n: r.changesRound }) : codeProblemText(lang, 'invalidPlan', r.reason);
      o.state.planCode = { team, ok: false, text };
      message.className = 'lesson-code-message';
      message.textContent = o.state.planCode.text;
    }
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      submit();
    }
  });
  return el(
    'section',
    { class: 'lesson-plan-code', attrs: { 'aria-labelledby': headingId, 'data-testid': 'plan-code-entry' } },
    el('h2', { id: headingId, text: t('lessonPlanCodeHeading', { team: record.name }) }),
    el('p', { text: t('lessonPlanCodeKnown', { known: Math.max(1, record.kaizen.length + 1), total: lesson.settings.rounds }) }),
    known.waiting ? el('p', { class: 'lesson-notice', text: t('lessonBoardWaiting') }) : null,
    el('div', { class: 'lesson-plan-code__row' }, input, button(t('lessonPlanCodeAccept'), submit, { class: 'btn btn--primary', attrs: { 'data-testid': 'plan-code-accept' } })),
    message,
    el('p', { class: 'muted', text: t('lessonPlanCodeHint') }),
    joinCodeBlock(o.joinCodes[team] ?? '—', t, { n: team + 1, name: record.name }),
  );
}
