import { describe, expect, it } from 'vitest';
import { languages, messages } from '../../src/ui/i18n';

describe('UI strings', () => {
  const reference = Object.keys(messages.ru).sort();

  it.each(languages)('%s has exactly the Russian keys, none empty', (lang) => {
    const strings = messages[lang];
    expect(Object.keys(strings).sort()).toEqual(reference);
    for (const [key, value] of Object.entries(strings)) expect(value.trim(), key).not.toBe('');
  });
});
