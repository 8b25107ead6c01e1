/**
 * Security levels of the ring (DESIGN.md "Levels and sinks"): public < private < secret.
 * Levels form a chain, so the join of several levels is simply the highest one.
 *
 *   rank('private')                    // 1
 *   joinLevels('public', 'secret')     // 'secret'
 *   flowsTo('private', 'public')       // false: private data may not reach a public sink
 */

export type Level = 'public' | 'private' | 'secret';

/** All levels, lowest first; the index is the rank. */
export const LEVELS: readonly Level[] = Object.freeze(['public', 'private', 'secret'] as const);

export function isLevel(x: unknown): x is Level {
  return typeof x === 'string' && (LEVELS as readonly string[]).includes(x);
}

/**
 * Describe a bad input without echoing it wholesale: a caller that mixes up arguments could pass
 * a mnemonic or key where a level belongs, and error messages end up in logs.
 */
export function showArg(x: unknown): string {
  if (typeof x === 'string') return /^[\w-]{0,16}$/.test(x) ? `"${x}"` : kindOf(x);
  if (x === null || x === undefined || typeof x === 'boolean') return `"${String(x)}"`;
  return kindOf(x);
}

/** Type-only description, for values that may be secret (e.g. what a Labeled held): no content. */
export function kindOf(x: unknown): string {
  if (x === null) return 'null';
  if (typeof x === 'string') return `a ${x.length}-char string`;
  if (typeof x === 'object') return `a ${(x as object).constructor?.name ?? 'object'}`;
  return `a ${typeof x}`;
}

/** Throws TypeError naming `what` unless `x` is a level. */
export function assertLevel(x: unknown, what = 'level'): asserts x is Level {
  if (!isLevel(x)) throw new TypeError(`${what}: expected public|private|secret, got ${showArg(x)}`);
}

export function rank(level: Level): number {
  assertLevel(level);
  return LEVELS.indexOf(level);
}

/** The least upper bound; with no inputs, the bottom ('public'), the identity of join. */
export function joinLevels(...levels: Level[]): Level {
  let top = 0;
  for (const level of levels) top = Math.max(top, rank(level));
  return LEVELS[top]!;
}

/** True when data at `from` may be read by something cleared for `to` (from ≤ to). */
export function flowsTo(from: Level, to: Level): boolean {
  return rank(from) <= rank(to);
}
