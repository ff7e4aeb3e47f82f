/**
 * The compare page's own address, so a reload (or coming Back to the page) keeps its setup:
 * `#compare/<level>/<runs>/<plan A>/<plan B>`, e.g. `#compare/canteen/30/-/menu-board,return.24.10`.
 * A plan is its list of commands as the page stores it: a card by its id, a station move as
 * `station.x.y` (ids are lower-case latin, digits and dashes, so `.` and `,` never occur in
 * them), `-` for no change. Short, readable, and nothing in it needs escaping.
 *
 * Reading an address never throws: an unknown level (an old link), a bad number of runs, a
 * command the level refuses or plain garbage each come back as a problem, and the page then
 * shows the default setup with a plain message.
 */
import { MAX_SEED_COUNT, MIN_SEED_COUNT, planLevel, type Command, type Level } from '../../../sim';
import type { PlanDraft } from './plans';

export const COMPARE_HASH = '#compare';

export interface CompareSetup {
  level: Level;
  seedCount: number;
  a: PlanDraft;
  b: PlanDraft;
}

export type AddressProblem =
  | { kind: 'format' }
  | { kind: 'level'; id: string }
  | { kind: 'seeds'; text: string }
  | { kind: 'plan'; side: 'a' | 'b'; reason: string; level: Level };

export type AddressRead = { ok: true; setup: CompareSetup } | { ok: false; problem: AddressProblem };

export function isCompareHash(hash: string): boolean {
  return hash === COMPARE_HASH || hash.startsWith(`${COMPARE_HASH}/`);
}

const ID = /^[a-z][a-z0-9-]*$/;
const MOVE = /^([a-z][a-z0-9-]*)\.(\d{1,4})\.(\d{1,4})$/;

function planText(commands: readonly Command[]): string {
  if (commands.length === 0) return '-';
  return commands.map((c) => (c.type === 'applyCard' ? c.card : `${c.station}.${c.x}.${c.y}`)).join(',');
}

/** The address of a setup, or undefined when a plan is fixed (a level as a lesson played it cannot be put in an address). */
export function compareHashOf(level: Level, seedCount: number, a: PlanDraft, b: PlanDraft): string | undefined {
  if (a.kind !== 'built' || b.kind !== 'built') return undefined;
  return `${COMPARE_HASH}/${level.id}/${seedCount}/${planText(a.commands)}/${planText(b.commands)}`;
}

function commandsOf(text: string): Command[] | undefined {
  if (text === '-' || text === '') return [];
  const commands: Command[] = [];
  for (const token of text.split(',')) {
    const move = MOVE.exec(token);
    if (move) commands.push({ type: 'moveStation', station: move[1] ?? '', x: Number(move[2]), y: Number(move[3]) });
    else if (ID.test(token)) commands.push({ type: 'applyCard', card: token });
    else return undefined;
  }
  return commands;
}

/** The setup an address names, checked against the shipped levels and the core's own rules. */
export function readCompareHash(hash: string, levels: readonly Level[]): AddressRead {
  let text: string;
  try {
    text = decodeURIComponent(hash);
  } catch {
    return { ok: false, problem: { kind: 'format' } };
  }
  const parts = text.split('/');
  if (parts[0] !== COMPARE_HASH || parts.length !== 5) return { ok: false, problem: { kind: 'format' } };
  const [, levelId = '', seedsText = '', aText = '', bText = ''] = parts;
  const level = levels.find((l) => l.id === levelId);
  if (!level) return { ok: false, problem: { kind: 'level', id: levelId.slice(0, 40) } };
  const seedCount = /^\d{1,4}$/.test(seedsText) ? Number(seedsText) : NaN;
  if (!(seedCount >= MIN_SEED_COUNT && seedCount <= MAX_SEED_COUNT)) return { ok: false, problem: { kind: 'seeds', text: seedsText.slice(0, 12) } };
  const plans: PlanDraft[] = [];
  for (const [side, planText] of [['a', aText], ['b', bText]] as const) {
    const commands = commandsOf(planText);
    if (!commands) return { ok: false, problem: { kind: 'format' } };
    const checked = planLevel(level, commands);
    if (!checked.ok) return { ok: false, problem: { kind: 'plan', side, reason: checked.reason, level } };
    plans.push({ kind: 'built', commands });
  }
  const [a, b] = plans as [PlanDraft, PlanDraft];
  return { ok: true, setup: { level, seedCount, a, b } };
}
