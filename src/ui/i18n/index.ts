// One pair of files per feature, so features grow their strings without touching each other's.
import gameRu from './ru.json';
import gameEn from './en.json';
import lessonRu from './lesson.ru.json';
import lessonEn from './lesson.en.json';
import workshopRu from './workshop.ru.json';
import workshopEn from './workshop.en.json';
import editorRu from './editor.ru.json';
import editorEn from './editor.en.json';
import offlineRu from './offline.ru.json';
import offlineEn from './offline.en.json';
import lazyRu from './lazy.ru.json';
import lazyEn from './lazy.en.json';

const ru = { ...gameRu, ...lessonRu, ...workshopRu, ...editorRu, ...offlineRu, ...lazyRu };
const en = { ...gameEn, ...lessonEn, ...workshopEn, ...editorEn, ...offlineEn, ...lazyEn };

export type Messages = typeof ru;
export type MessageKey = keyof Messages;
export type Lang = 'ru' | 'en';

// Russian is the reference: every other language must supply the same keys.
export const messages: Record<Lang, Messages> = { ru, en };

/** Russian first: it is the classroom language. */
export const languages: readonly Lang[] = ['ru', 'en'];

export const defaultLang: Lang = 'ru';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder is left visible rather than dropped. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The message `key` in `lang` with its placeholders filled. */
export function tr(lang: Lang, key: MessageKey, params?: Params): string {
  return fill(messages[lang][key], params);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** A count with the right plural form: `points_one`, `points_few`, `points_many`, `points_other`. */
export function plural(lang: Lang, base: 'points', n: number, shown: string = String(n)): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  const category = Number.isInteger(n) ? rules.select(n) : 'other';
  const key = `${base}_${category}` as MessageKey;
  return fill(messages[lang][key] ?? messages[lang][`${base}_other` as MessageKey], { n: shown });
}
