/**
 * The one-page report for the school's monitoring of lean indicators: what was played, the
 * class board with its charts, the best plan and each team's cards. Hidden on screen; the
 * print stylesheet (lesson.css) shows only it, so «Печать» gives a PDF of one page.
 */
import type { LessonController } from '../../app/lesson/lesson-controller';
import { el } from '../dom';
import type { Format } from '../format';
import type { Lang, MessageKey, Params } from '../i18n';
import { classBoard } from './class-board';
import { dateText } from './dates';

export function lessonReport(lesson: LessonController, o: { lang: Lang; f: Format; t: (key: MessageKey, params?: Params) => string }): HTMLElement {
  const { lang, f, t } = o;
  const s = lesson.settings;
  const bestTeam = lesson.bestTeam();
  const best = bestTeam === undefined ? undefined : lesson.record.teams[bestTeam];
  const bestLast = bestTeam === undefined ? undefined : lesson.teamRounds(bestTeam).rounds.at(-1);
  const cardName = (id: string): string => lesson.level.cards.find((c) => c.id === id)?.name[lang] ?? id;
  return el(
    'section',
    { class: 'lesson-report', attrs: { 'aria-hidden': 'true', 'data-testid': 'lesson-report' } },
    el('h1', { text: t('lessonReportTitle', { title: lesson.record.title }) }),
    el('p', {
      text: t('lessonReportLine', {
        level: lesson.level.title[lang],
        date: dateText(lang, new Date(lesson.record.createdAt)),
        rounds: s.rounds,
        budget: f.points(s.budgetPerRound),
        seed: s.seed,
        teams: lesson.record.teams.length,
      }),
    }),
    classBoard(lesson, o),
    el(
      'p',
      { class: 'lesson-report__best' },
      best && bestLast
        ? t('lessonBestPlan', { team: best.name, lead: f.duration(bestLast.metrics.leadTime.mean), waste: f.personMinutes(bestLast.metrics.totalWasteMinutes), value: f.pct(bestLast.metrics.valueMeasure.value) })
        : t('lessonBestNone'),
    ),
    el(
      'ul',
      { class: 'lesson-report__cards' },
      ...lesson.record.teams.map((team, i) => {
        const last = lesson.teamRounds(i).rounds.at(-1);
        const cards = last?.applied.map(cardName) ?? [];
        return el('li', {}, el('strong', { text: `${team.name}: ` }), cards.length ? cards.join(', ') : t('debriefNoCards'));
      }),
    ),
  );
}
