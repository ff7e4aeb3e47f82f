/**
 * Form fields of the editor. Each carries the JSON path of the value it edits (data-path),
 * which is how a problem in the list finds its field, and commits on `change` (leaving the
 * field or pressing Enter), so one typed value is one step of the undo history.
 */
import { el, uniqueId } from '../dom';
import type { Path, Recipe } from '../../app/editor/commands';
import { setAt, setTextSide } from '../../app/editor/commands';
import { formatPath } from '../../app/editor/locate';
import { formatClock, parseClock } from '../../app/editor/clock';
import type { Text } from '../../sim';
import type { EdCtx } from './ed-ctx';

export function pathAttr(path: Path): string {
  return formatPath(path);
}

function labelled(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || uniqueId('ed-field');
  control.id = id;
  return el(
    'div',
    { class: 'ed-field' },
    el('label', { text: label, attrs: { for: id } }),
    control,
    hint ? el('span', { class: 'ed-field__hint muted', text: hint }) : null,
  );
}

export function textInput(ctx: EdCtx, path: Path, value: unknown, label: string, o: { wide?: boolean; area?: boolean; commit?: (v: string) => Recipe } = {}): HTMLElement {
  const input = o.area ? el('textarea', { class: 'input ed-input ed-input--area' }) : el('input', { class: `input ed-input${o.wide ? ' ed-input--wide' : ''}`, attrs: { type: 'text' } });
  input.value = typeof value === 'string' ? value : '';
  input.dataset.shown = input.value;
  input.dataset.path = pathAttr(path);
  input.dataset.key = pathAttr(path);
  input.spellcheck = false;
  input.addEventListener('change', () => ctx.apply(o.commit ? o.commit(input.value) : setAt(path, input.value)));
  return labelled(label, input);
}

/** A number; a comma is read as the decimal point. Empty removes an optional field (or leaves a required one missing). */
export function numberInput(ctx: EdCtx, path: Path, value: unknown, label: string, o: { hint?: string; integer?: boolean } = {}): HTMLElement {
  const input = el('input', { class: 'input input--num ed-input ed-input--num', attrs: { type: 'text', inputmode: o.integer ? 'numeric' : 'decimal' } });
  input.value = typeof value === 'number' ? String(value) : '';
  input.dataset.shown = input.value;
  input.dataset.path = pathAttr(path);
  input.dataset.key = pathAttr(path);
  const note = el('span', { class: 'ed-field__error', attrs: { role: 'alert' } });
  input.addEventListener('change', () => {
    const raw = input.value.trim().replace(',', '.');
    if (raw === '') {
      ctx.apply(setAt(path, undefined));
      return;
    }
    const n = Number(raw);
    if (!Number.isFinite(n)) {
      input.setAttribute('aria-invalid', 'true');
      note.textContent = ctx.t('ed_notANumber', { text: input.value });
      return;
    }
    ctx.apply(setAt(path, n));
  });
  const field = labelled(label, input, o.hint);
  field.append(note);
  return field;
}

/** A time of day, typed as 11:20 (or as seconds); stored in seconds, as the level format has it. */
export function clockInput(ctx: EdCtx, path: Path, value: unknown, label: string): HTMLElement {
  const input = el('input', { class: 'input input--num ed-input ed-input--num', attrs: { type: 'text', inputmode: 'numeric', placeholder: ctx.t('ed_clockPlaceholder') } });
  input.value = typeof value === 'number' ? formatClock(value) : '';
  input.dataset.shown = input.value;
  input.dataset.path = pathAttr(path);
  input.dataset.key = pathAttr(path);
  const note = el('span', { class: 'ed-field__error', attrs: { role: 'alert' } });
  input.addEventListener('change', () => {
    const n = parseClock(input.value);
    if (input.value.trim() === '') ctx.apply(setAt(path, undefined));
    else if (n === undefined) {
      input.setAttribute('aria-invalid', 'true');
      note.textContent = ctx.t('ed_notATime', { text: input.value });
    } else ctx.apply(setAt(path, n));
  });
  const field = labelled(label, input, ctx.t('ed_clockHint'));
  field.append(note);
  return field;
}

export function selectInput(ctx: EdCtx, path: Path, value: unknown, label: string, options: readonly { value: string; label: string }[], commit?: (v: string) => Recipe): HTMLElement {
  const select = el('select', { class: 'input ed-input' });
  const known = options.some((o) => o.value === value);
  if (!known) select.append(el('option', { text: typeof value === 'string' && value !== '' ? `${value} ?` : '—', attrs: { value: typeof value === 'string' ? value : '' } }));
  for (const o of options) select.append(el('option', { text: o.label, attrs: { value: o.value } }));
  select.value = typeof value === 'string' ? value : '';
  select.dataset.path = pathAttr(path);
  select.dataset.key = pathAttr(path);
  select.addEventListener('change', () => ctx.apply(commit ? commit(select.value) : setAt(path, select.value)));
  return labelled(label, select);
}

export function checkbox(ctx: EdCtx, path: Path, value: unknown, label: string, commit?: (v: boolean) => Recipe): HTMLElement {
  const box = el('input', { attrs: { type: 'checkbox' } });
  box.checked = value === true;
  box.dataset.path = pathAttr(path);
  box.dataset.key = pathAttr(path);
  box.addEventListener('change', () => ctx.apply(commit ? commit(box.checked) : setAt(path, box.checked)));
  return el('label', { class: 'ed-check' }, box, el('span', { text: label }));
}

/**
 * A level text: Russian and English side by side; one of them is enough. The text is created
 * when first typed if it is not there (a card's inserted step); `optional`: emptied on both
 * sides, it is removed (a wave's name).
 */
export function textPair(ctx: EdCtx, path: Path, value: unknown, label: string, o: { area?: boolean; optional?: boolean } = {}): HTMLElement {
  const t = (typeof value === 'object' && value !== null ? value : {}) as Partial<Text>;
  const id = uniqueId('ed-text');
  const fieldset = el('fieldset', { class: 'ed-pair', attrs: { 'aria-labelledby': id } }, el('legend', { id, text: label }));
  const ru = textInput(ctx, [...path, 'ru'], t.ru, `${label} · RU`, { area: o.area, commit: (v) => setTextSide(path, 'ru', v, o.optional) });
  const en = textInput(ctx, [...path, 'en'], t.en, `${label} · EN`, { area: o.area, commit: (v) => setTextSide(path, 'en', v, o.optional) });
  // An empty side shows, greyed, the text it will take from the other side.
  ru.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')?.setAttribute('placeholder', t.en ?? '');
  en.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')?.setAttribute('placeholder', t.ru ?? '');
  fieldset.append(ru, en);
  return fieldset;
}

export function row(...children: (HTMLElement | null)[]): HTMLElement {
  return el('div', { class: 'ed-row' }, ...children);
}

/** A small button with its own focus key, so focus stays on it after the panel redraws. */
export function smallButton(label: string, key: string, onClick: () => void, o: { title?: string; disabled?: boolean } = {}): HTMLButtonElement {
  const b = el('button', { class: 'btn btn--small', text: label, attrs: { type: 'button', 'data-key': key, title: o.title, 'aria-label': o.title } });
  if (o.disabled) b.disabled = true;
  b.addEventListener('click', onClick);
  return b;
}
