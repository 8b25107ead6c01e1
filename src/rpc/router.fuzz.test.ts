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
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RpcError } from '../errors';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from '../wallet/testHarness';
import { checkShape, describePayload, gcFunction, leakIn, secretsOf } from './fuzz/checks';
import { A0, SITE } from './fuzz/fixtures';
import { made } from './fuzz/junk';
import { nodeAnswer, type RpcMode } from './fuzz/nodeStub';
import { request } from './fuzz/requests';
import type { DappResponse } from './router';

const RUNS = 10_000;
const SETTLE_MS = 5_000;
const HEAP_GROWTH_LIMIT = 200 * 2 ** 20;

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
