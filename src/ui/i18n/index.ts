import ru from './ru.json';
import en from './en.json';

export type Messages = typeof ru;
export type Lang = 'ru' | 'en';

// Russian is the reference: every other language must supply the same keys.
export const messages: Record<Lang, Messages> = { ru, en };

/** Russian first: it is the classroom language. */
export const languages: readonly Lang[] = ['ru', 'en'];

export const defaultLang: Lang = 'ru';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
