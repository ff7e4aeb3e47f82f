/**
 * The lesson's debrief: the class's best plan replayed on the floor (its last round, again and
 * again), its current- and target-state maps, the cards every team chose and what each bought,
 * the class board; and the exports: CSV for the school's monitoring, a printable one-page
 * report, the lesson file.
 */
import type { CardWorth } from '../../sim';
import type { LessonController } from '../../app/lesson/lesson-controller';
import { exportLessonFile } from '../../app/lesson/saves';
import { button, el } from '../dom';
import type { Ctx, Screen } from '../screen';
import { tabs } from '../screens/results';
import { mapLegend, mapTitle, valueStreamMap } from '../widgets/value-stream';
import { classBoard } from './class-board';
import { lessonCsvText, csvFileName } from './csv-export';
import { isoDay } from './dates';
import { lessonReport } from './report';
import { download, safeFileName } from './storage';

export function lessonDebrief(ctx: Ctx, lesson: LessonController, state: { debriefTab?: string }): Screen {
  const { t, f, lang } = ctx;
  const k = lesson.round;
  const bestTeam = lesson.bestTeam();
  const best = bestTeam === undefined ? undefined : lesson.record.teams[bestTeam];
  const bestRounds = bestTeam === undefined ? [] : lesson.teamRounds(bestTeam).rounds;
  const last = bestRounds[bestRounds.length - 1];
  const h1 = el('h1', { class: 'lesson-heading', text: t('lessonDebriefTitle') });
  h1.tabIndex = -1;

  // --- the best plan on the floor --------------------------------------------------------
  const floor = ctx.floor('round');
  const bestLine = best && last
    ? t('lessonBestPlan', {
        team: best.name,
        lead: f.duration(last.metrics.leadTime.mean),
        waste: f.personMinutes(last.metrics.totalWasteMinutes),
        value: f.pct(last.metrics.valueMeasure.value),
      })
    : t('lessonBestNone');
  const bestCards = last?.applied.map((id) => lesson.level.cards.find((c) => c.id === id)?.name[lang] ?? id) ?? [];
  const bestPanel = el(
    'div',
    { class: 'tabs__panel lesson-debrief__best' },
    el('div', { class: 'lesson-debrief__floor' }, floor.el),
    el(
      'div',
      { class: 'lesson-debrief__side' },
      el('p', { class: 'lesson-debrief__best-line', text: bestLine, attrs: { 'data-testid': 'lesson-best' } }),
      el('h2', { text: t('lessonBestCards') }),
      bestCards.length ? el('ul', {}, ...bestCards.map((c) => el('li', { text: c }))) : el('p', { class: 'muted', text: t('debriefNoCards') }),
      el('p', { class: 'muted', text: t('lessonBestFloorHint', { n: k }) }),
    ),
  );

  // --- maps: round 1 as it was, the best plan's last round ---------------------------------
  const streams = lesson.game.view.valueStreams;
  const mapOf = (round: number, testId: string): HTMLElement | null => {
    const stream = streams[round - 1];
    if (!stream) return null;
    return valueStreamMap({ lang, f, map: stream, title: t('vsmCaption', { title: mapTitle(lang, round, lesson.settings.rounds), n: round }), testId, legend: false });
  };
  const maps = el('div', { class: 'tabs__panel debrief__maps' }, mapOf(1, 'vsm-current'), k > 1 ? mapOf(k, 'vsm-target') : null, mapLegend(lang));

  // --- every team's cards and what each bought ---------------------------------------------
  const cardName = (id: string): string => lesson.level.cards.find((c) => c.id === id)?.name[lang] ?? id;
  const teamCards = lesson.record.teams.map((team, i) => {
    const d = lesson.teamDebrief(i);
    const rows: CardWorth[] = [...(d?.cards ?? [])].sort((a, b) => b.wasteSaved - a.wasteSaved);
    return el(
      'section',
      { class: 'lesson-cards__team', attrs: { 'data-team': i } },
      el('h3', { text: `${i + 1}. ${team.name}` }),
      !d
        ? el('p', { class: 'muted', text: t('lessonBoardWaiting') })
        : rows.length === 0
          ? el('p', { class: 'muted', text: t('debriefNoCards') })
          : el(
              'table',
              { class: 'table' },
              el('thead', {}, el('tr', {}, el('th', { text: t('colCard'), attrs: { scope: 'col' } }), el('th', { class: 'num', text: t('colCost'), attrs: { scope: 'col' } }), el('th', { class: 'num', text: t('colSaved', { unit: t(f.wasteUnitKey, { n: '' }).trim() }), attrs: { scope: 'col' } }))),
              el('tbody', {}, ...rows.map((c) => el('tr', {}, el('th', { text: cardName(c.card), attrs: { scope: 'row' } }), el('td', { class: 'num', text: f.int(c.cost) }), el('td', { class: 'num', text: f.num(c.wasteSaved, 0) })))),
            ),
    );
  });
  const cardsPanel = el('div', { class: 'tabs__panel lesson-cards', attrs: { 'data-testid': 'lesson-team-cards' } }, ...teamCards);
  const boardPanel = el('div', { class: 'tabs__panel' }, classBoard(lesson, { lang, f, t }));

  const sections = tabs(
    t('debriefTabsLabel'),
    [
      { id: 'best', label: t('lessonTabBest'), panel: bestPanel },
      { id: 'board', label: t('lessonTabBoard'), panel: boardPanel },
      { id: 'cards', label: t('lessonTabCards'), panel: cardsPanel },
      { id: 'maps', label: t('tabDebriefMaps'), panel: maps },
    ],
    state.debriefTab ?? 'best',
    (id) => (state.debriefTab = id),
  );

  // --- exports -----------------------------------------------------------------------------
  const status = el('p', { class: 'lesson-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const csv = button(t('lessonExportCsv'), ctx.act(() => {
    const name = csvFileName(lesson, lang);
    download(name, lessonCsvText(lesson, lang), 'text/csv;charset=utf-8');
    status.textContent = t('lessonExported', { file: name });
  }), { class: 'btn', attrs: { 'data-testid': 'lesson-export-csv' } });
  const print = button(t('lessonPrint'), ctx.act(() => window.print()), { class: 'btn', attrs: { 'data-testid': 'lesson-print' } });
  const file = button(t('lessonExportFile'), ctx.act(() => {
    const name = `${safeFileName(lesson.record.title)}-${isoDay(new Date())}.lesson.json`;
    download(name, exportLessonFile(lesson.record), 'application/json');
    status.textContent = t('lessonExported', { file: name });
  }), { class: 'btn', attrs: { 'data-testid': 'lesson-export-file' } });

  const page = el(
    'div',
    { class: 'screen lesson-screen lesson-debrief' },
    el('div', { class: 'lesson-screen__head' }, h1),
    el('main', { class: 'screen__body' }, sections),
    el('footer', { class: 'screen__footer' }, el('div', { class: 'screen__aside' }, status), el('div', { class: 'lesson-exports' }, csv, print, file)),
    lessonReport(lesson, { lang, f, t }),
  );
  return { el: page, title: t('lessonDebriefTitle'), focus: h1 };
}
