/**
 * Compile-time half of the stepper: walks an XState v5 machine's state-node
 * graph once and flattens it into the tables `stepper.ts` steps over.
 *
 * Every microstep XState could take in a non-parallel, history-free machine is
 * fully determined by (current atomic state, selected transition), so we
 * precompute each one as a flat action list plus a target state. The exit/entry
 * set rules below are transcribed from XState 5.33's `getTransitionDomain`,
 * `computeExitSet`, `computeEntrySet` and `enterStates` (raise-*.esm.js) so that
 * the odd cases (root re-entry, `reenter` on self/ancestor targets) match.
 */
import type { AnyStateMachine, EventObject } from 'xstate';

// ---------------------------------------------------------------------------
// XState interop. XState's public typings describe actions and guards through
// deeply generic `UnknownAction`/`TODO` types that cannot be narrowed
// structurally, and the built-in markers we need (`resolve`, `check`,
// `assignment`) are not part of the public types at all. All casts from
// XState's objects live in this section.
// ---------------------------------------------------------------------------

interface XNode {
  readonly id: string;
  readonly key: string;
  readonly type: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  readonly order: number;
  readonly parent?: XNode;
  readonly machine: { readonly root: XNode };
  readonly states: Readonly<Record<string, XNode>>;
  readonly transitions: ReadonlyMap<string, readonly XTransition[]>;
  readonly always?: readonly XTransition[];
  readonly entry: readonly unknown[];
  readonly exit: readonly unknown[];
  readonly initial: { readonly target: readonly XNode[]; readonly actions: readonly unknown[] };
  readonly invoke: readonly unknown[];
  readonly output?: unknown;
  readonly config: { readonly after?: unknown; readonly route?: unknown };
}

interface XTransition {
  readonly source: XNode;
  readonly target?: readonly XNode[];
  readonly guard?: unknown;
  readonly actions: readonly unknown[];
  readonly reenter: boolean;
}

interface XMachine {
  readonly id: string;
  readonly root: XNode;
  readonly implementations: {
    readonly actions: Readonly<Record<string, unknown>>;
    readonly guards: Readonly<Record<string, unknown>>;
  };
  readonly options?: { readonly maxIterations?: number };
}

function viewMachine(machine: AnyStateMachine): XMachine {
  return machine as unknown as XMachine;
}

/** Reused argument object handed to guards and assigners (`{ context, event }`). */
export interface ActorArgs {
  context: unknown;
  event: EventObject;
}

type GuardImpl = (args: ActorArgs, params: unknown) => unknown;
type Assigner = (args: ActorArgs, params: unknown) => unknown;
type FunctionAssignment = (args: ActorArgs, params: unknown) => object | undefined;

/** Built-in actions/guards are functions tagged with `resolve`/`check`. */
function builtinActionType(action: unknown): string | null {
  if (typeof action !== 'function' || !('resolve' in action)) return null;
  const type: unknown = (action as { type?: unknown }).type;
  return typeof type === 'string' ? type : '(unnamed built-in)';
}

function assignmentOf(assignAction: unknown): unknown {
  return (assignAction as { assignment?: unknown }).assignment;
}

function isHigherOrderGuard(guard: unknown): guard is { name: string } {
  return typeof guard === 'function' && 'check' in guard;
}

function asGuardImpl(fn: unknown): GuardImpl {
  return fn as GuardImpl;
}

function asAssigner(fn: unknown): Assigner {
  return fn as Assigner;
}

function asFunctionAssignment(fn: unknown): FunctionAssignment {
  return fn as FunctionAssignment;
}

// ---------------------------------------------------------------------------
// Compiled operations
// ---------------------------------------------------------------------------

export type ContextRecord = Record<string, unknown>;
/** Applies an assign to `context` in place; `args` is the shared scratch object. */
export type AssignApply = (context: ContextRecord, event: EventObject, args: ActorArgs) => void;

export class GuardOp {
  constructor(
    readonly check: GuardImpl,
    readonly params: unknown,
    /** which of the machine's guard implementations this is, in the order first met (see callGuard) */
    readonly site: number,
  ) {}
}

/** Numbers a machine's guard implementations: the same function always gets the same number. */
class GuardSites {
  private readonly sites = new Map<GuardImpl, number>();
  siteOf(check: GuardImpl): number {
    let site = this.sites.get(check);
    if (site === undefined) this.sites.set(check, (site = this.sites.size));
    return site;
  }
}

