import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeCall, SELECTORS } from '../chains/evm/abi';
import type { Address } from '../chains/evm/address';
import { balanceOf } from '../chains/evm/erc20';
import { createJsonRpcClient } from '../chains/evm/jsonRpc';
import type { Card } from '../markup/card';
import { ANVIL_ACCOUNTS, waitForReceipt } from '../testing/anvil';
import { anvilPerFile } from '../testing/anvilPerFile';
import { deployContract, tokenAndFeedContracts } from '../testing/contracts';
import { WALLET_ORIGIN } from './evmSend';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from './testHarness';

// The popup's EVM Send and the fiat total inside the ring, against a real anvil: the same
// prepare → card → sign → broadcast path as a dapp's eth_sendTransaction.
const chain = anvilPerFile();
const [A0, , , , , A5] = ANVIL_ACCOUNTS as [(typeof ANVIL_ACCOUNTS)[0], ...(typeof ANVIL_ACCOUNTS)[number][]];
const RECIPIENT = A5!.address;
let token: Address;
let feed: Address;

beforeAll(async () => {
  const { DecimalsToken, MockV3Aggregator } = await tokenAndFeedContracts();
  const { rpc, url } = chain();
  token = await deployContract(rpc, url, A0.address, DecimalsToken.bytecode, [
    A0.address,
    1000n * 10n ** 6n,
    6n,
  ]);
  feed = await deployContract(rpc, url, A0.address, MockV3Aggregator.bytecode, [8n, 300_012_345_678n]);
}, 120_000);

async function wallet() {
  const w = await harness({ rpc: createJsonRpcClient(), rpcUrl: chain().url });
  await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
  return w;
}
type W = Awaited<ReturnType<typeof wallet>>;

async function watchToken(w: W) {
  const pending = w.route('http://127.0.0.1:5173', {
    method: 'wallet_watchAsset',
    params: { type: 'ERC20', options: { address: token } },
  });
  await w.answer('approve');
  expect(await pending).toEqual({ result: true });
}

async function reviewError(w: W, input: { asset: string; to: string; amount: string }) {
  const result = await w.call('reviewSend', input);
  if (result.ok) throw new Error('reviewSend: expected an error');
  return result.error;
}

const native = 'evm:31337:native';

