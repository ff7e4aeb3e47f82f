import { describe, expect, it } from 'vitest';
import { PRACTICE_REASONS, WASTES } from '../../src/sim';
import { languages, messages } from '../../src/ui/i18n';

describe('the practice panel has words for everything the core can say', () => {
  it.each(languages)('%s: what and why for every reason, and why for every step class of waste', (lang) => {
    const m = messages[lang] as Record<string, string>;
    const missing = [
      ...PRACTICE_REASONS.map((r) => `practiceWhat_${r}`),
      'practiceWhat_reworkWalk',
      ...PRACTICE_REASONS.filter((r) => r !== 'wasteStep').map((r) => `practiceWhy_${r}`),
      ...WASTES.map((w) => `practiceWhyStep_${w}`),
    ].filter((key) => !m[key]);
    expect(missing).toEqual([]);
  });
});
