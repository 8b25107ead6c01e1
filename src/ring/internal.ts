/**
 * The ring's private store: the only place a Labeled's value lives, and `unwrap`, the only reader.
 * Allowed importers: labeled.ts (to store), emit.ts and declassify.ts (to read), ring tests.
 * boundary.test.ts fails if anything outside src/ring imports this file; index.ts does not
 * re-export it.
 *
 *   const value = unwrap(labeledThing);   // throws TypeError for anything labeled() did not make
 */
import type { Labeled } from './labeled.js';
import type { Level } from './levels.js';

type Cell = { readonly level: Level; readonly value: unknown };

// A WeakMap keyed by the handle: the value is unreachable from the handle itself (no property,
// no prototype, no closure), so Object.keys, JSON, structuredClone and inspection cannot see it.
const cells = new WeakMap<object, Cell>();

export function store(handle: object, level: Level, value: unknown): void {
  cells.set(handle, Object.freeze({ level, value }));
}

/** The cell for a handle this ring created, or undefined for anything else (forgeries included). */
export function cellOf(x: unknown): Cell | undefined {
  return typeof x === 'object' && x !== null ? cells.get(x) : undefined;
}

export function unwrap<T>(l: Labeled<T>, what = 'value'): T {
  const cell = cellOf(l);
  if (!cell) throw new TypeError(`${what}: expected a Labeled made by labeled(), got something else`);
  return cell.value as T;
}
