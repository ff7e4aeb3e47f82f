/** The simulation core's public API: what the app, the UI, the CLI and tests may use. */
export * from './level/schema';
export { parseLevel, type LevelIssue, type LevelResult } from './level/validate';
export { applyCommand, applyCommands, initialPlanState, command, type Command, type PlanState } from './commands/commands';
export { compileModel, type Model } from './engine/model';
export { runEngine, type RunState, type Move } from './engine/engine';
export { ACTIVITY, type Activity, type Segment } from './engine/trace';
export { roundMetrics, type RoundMetrics, type StationMetrics } from './metrics/round-metrics';
export { valueStream, type ValueStream, type ValueStreamStep } from './metrics/value-stream';
export { simulateRound, runRounds, planFile, type Plan, type RoundReport, type RoundsResult } from './run';
export { betweenRounds, startingBudget } from './commands/between-rounds';
export { buildTimeline, snapshotAt, PathCache, type Timeline, type Snapshot, type UnitView, type StationView } from './playback/timeline';
export * from './game/session';
export { debrief, type Debrief, type CardWorth } from './game/debrief';
export * from './compare';
export * from './practice';
export * from './lesson';
