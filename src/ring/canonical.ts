/**
 * Canonical JSON for audit hashing: object keys sorted, undefined fields dropped, no whitespace,
 * so the same entry always hashes to the same bytes whatever order its fields were written in.
 *
 *   canonicalJSON({ b: 1, a: 'x', c: undefined })   // '{"a":"x","b":1}'
 */

export function canonicalJSON(x: unknown): string {
  if (x === null || typeof x === 'string' || typeof x === 'boolean') return JSON.stringify(x);
  if (typeof x === 'number') {
    // NaN/Infinity serialise as null, which would let two different entries share a hash.
    if (!Number.isFinite(x)) throw new TypeError(`canonicalJSON: expected a finite number, got ${x}`);
    return JSON.stringify(x);
  }
  if (Array.isArray(x)) return `[${x.map(canonicalJSON).join(',')}]`;
  if (typeof x === 'object') {
    const fields = Object.keys(x)
      .filter((k) => (x as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJSON((x as Record<string, unknown>)[k])}`);
    return `{${fields.join(',')}}`;
  }
  throw new TypeError(`canonicalJSON: unsupported ${typeof x}`);
}
