/**
 * Labeled<T>: an opaque handle pairing a value with its security level (DESIGN.md "Levels and
 * sinks"). The handle is a frozen `{ level }`; the value sits in internal.ts's WeakMap, so code
 * outside the ring can label, combine and pass values but never read them.
 *
 *   const key = labeled('secret', privateKey);            // writing up is free
 *   const n = mapLabeled(accounts, (a) => a.length);       // private: a plain callback may read it
 *   const seed = mapLabeledAsync(secrets, cleared.seedOf); // secret: only a cleared function may
 *
 * Reading needs clearance ≥ the data's level: a plain callback is cleared for private data, and
 * only the functions of clearances.ts for secret data. Otherwise the callback could copy the
 * value out (a closure, a global) and label the copy public.
 */
import { isCleared } from './clearances.js';
import { FlowViolation } from './errors.js';
import { cellOf, store } from './internal.js';
import { assertLevel, joinLevels, type Level, rank } from './levels.js';
import { auditRefusal } from './refusals.js';

// Type-only brand: makes a plain `{ level }` unassignable to Labeled and carries T for inference.
declare const valueType: unique symbol;

export interface Labeled<T> {
  readonly level: Level;
  readonly [valueType]: T;
}

type Values<T extends readonly Labeled<unknown>[]> = {
  [K in keyof T]: T[K] extends Labeled<infer V> ? V : never;
};

// Shared prototype so String(), JSON.stringify and console.log show the level and never the value.
const proto = Object.freeze({
  toString(this: { level: Level }) {
    return `[Labeled ${this.level}]`;
  },
  toJSON(this: { level: Level }) {
    return { level: this.level };
  },
  [Symbol.for('nodejs.util.inspect.custom')](this: { level: Level }) {
    return `[Labeled ${this.level}]`;
  },
});

export function labeled<T>(level: Level, value: T): Labeled<T> {
  assertLevel(level);
  const handle = Object.freeze(Object.assign(Object.create(proto) as object, { level }));
  store(handle, level, value);
  return handle as Labeled<T>;
}

/** Recognises only handles made by labeled(); a look-alike `{ level }` object is not Labeled. */
export function isLabeled(x: unknown): x is Labeled<unknown> {
  return cellOf(x) !== undefined;
}

export function levelOf(l: Labeled<unknown>): Level {
  const cell = cellOf(l);
  if (!cell) throw new TypeError('levelOf: l: expected a Labeled made by labeled()');
  return cell.level;
}

/** Refuses (FlowViolation, audited) a reader not cleared for `level`; the function is never called. */
function checkReader(op: string, level: Level, fn: unknown): void {
  if (typeof fn !== 'function') throw new TypeError(`${op}: fn: expected a function`);
  if (rank(level) < rank('secret') || isCleared(fn)) return;
  const sink = `function:${(fn as { name?: string }).name || 'anonymous'}`;
  auditRefusal({
    kind: 'flow-refused',
    level,
    sink,
    detail: `${op}: a plain callback may not read ${level} data (not cleared in src/ring/clearances.ts)`,
  });
  throw new FlowViolation(sink, level, `${op}: fn: not cleared to read ${level} data`);
}

/** Compute inside a level: the result keeps `l`'s level. */
export function mapLabeled<T, R>(l: Labeled<T>, fn: (value: T) => R): Labeled<R> {
  const cell = cellOf(l);
  if (!cell) throw new TypeError('mapLabeled: l: expected a Labeled made by labeled()');
  checkReader('mapLabeled', cell.level, fn);
  return labeled(cell.level, fn(cell.value as T));
}

/** Compute inside a level with an async function (KDF, AES-GCM): the result keeps `l`'s level. */
export async function mapLabeledAsync<T, R>(
  l: Labeled<T>,
  fn: (value: T) => Promise<R>,
): Promise<Labeled<R>> {
  const cell = cellOf(l);
  if (!cell) throw new TypeError('mapLabeledAsync: l: expected a Labeled made by labeled()');
  checkReader('mapLabeledAsync', cell.level, fn);
  return labeled(cell.level, await fn(cell.value as T));
}

/**
 * Combine values: the result is labeled at the join of the inputs' levels, because a function is
 * only as cleared as its least-cleared part.
 */
export function joinLabeled<const T extends readonly Labeled<unknown>[], R>(
  inputs: T,
  fn: (values: Values<T>) => R,
): Labeled<R> {
  if (!Array.isArray(inputs)) throw new TypeError('joinLabeled: inputs: expected an array of Labeled');
  const cells = inputs.map((input, i) => {
    const cell = cellOf(input);
    if (!cell) throw new TypeError(`joinLabeled: inputs[${i}]: expected a Labeled made by labeled()`);
    return cell;
  });
  const level = joinLevels(...cells.map((c) => c.level));
  checkReader('joinLabeled', level, fn);
  return labeled(level, fn(cells.map((c) => c.value) as Values<T>));
}
