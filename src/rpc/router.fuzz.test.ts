/**
 * Fuzzing the background's request entry: `route(origin, payload)` of a full ring in Node (real
 * vault on fake-indexeddb, real keys, the test phrase imported and unlocked, one site connected so
 * the signing paths are reachable) with 10,000 generated requests — real method names and junk,
 * plausible params and wrong types/sizes, multi-MiB strings, 100+-deep nesting, prototype-pollution
 * keys — against a recording RPC stub that answers like a node or throws RpcError at random.
 *
 * Each request must settle within 5 s (a loop answers whatever reaches the approval queue, as the
 * user on the approval window), to `{ result }` or `{ error: { code: integer, message: string } }`;
 * route never throws; no response (and nothing sent to the node) contains a secret; the heap stays
 * bounded and Object.prototype untouched. FUZZ_SEED=<n> replays a run.
 */
import 'fake-indexeddb/auto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RpcError } from '../errors';
import mail from '../fixtures/eip712-mail-example.json';
import { deriveEvmAccount, mnemonicToEntropy, mnemonicToSeed } from '../keys';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from '../wallet/testHarness';
import { OWN_METHODS } from './methods';
import { READ_ONLY_METHODS } from './methods/readOnly';
import type { DappResponse } from './router';

const RUNS = 10_000;
const SETTLE_MS = 5_000;
const HEAP_GROWTH_LIMIT = 200 * 2 ** 20;

const SITE = 'https://app.example'; // connected with account 0
const ORIGINS = ['https://other.example', 'null', 'http://127.0.0.1:5173'] as const;
const A0 = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const A1 = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'; // derived, never granted
const STRANGER = '0x000000000000000000000000000000000000dEaD';
const REAL_METHODS = [...OWN_METHODS.keys(), ...READ_ONLY_METHODS.keys()];
/** Methods that reach the approval window (weighted up: they are the deep paths). */
const APPROVAL_METHODS = [
  'eth_requestAccounts',
  'personal_sign',
  'eth_signTypedData_v4',
  'eth_sendTransaction',
  'wallet_sendCalls',
  'wallet_switchEthereumChain',
  'wallet_addEthereumChain',
  'wallet_watchAsset',
  'wallet_requestPermissions',
];