/**
 * One action in a microstep: an in-place assign, or a custom action for the executor.
 * A custom action also carries a small integer id (its index in `StepperTables.actionNames`),
 * so a hot executor can switch on a number instead of comparing strings; assigns have -1.
 */
export class ActionOp {
  constructor(
    readonly actionType: string,
    readonly params: unknown,
    readonly assign: AssignApply | null,
    readonly id: number,
  ) {}
}

/** Numbers the custom actions: the names the caller listed first, in that order, then the rest as met. */
class ActionNames {
  readonly names: string[];
  constructor(order: readonly string[]) {
    this.names = [...new Set(order)];
  }
  idOf(name: string): number {
    const known = this.names.indexOf(name);
    if (known >= 0) return known;
    this.names.push(name);
    return this.names.length - 1;
  }
}

export type StateValue = string | Record<string, unknown>;

export interface ValueTree {
  readonly children: Map<string, ValueTree>;
  initialChild: ValueTree | null;
  atomicId: number;
}

export interface StepperTables {
  readonly machineId: string;
  readonly atomicCount: number;
  readonly eventCount: number;
  readonly eventIds: ReadonlyMap<string, number>;
  readonly values: readonly StateValue[];
  readonly valueTree: ValueTree;
  /** 1 for top-level final states (XState `status: 'done'`). */
  readonly doneState: Uint8Array;
  readonly initialStep: number;
  /** Candidates for (atomic, event) live at [start[atomic*eventCount+event], start[...+1]). */
  readonly transitionStart: Int32Array;
  readonly transitionGuards: readonly (GuardOp | null)[];
  readonly transitionSteps: Int32Array;
  /** Eventless candidates of an atomic state (its own first, then ancestors'). */
  readonly eventlessStart: Int32Array;
  readonly eventlessGuards: readonly (GuardOp | null)[];
  readonly eventlessSteps: Int32Array;
  readonly stepTarget: Int32Array;
  readonly stepActionStart: Int32Array;
  readonly stepActions: readonly ActionOp[];
  /** Custom action names by id (`ActionOp.id`). */
  readonly actionNames: readonly string[];
  /** Whether XState would produce a new snapshot object (drives eventless re-selection). */
  readonly stepChangesSnapshot: Uint8Array;
  /** `xstate.done.state.*` event raised when the step enters a nested final state. */
  readonly stepDoneEvent: readonly (EventObject | null)[];
  readonly maxMicrosteps: number;
}

// ---------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------

function unsupported(node: XNode, what: string): Error {
  return new Error(`Cannot compile state '${node.id}': ${what} is not supported by the compiled stepper.`);
}

function isWildcard(eventType: string): boolean {
  return eventType === '*' || eventType.endsWith('.*');
}

function validateNode(node: XNode): void {
  if (node.type === 'parallel') throw unsupported(node, 'a parallel state');
  if (node.type === 'history') throw unsupported(node, 'a history state');
  if (node.invoke.length > 0) throw unsupported(node, 'invoke');
  if (node.config.after !== undefined) throw unsupported(node, "delayed transitions ('after')");
  if (node.config.route !== undefined) throw unsupported(node, "'route'");
  if (node.initial.actions.length > 0) throw unsupported(node, 'an initial transition with actions');
  if (node.type === 'final' && node.parent?.parent !== undefined && node.output !== undefined) {
    throw unsupported(node, "'output' on a nested final state");
  }
  for (const [eventType, transitions] of node.transitions) {
    if (isWildcard(eventType)) throw unsupported(node, `the wildcard event descriptor '${eventType}'`);
    if (eventType === 'xstate.init') throw unsupported(node, "a transition on 'xstate.init'");
    for (const t of transitions) validateTransition(node, t, `transition on '${eventType}'`);
  }
  for (const t of node.always ?? []) validateTransition(node, t, 'eventless (always) transition');
}

function validateTransition(node: XNode, t: XTransition, where: string): void {
  if ((t.target?.length ?? 0) > 1) throw unsupported(node, `a ${where} with multiple targets`);
}

// ---------------------------------------------------------------------------
// Guards and actions
// ---------------------------------------------------------------------------

function staticParams(node: XNode, ref: object, where: string): unknown {
  const params: unknown = 'params' in ref ? ref.params : undefined;
  if (typeof params === 'function') throw unsupported(node, `dynamic (function) params in ${where}`);
  return params;
}