describe('EVM Send from the popup, against anvil', () => {
  it('lists the native coin, each watched token and the UTXO networks as assets', async () => {
    const w = await wallet();
    await watchToken(w);
    const { assets } = (await w.ok('getSendAssets', {})) as { assets: { id: string; label: string }[] };
    expect(assets.slice(0, 2)).toEqual([
      { id: native, label: 'ETH — Local chain 8545' },
      { id: `evm:31337:${token}`, label: 'TKN — Local chain 8545' },
    ]);
    expect(assets.map((a) => a.label)).toContain('LTC — Litecoin regtest');
  });

  it('refuses a bad address, too many decimals, more than the balance and an unwatched token, naming the field', async () => {
    const w = await wallet();
    const tokenAsset = `evm:31337:${token}`;
    expect(await reviewError(w, { asset: tokenAsset, to: RECIPIENT, amount: '1' })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^asset: .* is not a watched token/),
    });
    await watchToken(w);
    expect(await reviewError(w, { asset: tokenAsset, to: '0x1234', amount: '1' })).toEqual({
      code: 'INVALID_INPUT',
      message: 'To: expected a 20-byte hex address, got "0x1234"',
    });
    const badChecksum = RECIPIENT.replace('a', 'A').replace(/[A-F]/, (c) => c.toLowerCase());
    expect((await reviewError(w, { asset: tokenAsset, to: badChecksum, amount: '1' })).message).toMatch(
      /^To: EIP-55 checksum mismatch/,
    );
    expect(await reviewError(w, { asset: tokenAsset, to: RECIPIENT, amount: '1.0000001' })).toEqual({
      code: 'INVALID_INPUT',
      message: 'Amount: at most 6 decimal places',
    });
    expect(await reviewError(w, { asset: tokenAsset, to: RECIPIENT, amount: '1000.000001' })).toEqual({
      code: 'INVALID_INPUT',
      message: 'Amount: 1000.000001 TKN is more than your balance of 1000 TKN',
    });
    expect((await reviewError(w, { asset: native, to: RECIPIENT, amount: 'ten' })).message).toMatch(
      /^Amount: expected a decimal number/,
    );
    expect((await reviewError(w, { asset: native, to: RECIPIENT, amount: '0' })).message).toBe(
      'Amount: must be more than 0',
    );
    expect((await reviewError(w, { asset: 'evm:1:native', to: RECIPIENT, amount: '1' })).message).toMatch(
      /^asset: .* is not on Local chain 8545/,
    );
  });

  it('a token send: the card (transfer, fee preview), approve, mined, both balances move by the exact amount, Activity has it', async () => {
    const w = await wallet();
    await watchToken(w);
    const { rpc, url } = chain();
    const [before0, before5] = await Promise.all([
      balanceOf(rpc, url, token, A0.address),
      balanceOf(rpc, url, token, RECIPIENT),
    ]);
    const review = (await w.ok('reviewSend', {
      asset: `evm:31337:${token}`,
      to: RECIPIENT.toLowerCase(),
      amount: '12.345678',
    })) as { id: string; card: Card };
    expect(review.card.origin).toBe(WALLET_ORIGIN);
    expect(review.card.summary[0]).toMatch(/^Send 12\.345678 TKN to /);
    expect(review.card.fields).toContainEqual(
      expect.objectContaining({ value: 'transfer(address,uint256)' }),
    );
    expect(review.card.fees?.maxCost).toMatch(/ ETH$/);
    expect(review.card.simulation).toBeDefined();
    expect(w.approvals.list()).toHaveLength(0); // the popup's own card, not the dapp queue
    const sent = (await w.ok('confirmSend', { id: review.id, decision: 'approve' })) as {
      txid: `0x${string}`;
    };
    expect((await waitForReceipt(rpc, url, sent.txid)).status).toBe('0x1');
    expect(await balanceOf(rpc, url, token, A0.address)).toBe(before0 - 12_345_678n);
    expect(await balanceOf(rpc, url, token, RECIPIENT)).toBe(before5 + 12_345_678n);
    const { items } = (await w.ok('getActivity', {})) as { items: { hash: string; origin: string }[] };
    expect(items[0]).toMatchObject({ hash: sent.txid, origin: WALLET_ORIGIN });
    // A plan is used once.
    expect(await w.call('confirmSend', { id: review.id, decision: 'approve' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_PENDING' },
    });
  });

  it('a native send carries the exact value; Reject sends nothing', async () => {
    const w = await wallet();
    const { rpc, url } = chain();
    const rejected = (await w.ok('reviewSend', { asset: native, to: RECIPIENT, amount: '1' })) as {
      id: string;
    };
    expect(await w.ok('confirmSend', { id: rejected.id, decision: 'reject' })).toEqual({
      status: 'rejected',
    });
    const review = (await w.ok('reviewSend', {
      asset: native,
      to: RECIPIENT,
      amount: '0.000000000000000123',
    })) as {
      id: string;
      card: Card;
    };
    expect(review.card.summary[0]).toMatch(/^Send 0\.000000000000000123 ETH to /);
    const { txid } = (await w.ok('confirmSend', { id: review.id, decision: 'approve' })) as { txid: string };
    await waitForReceipt(rpc, url, txid as `0x${string}`);
    const tx = (await rpc(url, 'eth_getTransactionByHash', [txid])) as {
      value: string;
      to: string;
      from: string;
    };
    expect(BigInt(tx.value)).toBe(123n);
    expect(tx.to.toLowerCase()).toBe(RECIPIENT.toLowerCase());
    expect(tx.from.toLowerCase()).toBe(A0.address.toLowerCase());
  });
});

