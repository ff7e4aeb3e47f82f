/**
 * Plan codes: a team's kaizen phases, short enough to type from one computer into another,
 * e.g. "1F3K-9QX2-M7T0-4A". From the code and the lesson the teacher's computer replays the
 * team's rounds and gets exactly the team's figures. A code is bound to its lesson by a
 * fingerprint of (level content, seed, budget): a code from another lesson is refused as
 * such, apart from a mistyped one (which fails the CRC first). Since v2 the code also says
 * which team's plan it is (the team of the join code the pupil typed), so the teacher's
 * computer files it under that team whichever team's box it is typed into. Pure.
 *
 * Bits, v1: header 3 | fingerprint 15 | phases 3 | per phase: tokens, closed by END | padding | CRC-16.
 * Bits, v2: header 3 | fingerprint 15 | team−1 4 | then as v1 from the phases on.
 * A token is a card (its index in the level's card list), MOVE or END, in as few bits as the
 * level's card count needs; MOVE is followed by the station's index and the tile's x and y.
 */
import type { Level } from '../level/schema';
import type { Command } from '../commands/commands';
import { applyCommands, initialPlanState } from '../commands/commands';
import { betweenRounds, startingBudget } from '../commands/between-rounds';
import { BitReader, BitWriter, widthFor } from './bits';
import { frameCode, framedLength, unframeCode, type CodeFailure } from './code-frame';
import { checkHeader, HEADER_BITS, PLAN_CODE_V1, PLAN_CODE_V2 } from './code-header';
import { lessonFingerprint } from './fingerprint';
import { TEAM_BITS } from './join-code';
import { lessonLevel, MAX_LESSON_TEAMS, MAX_ROUNDS, type LessonSettings } from './settings';

const FINGERPRINT_BITS = 15;
const PHASES_BITS = widthFor(MAX_ROUNDS);
/** Characters in the shortest plan code (v1, no kaizen phase yet). */
const SHORTEST = framedLength(HEADER_BITS + FINGERPRINT_BITS + PHASES_BITS);

/** How a level's commands are written: the token and field widths. */
function layout(level: Level) {
  const cards = level.cards.length;
  const width = Math.max(...level.floor.tiles.map((row) => row.length));
  return {
    move: cards,
    end: cards + 1,
    token: widthFor(cards + 2),
    station: widthFor(level.stations.length),
    x: widthFor(width),
    y: widthFor(level.floor.tiles.length),
  };
}

function fingerprintOf(level: Level, settings: LessonSettings): number {
  return lessonFingerprint(playedContent(level, settings.budgetPerRound), settings.seed, settings.budgetPerRound, FINGERPRINT_BITS);
}

/**
 * The level's content as the lesson plays it, one object per level and budget, so its hash is
 * computed once (lessonLevel and the "$schema" removal would make a new object every time).
 */
const contents = new WeakMap<Level, Map<number, Level>>();
function playedContent(level: Level, budgetPerRound: number): Level {
  let byBudget = contents.get(level);
  if (!byBudget) contents.set(level, (byBudget = new Map()));
  let content = byBudget.get(budgetPerRound);
  if (!content) byBudget.set(budgetPerRound, (content = withoutSchemaLink(lessonLevel(level, { levelId: level.id, seed: 0, rounds: 1, budgetPerRound }))));
  return content;
}

/** The "$schema" link is an editor aid, not content: the same level read with or without it is the same lesson. */
function withoutSchemaLink(level: Level): Level {
  if (level.$schema === undefined) return level;
  const { $schema: _link, ...rest } = level;
  return rest as Level;
}

/**
 * The plan code of a team's kept kaizen phases; with `team` (0 = team 1, from the team's join
 * code) the code says whose plan it is. Throws a RangeError for a command that names no card
 * or station of the level or lies off the floor (a plan the game would have refused).
 */
