/**
 * «Присоединиться к уроку»: a team at its own computer types the join code from the projector
 * and plays the lesson's level with the lesson's seed, rounds and budget — the normal game,
 * whose results and debrief then show the team's plan code for the teacher.
 */
import { decodeJoinCode, lessonLevel } from '../../sim/lesson';
import { loadJoined } from '../../app/lesson/joined-save';
import { resumeJoined } from '../../app/lesson/resume-joined';
import type { StorageLike } from '../../app/lesson/saves';
import { button, el } from '../dom';
import { tr, type MessageKey, type Params } from '../i18n';
import { codeProblemText } from './code-messages';
import type { LessonEnv } from './routes';
import './lesson.css';

export function mountJoin(root: HTMLElement, env: LessonEnv, storage: StorageLike): { destroy(): void } {
  const lang = env.lang;
  const t = (key: MessageKey, params?: Params): string => tr(lang, key, params);
  document.body.dataset.ready = 'false';
  document.body.dataset.phase = 'lesson-join';
  const playable = env.levels.flatMap((e) => (e.ok ? [e.level] : []));
  const h1 = el('h1', { text: t('lessonJoinTitle') });
  h1.tabIndex = -1;
  const input = el('input', {
    class: 'input lesson-code-input',
    attrs: { type: 'text', autocomplete: 'off', spellcheck: 'false', autocapitalize: 'characters', 'aria-describedby': 'join-hint', 'data-testid': 'join-code' },
  });
  const message = el('p', { class: 'lesson-code-message', attrs: { role: 'alert', 'data-testid': 'join-message' } });
  const submit = (): void => {
    const r = decodeJoinCode(input.value, playable.map((l) => l.id));
    if (!r.ok) {
      message.textContent = codeProblemText(lang, r.code, r.reason);
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    const level = playable.find((l) => l.id === r.settings.levelId);
    if (!level) {
      message.textContent = codeProblemText(lang, 'unknownLevel', r.settings.levelId);
      return;
    }
    env.game.startLevel(lessonLevel(level, r.settings), { rounds: r.settings.rounds, seed: r.settings.seed, lesson: r.settings, lessonTeam: r.team });
    env.go({ kind: 'game' });
  };

  // A lesson this computer joined before (a reload, a crash): continue it where it was.
  const saved = loadJoined(storage);
  const savedLevel = saved ? playable.find((l) => l.id === saved.settings.levelId) : undefined;
  const resume = (): void => {
    if (!saved || !savedLevel) return;
    const r = resumeJoined(env.game, savedLevel, saved);
    if (!r.ok) {
      message.textContent = codeProblemText(lang, 'invalidPlan', r.reason);
      return;
    }
    env.go({ kind: 'game' });
  };
  const continueBox = saved && savedLevel
    ? el(
        'section',
        { class: 'lesson-join__continue' },
        el('p', { text: t('lessonJoinContinueText', { level: savedLevel.title[lang], rounds: saved.kaizen.length + 1, total: saved.settings.rounds }) }),
        saved.team === undefined ? null : el('p', { class: 'lesson-team-badge', text: t('lessonYouAreTeam', { n: saved.team + 1 }) }),
        button(t('lessonJoinContinue'), resume, { class: 'btn btn--primary', attrs: { 'data-testid': 'join-continue' } }),
      )
    : null;
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      submit();
    }
  });
  const back = el('a', { class: 'btn btn--quiet', text: t('backToMenu'), attrs: { href: '#' } });
  back.addEventListener('click', (e) => {
    e.preventDefault();
    env.go({ kind: 'game' });
  });
  const page = el(
    'main',
    { class: 'lesson-join', attrs: { 'data-testid': 'lesson-join' } },
    el('header', { class: 'lesson-setup__header' }, h1, back),
    el(
      'label',
      { class: 'field lesson-join__field' },
      el('span', { text: t('lessonJoinLabel') }),
      input,
      el('small', { id: 'join-hint', class: 'muted', text: t('lessonJoinHint') }),
    ),
    button(t('lessonJoinButton'), submit, { class: 'btn btn--primary', attrs: { 'data-testid': 'join-submit' } }),
    message,
    continueBox,
  );
  root.replaceChildren(page);
  document.title = t('lessonJoinTitle');
  input.focus();
  document.body.dataset.ready = 'true';
  return { destroy: () => root.replaceChildren() };
}