describe('fiat total from a price feed (MockV3Aggregator on anvil: a test mock of a Chainlink feed)', () => {
  it('values ETH at the feed, leaves out a token without a feed, and refuses a bad feed address', async () => {
    const w = await wallet();
    await watchToken(w);
    await chain().rpc(chain().url, 'anvil_setBalance', [A0.address, `0x${(25n * 10n ** 17n).toString(16)}`]);
    expect(
      await w.call('setPriceFeeds', { feeds: [{ symbol: 'ETH', address: '0x12', networkId: 'local' }] }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: /^feeds\[0\]\.address: / } });
    const feeds = (await w.ok('setPriceFeeds', {
      feeds: [{ symbol: 'ETH', address: feed.toLowerCase(), networkId: 'local' }],
    })) as { feeds: { symbol: string; address: string; isDefault: boolean }[] };
    expect(feeds.feeds).toContainEqual({
      symbol: 'ETH',
      address: feed,
      networkId: 'local',
      isDefault: false,
    });
    expect(feeds.feeds).toContainEqual(expect.objectContaining({ symbol: 'TKN', address: '' }));
    const view = (await w.ok('getPortfolio', { prices: true })) as {
      items: { symbol: string; amount?: string; value?: string; price?: string }[];
      total: { value: string; leftOut: string[] };
    };
    // 2.5 ETH × $3,000.12345678 = $7,500.30864195 → $7,500.31
    expect(view.items[0]).toMatchObject({ symbol: 'ETH', amount: '2.5', value: '$7,500.31' });
    expect(view.items[1]).toMatchObject({ symbol: 'TKN', price: 'none' });
    expect(view.total).toEqual({ value: '$7,500.31', leftOut: ['TKN on Local chain 8545 (no price)'] });
    // Balances alone (what the popup shows first): the same amounts, no feed read, no total.
    const fast = (await w.ok('getPortfolio', { prices: false })) as typeof view;
    expect(fast.items.map((i) => [i.symbol, i.amount, i.value])).toEqual([
      ['ETH', '2.5', undefined],
      ['TKN', view.items[1]!.amount, undefined],
    ]);
    expect(fast.total).toBeUndefined();
  });
});

// Calldata the card decodes is the one the wallet builds: transfer(to, amount), one word each.
it('transfer calldata is selector ‖ address word ‖ amount word', () => {
  expect(encodeCall(SELECTORS.transfer, [RECIPIENT, 5n])).toBe(
    `0xa9059cbb${RECIPIENT.slice(2).toLowerCase().padStart(64, '0')}${'5'.padStart(64, '0')}`,
  );
});

describe('tokens the wallet follows besides watchAsset', () => {
  type Portfolio = { items: { symbol: string; amount?: string }[] };
  const symbols = async (w: W) =>
    ((await w.ok('getPortfolio', { prices: true })) as Portfolio).items.map((i) => i.symbol);

  it('Add token: by its address, symbol and decimals read from the contract; an EOA is refused', async () => {
    const w = await wallet();
    expect(await symbols(w)).not.toContain('TKN');
    expect(await w.ok('watchToken', { address: token })).toEqual({
      symbol: 'TKN',
      decimals: 6,
      network: expect.any(String),
    });
    expect(await symbols(w)).toContain('TKN');
    expect(await w.call('watchToken', { address: RECIPIENT })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^address: no ERC-20 token at/) },
    });
  });

  it("a token a site's transaction transfers joins the portfolio once the transaction is sent", async () => {
    const w = await wallet();
    const site = 'http://127.0.0.1:5173';
    await w.connect(site);
    expect(await symbols(w)).not.toContain('TKN');
    const data = encodeCall(SELECTORS.transfer, [RECIPIENT, 1n]);
    const sending = w.route(site, {
      method: 'eth_sendTransaction',
      params: [{ from: A0.address, to: token, data }],
    });
    await w.answer('approve');
    const { result: hash } = (await sending) as { result: `0x${string}` };
    await waitForReceipt(chain().rpc, chain().url, hash);
    expect(await symbols(w)).toContain('TKN');
  });
});