export function encodePlanCode(level: Level, settings: LessonSettings, kaizen: readonly (readonly Command[])[], team?: number): string {
  if (kaizen.length > settings.rounds - 1 || kaizen.length >= 2 ** PHASES_BITS) {
    throw new RangeError(`a lesson of ${settings.rounds} rounds has at most ${settings.rounds - 1} kaizen phases, not ${kaizen.length}`);
  }
  if (team !== undefined && !(Number.isInteger(team) && team >= 0 && team < MAX_LESSON_TEAMS)) {
    throw new RangeError(`a lesson has teams 1 to ${MAX_LESSON_TEAMS}, not ${team + 1}`);
  }
  const l = layout(level);
  const w = new BitWriter();
  w.write(team === undefined ? PLAN_CODE_V1 : PLAN_CODE_V2, HEADER_BITS);
  w.write(fingerprintOf(level, settings), FINGERPRINT_BITS);
  if (team !== undefined) w.write(team, TEAM_BITS);
  w.write(kaizen.length, PHASES_BITS);
  for (const phase of kaizen) {
    for (const cmd of phase) {
      if (cmd.type === 'applyCard') {
        const index = level.cards.findIndex((c) => c.id === cmd.card);
        if (index < 0) throw new RangeError(`there is no card "${cmd.card}" in this level`);
        w.write(index, l.token);
      } else {
        const index = level.stations.findIndex((s) => s.id === cmd.station);
        if (index < 0) throw new RangeError(`there is no station "${cmd.station}" in this level`);
        if (cmd.x >= 2 ** l.x || cmd.y >= 2 ** l.y) throw new RangeError(`(${cmd.x}, ${cmd.y}) is outside the floor plan`);
        w.write(l.move, l.token);
        w.write(index, l.station);
        w.write(cmd.x, l.x);
        w.write(cmd.y, l.y);
      }
    }
    w.write(l.end, l.token);
  }
  return frameCode(w.bits);
}

/** `team` (0 = team 1) is there when the code says whose plan it is (v2); a v1 code does not. */
export type PlanCodeRead = { ok: true; kaizen: Command[][]; team?: number };

export function decodePlanCode(level: Level, settings: LessonSettings, code: string): PlanCodeRead | CodeFailure {
  const framed = unframeCode(code, SHORTEST);
  if (!framed.ok) return framed;
  const r = new BitReader(framed.bits);
  const header = checkHeader(r, 'plan');
  if (!header.ok) return header;
  if (r.read(FINGERPRINT_BITS) !== fingerprintOf(level, settings)) {
    return { ok: false, code: 'otherLesson', reason: 'this code belongs to another lesson (another level, seed or budget)' };
  }
  const team = header.version === PLAN_CODE_V2 ? r.read(TEAM_BITS) : -1;
  if (team === undefined) return { ok: false, code: 'invalidPlan', reason: 'the code ends too early' };
  if (team >= MAX_LESSON_TEAMS) return { ok: false, code: 'invalidPlan', reason: `the code names team ${team + 1}, but a lesson has at most ${MAX_LESSON_TEAMS}` };
  const read = readPhases(r, level);
  if (typeof read === 'string') return { ok: false, code: 'invalidPlan', reason: read };
  const kaizen = read;
  if (kaizen.length > settings.rounds - 1) {
    return { ok: false, code: 'invalidPlan', reason: `the plan has ${kaizen.length} kaizen phases, but this lesson has only ${settings.rounds - 1}` };
  }
  const refusal = refusalOf(level, settings, kaizen);
  if (refusal !== undefined) return { ok: false, code: 'invalidPlan', reason: refusal };
  return team < 0 ? { ok: true, kaizen } : { ok: true, kaizen, team };
}

/** The phases in the bits, or what is wrong with them. */
function readPhases(r: BitReader, level: Level): Command[][] | string {
  const l = layout(level);
  const count = r.read(PHASES_BITS);
  if (count === undefined) return 'the code ends too early';
  const kaizen: Command[][] = [];
  for (let p = 0; p < count; p++) {
    const phase: Command[] = [];
    for (;;) {
      const token = r.read(l.token);
      if (token === undefined) return 'the code ends too early';
      if (token === l.end) break;
      if (token === l.move) {
        const station = r.read(l.station);
        const x = r.read(l.x);
        const y = r.read(l.y);
        if (station === undefined || x === undefined || y === undefined) return 'the code ends too early';
        const s = level.stations[station];
        if (s === undefined) return `the code names station number ${station + 1}, but the level has ${level.stations.length}`;
        phase.push({ type: 'moveStation', station: s.id, x, y });
      } else {
        const card = level.cards[token];
        if (card === undefined) return `the code names card number ${token + 1}, but the level has ${level.cards.length}`;
        phase.push({ type: 'applyCard', card: card.id });
      }
    }
    kaizen.push(phase);
  }
  if (!r.onlyZerosLeft()) return 'the code has more in it than a plan';
  return kaizen;
}

/** Why the game would refuse the plan (budget, order, a wall), checked without simulating any round. */
function refusalOf(level: Level, settings: LessonSettings, kaizen: readonly (readonly Command[])[]): string | undefined {
  const played = lessonLevel(level, settings);
  let state = initialPlanState(played, startingBudget(played));
  for (const [phase, commands] of kaizen.entries()) {
    state = betweenRounds(state, played);
    const r = applyCommands(state, commands);
    if (!r.ok) return `kaizen after round ${phase + 1}, change ${r.index + 1}: ${r.reason}`;
    state = r.state;
  }
  return undefined;
}
