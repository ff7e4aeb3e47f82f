/**
 * The menu: the levels shipped with the game, a broken level file shown with its problems
 * (never a crash, never silently dropped), the language, and the lesson's seed.
 */
import { el, button } from '../dom';
import { langSwitch, type Ctx, type Screen } from '../screen';
import type { LevelEntry } from '../../app/level-registry';
import { compareMenuEntry } from '../workshop/compare/entry';
import { practiceMenu } from '../workshop/practice/practice-menu';
import { lessonLinks } from '../lesson/menu-links';

const SHOWN_ISSUES = 5;

export function menuScreen(ctx: Ctx): Screen {
  const h1 = el('h1', { class: 'menu__title', text: ctx.t('appTitle') });
  h1.tabIndex = -1;
  const header = el(
    'header',
    { class: 'menu__header' },
    el('div', {}, h1, el('p', { class: 'menu__tagline', text: ctx.t('tagline') })),
    langSwitch(ctx),
  );
  const heading = el('h2', { id: 'levels-heading', class: 'menu__subtitle', text: ctx.t('levelsHeading') });
  const nav = el('nav', { class: 'menu__levels', attrs: { 'aria-labelledby': heading.id } }, heading, levelList(ctx));
  const editor = el(
    'div',
    { class: 'menu__tool' },
    button(ctx.t('ed_menuEntry'), ctx.act(() => ctx.openEditor()), { class: 'level-button', attrs: { 'data-testid': 'open-editor' } }),
    el('p', { class: 'muted', text: ctx.t('ed_menuEntryHint') }),
  );
  const workshopHeading = el('h2', { id: 'workshop-heading', class: 'menu__subtitle', text: ctx.t('menuWorkshopHeading') });
  const workshop = el(
    'section',
    { class: 'menu__workshop', attrs: { 'aria-labelledby': workshopHeading.id } },
    workshopHeading,
    compareMenuEntry(ctx),
    editor,
    practiceMenu(ctx),
  );
  const info = el('p', { class: 'menu__info muted', text: ctx.t('lessonInfo', { rounds: ctx.rounds, seed: ctx.seed }) });
  // Pupils' way in (the levels) on the left; the teacher's and the trainee's beside it, so all fits a 1024×768 projector.
  const body = el('div', { class: 'menu__body' }, el('div', { class: 'menu__play' }, nav, info), el('div', { class: 'menu__side' }, lessonLinks(ctx), workshop));
  const main = el('main', { class: 'menu' }, header, body);
  return { el: main, title: ctx.t('appTitle'), focus: h1 };
}

function levelList(ctx: Ctx): HTMLElement {
  if (ctx.levels.length === 0) return el('p', { class: 'menu__empty', text: ctx.t('noLevels') });
  return el('ul', { class: 'level-list' }, ...ctx.levels.map((entry) => levelItem(ctx, entry)));
}

function levelItem(ctx: Ctx, entry: LevelEntry): HTMLElement {
  if (entry.ok) {
    const level = entry.level;
    const b = button(
      level.title[ctx.lang],
      ctx.act(() => ctx.controller.startLevel(level, { rounds: ctx.rounds, seed: ctx.seed })),
      { class: 'level-button', attrs: { 'data-level-id': entry.id } },
    );
    return el('li', { attrs: { 'data-testid': 'level-item' } }, b);
  }
  // A file that does not load: say which and why, in the core's words, with the JSON path.
  const file = entry.file.replace(/^.*\//, '');
  const shown = entry.issues.slice(0, SHOWN_ISSUES);
  const more = entry.issues.length - shown.length;
  return el(
    'li',
    { class: 'level-broken', attrs: { 'data-testid': 'level-item', 'data-broken-level': entry.id } },
    el('p', { class: 'level-broken__title' }, el('span', { class: 'level-broken__icon', text: '!', attrs: { 'aria-hidden': 'true' } }), ctx.t('brokenLevel', { file })),
    el(
      'div',
      { class: 'level-broken__issues' },
      ...shown.map((issue) => el('p', {}, el('code', { text: issue.path }), ` — ${issue.message}`)),
      more > 0 ? el('p', { text: ctx.t('brokenMore', { n: more }) }) : null,
    ),
    el('p', { class: 'muted', text: ctx.t('brokenHint') }),
  );
}
