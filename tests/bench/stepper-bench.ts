/**
 * The flow-unit machine stepped by XState's pure transition() and by the compiled stepper,
 * on the same event sequence, in the same process: events per second and their ratio.
 */
import { performance } from 'node:perf_hooks';
import { initialTransition, transition } from 'xstate';
import { flowUnitMachine, type FlowContext, type FlowEvent } from '../../src/sim/machines/flow-unit.machine';
import { compileMachine } from '../../src/sim/machines/stepper';

const input = (): FlowContext => ({
  step: 0,
  location: 0,
  route: [0],
  electronic: [false],
  continues: [false],
  exit: 0,
  entrance: 0,
  reworkUntil: -1,
  visits: 1,
});
const EVENTS: FlowEvent[] = [{ type: 'ARRIVE' }, { type: 'SERVE', search: 0 }, { type: 'DONE', outcome: 'ok', resumeAt: 1 }];

/** Events per second of both ways of stepping. */
export function stepperRates(): { xstate: number; compiled: number } {
  const xstateUnits = 20_000;
  let t0 = performance.now();
  for (let i = 0; i < xstateUnits; i++) {
    let [snapshot] = initialTransition(flowUnitMachine, input());
    for (const event of EVENTS) [snapshot] = transition(flowUnitMachine, snapshot, event);
  }
  const xstatePerSecond = (xstateUnits * EVENTS.length) / ((performance.now() - t0) / 1000);

  const compiled = compileMachine<FlowContext, FlowEvent>(flowUnitMachine);
  const exec = (): void => {};
  const init = { type: 'xstate.init' } as unknown as FlowEvent;
  const units = 1_000_000;
  t0 = performance.now();
  for (let i = 0; i < units; i++) {
    const ctx = input();
    let state = compiled.start(ctx, init, exec);
    for (const event of EVENTS) state = compiled.send(state, ctx, event, exec);
  }
  const compiledPerSecond = (units * EVENTS.length) / ((performance.now() - t0) / 1000);
  return { xstate: xstatePerSecond, compiled: compiledPerSecond };
}
