/** The live check's problem list (each a button to its field) and the editor's notices. */
import { button, el } from '../dom';
import type { Ctx } from '../screen';
import type { MessageKey } from '../i18n';
import { explainIssue, type Explained } from '../../app/editor/explain';
import type { EditorState, Notice } from './editor-state';

/** `goTo` opens a problem's field; `removeField` drops a field the format does not have (no form shows it). */
export function issuesView(app: Ctx, state: EditorState, issues: readonly Explained[], goTo: (path: string) => void, removeField: (path: string) => void): HTMLElement {
  const heading = el('h2', { id: 'ed-issues-heading', class: 'side__heading', attrs: { tabindex: -1 } });
  const wrap = el('div', { class: 'ed-issues__inner' }, heading);
  if (state.checking) {
    heading.textContent = app.t('ed_checking');
    return wrap;
  }
  if (issues.length === 0) {
    heading.textContent = app.t('ed_valid');
    wrap.append(el('p', { class: 'ed-ok', text: app.t('ed_validHint'), attrs: { 'data-testid': 'editor-valid' } }));
    return wrap;
  }
  heading.textContent = app.t('ed_problems', { n: issues.length });
  wrap.append(el('p', { class: 'muted ed-help', text: app.t('ed_problemsHint') }));
  const list = el('ul', { class: 'ed-issue-list', attrs: { 'data-testid': 'editor-issues' } });
  for (const issue of issues) {
    const text = issueText(app, issue);
    list.append(
      el(
        'li',
        {},
        button([el('span', { class: 'ed-issue__text', text }), el('code', { class: 'ed-issue__path', text: issue.path })], () => goTo(issue.path), {
          class: 'ed-issue',
          attrs: { 'data-issue-path': issue.path },
        }),
        issue.key === 'unknownField'
          ? button(app.t('ed_removeField', { field: issue.params.field ?? '' }), () => removeField(issue.path), { class: 'btn btn--small ed-issue__fix' })
          : null,
      ),
    );
  }
  wrap.append(list);
  return wrap;
}

export function issueText(app: Ctx, issue: Explained): string {
  return app.t(`ed_issue_${issue.key}` as MessageKey, issue.params);
}

export function noticeView(app: Ctx, notice: Notice | undefined): HTMLElement | string {
  if (!notice) return '';
  switch (notice.kind) {
    case 'corrupt':
      return el('p', { class: 'ed-notice ed-notice--warn', attrs: { role: 'alert' }, text: notice.keptAs ? app.t('ed_corruptKept', { key: notice.keptAs, reason: notice.reason }) : app.t('ed_corruptLeft', { reason: notice.reason }) });
    case 'saved':
      return el('p', { class: 'ed-notice', text: notice.problems === 0 ? app.t('ed_savedFile', { file: notice.file }) : app.t('ed_savedWithProblems', { file: notice.file, n: notice.problems }) });
    case 'opened':
      return el('p', { class: 'ed-notice', text: app.t('ed_openedFile', { file: notice.file }) });
    case 'openFailed':
      return el(
        'div',
        { class: 'ed-notice ed-notice--warn', attrs: { role: 'alert', 'data-testid': 'open-failed' } },
        el('p', { text: app.t('ed_openFailed', { file: notice.file }) }),
        el('ul', {}, ...notice.issues.slice(0, 8).map((i) => el('li', {}, el('code', { text: i.path }), ` — ${issueText(app, explainIssue(i))}`))),
      );
    case 'storageFailed':
      return el('p', { class: 'ed-notice ed-notice--warn', attrs: { role: 'alert' }, text: app.t('ed_storageFailed') });
    case 'started':
      return el('p', { class: 'ed-notice', text: app.t('ed_startedNote') });
  }
}
