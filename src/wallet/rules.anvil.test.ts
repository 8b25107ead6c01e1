import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createJsonRpcClient } from '../chains/evm/jsonRpc';
import { defaultRuleSet } from '../policy';
import { rule } from '../policy/schema';
import { ANVIL_ACCOUNTS } from '../testing/anvil';
import { anvilPerFile } from '../testing/anvilPerFile';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from './testHarness';

// A site's sends through the real ring against a real anvil: the spends land in the rolling totals
// (sendPrepared records them after the broadcast) and count after a worker restart.
const chain = anvilPerFile();
const SITE = 'http://127.0.0.1:5173';
const FROM = ANVIL_ACCOUNTS[0]!.address;
const TO = ANVIL_ACCOUNTS[5]!.address;
const SIX_TENTHS = `0x${(6n * 10n ** 17n).toString(16)}`;

const dailyEth = rule(
  'eth-daily',
  { kind: 'send', asset: 'ETH', window: { per: '24h', total: { gt: '1' } } },
  'confirm-with-password',
  { description: 'More than 1 ETH a day needs my password' },
);

describe('rolling totals of real sends (anvil)', () => {
  it('0.6 ETH, then 0.6 ETH asks for the password, and still after a restart', async () => {
    const options = { rpc: createJsonRpcClient(), rpcUrl: chain().url };
    const w = await harness(options);
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    await w.connect(SITE);
    const defaults = defaultRuleSet();
    await w.ok('saveRules', { json: JSON.stringify({ ...defaults, rules: [...defaults.rules, dailyEth] }) });
    const send = (h: typeof w) =>
      h.route(SITE, { method: 'eth_sendTransaction', params: [{ from: FROM, to: TO, value: SIX_TENTHS }] });

    const first = send(w);
    const card1 = await w.pending(10_000);
    expect(card1.needsPassword).toBeUndefined();
    expect(card1.card.policy?.verdict).toBe('confirm');
    await w.ok('resolveApproval', { id: card1.id, decision: 'approve' });
    expect(await first).toMatchObject({ result: expect.stringMatching(/^0x[0-9a-f]{64}$/) });

    const second = send(w);
    const card2 = await w.pending(10_000);
    expect(card2.needsPassword).toBe(true);
    expect(card2.card.policy?.reasons).toEqual([
      'More than 1 ETH a day needs my password (24h total with this one 1.2 ETH > 1)',
    ]);
    await w.ok('resolveApproval', { id: card2.id, decision: 'approve', password: TEST_PASSWORD });
    expect(await second).toMatchObject({ result: expect.stringMatching(/^0x/) });

    const restarted = await harness({ ...options, store: w.store });
    await restarted.ok('unlock', { password: TEST_PASSWORD });
    const third = send(restarted);
    const card3 = await restarted.pending(10_000);
    expect(card3.needsPassword).toBe(true);
    expect(card3.card.policy?.reasons[0]).toContain('1.8 ETH > 1');
    await restarted.ok('resolveApproval', { id: card3.id, decision: 'reject' });
    expect(await third).toMatchObject({ error: { code: 4001 } });
  }, 60_000);
});
