/**
 * What happens to a plan between two rounds, by the level's kaizen rules: new budget points
 * arrive, and 5S gains fade (disorder creeps back at every station, never past where it
 * started) unless the Sustain card is in force. Pure.
 */
import { produce } from 'immer';
import type { Level } from '../level/schema';
import type { PlanState } from './commands';

export function betweenRounds(state: PlanState, original: Level): PlanState {
  const { budgetPerRound, decay } = original.kaizen;
  return produce(state, (draft) => {
    if (budgetPerRound !== undefined) draft.budget += budgetPerRound;
    if (!decay || state.applied.includes(decay.stoppedBy)) return;
    for (const station of draft.level.stations) {
      const start = original.stations.find((s) => s.id === station.id)?.disorder;
      if (start === undefined || station.disorder >= start) continue;
      station.disorder = Math.min(start, station.disorder + decay.disorderPerRound);
    }
  });
}

/** The budget a lesson starts with: nothing before round 1 when the level sets a budget. */
export function startingBudget(level: Level): number {
  return level.kaizen.budgetPerRound === undefined ? Infinity : 0;
}