function refType(node: XNode, ref: object, where: string): string {
  const type: unknown = 'type' in ref ? ref.type : undefined;
  if (typeof type !== 'string') throw unsupported(node, `a non-string reference in ${where}`);
  return type;
}

/** Mirrors XState's `evaluateGuard` resolution: inline fn, named impl, or alias to another guard. */
function compileGuard(machine: XMachine, sites: GuardSites, node: XNode, guard: unknown, where: string, depth = 0): GuardOp | null {
  if (guard === undefined) return null;
  if (depth > 16) throw unsupported(node, `a cyclic guard alias in ${where}`);
  if (isHigherOrderGuard(guard)) throw unsupported(node, `the higher-order guard '${guard.name}' in ${where}`);
  if (typeof guard === 'function') return new GuardOp(asGuardImpl(guard), undefined, sites.siteOf(asGuardImpl(guard)));
  if (typeof guard !== 'string' && (typeof guard !== 'object' || guard === null)) {
    throw unsupported(node, `an unrecognised guard in ${where}`);
  }
  const name = typeof guard === 'string' ? guard : refType(node, guard, where);
  const params = typeof guard === 'string' ? undefined : staticParams(node, guard, where);
  const impl = machine.implementations.guards[name];
  if (impl === undefined) throw unsupported(node, `the unimplemented guard '${name}' in ${where}`);
  if (isHigherOrderGuard(impl)) throw unsupported(node, `the higher-order guard '${name}' (${impl.name}) in ${where}`);
  // XState re-evaluates a non-function implementation as a guard reference, dropping our params.
  if (typeof impl !== 'function') return compileGuard(machine, sites, node, impl, where, depth + 1);
  return new GuardOp(asGuardImpl(impl), params, sites.siteOf(asGuardImpl(impl)));
}

function compileAssign(assignment: unknown, params: unknown): AssignApply {
  if (typeof assignment === 'function') {
    const fn = asFunctionAssignment(assignment);
    return (context, event, args) => {
      args.context = context;
      args.event = event;
      Object.assign(context, fn(args, params));
    };
  }
  const source = assignment as Readonly<Record<string, unknown>>;
  const keys = Object.keys(source);
  const assigners = keys.map((key) => source[key]);
  const onlyKey = keys[0];
  const onlyAssigner = assigners[0];
  if (keys.length === 1 && onlyKey !== undefined && typeof onlyAssigner === 'function') {
    // The common `assign({ step: … })`: one value, so nothing to hold back while computing.
    const assigner = asAssigner(onlyAssigner);
    return (context, event, args) => {
      args.context = context;
      args.event = event;
      context[onlyKey] = assigner(args, params);
    };
  }
  // XState evaluates every property against the pre-assign context, so compute all first, then write.
  const scratch: unknown[] = new Array<unknown>(keys.length).fill(undefined);
  return (context, event, args) => {
    args.context = context;
    args.event = event;
    for (let i = 0; i < keys.length; i++) {
      const assigner = assigners[i];
      scratch[i] = typeof assigner === 'function' ? asAssigner(assigner)(args, params) : assigner;
    }
    for (let i = 0; i < keys.length; i++) {
      context[keys[i]!] = scratch[i];
      scratch[i] = undefined;
    }
  };
}

function compileBuiltin(node: XNode, builtin: unknown, type: string, params: unknown, where: string): ActionOp {
  if (type !== 'xstate.assign') throw unsupported(node, `the built-in action '${type}' in ${where}`);
  return new ActionOp(type, params, compileAssign(assignmentOf(builtin), params), -1);
}

/** Mirrors `resolveAndExecuteActionsWithContext`: named refs resolve through `setup({ actions })`. */
function compileAction(machine: XMachine, names: ActionNames, node: XNode, action: unknown, where: string): ActionOp {
  const inlineBuiltin = builtinActionType(action);
  if (inlineBuiltin !== null) return compileBuiltin(node, action, inlineBuiltin, undefined, where);
  if (typeof action === 'function') {
    throw unsupported(node, `an inline function action in ${where} (use a named action from setup({ actions }))`);
  }
  if (typeof action !== 'string' && (typeof action !== 'object' || action === null)) {
    throw unsupported(node, `an unrecognised action in ${where}`);
  }
  const type = typeof action === 'string' ? action : refType(node, action, where);
  const params = typeof action === 'string' ? undefined : staticParams(node, action, where);
  const impl = machine.implementations.actions[type];
  const implBuiltin = builtinActionType(impl);
  if (implBuiltin !== null) return compileBuiltin(node, impl, implBuiltin, params, where);
  if (impl !== undefined && typeof impl !== 'function') {
    throw unsupported(node, `the non-function implementation of action '${type}' in ${where}`);
  }
  return new ActionOp(type, params, null, names.idOf(type));
}

