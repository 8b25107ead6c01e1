/**
 * The router fuzz's generated requests (router.fuzz.test.ts): an origin, a payload (a plausible
 * request broken in one place, junk methods, envelope extras, batches, not a request at all), how
 * many copies at once, what the user answers on the approval window and how the node behaves.
 */
import fc from 'fast-check';
import { A0, A1, APPROVAL_METHODS, ORIGINS, REAL_METHODS, SITE, STRANGER } from './fixtures';
import { anyValue, POLLUTION_KEYS, pollutionValue, withOwn } from './junk';
import type { RpcMode } from './nodeStub';
import { plausibleParams } from './plausibleParams';

/** Breaks a plausible params value in one place (or not at all). */
export function mutate(params: unknown): fc.Arbitrary<unknown> {
  const items = Array.isArray(params) ? params : [params];
  const at = (i: number) => i % Math.max(1, items.length);
  return fc.oneof(
    { weight: 10, arbitrary: fc.constant(params) },
    { weight: 2, arbitrary: anyValue }, // params replaced wholesale
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.nat(), anyValue)
        .map(([i, value]) => items.map((item, j) => (j === at(i) ? value : item))),
    },
    { weight: 1, arbitrary: anyValue.map((value) => [...items, value]) }, // one item too many
    { weight: 1, arbitrary: fc.constant(items.slice(0, -1)) }, // one item too few
    {
      weight: 2, // a field of the first object item replaced, or a pollution key added to it
      arbitrary: fc
        .tuple(fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string({ maxLength: 12 })), anyValue)
        .map(([key, value]) => {
          const index = items.findIndex((item) => typeof item === 'object' && item !== null);
          if (index < 0) return [withOwn({}, key, value)];
          const target = items[index] as object;
          const existing = Object.keys(target);
          const field =
            existing.length > 0 && key.length % 2 === 0 ? existing[key.length % existing.length]! : key;
          return items.map((item, j) => (j === index ? withOwn(target, field, value) : item));
        }),
    },
  );
}

export const junkMethod = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(...REAL_METHODS).map((m) => m.toUpperCase()),
  fc.constantFrom(...REAL_METHODS).map((m) => ` ${m}`),
  fc.constantFrom(...REAL_METHODS).map((m) => `${m}\u0000`),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'eth_subscribe',
    'debug_traceTransaction',
  ),
  fc
    .constantFrom('eth_', 'wallet_', 'personal_')
    .chain((p) => fc.string({ maxLength: 20 }).map((s) => p + s)),
  fc.string({ minLength: 101, maxLength: 300 }),
);

export const methodAndParams = fc.oneof(
  {
    weight: 10,
    arbitrary: fc
      .oneof(fc.constantFrom(...REAL_METHODS), fc.constantFrom(...APPROVAL_METHODS))
      .chain((method) =>
        plausibleParams(method).chain((params) => mutate(params).map((p) => ({ method, params: p }))),
      ),
  },
  { weight: 2, arbitrary: fc.record({ method: junkMethod, params: anyValue }) },
  { weight: 1, arbitrary: fc.record({ method: anyValue, params: anyValue }) },
);

export const payload = fc.oneof(
  { weight: 20, arbitrary: methodAndParams.map(({ method, params }) => ({ method, params })) },
  { weight: 1, arbitrary: methodAndParams.map(({ method }) => ({ method })) },
  {
    weight: 2, // envelope extras: JSON-RPC fields, pollution keys
    arbitrary: fc
      .tuple(methodAndParams, fc.constantFrom(...POLLUTION_KEYS, 'id', 'jsonrpc'), pollutionValue)
      .map(([{ method, params }, key, value]) => withOwn({ method, params }, key, value)),
  },
  { weight: 1, arbitrary: anyValue }, // not a request object at all
  { weight: 1, arbitrary: methodAndParams.map((request) => [request]) }, // a batch
);

/** What the user does with cards from this request, and how the node behaves meanwhile. */
export const decision = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ decision: 'approve' as const }) },
  { weight: 2, arbitrary: fc.constant({ decision: 'reject' as const }) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<unknown>([A0], [A1], [], [STRANGER], 'all', [A0, A0])
      .map((accounts) => ({ decision: 'approve' as const, accounts })),
  },
);

export const rpcMode: fc.Arbitrary<RpcMode> = fc.oneof(
  { weight: 8, arbitrary: fc.constant({ mode: 'node' as const }) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(-32000, -32601, -32603, 3, 4901, -32005)
      .map((code) => ({ mode: 'fail' as const, code })),
  },
  {
    weight: 1,
    arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => ({ mode: 'junk' as const, value })),
  },
);

export const request = fc.record({
  origin: fc.oneof(
    { weight: 6, arbitrary: fc.constant(SITE) },
    { weight: 1, arbitrary: fc.constantFrom(...ORIGINS) },
  ),
  payload,
  // Now and then the same request several times at once (the per-origin queue limit is 5).
  copies: fc.oneof(
    { weight: 12, arbitrary: fc.constant(1) },
    { weight: 1, arbitrary: fc.integer({ min: 2, max: 7 }) },
  ),
  user: decision,
  rpc: rpcMode,
});
