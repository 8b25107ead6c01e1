import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { defaultRuleSet } from '../policy';
import { type Rule, rule } from '../policy/schema';
import { recordSpend } from './rules';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from './testHarness';

// The rules wired into the real ring (harness: real vault, ring, procedure server, dapp router).
const SITE = 'http://127.0.0.1:5173';
const DENIED = 'https://denied.example';
const ACCOUNT_0 = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const hello = `0x${Buffer.from('hello rules').toString('hex')}`;

async function wallet(options: Parameters<typeof harness>[0] = {}) {
  const w = await harness(options);
  await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
  return w;
}
type W = Awaited<ReturnType<typeof wallet>>;

/** The defaults plus `extra` rules, as the JSON a user would paste. */
function withRules(...extra: Rule[]): string {
  const defaults = defaultRuleSet();
  return JSON.stringify({ ...defaults, name: 'Test rules', rules: [...defaults.rules, ...extra] });
}

async function connect(w: W, origin = SITE) {
  const pending = w.route(origin, { method: 'eth_requestAccounts', params: [] });
  await w.answer('approve');
  expect(await pending).toEqual({ result: [ACCOUNT_0] });
}

describe('rules in the ring', () => {
  it('a new wallet starts with the defaults as version 1 ("defaults")', async () => {
    const w = await wallet();
    const rules = await w.ok('getRules', {});
    expect(rules.n).toBe(1);
    expect(rules.lines).toContain(
      'eth-sign: eth_sign signs a raw hash, which can be a transaction: refused → deny (final)',
    );
    const history = await w.ok('getRuleHistory', {});
    expect(history).toMatchObject({ intact: true, versions: [{ n: 1, why: 'defaults' }] });
  });

  it('an origin-only deny is decided before a ticket opens: 4001 naming the rule, audited, no window', async () => {
    const w = await wallet();
    await w.ok('saveRules', {
      json: withRules(rule('no-denied', { origin: DENIED }, 'deny')),
      why: 'block a site',
    });
    const open = vi.spyOn(w.approvals, 'open');
    const response = await w.route(DENIED, { method: 'eth_requestAccounts', params: [] });
    expect(response).toMatchObject({
      error: { code: 4001, message: expect.stringContaining('"no-denied"') },
    });
    expect(open).not.toHaveBeenCalled();
    // Another site is not affected.
    const other = w.route(SITE, { method: 'eth_requestAccounts', params: [] });
    await w.answer('approve');
    expect(await other).toEqual({ result: [ACCOUNT_0] });
    const log = await w.ok('getAuditLog', { kind: 'policy-verdict' });
    const details = (log.entries as { detail: string }[]).map((e) => e.detail);
    expect(details).toContain(`${DENIED} any request: deny by no-denied, before any window`);
    expect(details).toContain(`${SITE} connect: confirm (no rule matched)`);
  });

  it('confirm-with-password: the card names the rule; a wrong password is refused and the request stays pending', async () => {
    const w = await wallet();
    await connect(w);
    await w.ok('saveRules', {
      json: withRules(
        rule('sign-needs-password', { kind: 'message' }, 'confirm-with-password', {
          description: 'Signing a message needs the password',
        }),
      ),
    });
    const signing = w.route(SITE, { method: 'personal_sign', params: [hello, ACCOUNT_0] });
    for (let i = 0; i < 400 && w.approvals.list().length === 0; i++)
      await new Promise((r) => setTimeout(r, 5));
    const [pending] = w.approvals.list();
    expect(pending?.needsPassword).toBe(true);
    expect(pending?.card.policy).toMatchObject({
      verdict: 'confirm-with-password',
      reasons: ['Signing a message needs the password'],
      matched: [{ ruleId: 'sign-needs-password', decisive: true }],
    });
    const wrong = await w.call('resolveApproval', {
      id: pending!.id,
      decision: 'approve',
      password: 'not it',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'BAD_PASSWORD' } });
    const missing = await w.call('resolveApproval', { id: pending!.id, decision: 'approve' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'BAD_PASSWORD' } });
    expect(w.approvals.list().map((r) => r.id)).toEqual([pending!.id]);
    await w.ok('resolveApproval', { id: pending!.id, decision: 'approve', password: TEST_PASSWORD });
    expect(await signing).toMatchObject({ result: expect.stringMatching(/^0x[0-9a-f]{130}$/) });
  });

  it('a rollback takes effect at once', async () => {
    const w = await wallet();
    await connect(w);
    await w.ok('saveRules', {
      json: withRules(rule('no-messages', { kind: 'message' }, 'deny')),
    });
    expect(await w.route(SITE, { method: 'personal_sign', params: [hello, ACCOUNT_0] })).toMatchObject({
      error: { code: 4001, message: expect.stringContaining('"no-messages"') },
    });
    const diff = await w.ok('diffRuleVersions', { a: 1, b: 2 });
    expect(diff).toMatchObject({ added: ['no-messages'], removed: [], changed: [] });
    const back = await w.ok('rollbackRules', { n: 1 });
    expect(back.n).toBe(3);
    const signing = w.route(SITE, { method: 'personal_sign', params: [hello, ACCOUNT_0] });
    const pending = await w.answer('approve');
    expect(pending.card.policy?.verdict).toBe('confirm');
    expect(await signing).toMatchObject({ result: expect.stringMatching(/^0x/) });
    const history = await w.ok('getRuleHistory', {});
    expect((history.versions as { why: string }[]).map((v) => v.why)).toEqual([
      'defaults',
      'edited on the Rules screen',
      'rollback to version 1',
    ]);
  });

  it('a refused file names the bad field and leaves the active set unchanged', async () => {
    const w = await wallet();
    const before = await w.ok('getRules', {});
    // A misspelt condition ("amout"), as a person would type the file.
    const bad = '{"v":1,"name":"typo","rules":[{"id":"x","when":{"amout":{"gt":"1"}},"then":"deny"}]}';
    const result = await w.call('saveRules', { json: bad });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('rules[0].when.amout') },
    });
    expect(await w.ok('getRules', {})).toEqual(before);
    expect(((await w.ok('getRuleHistory', {})).versions as unknown[]).length).toBe(1);
  });

  it('rolling totals survive a worker restart (a new ring on the same store)', async () => {
    const w = await wallet();
    const ask = {
      origin: SITE,
      kind: 'send',
      to: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
      amount: '0.6',
      chainId: 1,
    };
    expect((await w.ok('askRules', ask)).verdict).toBe('confirm');
    await recordSpend(w.ctx, { account: ACCOUNT_0, asset: 'ETH', chainId: 1, amount: 6n * 10n ** 17n });
    const restarted = await harness({ store: w.store });
    await restarted.ok('unlock', { password: TEST_PASSWORD });
    const answer = await restarted.ok('askRules', ask);
    expect(answer.verdict).toBe('confirm-with-password');
    expect(answer.reasons).toEqual([
      'Sending more than 1 ETH in 24 hours needs the password (24h total with this one 1.2 ETH > 1)',
    ]);
    // The dry run opened nothing.
    expect(restarted.approvals.size).toBe(0);
    // On the local chain the default ETH limit does not apply (DAILY_LIMIT_CHAINS).
    expect((await restarted.ok('askRules', { ...ask, chainId: 31337 })).verdict).toBe('confirm');
  });

  it('the address book: add, tag rules, names on lookups, remove; bad contacts name the field', async () => {
    const w = await wallet();
    const BOB = '0x70997970c51812dc3a010c7d01b50e0d17dc79c8';
    const book = await w.ok('addContact', { name: 'Kraken', address: BOB, tags: ['Exchange'] });
    expect(book.contacts).toEqual([
      { name: 'Kraken', address: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', tags: ['exchange'] },
    ]);
    await w.ok('saveRules', {
      json: withRules(
        rule(
          'exchange-big',
          { recipient: { tag: 'exchange' }, asset: 'ETH', amount: { gt: '0.5' } },
          'confirm-with-password',
        ),
      ),
    });
    const asked = await w.ok('askRules', { origin: SITE, kind: 'send', to: BOB, amount: '0.6' });
    expect(asked).toMatchObject({ verdict: 'confirm-with-password', matched: [{ ruleId: 'exchange-big' }] });
    expect(await w.call('addContact', { name: '', address: BOB, tags: [] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^contact\.name: /) },
    });
    expect(await w.call('addContact', { name: 'X', address: '0x1234', tags: [] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^contact\.address: /) },
    });
    expect((await w.ok('removeContact', { address: BOB })).contacts).toEqual([]);
  });
});
