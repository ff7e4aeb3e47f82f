/**
 * Mutations of JSON documents for property tests: a broken level, plan or save looks like a
 * good one with a few things changed — a field gone, a number out of range, a wrong type, an
 * id pointing at something else, a list item doubled or dropped.
 */
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type PathStep = string | number;

/** Every path to a value inside `doc` (the root is the empty path). */
export function pathsOf(doc: Json, prefix: PathStep[] = [], out: PathStep[][] = []): PathStep[][] {
  out.push(prefix);
  if (Array.isArray(doc)) doc.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (doc !== null && typeof doc === 'object') for (const [k, v] of Object.entries(doc)) pathsOf(v, [...prefix, k], out);
  return out;
}

/** Values that break things in practice: wrong types, edges, huge and tiny numbers. */
export const nastyValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1, 0.5, -0.0001, 1e9, 1e300, -1e300, '', ' ', 'x', '0', [], {}, [[]], { x: 1 }),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 12 }),
  fc.constant('а'.repeat(5000)),
);

export type Mutation =
  | { kind: 'delete'; pick: number }
  | { kind: 'set'; pick: number; value: Json }
  | { kind: 'duplicate'; pick: number }
  | { kind: 'copyFrom'; pick: number; from: number }
  | { kind: 'scale'; pick: number; factor: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: nastyValue }),
  fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }),
  // Another value of the same document put elsewhere: ids that name the wrong thing, swapped numbers.
  fc.record({ kind: fc.constant('copyFrom' as const), pick: fc.nat(), from: fc.nat() }),
  // A number that is still a number but far off: what a typo in a level file (60 → 6000) does.
  fc.record({ kind: fc.constant('scale' as const), pick: fc.nat(), factor: fc.constantFrom(0, 0.001, 0.1, 2, 10, 1000, 1e6) }),
);

function getAt(doc: Json, path: PathStep[]): Json {
  let v: Json = doc;
  for (const p of path) v = (v as Record<PathStep, Json>)[p] as Json;
  return v;
}

/** `doc` with the mutations applied (a new document; `doc` is untouched). */
export function mutate(doc: Json, mutations: readonly Mutation[]): Json {
  let out = structuredClone(doc);
  for (const m of mutations) {
    const paths = pathsOf(out);
    const path = paths[m.pick % paths.length] as PathStep[];
    if (path.length === 0) {
      if (m.kind === 'set') out = m.value;
      continue;
    }
    const parent = getAt(out, path.slice(0, -1)) as Record<PathStep, Json> | Json[];
    const key = path[path.length - 1] as PathStep;
    if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, Json>)[key];
    } else if (m.kind === 'set') {
      (parent as Record<PathStep, Json>)[key] = structuredClone(m.value);
    } else if (m.kind === 'duplicate') {
      const value = structuredClone((parent as Record<PathStep, Json>)[key] as Json);
      if (Array.isArray(parent)) parent.splice(key as number, 0, value);
      else (parent as Record<string, Json>)[`${String(key)}_copy`] = value;
    } else if (m.kind === 'scale') {
      const numbers = paths.filter((p) => typeof getAt(out, p) === 'number');
      const target = numbers[m.pick % Math.max(1, numbers.length)];
      if (!target || target.length === 0) continue;
      const holder = getAt(out, target.slice(0, -1)) as Record<PathStep, Json>;
      const last = target[target.length - 1] as PathStep;
      const scaled = (holder[last] as number) * m.factor;
      holder[last] = Number.isInteger(holder[last]) ? Math.round(scaled) : scaled;
    } else {
      const from = paths[m.from % paths.length] as PathStep[];
      (parent as Record<PathStep, Json>)[key] = structuredClone(getAt(out, from));
    }
  }
  return out;
}
