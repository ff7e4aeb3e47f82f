/** Dates as a teacher reads them in the lesson list and file names. */
import type { Lang } from '../i18n';

const locale = (lang: Lang): string => (lang === 'ru' ? 'ru-RU' : 'en-GB');

export function dateText(lang: Lang, d: Date): string {
  return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

export function dateTimeText(lang: Lang, d: Date): string {
  if (Number.isNaN(d.getTime())) return '—';
  return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(d);
}

/** 2026-11-23: for file names (sorts by date, no locale surprises). */
export function isoDay(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