// ---------------------------------------------------------------------------
// Graph helpers (transcribed from XState's stateUtils)
// ---------------------------------------------------------------------------

/** XState's `isDescendant`; note `ancestor === undefined` matches every node, root included. */
function isDescendant(child: XNode, ancestor: XNode | undefined): boolean {
  let marker = child;
  while (marker.parent && marker.parent !== ancestor) marker = marker.parent;
  return marker.parent === ancestor;
}

function properAncestors(node: XNode, upTo: XNode | undefined): XNode[] {
  const result: XNode[] = [];
  if (node === upTo) return result;
  for (let m = node.parent; m && m !== upTo; m = m.parent) result.push(m);
  return result;
}

function isAtomic(node: XNode): boolean {
  return node.type === 'atomic' || node.type === 'final';
}

/** Root-first list of the nodes active when `atomic` is the active leaf. */
function chainOf(atomic: XNode): XNode[] {
  return [atomic, ...properAncestors(atomic, undefined)].reverse();
}

function initialLeaf(node: XNode): XNode {
  let leaf = node;
  while (leaf.type === 'compound') leaf = leaf.initial.target[0]!;
  return leaf;
}

function transitionDomain(t: XTransition, target: XNode): XNode | undefined {
  const source = t.source;
  if (!t.reenter && (target === source || isDescendant(target, source))) return source;
  const lca = properAncestors(target, undefined).find((ancestor) => isDescendant(source, ancestor));
  if (lca) return lca;
  return t.reenter ? undefined : source.machine.root;
}

interface MicrostepPlan {
  readonly exit: XNode[];
  readonly entry: XNode[];
  readonly to: XNode;
}

function planMicrostep(from: XNode, t: XTransition): MicrostepPlan {
  const target = t.target?.[0];
  if (target === undefined) return { exit: [], entry: [], to: from };

  const domain = transitionDomain(t, target);
  const active = chainOf(from);
  // XState also exits the domain itself when `reenter && source === domain`, but with no parallel
  // states the domain is never the source of a reentering transition, so that clause is dead here.
  const exit = active.filter((n) => isDescendant(n, domain));

  const entry = new Set<XNode>();
  if (target !== t.source || t.source !== domain || t.reenter) entry.add(target);
  for (let n = target; n.type === 'compound'; ) {
    n = n.initial.target[0]!;
    entry.add(n);
  }
  // XState filters these by a "reentrancy domain"; without parallel states every ancestor strictly
  // between target and domain passes that filter, so all of them are (re-)entered.
  for (const ancestor of properAncestors(target, domain)) entry.add(ancestor);

  const next = new Set(active.filter((n) => !exit.includes(n)));
  for (const n of entry) next.add(n);
  const leaves = [...next].filter(isAtomic);
  const to = leaves[0];
  const consistent = leaves.length === 1 && to !== undefined && chainOf(to).every((n) => next.has(n)) && chainOf(to).length === next.size;
  if (!consistent) throw new Error(`Internal stepper error: inconsistent configuration after a transition from '${from.id}'`);
  return {
    exit: exit.sort((a, b) => b.order - a.order),
    entry: [...entry].sort((a, b) => a.order - b.order),
    to,
  };
}

// ---------------------------------------------------------------------------
// Table building
// ---------------------------------------------------------------------------

class StepTableBuilder {
  readonly targets: number[] = [];
  readonly actionStart: number[] = [0];
  readonly actions: ActionOp[] = [];
  readonly changes: number[] = [];
  readonly doneEvents: (EventObject | null)[] = [];

  add(actions: readonly ActionOp[], to: number, nodesChanged: boolean, doneEvent: EventObject | null): number {
    const hasAssign = actions.some((a) => a.assign !== null);
    this.actions.push(...actions);
    this.actionStart.push(this.actions.length);
    this.targets.push(to);
    this.changes.push(nodesChanged || hasAssign ? 1 : 0);
    this.doneEvents.push(doneEvent);
    return this.targets.length - 1;
  }
}