/** `global.gc` without --expose-gc: set the flag at run time, then fetch gc from a fresh context. */
function gcFunction(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// The recording RPC stub: node-like answers, or an RpcError / a junk answer when the run says so.

type RpcMode = { mode: 'node' } | { mode: 'fail'; code: number } | { mode: 'junk'; value: unknown };

const BLOCK = {
  number: '0x10',
  hash: `0x${'ab'.repeat(32)}`,
  parentHash: `0x${'cd'.repeat(32)}`,
  timestamp: '0x6553f100',
  gasLimit: '0x1c9c380',
  gasUsed: '0x0',
  baseFeePerGas: '0x3b9aca00',
  transactions: [],
};

function nodeAnswer(method: string, params: unknown): unknown {
  switch (method) {
    case 'eth_chainId':
      return '0x7a69';
    case 'eth_blockNumber':
      return '0x10';
    case 'eth_getBalance':
      return '0x21e19e0c9bab2400000';
    case 'eth_getTransactionCount':
    case 'eth_getBlockTransactionCountByNumber':
      return '0x0';
    case 'eth_gasPrice':
    case 'eth_maxPriorityFeePerGas':
      return '0x3b9aca00';
    case 'eth_blobBaseFee':
      return '0x1';
    case 'eth_estimateGas':
      return '0x5208';
    case 'eth_getCode':
    case 'eth_call':
      return '0x';
    case 'eth_getStorageAt':
      return `0x${'00'.repeat(32)}`;
    case 'eth_getBlockByNumber':
    case 'eth_getBlockByHash':
      return BLOCK;
    case 'eth_feeHistory':
      return {
        oldestBlock: '0xc',
        baseFeePerGas: ['0x3b9aca00', '0x3b9aca00', '0x3b9aca00', '0x3b9aca00', '0x3b9aca00', '0x3b9aca00'],
        gasUsedRatio: [0.5, 0.4, 0, 0.9, 0.1],
        reward: [['0x3b9aca00'], ['0x59682f00'], ['0x0'], ['0x3b9aca00'], ['0x1']],
      };
    case 'eth_simulateV1':
      return [{ calls: [{ status: '0x1', returnData: '0x', gasUsed: '0x5208', logs: [] }] }];
    case 'eth_sendRawTransaction': {
      const raw = String((params as unknown[])[0]);
      if (!/^0x(?:[0-9a-f]{2})+$/i.test(raw))
        throw new RpcError(-32602, 'rlp: expected input string or byte');
      return `0x${bytesToHex(keccak_256(hexToBytes(raw.slice(2))))}`;
    }
    case 'eth_getTransactionReceipt':
    case 'eth_getTransactionByHash':
      return null;
    case 'eth_getLogs':
      return [];
    case 'eth_syncing':
      return false;
    case 'web3_clientVersion':
      return 'anvil/v1.7.1';
    case 'eth_getProof':
      return { address: A0, balance: '0x0', nonce: '0x0', accountProof: [], storageProof: [] };
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Generated requests.

/** How many of each nasty input the generators produced (reported, and checked to be non-zero). */
const made = { huge: 0, deep: 0, wide: 0, polluted: 0 };

/** An object with `key` as an OWN property, even "__proto__" (what JSON.parse of a page's data gives). */
function withOwn(base: object, key: string, value: unknown): Record<string, unknown> {
  const out = { ...base } as Record<string, unknown>;
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const pollutionValue = fc.constantFrom<unknown>(
  { polluted: 'yes' },
  { prototype: { polluted: 'yes' } },
  null,
  'polluted',
  1,
);

/** Strings of 0.5–4 MiB, built by repetition (generating them char by char would take seconds). */
const hugeString = fc
  .tuple(fc.string({ minLength: 1, maxLength: 6 }), fc.integer({ min: 1 << 19, max: 4 << 20 }))
  .map(([unit, length]) => {
    made.huge++;
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  });

const hexString = fc
  .tuple(fc.boolean(), fc.uint8Array({ maxLength: 80 }), fc.boolean())
  .map(([prefix, bytes, odd]) => `${prefix ? '0x' : ''}${bytesToHex(bytes)}${odd ? 'f' : ''}`);

const scalar = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer(),
  fc.double(), // NaN, ±Infinity, -0 included
  fc.bigInt(), // structured clone (Firefox's relay) carries BigInt
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  hexString,
  fc.constantFrom(
    'latest',
    'pending',
    '0x',
    '0x0',
    '-0x1',
    `0x${'f'.repeat(65)}`,
    A0,
    A0.toLowerCase(),
    STRANGER,
  ),
);

/** Nesting of 50–400 levels (sometimes 5,000) of arrays, objects or pollution keys. */
const deepValue = fc
  .tuple(
    fc.oneof(fc.integer({ min: 50, max: 400 }), fc.constant(5_000)),
    fc.constantFrom('array', 'object', 'proto'),
    scalar,
  )
  .map(([depth, kind, leaf]) => {
    made.deep++;
    let value: unknown = leaf;
    for (let i = 0; i < depth; i++)
      value = kind === 'array' ? [value] : kind === 'object' ? { a: value } : withOwn({}, '__proto__', value);
    return value;
  });

const polluted = fc
  .tuple(
    fc.constantFrom(...POLLUTION_KEYS),
    pollutionValue,
    fc.dictionary(fc.string({ maxLength: 6 }), scalar, { maxKeys: 3 }),
  )
  .map(([key, value, rest]) => {
    made.polluted++;
    return withOwn(rest, key, value);
  });

const { junk } = fc.letrec((tie) => ({
  junk: fc.oneof(
    { weight: 20, arbitrary: scalar },
    { weight: 2, arbitrary: fc.array(tie('junk'), { maxLength: 4 }) },
    { weight: 2, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), tie('junk'), { maxKeys: 4 }) },
    { weight: 2, arbitrary: polluted },
    { weight: 1, arbitrary: deepValue },
    {
      weight: 1, // wide: 1,000–200,000 items
      arbitrary: fc.tuple(fc.integer({ min: 1_000, max: 200_000 }), scalar).map(([n, item]) => {
        made.wide++;
        return new Array(n).fill(item);
      }),
    },
  ),
}));

/** Mostly small junk; a huge string now and then. */
const anyValue = fc.oneof({ weight: 150, arbitrary: junk }, { weight: 1, arbitrary: hugeString });

/** Well-formed hex data (what a dapp that means it sends). */
const data = fc.uint8Array({ maxLength: 68 }).map((bytes) => `0x${bytesToHex(bytes)}`);

const typedData = (chainId: number) => ({ ...mail.typedData, domain: { ...mail.typedData.domain, chainId } });
const message = fc.string({ maxLength: 60 }).map((text) => `0x${Buffer.from(text).toString('hex')}`);
const account = fc.constantFrom(A0, A0, A0, A1, STRANGER, A0.toLowerCase());
const chainId = fc.oneof(
  { weight: 3, arbitrary: fc.constant('0x7a69') },
  { weight: 1, arbitrary: fc.constantFrom('0x1', '0xaa36a7', '0x0', '0x539', `0x${'f'.repeat(20)}`) },
);

/** Well-formed (or nearly) params per method, so the checks past validation are reached too. */
function plausibleParams(method: string): fc.Arbitrary<unknown> {
  switch (method) {
    case 'personal_sign':
      return fc.oneof(
        fc.tuple(message, account),
        fc.tuple(account, message),
        fc.tuple(message, account, fc.string()),
      );
    case 'eth_sign':
      return fc.tuple(account, hexString);
    case 'eth_signTypedData_v4':
    case 'eth_signTypedData_v3':
      return fc.tuple(
        account,
        fc.oneof(
          fc.constantFrom(31337, 1, 0).map((id) => JSON.stringify(typedData(id))),
          fc.constant(typedData(31337)),
          fc.constant(JSON.stringify(typedData(31337)).slice(0, 100)),
        ),
      );
    case 'eth_sendTransaction':
    case 'wallet_sendTransaction':
      return fc.tuple(
        fc.record(
          {
            from: account,
            to: fc.oneof(account, fc.constant(null)),
            value: fc.constantFrom(
              '0x0',
              '0x1',
              '0xde0b6b3a7640000',
              '0xde0b6b3a7640000',
              `0x${'f'.repeat(64)}`,
            ),
            data,
            gas: fc.constantFrom('0x5208', '0x30000', '0x0'),
            maxFeePerGas: fc.constantFrom('0x77359400', '0x0'),
            chainId,
            type: fc.constantFrom('0x2', '0x2', '0x0', '0x4'),
          },
          { requiredKeys: ['from', 'to'] },
        ),
      );
    case 'wallet_sendCalls': {
      const call = fc.record({ to: account, value: fc.constantFrom('0x0', '0x1'), data });
      return fc.tuple(
        fc.record(
          {
            version: fc.constantFrom('2.0.0', '1.0'),
            chainId,
            from: account,
            atomicRequired: fc.boolean(),
            // Mostly small batches; now and then around the 20-call limit (each call is prepared,
            // signed and recorded: 20 calls × several copies is the slowest request there is).
            calls: fc.oneof(
              { weight: 9, arbitrary: fc.array(call, { maxLength: 3 }) },
              { weight: 1, arbitrary: fc.array(call, { minLength: 19, maxLength: 22 }) },
            ),
          },
          { requiredKeys: ['version', 'chainId', 'calls'] },
        ),
      );
    }
    case 'wallet_getCallsStatus':
      return fc.tuple(fc.string({ maxLength: 300 }));
    case 'wallet_getCapabilities':
      return fc.tuple(account, fc.array(chainId, { maxLength: 3 }));
    case 'wallet_switchEthereumChain':
      return fc.tuple(fc.record({ chainId }));
    case 'wallet_addEthereumChain':
      return fc.tuple(
        fc.record({
          chainId,
          chainName: fc.string({ maxLength: 120 }),
          rpcUrls: fc.array(
            fc.constantFrom('http://127.0.0.1:8545', 'https://rpc.example', 'http://evil.example', 'x'),
            {
              maxLength: 2,
            },
          ),
          nativeCurrency: fc.record({
            name: fc.string(),
            symbol: fc.string({ maxLength: 14 }),
            decimals: fc.integer(),
          }),
        }),
      );
    case 'wallet_watchAsset':
      return fc.oneof(
        fc.record({
          type: fc.constantFrom('ERC20', 'ERC721'),
          options: fc.record({
            address: account,
            symbol: fc.string({ maxLength: 12 }),
            decimals: fc.integer(),
          }),
        }),
      );
    case 'wallet_requestPermissions':
    case 'wallet_revokePermissions':
      return fc.tuple(fc.constantFrom({ eth_accounts: {} }, { eth_chainId: {} }, {}));
    case 'eth_getBalance':
    case 'eth_getTransactionCount':
    case 'eth_getCode':
      return fc.tuple(account, fc.constantFrom('latest', 'pending', '0x10', 'newest'));
    case 'eth_call':
    case 'eth_estimateGas':
      return fc.tuple(
        fc.record({ to: account, data, from: account }, { requiredKeys: [] }),
        fc.constant('latest'),
      );
    case 'eth_getLogs':
      return fc.tuple(
        fc.record({
          fromBlock: fc.constant('0x0'),
          address: account,
          topics: fc.array(hexString, { maxLength: 4 }),
        }),
      );
    default:
      return fc.array(scalar, { maxLength: 3 });
  }
}

/** Breaks a plausible params value in one place (or not at all). */
function mutate(params: unknown): fc.Arbitrary<unknown> {
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

const junkMethod = fc.oneof(
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

const methodAndParams = fc.oneof(
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

const payload = fc.oneof(
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
const decision = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ decision: 'approve' as const }) },
  { weight: 2, arbitrary: fc.constant({ decision: 'reject' as const }) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<unknown>([A0], [A1], [], [STRANGER], 'all', [A0, A0])
      .map((accounts) => ({ decision: 'approve' as const, accounts })),
  },
);

const rpcMode: fc.Arbitrary<RpcMode> = fc.oneof(
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

const request = fc.record({
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

// ---------------------------------------------------------------------------------------------

const replacer = (_: string, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v);
const describePayload = (value: unknown) => {
  let text: string;
  try {
    text = JSON.stringify(value, replacer) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;
};

async function secretsOf(mnemonic: string): Promise<string[]> {
  const seed = await mnemonicToSeed(mnemonic);
  const keys = [0, 1, 2, 3, 4].map((i) => bytesToHex(deriveEvmAccount(seed, i).privateKey));
  return [
    mnemonic,
    mnemonic.split(' ').slice(0, 4).join(' '),
    TEST_PASSWORD,
    bytesToHex(mnemonicToEntropy(mnemonic)),
    bytesToHex(seed),
    ...keys,
  ];
}

function leakIn(text: string, secrets: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  return secrets.find((secret) => lower.includes(secret.toLowerCase()));
}

function checkShape(response: unknown): string | undefined {
  if (typeof response !== 'object' || response === null) return 'not an object';
  const keys = Object.keys(response);
  if (keys.length === 1 && keys[0] === 'result') return undefined;
  if (keys.length !== 1 || keys[0] !== 'error') return `keys ${keys.join(',')}`;
  const { error } = response as { error: unknown };
  if (typeof error !== 'object' || error === null) return 'error is not an object';
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code !== 'number' || !Number.isInteger(code)) return `error.code ${String(code)}`;
  if (typeof message !== 'string') return `error.message ${typeof message}`;
  return undefined;
}

describe('router fuzz (recording RPC stub, no network): 10,000 generated requests at route(origin, payload)', () => {
  it('every request settles within 5 s to { result } or { error: { code, message } }, leaks no secret, keeps the heap bounded', async () => {
    const gc = gcFunction();
    let mode: RpcMode = { mode: 'node' };
    const recorded = new Map<string, number>();
    const nodeLeaks: string[] = [];
    let secrets: string[] = [];
    const w = await harness({
      rpc: async (_url, method, params) => {
        recorded.set(method, (recorded.get(method) ?? 0) + 1);
        const sent = describePayload(params);
        const leak = leakIn(sent, secrets);
        if (leak) nodeLeaks.push(`${method}: ${sent.slice(0, 120)}`);
        if (mode.mode === 'fail') throw new RpcError(mode.code, `stub: ${method} failed`);
        if (mode.mode === 'junk') return mode.value;
        return nodeAnswer(method, params);
      },
    });
    secrets = await secretsOf(TEST_MNEMONIC);
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    const connect = w.route(SITE, { method: 'eth_requestAccounts' });
    await w.answer('approve');
    expect(await connect).toEqual({ result: [A0] });

    const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort().join();
    const stats = {
      requests: 0,
      results: 0,
      signatures: 0,
      sent: 0,
      answered: 0,
      codes: new Map<number, number>(),
    };
    const slowest = { ms: 0, what: '' };
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    const started = Date.now();

    /** Answers every card waiting on the approval window, as the user would (a refused answer → reject). */
    async function answerPending(
      user: { decision: 'approve' | 'reject'; accounts?: unknown },
      seen: Set<string>,
    ) {
      for (const pending of w.approvals.list()) {
        if (seen.has(pending.id)) continue;
        seen.add(pending.id);
        stats.answered++;
        const input =
          user.decision === 'reject'
            ? { id: pending.id, decision: 'reject' as const }
            : {
                id: pending.id,
                decision: 'approve' as const,
                ...(pending.needsPassword ? { password: TEST_PASSWORD } : {}),
                ...(user.accounts !== undefined && pending.card.kind === 'connect'
                  ? { accounts: user.accounts }
                  : {}),
              };
        const answer = await w.call('resolveApproval', input as never);
        if (!answer.ok && answer.error.code !== 'NOT_PENDING')
          await w.call('resolveApproval', { id: pending.id, decision: 'reject' });
      }
    }

    const property = fc.asyncProperty(request, async ({ origin, payload, copies, user, rpc }) => {
      mode = rpc;
      const outcomes: ({ response: DappResponse } | { thrown: unknown } | undefined)[] = new Array(copies);
      const running: Promise<void>[] = [];
      for (let i = 0; i < copies; i++) {
        stats.requests++;
        try {
          running.push(
            w.route(origin, payload).then(
              (response) => {
                outcomes[i] = { response };
              },
              (thrown) => {
                outcomes[i] = { thrown };
              },
            ),
          );
        } catch (thrown) {
          outcomes[i] = { thrown };
        }
      }
      const sentAt = Date.now();
      const deadline = sentAt + SETTLE_MS;
      const seen = new Set<string>();
      while (outcomes.filter(Boolean).length < copies) {
        if (Date.now() > deadline) {
          throw new Error(
            `a request did not settle within ${SETTLE_MS} ms (approval queue: ${w.approvals.list().length} waiting, ${w.approvals.preparing()} preparing; node ${rpc.mode}; ${outcomes.filter(Boolean).length}/${copies} settled): ${origin} ${describePayload(payload)}`,
          );
        }
        await answerPending(user, seen);
        await nextTurn();
      }
      await Promise.all(running);
      const took = Date.now() - sentAt;
      if (took > slowest.ms)
        Object.assign(slowest, { ms: took, what: `${copies}× ${describePayload(payload).slice(0, 100)}` });
      w.popupMessages.length = 0;
      w.events.length = 0;
      for (const outcome of outcomes) {
        if (!outcome || 'thrown' in outcome)
          throw new Error(
            `route threw ${String(outcome && (outcome as { thrown: unknown }).thrown)}: ${describePayload(payload)}`,
          );
        const { response } = outcome;
        const bad = checkShape(response);
        if (bad)
          throw new Error(
            `bad response shape (${bad}): ${describePayload(response)} for ${describePayload(payload)}`,
          );
        let text: string;
        try {
          text = JSON.stringify(response); // the relay to the page must be able to carry it
        } catch (error) {
          throw new Error(`response not serialisable (${String(error)}) for ${describePayload(payload)}`);
        }
        const leak = leakIn(text, secrets);
        if (leak) throw new Error(`a response contains a secret: ${text.slice(0, 200)}`);
        if ('result' in response) {
          stats.results++;
          if (typeof response.result === 'string' && /^0x[0-9a-f]{130}$/.test(response.result))
            stats.signatures++;
          const method = (payload as { method?: unknown } | null)?.method;
          if (method === 'eth_sendTransaction' && /^0x[0-9a-f]{64}$/.test(String(response.result)))
            stats.sent++;
        } else stats.codes.set(response.error.code, (stats.codes.get(response.error.code) ?? 0) + 1);
      }
      if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== prototypeNames)
        throw new Error(`Object.prototype changed after ${describePayload(payload)}`);
      if (({} as { polluted?: unknown }).polluted !== undefined)
        throw new Error('Object.prototype was polluted');
      if (stats.requests % 1000 < copies) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    });

    const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
    const out = await fc.check(property, { numRuns: RUNS, seed, endOnFailure: true });
    if (out.failed) {
      const example = fc.stringify(out.counterexample);
      throw new Error(
        `fuzz failed (replay with FUZZ_SEED=${seed}) after ${out.numRuns} runs: ${out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance)}\n` +
          `counterexample: ${example.length > 1500 ? `${example.slice(0, 1500)}… (${example.length} chars)` : example}`,
      );
    }

    gc?.();
    const heapAfter = process.memoryUsage().heapUsed;
    const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
    const codes = [...stats.codes].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code}×${n}`);
    console.log(
      `router fuzz: seed ${seed}, ${out.numRuns} runs, ${stats.requests} requests in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
        `${stats.results} results (${stats.signatures} signatures, ${stats.sent} transactions sent), ${stats.answered} approvals answered; errors ${codes.join(' ')}; ` +
        `generated ${made.huge} huge strings, ${made.deep} deep, ${made.wide} wide, ${made.polluted} polluted values; ` +
        `RPC stub saw ${[...recorded.values()].reduce((a, b) => a + b, 0)} calls over ${recorded.size} methods; ` +
        `slowest request ${slowest.ms} ms (${slowest.what}); heap ${mib(heapBefore)} → ${mib(heapAfter)} (peak sampled ${mib(heapPeak)}, gc ${gc ? 'on' : 'off'})`,
    );

    expect(out.numRuns).toBe(RUNS);
    expect(stats.requests).toBeGreaterThanOrEqual(RUNS);
    expect(nodeLeaks).toEqual([]);
    expect(heapAfter - heapBefore).toBeLessThan(HEAP_GROWTH_LIMIT);
    // The fuzzing reached the deep paths, not only the envelope checks (else the setup broke).
    expect(Math.min(made.huge, made.deep, made.wide, made.polluted)).toBeGreaterThan(20);
    expect(stats.signatures).toBeGreaterThan(50);
    expect(stats.answered).toBeGreaterThan(200);
    expect(stats.codes.get(4200)).toBeGreaterThan(100);
    expect(stats.codes.get(-32602)).toBeGreaterThan(100);
    expect(stats.codes.get(-32600)).toBeGreaterThan(10);
    expect(stats.sent).toBeGreaterThan(0);
    // The wallet still works afterwards.
    expect(await w.route(SITE, { method: 'eth_chainId' })).toMatchObject({
      result: expect.stringMatching(/^0x/),
    });
  }, 180_000);
});
