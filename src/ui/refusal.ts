/**
 * The core refuses a change with a reason in plain English naming ids
 * (`card "cutlery-first" needs "sort-hall" first`). Here the shapes it uses are said again in
 * the player's language with the level's own names; anything else is shown as the core said it.
 * tests/ui/refusal.test.ts produces every shape from the real core, so a change of wording
 * there is caught.
 */
import type { Level } from '../sim';
import { tr, type Lang, type MessageKey } from './i18n';

type Rule = [RegExp, (m: RegExpMatchArray, names: Names) => [MessageKey, Record<string, string>]];

interface Names {
  card(id: string): string;
  station(id: string): string;
  list(ids: string): string;
}

const RULES: Rule[] = [
  [/^there is no card "([^"]+)" in this level$/, (m, n) => ['refusal_noCard', { card: n.card(m[1] ?? '') }]],
  [/^card "([^"]+)" is already applied$/, (m, n) => ['refusal_applied', { card: n.card(m[1] ?? '') }]],
  [/^card "([^"]+)" needs (.+) first$/, (m, n) => ['refusal_needs', { card: n.card(m[1] ?? ''), cards: n.list(m[2] ?? '') }]],
  [/^card "([^"]+)" costs (\d+), but only (\S+) points are left$/, (m, n) => ['refusal_budget', { card: n.card(m[1] ?? ''), cost: m[2] ?? '', left: m[3] ?? '' }]],
  [/^there is no station "([^"]+)"$/, (m, n) => ['refusal_noStation', { station: n.station(m[1] ?? '') }]],
  [/^\((\d+), (\d+)\) is outside the floor plan$/, (m) => ['refusal_outside', { x: m[1] ?? '', y: m[2] ?? '' }]],
  [/^\((\d+), (\d+)\) is a wall$/, (m) => ['refusal_wall', { x: m[1] ?? '', y: m[2] ?? '' }]],
  [/^\((\d+), (\d+)\) is an obstacle$/, (m) => ['refusal_obstacle', { x: m[1] ?? '', y: m[2] ?? '' }]],
  [/^\((\d+), (\d+)\) is taken by "([^"]+)"$/, (m, n) => ['refusal_taken', { x: m[1] ?? '', y: m[2] ?? '', station: n.station(m[3] ?? '') }]],
  [/^the change would break the level: (.*)$/s, (m) => ['refusal_breaks', { detail: m[1] ?? '' }]],
];

const TAKE_BACK = /^without that change, another one no longer fits: (.*)$/s;

export function localizeRefusal(reason: string, level: Level | undefined, lang: Lang): string {
  const quoted = (text: string): string => tr(lang, 'quoted', { text });
  const names: Names = {
    card: (id) => quoted(level?.cards.find((c) => c.id === id)?.name[lang] ?? id),
    station: (id) => quoted(level?.stations.find((s) => s.id === id)?.name[lang] ?? id),
    list: (ids) =>
      [...ids.matchAll(/"([^"]+)"/g)]
        .map((m) => names.card(m[1] ?? ''))
        .join(', '),
  };
  const one = (text: string): string => {
    for (const [pattern, build] of RULES) {
      const m = text.match(pattern);
      if (m) {
        const [key, params] = build(m, names);
        return tr(lang, key, params);
      }
    }
    return text;
  };
  const back = reason.match(TAKE_BACK);
  return back ? tr(lang, 'refusal_takeBack', { reason: one(back[1] ?? '') }) : one(reason);
}