class CandidateListBuilder {
  readonly start: number[] = [0];
  readonly guards: (GuardOp | null)[] = [];
  readonly steps: number[] = [];

  push(guard: GuardOp | null, step: number): void {
    this.guards.push(guard);
    this.steps.push(step);
  }

  close(): void {
    this.start.push(this.steps.length);
  }
}

function collectNodes(node: XNode, out: XNode[]): XNode[] {
  validateNode(node);
  out.push(node);
  for (const child of Object.values(node.states)) collectNodes(child, out);
  return out;
}

function stateValueOf(atomic: XNode): StateValue {
  const path = chainOf(atomic).slice(1).map((n) => n.key);
  if (path.length === 0) return Object.freeze({});
  let value: StateValue = path[path.length - 1]!;
  for (let i = path.length - 2; i >= 0; i--) value = Object.freeze({ [path[i]!]: value });
  return value;
}

function buildValueTree(node: XNode, atomicIds: ReadonlyMap<XNode, number>): ValueTree {
  const tree: ValueTree = { children: new Map(), initialChild: null, atomicId: atomicIds.get(node) ?? -1 };
  for (const [key, child] of Object.entries(node.states)) tree.children.set(key, buildValueTree(child, atomicIds));
  if (node.type === 'compound') tree.initialChild = tree.children.get(node.initial.target[0]!.key) ?? null;
  return tree;
}

const DEFAULT_MAX_MICROSTEPS = 100_000;

