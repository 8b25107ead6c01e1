import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { defaultRuleSet } from '../policy';
import { appendVersion } from '../policy/versions';
import { decodePolicyState } from './policyState';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from './testHarness';

// The user's site lists through the real ring (vault, procedure server, dapp router).
const BLOCKED = 'https://blocked.example';
const ACCOUNT_0 = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';

async function wallet() {
  const w = await harness();
  await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
  return w;
}

const changes = async (w: Awaited<ReturnType<typeof wallet>>) =>
  ((await w.ok('getAuditLog', { kind: 'rules-changed' })).entries as { detail: string }[]).map(
    (e) => e.detail,
  );

describe('blocked sites in the ring', () => {
  it('a blocked host is refused with 4001 before any window; unblocked, it asks again; both audited', async () => {
    const w = await wallet();
    expect(await w.ok('getBlockedSites', {})).toEqual({ blocked: [], protected: [], allowed: [] });
    expect(
      await w.ok('changeBlockedSites', { action: 'add', list: 'blocked', entry: ' Blocked.Example ' }),
    ).toEqual({ blocked: ['blocked.example'], protected: [], allowed: [] });
    const open = vi.spyOn(w.approvals, 'open');
    const refused = await w.route(BLOCKED, { method: 'eth_requestAccounts', params: [] });
    expect(refused).toMatchObject({
      error: { code: 4001, message: expect.stringContaining('"phishing-origin"') },
    });
    expect(
      await w.route('https://www.blocked.example', { method: 'eth_requestAccounts', params: [] }),
    ).toMatchObject({ error: { code: 4001 } });
    expect(open).not.toHaveBeenCalled();

    await w.ok('changeBlockedSites', { action: 'remove', list: 'blocked', entry: 'blocked.example' });
    const again = w.route(BLOCKED, { method: 'eth_requestAccounts', params: [] });
    await w.answer('approve');
    expect(await again).toEqual({ result: [ACCOUNT_0] });
    expect(await changes(w)).toEqual(
      expect.arrayContaining([
        'blocked site added: blocked.example',
        'blocked site removed: blocked.example',
      ]),
    );
    const verdicts = (
      (await w.ok('getAuditLog', { kind: 'policy-verdict' })).entries as { detail: string }[]
    ).map((e) => e.detail);
    expect(verdicts).toContain(`${BLOCKED} any request: deny by phishing-origin, before any window`);
  });

  it('protected names and allowed hosts take effect at once, are audited, and survive a restart (saved in the vault)', async () => {
    const w = await wallet();
    await w.ok('changeBlockedSites', { action: 'add', list: 'protected', entry: 'mybank.example' });
    await w.ok('changeBlockedSites', { action: 'add', list: 'allowed', entry: 'coinkbase.com' });
    await w.ok('changeBlockedSites', { action: 'add', list: 'blocked', entry: 'http://127.0.0.1:9999' });
    const ask = (origin: string) => w.ok('askRules', { origin, kind: 'connect' });
    expect(await ask('https://mybamk.example')).toMatchObject({
      verdict: 'confirm-with-password',
      risks: ['lookalike-origin'],
    });
    expect(await ask('https://coinkbase.com')).toMatchObject({ verdict: 'confirm', risks: [] });
    expect(await ask('http://127.0.0.1:9999')).toMatchObject({ verdict: 'deny', risks: ['phishing-origin'] });

    expect(await changes(w)).toEqual(
      expect.arrayContaining([
        'protected name added: mybank.example',
        'allowed site added: coinkbase.com',
        'blocked site added: http://127.0.0.1:9999',
      ]),
    );

    const restarted = await harness({ store: w.store });
    await restarted.ok('unlock', { password: TEST_PASSWORD });
    expect(await restarted.ok('getBlockedSites', {})).toEqual({
      blocked: ['http://127.0.0.1:9999'],
      protected: ['mybank.example'],
      allowed: ['coinkbase.com'],
    });
  });

  it('a bad entry is INVALID_INPUT naming the field, and nothing changes or is audited', async () => {
    const w = await wallet();
    const before = (await changes(w)).length;
    const bad = await w.call('changeBlockedSites', {
      action: 'add',
      list: 'blocked',
      entry: 'https://x.example/path',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^entry: expected an exact origin/) },
    });
    const notThere = await w.call('changeBlockedSites', {
      action: 'remove',
      list: 'allowed',
      entry: 'a.example',
    });
    expect(notThere).toMatchObject({ ok: false, error: { message: 'entry: not on the allowed list' } });
    const badList = await w.call('changeBlockedSites', {
      action: 'add',
      list: 'evil' as never,
      entry: 'a.example',
    });
    expect(badList).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^input\.list: /) },
    });
    expect(await w.ok('getBlockedSites', {})).toEqual({ blocked: [], protected: [], allowed: [] });
    expect((await changes(w)).length).toBe(before);
  });
});

describe('the policy state with site lists', () => {
  it('a state saved before the site lists reads with empty lists; bad entries are dropped', () => {
    const versions = appendVersion([], defaultRuleSet(), { at: 1, why: 'defaults' });
    const old = JSON.parse(JSON.stringify({ versions, contacts: [], spends: [] }));
    expect(decodePolicyState(old)?.sites).toEqual({ blocked: [], protected: [], allowed: [] });
    const damaged = { ...old, sites: { blocked: ['evil.example', 'not a host'], protected: 3 } };
    expect(decodePolicyState(damaged)).toMatchObject({
      sites: { blocked: ['evil.example'], protected: [], allowed: [] },
    });
    expect(decodePolicyState(damaged)?.versions).toHaveLength(1);
  });
});
