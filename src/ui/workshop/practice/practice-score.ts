/**
 * The end of a practice round: the score by waste type (src/sim/practice computes it; the rule
 * for found, missed and wrong is printed under the table), the wastes the trainee overlooks,
 * and every answer with its explanation.
 */
import { BUCKETS, practiceScore, type Level } from '../../../sim';
import type { GameView } from '../../../app/game-controller';
import { button, el } from '../../dom';
import { footer, primaryButton, topBar, type Ctx, type Screen } from '../../screen';
import { bucketLabel, bucketName, possibleBuckets } from '../../wastes';
import { bucketAt, explainText, verdictText } from './explain';
import './practice.css';

export function practiceScoreScreen(ctx: Ctx, view: GameView, level: Level): Screen {
  const { t, f, lang, controller } = ctx;
  const tl = view.timeline;
  const questions = view.practice?.questions ?? [];
  const { bar, h1 } = topBar(ctx, { heading: t('practiceScoreTitle'), menu: false });
  const body = el('main', { class: 'screen__body practice-score', attrs: { 'data-testid': 'practice-score' } });

  if (!tl || questions.length === 0) {
    body.append(el('p', { class: 'practice-score__summary', text: t('practiceScoreNone') }));
  } else {
    const score = practiceScore(tl, questions);
    body.append(
      el('p', { class: 'practice-score__summary', attrs: { 'data-testid': 'practice-summary' }, text: t('practiceScoreSummary', { right: score.correct, n: score.questions }) }),
      el('p', {
        class: 'practice-score__overlooked',
        attrs: { 'data-testid': 'practice-overlooked' },
        text:
          score.overlooked.length > 0
            ? t('practiceOverlooked', { list: score.overlooked.map((b) => bucketName(lang, b).toLowerCase()).join(', ') })
            : t('practiceOverlookedNone'),
      }),
    );
    const possible = new Set(possibleBuckets(level));
    const rows = score.buckets.filter((r) => possible.has(r.bucket) || r.present > 0 || r.namedWrongly > 0 || r.roundShare > 0);
    const head = ['practiceColBucket', 'practiceColShare', 'practiceColFound', 'practiceColWrong', 'practiceColMissed', 'practiceColNamedWrongly'] as const;
    const table = el(
      'table',
      { attrs: { 'data-testid': 'practice-table' } },
      el('caption', { text: t('practiceTableCaption') }),
      el('thead', {}, el('tr', {}, ...head.map((k) => el('th', { text: t(k), attrs: { scope: 'col' } })))),
      el(
        'tbody',
        {},
        ...rows.map((r) =>
          el(
            'tr',
            { attrs: { 'data-bucket': r.bucket, 'data-overlooked': String(score.overlooked.includes(r.bucket)) } },
            el('th', { attrs: { scope: 'row' } }, bucketLabel(lang, r.bucket)),
            el('td', { text: f.pct(r.roundShare) }),
            el('td', { text: f.int(r.found), attrs: { 'data-col': 'found' } }),
            el('td', { text: f.int(r.wrong), attrs: { 'data-col': 'wrong' } }),
            el('td', { text: f.int(r.missed), attrs: { 'data-col': 'missed' } }),
            el('td', { text: f.int(r.namedWrongly), attrs: { 'data-col': 'namedWrongly' } }),
          ),
        ),
      ),
    );
    const multiDay = level.clockStart + tl.duration > 86400;
    const log = el(
      'ol',
      { class: 'practice-score__log' },
      ...questions.map((q) => {
        const words = explainText(ctx, tl, q.observation, q.t);
        return el(
          'li',
          { attrs: { 'data-expected': BUCKETS[q.observation.bucket], 'data-answer': bucketAt(q.answer) } },
          `${f.roundClock(level.clockStart + q.t, multiDay)} — `,
          el('span', { text: verdictText(ctx, q), attrs: { 'data-correct': String(q.correct) } }),
          ` ${words.what}`,
        );
      }),
    );
    body.append(table, el('p', { class: 'practice-score__rule muted', text: t('practiceRule') }), el('h2', { text: t('practiceLogHeading') }), log);
  }

  const again = button(
    t('practiceAgain'),
    ctx.act(() => controller.startLevel(level, { rounds: 1, seed: ctx.seed, practice: true })),
    { class: 'btn', attrs: { 'data-testid': 'practice-again' } },
  );
  const toMenu = primaryButton(t('practiceToMenu'), ctx.act(() => controller.toMenu()), 'primary');
  const page = el('div', { class: 'screen screen--practice-score' }, bar, body, footer(toMenu, again));
  return { el: page, title: t('practiceScoreTitle'), primary: toMenu, focus: h1 };
}