/** Walks the machine graph once; throws for anything outside the supported subset. */
export function compileTables(
  machine: AnyStateMachine,
  actionOrder: readonly string[] = [],
  noOpActions: readonly string[] = [],
): StepperTables {
  const xm = viewMachine(machine);
  const noOps = new Set(noOpActions);
  const names = new ActionNames(actionOrder);
  const root = xm.root;
  const nodes = collectNodes(root, []);
  const atomics = nodes.filter(isAtomic).sort((a, b) => a.order - b.order);
  const atomicIds = new Map(atomics.map((n, i) => [n, i] as const));
  const idOfAtomic = (n: XNode): number => atomicIds.get(n)!;

  const eventIds = new Map<string, number>();
  for (const node of nodes) for (const type of node.transitions.keys()) if (!eventIds.has(type)) eventIds.set(type, eventIds.size);

  const entryOps = new Map<XNode, ActionOp[]>();
  const exitOps = new Map<XNode, ActionOp[]>();
  for (const node of nodes) {
    entryOps.set(node, node.entry.map((a) => compileAction(xm, names, node, a, 'entry actions')));
    exitOps.set(node, node.exit.map((a) => compileAction(xm, names, node, a, 'exit actions')));
  }
  const transitionOps = new Map<XTransition, ActionOp[]>();
  const guardOps = new Map<XTransition, GuardOp | null>();
  const guardSites = new GuardSites();
  const compileTransition = (node: XNode, t: XTransition, where: string): void => {
    transitionOps.set(t, t.actions.map((a) => compileAction(xm, names, node, a, `actions of the ${where}`)));
    guardOps.set(t, compileGuard(xm, guardSites, node, t.guard, `the guard of the ${where}`));
  };
  for (const node of nodes) {
    for (const [type, ts] of node.transitions) for (const t of ts) compileTransition(node, t, `transition on '${type}'`);
    for (const t of node.always ?? []) compileTransition(node, t, 'eventless (always) transition');
  }

  const isTopLevelFinal = (n: XNode): boolean => n.type === 'final' && (n.parent === undefined || n.parent === root);
  const doneEventFor = (final: XNode): EventObject | null => {
    const parent = final.parent;
    if (!parent || parent === root) return null; // the machine is done; XState stops before reading it
    return Object.freeze({ type: `xstate.done.state.${parent.id}`, output: undefined });
  };
  const doneEvents = new Map<XNode, EventObject | null>();

  const steps = new StepTableBuilder();
  const addStep = (from: XNode | null, plan: MicrostepPlan, transitionActions: readonly ActionOp[]): number => {
    const actions = [
      ...plan.exit.flatMap((n) => exitOps.get(n)!),
      ...transitionActions,
      ...plan.entry.flatMap((n) => entryOps.get(n)!),
    ].filter((a) => a.assign !== null || !noOps.has(a.actionType));
    const enteredFinal = plan.to.type === 'final' && plan.entry.includes(plan.to);
    // On reaching a top-level final state XState runs the exit actions of the whole configuration.
    if (enteredFinal && isTopLevelFinal(plan.to)) {
      actions.push(...chainOf(plan.to).reverse().flatMap((n) => exitOps.get(n)!).filter((a) => a.assign !== null || !noOps.has(a.actionType)));
    }
    let doneEvent: EventObject | null = null;
    if (enteredFinal) {
      if (!doneEvents.has(plan.to)) doneEvents.set(plan.to, doneEventFor(plan.to));
      doneEvent = doneEvents.get(plan.to)!;
    }
    return steps.add(actions, idOfAtomic(plan.to), from !== plan.to, doneEvent);
  };

  const initialTo = initialLeaf(root);
  const initialStep = addStep(null, { exit: [], entry: chainOf(initialTo), to: initialTo }, []);

  const stepCache = new Map<XTransition, Map<XNode, number>>();
  const stepFor = (from: XNode, t: XTransition): number => {
    let byAtomic = stepCache.get(t);
    if (!byAtomic) stepCache.set(t, (byAtomic = new Map()));
    let step = byAtomic.get(from);
    if (step === undefined) {
      step = addStep(from, planMicrostep(from, t), transitionOps.get(t)!);
      byAtomic.set(from, step);
    }
    return step;
  };

  const transitions = new CandidateListBuilder();
  const eventless = new CandidateListBuilder();
  for (const atomic of atomics) {
    const deepestFirst = chainOf(atomic).reverse();
    for (const [type] of eventIds) {
      for (const node of deepestFirst) {
        for (const t of node.transitions.get(type) ?? []) transitions.push(guardOps.get(t)!, stepFor(atomic, t));
      }
      transitions.close();
    }
    for (const node of deepestFirst) {
      for (const t of node.always ?? []) eventless.push(guardOps.get(t)!, stepFor(atomic, t));
    }
    eventless.close();
  }

  const maxIterations = xm.options?.maxIterations;
  return {
    machineId: xm.id,
    atomicCount: atomics.length,
    eventCount: eventIds.size,
    eventIds,
    values: atomics.map(stateValueOf),
    valueTree: buildValueTree(root, atomicIds),
    doneState: Uint8Array.from(atomics, (n) => (isTopLevelFinal(n) ? 1 : 0)),
    initialStep,
    transitionStart: Int32Array.from(transitions.start),
    transitionGuards: transitions.guards,
    transitionSteps: Int32Array.from(transitions.steps),
    eventlessStart: Int32Array.from(eventless.start),
    eventlessGuards: eventless.guards,
    eventlessSteps: Int32Array.from(eventless.steps),
    stepTarget: Int32Array.from(steps.targets),
    stepActionStart: Int32Array.from(steps.actionStart),
    stepActions: steps.actions,
    actionNames: names.names,
    stepChangesSnapshot: Uint8Array.from(steps.changes),
    stepDoneEvent: steps.doneEvents,
    maxMicrosteps: maxIterations !== undefined && Number.isFinite(maxIterations) ? maxIterations : DEFAULT_MAX_MICROSTEPS,
  };
}

/** Resolves a (possibly partial) XState state value to an atomic id, descending initial states. */
export function resolveStateValue(tables: StepperTables, value: StateValue): number {
  const fail = (): never => {
    throw new Error(`State value ${JSON.stringify(value)} does not exist on machine '${tables.machineId}'`);
  };
  let tree = tables.valueTree;
  let rest: unknown = value;
  while (rest !== undefined) {
    if (typeof rest === 'string') {
      tree = tree.children.get(rest) ?? fail();
      rest = undefined;
    } else if (typeof rest === 'object' && rest !== null) {
      const keys = Object.keys(rest);
      if (keys.length === 0) break;
      if (keys.length !== 1) fail();
      tree = tree.children.get(keys[0]!) ?? fail();
      rest = (rest as Record<string, unknown>)[keys[0]!];
    } else {
      fail();
    }
  }
  while (tree.initialChild !== null) tree = tree.initialChild;
  return tree.atomicId >= 0 ? tree.atomicId : fail();
}
