/**
 * «Провести урок»: the teacher sets up a lesson (level, rounds, kaizen budget, phase timers,
 * teams and where each plays, the class's seed, language) and starts it; or resumes, deletes,
 * exports or imports a saved lesson. Saves the store could not read are listed in plain words.
 */
import type { Level } from '../../sim';
import type { LessonPhase } from '../../app/lesson/lesson-record';
import { LESSON_PHASES } from '../../app/lesson/lesson-record';
import { createLessonRecord, DEFAULT_TIMERS, MAX_LESSON_ROUNDS, MAX_TEAMS, MIN_ROUNDS, newLessonId, setupProblems } from '../../app/lesson/new-lesson';
import { exportLessonFile, importLessonFile } from '../../app/lesson/saves';
import { button, el, uniqueId } from '../dom';
import { dateText, dateTimeText } from './dates';
import { languages, messages, tr, type Lang, type MessageKey, type Params } from '../i18n';
import type { LessonEnv } from './routes';
import { saveProblemText, type Problem } from './save-messages';
import { download, safeFileName } from './storage';
import './lesson.css';

interface TeamRow {
  name: HTMLInputElement;
  mode: HTMLSelectElement;
  row: HTMLElement;
}

export function mountSetup(root: HTMLElement, env: LessonEnv, notice?: Problem): { destroy(): void } {
  let lang = env.lang;
  const t = (key: MessageKey, params?: Params): string => tr(lang, key, params);
  // What the teacher typed survives a language switch.
  let draft: HTMLElement | undefined;

  function render(): void {
    document.body.dataset.ready = 'false';
    document.body.dataset.phase = 'lesson-setup';
    const h1 = el('h1', { text: t('lessonSetupTitle') });
    h1.tabIndex = -1;
    const back = el('a', { class: 'btn btn--quiet', text: t('backToMenu'), attrs: { href: '#' } });
    back.addEventListener('click', (e) => {
      e.preventDefault();
      env.go({ kind: 'game' });
    });
    const langs = el('div', { class: 'lang-switch', attrs: { role: 'group', 'aria-label': t('languageSwitchLabel') } });
    for (const l of languages) {
      langs.append(
        button(messages[l].languageCode, () => {
          lang = l;
          env.setLang(l);
          render();
        }, { attrs: { lang: l, 'aria-pressed': String(l === lang), title: messages[l].languageName } }),
      );
    }
    const header = el('header', { class: 'lesson-setup__header' }, h1, el('div', { class: 'lesson-setup__right' }, langs, back));
    const form = draft ?? newLessonForm();
    draft = form;
    const page = el(
      'main',
      { class: 'lesson-setup', attrs: { 'data-testid': 'lesson-setup' } },
      header,
      notice ? el('p', { class: 'lesson-notice', text: t('lessonOpenFailed', { reason: saveProblemText(lang, notice) }), attrs: { role: 'alert' } }) : null,
      env.persistent ? null : el('p', { class: 'lesson-notice', text: t('lessonNoStorage'), attrs: { role: 'alert' } }),
      el('div', { class: 'lesson-setup__columns' }, form, savedLessons()),
    );
    root.replaceChildren(page);
    document.title = t('lessonSetupTitle');
    h1.focus({ preventScroll: true });
    document.body.dataset.ready = 'true';
  }

  function newLessonForm(): HTMLElement {
    const playable = env.levels.flatMap((e) => (e.ok ? [e.level] : []));
    const field = (label: string, control: HTMLElement, hint?: string): HTMLElement =>
      el('label', { class: 'field' }, el('span', { text: label }), control, hint ? el('small', { class: 'muted', text: hint }) : null);
    const levelSelect = el('select', { class: 'input', attrs: { 'data-testid': 'lesson-level' } });
    for (const level of playable) levelSelect.append(el('option', { text: level.title[lang], attrs: { value: level.id } }));
    const roundsSelect = el('select', { class: 'input', attrs: { 'data-testid': 'lesson-rounds' } });
    for (let n = MIN_ROUNDS; n <= MAX_LESSON_ROUNDS; n++) roundsSelect.append(el('option', { text: String(n), attrs: { value: n } }));
    const budget = el('input', { class: 'input input--num', attrs: { type: 'number', min: 0, max: 127, 'data-testid': 'lesson-budget' } });
    const levelOf = (): Level | undefined => playable.find((l) => l.id === levelSelect.value);
    const syncBudget = (): void => {
      budget.value = String(levelOf()?.kaizen.budgetPerRound ?? 4);
    };
    levelSelect.addEventListener('change', syncBudget);
    syncBudget();
    const seed = el('input', { class: 'input', attrs: { type: 'number', min: 0, max: 4294967295, value: env.seed, 'data-testid': 'lesson-seed' } });
    const title = el('input', { class: 'input', attrs: { type: 'text', maxlength: 80, placeholder: t('lessonTitlePlaceholder'), 'data-testid': 'lesson-title' } });
    const langSelect = el('select', { class: 'input' });
    for (const l of languages) langSelect.append(el('option', { text: messages[l].languageName, attrs: { value: l } }));
    langSelect.value = lang;

    const timerInputs = new Map<LessonPhase, HTMLInputElement>();
    const timers = el(
      'fieldset',
      { class: 'lesson-timers' },
      el('legend', { text: t('lessonTimersLegend') }),
      ...LESSON_PHASES.map((phase) => {
        const input = el('input', {
          class: 'input input--num',
          attrs: { type: 'number', min: 0, max: 120, step: 1, value: DEFAULT_TIMERS[phase] / 60, 'data-testid': `lesson-timer-${phase}` },
        });
        timerInputs.set(phase, input);
        return field(t(`lessonPhase_${phase}` as MessageKey), input);
      }),
      el('p', { class: 'muted', text: t('lessonTimersHint') }),
    );

    const teamRows: TeamRow[] = [];
    const teamList = el('ol', { class: 'lesson-teams', attrs: { 'data-testid': 'lesson-teams' } });
    const addTeam = button(t('lessonAddTeam'), () => add(''), { class: 'btn', attrs: { 'data-testid': 'lesson-add-team' } });
    const add = (name: string): void => {
      if (teamRows.length >= MAX_TEAMS) return;
      const n = teamRows.length + 1;
      const nameInput = el('input', { class: 'input', attrs: { type: 'text', maxlength: 40, value: name || t('lessonTeamDefault', { n }), 'aria-label': t('lessonTeamName', { n }) } });
      const mode = el('select', { class: 'input', attrs: { 'aria-label': t('lessonTeamMode', { n }) } });
      mode.append(el('option', { text: t('lessonModeProjector'), attrs: { value: 'projector' } }), el('option', { text: t('lessonModeOwn'), attrs: { value: 'own-computer' } }));
      const row = el('li', { class: 'lesson-teams__row' }, nameInput, mode);
      const entry: TeamRow = { name: nameInput, mode, row };
      row.append(
        button('✕', () => {
          teamRows.splice(teamRows.indexOf(entry), 1);
          row.remove();
          addTeam.disabled = teamRows.length >= MAX_TEAMS;
        }, { class: 'btn btn--icon', attrs: { 'aria-label': t('lessonRemoveTeam', { n }), title: t('lessonRemoveTeam', { n }) } }),
      );
      teamRows.push(entry);
      teamList.append(row);
      addTeam.disabled = teamRows.length >= MAX_TEAMS;
    };
    for (let i = 0; i < 3; i++) add('');

    const problems = el('ul', { class: 'lesson-problems', attrs: { role: 'alert', 'data-testid': 'lesson-setup-problems' } });
    const start = button(t('lessonStart'), () => {
      const level = levelOf();
      const int = (input: HTMLInputElement): number => (input.value.trim() === '' ? Number.NaN : Number(input.value));
      const timerValues = Object.fromEntries(LESSON_PHASES.map((p) => [p, Math.round(int(timerInputs.get(p) as HTMLInputElement) * 60)])) as Record<LessonPhase, number>;
      const setup = {
        title: title.value.trim() || t('lessonTitleDefault', { level: level?.title[lang] ?? '', date: dateText(lang, new Date()) }),
        seed: int(seed),
        rounds: int(roundsSelect as unknown as HTMLInputElement),
        budgetPerRound: int(budget),
        timers: timerValues,
        teams: teamRows.map((r) => ({ name: r.name.value, mode: r.mode.value === 'own-computer' ? ('own-computer' as const) : ('projector' as const) })),
        lang: (langSelect.value === 'en' ? 'en' : 'ru') as Lang,
      };
      const found = setupProblems(setup);
      const keys = [...(level ? [] : ['noLevel' as const]), ...found];
      problems.replaceChildren(...keys.map((p) => el('li', { text: t(`lessonProblem_${p}` as MessageKey, { max: MAX_TEAMS, min: MIN_ROUNDS, maxRounds: MAX_LESSON_ROUNDS }) })));
      if (!level || found.length > 0) return;
      const record = createLessonRecord({ ...setup, level }, newLessonId(), new Date().toISOString());
      const saved = env.store.save(record);
      if (!saved.ok) {
        problems.replaceChildren(el('li', { text: t('lessonSaveFailed', { reason: saveProblemText(lang, saved) }) }));
        return;
      }
      env.setLang(setup.lang);
      env.go({ kind: 'lesson', id: record.id });
    }, { class: 'btn btn--primary', attrs: { 'data-testid': 'lesson-start' } });

    const headingId = uniqueId('new-lesson');
    return el(
      'section',
      { class: 'lesson-setup__new', attrs: { 'aria-labelledby': headingId } },
      el('h2', { id: headingId, text: t('lessonNewHeading') }),
      el('div', { class: 'lesson-setup__grid' }, field(t('lessonLevel'), levelSelect), field(t('lessonRounds'), roundsSelect), field(t('lessonBudget'), budget), field(t('lessonSeed'), seed, t('lessonSeedHint')), field(t('lessonTitle'), title), field(t('lessonLanguage'), langSelect)),
      timers,
      el('h3', { text: t('lessonTeamsHeading', { max: MAX_TEAMS }) }),
      el('p', { class: 'muted', text: t('lessonTeamsHint') }),
      teamList,
      addTeam,
      problems,
      el('div', { class: 'lesson-setup__start' }, start),
    );
  }

  function savedLessons(): HTMLElement {
    const headingId = uniqueId('saved');
    const list = env.store.list();
    const status = el('p', { class: 'lesson-status', attrs: { role: 'status', 'aria-live': 'polite', 'data-testid': 'lesson-saves-status' } });
    const items = list.map((s) => {
      const resume = button(t('lessonResume'), () => env.go({ kind: 'lesson', id: s.id }), { class: 'btn btn--primary btn--compact' });
      const exportButton = button(t('lessonExportFile'), () => {
        const loaded = env.store.load(s.id);
        if (!loaded.ok) return void (status.textContent = t('lessonOpenFailed', { reason: saveProblemText(lang, loaded) }));
        download(`${safeFileName(s.title)}.lesson.json`, exportLessonFile(loaded.record), 'application/json');
      }, { class: 'btn btn--compact' });
      const remove = button(t('lessonDelete'), () => {
        if (!window.confirm(t('lessonDeleteConfirm', { title: s.title }))) return;
        env.store.remove(s.id);
        render();
      }, { class: 'btn btn--quiet btn--compact' });
      const when = dateTimeText(lang, new Date(s.updatedAt));
      const where = s.phase === 'briefing' ? t('lessonPhase_briefing') : t('lessonSavedWhere', { phase: t(`lessonPhase_${s.phase}` as MessageKey), n: s.round });
      return el(
        'li',
        { class: 'lesson-saves__item', attrs: { 'data-testid': 'lesson-save' } },
        el('p', { class: 'lesson-saves__title' }, el('strong', { text: s.title })),
        el('p', { class: 'muted', text: t('lessonSaveLine', { where, teams: s.teams, when }) }),
        el('div', { class: 'lesson-saves__actions' }, resume, exportButton, remove),
      );
    });
    const fileInput = el('input', { class: 'sr-only', attrs: { type: 'file', accept: '.json,application/json', 'data-testid': 'lesson-import-file' } });
    fileInput.addEventListener('change', () => {
      const file = fileInput.files?.[0];
      if (!file) return;
      void file.text().then((text) => {
        const r = importLessonFile(text);
        if (!r.ok) return void (status.textContent = t('lessonImportFailed', { reason: saveProblemText(lang, r) }));
        // An imported lesson never overwrites one already here with the same id.
        const existing = env.store.load(r.record.id);
        const record = existing.ok ? { ...r.record, id: newLessonId() } : r.record;
        const saved = env.store.save(record);
        if (!saved.ok) return void (status.textContent = t('lessonSaveFailed', { reason: saveProblemText(lang, saved) }));
        render();
      });
    });
    const importButton = button(t('lessonImportFile'), () => fileInput.click(), { class: 'btn' });
    const aside = env.store.setAside();
    return el(
      'section',
      { class: 'lesson-setup__saved', attrs: { 'aria-labelledby': headingId } },
      el('h2', { id: headingId, text: t('lessonSavedHeading') }),
      list.length ? el('ul', { class: 'lesson-saves', attrs: { 'data-testid': 'lesson-saves' } }, ...items) : el('p', { class: 'muted', text: t('lessonNoSaves') }),
      el('div', { class: 'lesson-saves__import' }, importButton, fileInput),
      status,
      aside.length
        ? el(
            'div',
            { class: 'lesson-aside', attrs: { 'data-testid': 'lesson-aside' } },
            el('h3', { text: t('lessonAsideHeading') }),
            el('p', { class: 'muted', text: t('lessonAsideHint') }),
            el(
              'ul',
              {},
              ...aside.map((a) =>
                el(
                  'li',
                  {},
                  el('p', { text: t('lessonAsideItem', { reason: saveProblemText(lang, a), when: a.savedAt ? dateTimeText(lang, new Date(a.savedAt)) : '—' }) }),
                  button(t('lessonAsideDownload'), () => download(`${safeFileName(a.key)}.txt`, env.store.setAsideText(a.key) ?? '', 'text/plain'), { class: 'btn btn--compact' }),
                  button(t('lessonAsideDiscard'), () => {
                    if (!window.confirm(t('lessonAsideDiscardConfirm'))) return;
                    env.store.discardSetAside(a.key);
                    render();
                  }, { class: 'btn btn--quiet btn--compact' }),
                ),
              ),
            ),
          )
        : null,
    );
  }

  render();
  return { destroy: () => root.replaceChildren() };
}
