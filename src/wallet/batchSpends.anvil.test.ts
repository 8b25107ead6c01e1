import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeCall, SELECTORS } from '../chains/evm/abi';
import type { Address } from '../chains/evm/address';
import { balanceOf } from '../chains/evm/erc20';
import { createJsonRpcClient } from '../chains/evm/jsonRpc';
import { defaultRuleSet } from '../policy';
import { rule } from '../policy/schema';
import { ANVIL_ACCOUNTS } from '../testing/anvil';
import { anvilPerFile } from '../testing/anvilPerFile';
import { deployContract, testContracts } from '../testing/contracts';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from './testHarness';

// ERC-20 transfers inside an EIP-5792 batch (wallet_sendCalls), through the real ring against a
// real anvil and a real token: the batch is judged by the tokens it sends (a per-token daily limit
// applies), and once broadcast they count in the rolling totals, for a later single send too.
const chain = anvilPerFile();
const SITE = 'http://127.0.0.1:5173';
const FROM = ANVIL_ACCOUNTS[0]!.address;
const BOB = ANVIL_ACCOUNTS[5]!.address;
const CAROL = ANVIL_ACCOUNTS[6]!.address;
const TKN = 10n ** 18n;
let token: Address;

beforeAll(async () => {
  const { TestToken } = await testContracts();
  const { rpc, url } = chain();
  token = await deployContract(rpc, url, FROM, TestToken.bytecode, [1000n * TKN]);
}, 120_000);

const transfer = (to: string, amount: bigint) => ({
  to: token,
  data: encodeCall(SELECTORS.transfer, [to as Address, amount]),
});

describe('token sends inside a wallet_sendCalls batch (anvil)', () => {
  it('count toward a per-token daily limit: judged on the card, recorded after the broadcast', async () => {
    const { rpc, url } = chain();
    const w = await harness({ rpc: createJsonRpcClient(), rpcUrl: url });
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    await w.connect(SITE);
    const watching = w.route(SITE, {
      method: 'wallet_watchAsset',
      params: { type: 'ERC20', options: { address: token } },
    });
    await w.answer('approve');
    expect(await watching).toEqual({ result: true });
    const defaults = defaultRuleSet();
    const tokenDaily = rule(
      'rft-daily',
      { kind: 'send', asset: token, window: { per: '24h', total: { gt: '100' } } },
      'confirm-with-password',
      { description: 'More than 100 RFT a day needs my password' },
    );
    await w.ok('saveRules', {
      json: JSON.stringify({ ...defaults, rules: [...defaults.rules, tokenDaily] }),
    });
    const sendCalls = (calls: unknown[]) =>
      w.route(SITE, {
        method: 'wallet_sendCalls',
        params: [{ version: '2.0.0', chainId: '0x7a69', from: FROM, atomicRequired: false, calls }],
      });

    // 30 + 30 RFT in one batch: under the limit, the normal card.
    const first = sendCalls([transfer(BOB, 30n * TKN), transfer(CAROL, 30n * TKN)]);
    const card1 = await w.pending(10_000);
    expect(card1.card.kind).toBe('batch');
    expect(card1.card.policy?.verdict).toBe('confirm');
    expect(card1.needsPassword).toBeUndefined();
    await w.ok('resolveApproval', { id: card1.id, decision: 'approve' });
    expect(await first).toMatchObject({ result: { id: expect.any(String) } });

    // 25 + 25 more: with the day's 60 that is 110 > 100 — the batch's tokens are seen, and counted.
    const second = sendCalls([transfer(BOB, 25n * TKN), transfer(CAROL, 25n * TKN)]);
    const card2 = await w.pending(10_000);
    expect(card2.needsPassword).toBe(true);
    expect(card2.card.policy?.reasons).toEqual([
      `More than 100 RFT a day needs my password (24h total with this one 110 ${token} > 100)`,
    ]);
    await w.ok('resolveApproval', { id: card2.id, decision: 'approve', password: TEST_PASSWORD });
    expect(await second).toMatchObject({ result: { id: expect.any(String) } });

    // The batch sends were recorded: a single 1 RFT send now sees 111 in the day.
    const asked = await w.ok('askRules', { origin: SITE, kind: 'send', to: BOB, asset: token, amount: '1' });
    expect(asked.verdict).toBe('confirm-with-password');
    expect((asked.reasons as string[])[0]).toContain(`24h total with this one 111 ${token} > 100`);

    // And they really moved on chain (anvil mines each transaction as it arrives).
    expect(await balanceOf(rpc, url, token, BOB as Address)).toBe(55n * TKN);
    expect(await balanceOf(rpc, url, token, CAROL as Address)).toBe(55n * TKN);
  }, 120_000);
});
