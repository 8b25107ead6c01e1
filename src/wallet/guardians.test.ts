/**
 * Guardian recovery through the real ring (issue 8): split and seal in A, keep and release in
 * guardian wallets B and C, recover in a fresh D; paper envelopes; health checks; refusals that
 * create nothing.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from './testHarness';

const FIRST = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const PHRASES = [
  'legal winner thank year wave sausage worth useful legal winner thank yellow',
  'letter advice cage absurd amount doctor acoustic avoid letter advice cage above',
];
type Split = { envelopes: { index: number; sealed: boolean; text: string }[] };
type Accounts = { accounts: { address: string }[] };

async function owner() {
  const a = await harness();
  await a.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
  return a;
}

async function guardian(phrase: string) {
  const g = await harness();
  await g.ok('importWallet', { phrase, password: TEST_PASSWORD });
  const { code } = (await g.ok('getGuardianCode', {})) as { code: string };
  return { g, code };
}

async function recoverIn(texts: string[]) {
  const d = await harness();
  const result = await d.call('recoverWallet', { shares: texts, password: 'new password 9' });
  return { d, result };
}

describe('guardian recovery (real ring, fake-indexeddb)', () => {
  it('paper 2-of-3: {1,2} and {3,1} recover the first address; bad sets are refused and create nothing', async () => {
    const a = await owner();
    const { envelopes } = (await a.ok('splitToGuardians', {
      password: TEST_PASSWORD,
      threshold: 2,
      count: 3,
      codes: [],
    })) as Split;
    expect(envelopes.map((e) => e.sealed)).toEqual([false, false, false]);
    const [s1, s2, s3] = envelopes.map((e) => e.text) as [string, string, string];
    for (const pair of [
      [s1, s2],
      [s3, s1],
    ]) {
      const { d, result } = await recoverIn(pair);
      expect(result).toMatchObject({ ok: true, output: { state: 'unlocked' } });
      expect(((await d.ok('getAccounts', {})) as Accounts).accounts[0]?.address).toBe(FIRST);
    }
    const { envelopes: again } = (await a.ok('splitToGuardians', {
      password: TEST_PASSWORD,
      threshold: 2,
      count: 3,
      codes: [],
    })) as Split;
    const tampered = `${s2.slice(0, 40)}${s2[40] === 'q' ? 'p' : 'q'}${s2.slice(41)}`;
    for (const [why, set] of [
      ['one share', [s1]],
      ['the same share twice', [s1, s1]],
      ['a share of another split', [s1, again[1]!.text]],
      ['a tampered share', [s1, tampered]],
    ] as const) {
      const { d, result } = await recoverIn([...set]);
      expect(result.ok, why).toBe(false);
      expect((await d.ok('getStatus', {})).state, why).toBe('uninitialized');
    }
    expect(((await a.ok('getGuardians', {})) as { split: { epoch: number } }).split.epoch).toBe(1);
  }, 60_000);

  it('sealed to guardians B and C, released to D’s request: D ends with A’s first address', async () => {
    const a = await owner();
    const b = await guardian(PHRASES[0]!);
    const c = await guardian(PHRASES[1]!);
    const split = (await a.ok('splitToGuardians', {
      password: TEST_PASSWORD,
      threshold: 2,
      count: 3,
      codes: [b.code, c.code, ''],
    })) as Split;
    expect(split.envelopes.map((e) => e.sealed)).toEqual([true, true, false]);
    expect(split.envelopes[0]!.text.startsWith('rfsealed1')).toBe(true);
    // A sealed envelope is refused by a wallet it was not sealed to.
    expect(await c.g.call('keepEnvelope', { envelope: split.envelopes[0]!.text })).toMatchObject({
      ok: false,
    });
    const idOf = async (g: typeof b.g, text: string) =>
      ((await g.ok('keepEnvelope', { envelope: text })) as { envelopes: { id: string }[] }).envelopes[0]!.id;
    const idB = await idOf(b.g, split.envelopes[0]!.text);
    const idC = await idOf(c.g, split.envelopes[1]!.text);

    const d = await harness();
    const { request } = (await d.ok('createRecoveryRequest', { password: 'new password 9' })) as {
      request: { code: string; words: string[] };
    };
    expect(request.words).toHaveLength(6);
    const released = [];
    for (const [g, id] of [
      [b.g, idB],
      [c.g, idC],
    ] as const) {
      const out = (await g.ok('releaseShare', { id, requestCode: request.code })) as {
        released: string;
        requestWords: string[];
      };
      expect(out.requestWords).toEqual(request.words);
      released.push(out.released);
    }
    expect(await d.call('recoverWallet', { shares: released, password: 'wrong password 1' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_PASSWORD' },
    });
    await d.ok('recoverWallet', { shares: released, password: 'new password 9' });
    expect(((await d.ok('getAccounts', {})) as Accounts).accounts[0]?.address).toBe(FIRST);
    expect((await d.ok('getRecoveryRequest', {})).request).toBeUndefined();

    // Health check A → B: succeeds while B keeps the envelope, fails after B deletes it.
    const { challenge } = (await a.ok('makeHealthChallenge', { index: 1 })) as { challenge: string };
    const { response } = (await b.g.ok('answerChallenge', { challenge })) as { response: string };
    expect(await c.g.call('answerChallenge', { challenge })).toMatchObject({
      ok: false,
      error: { code: 'NO_ENVELOPE' },
    });
    expect(await a.ok('verifyHealthResponse', { index: 1, response })).toMatchObject({ confirmed: true });
    const { challenge: next } = (await a.ok('makeHealthChallenge', { index: 1 })) as { challenge: string };
    expect(await a.call('verifyHealthResponse', { index: 1, response })).toMatchObject({
      ok: false,
      error: { code: 'HEALTH_FAILED' },
    });
    await b.g.ok('deleteEnvelope', { id: idB });
    expect(await b.g.call('answerChallenge', { challenge: next })).toMatchObject({ ok: false });

    // No share left the rings in clear: B's and D's popup messages hold only sealed texts.
    const paper = split.envelopes[2]!.text;
    for (const w of [b.g, c.g, d]) expect(JSON.stringify(w.popupMessages)).not.toContain(paper.slice(10, 60));
  }, 90_000);

  it('mixed custody: a share kept on the owner’s own device (its own code) plus a paper one recover in D', async () => {
    const a = await owner();
    const { code } = (await a.ok('getGuardianCode', {})) as { code: string };
    const split = (await a.ok('splitToGuardians', {
      password: TEST_PASSWORD,
      threshold: 2,
      count: 3,
      codes: [code, '', ''],
    })) as Split;
    const kept = (await a.ok('keepEnvelope', { envelope: split.envelopes[0]!.text })) as {
      envelopes: { id: string }[];
    };
    const d = await harness();
    const { request } = (await d.ok('createRecoveryRequest', { password: 'new password 9' })) as {
      request: { code: string };
    };
    const { released } = (await a.ok('releaseShare', {
      id: kept.envelopes[0]!.id,
      requestCode: request.code,
    })) as {
      released: string;
    };
    await d.ok('recoverWallet', { shares: [released, split.envelopes[2]!.text], password: 'new password 9' });
    expect(((await d.ok('getAccounts', {})) as Accounts).accounts[0]?.address).toBe(FIRST);
  });
});
