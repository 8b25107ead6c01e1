/**
 * EVM coins and tokens in the popup, and a fiat total from an on-chain price feed (issue 9), in
 * Chromium against the shared anvil: an ERC-20 (6 decimals) and a MockV3Aggregator (a test mock
 * of a Chainlink AggregatorV3 feed) are compiled with solc and deployed here; a site's
 * wallet_watchAsset adds the token; the portfolio shows its balance and an anvil_setBalance
 * balance exactly; the feed entered in Settings prices ETH; Send pays the token and ETH from the
 * popup, and the chain shows the exact amounts moved. The wallet uses its own phrase ("abandon …
 * about"), so nothing here touches the accounts other journeys use.
 */
import { createPublicClient, erc20Abi, type Hex, http } from 'viem';
import type { Address } from '../src/chains/evm/address';
import { createJsonRpcClient } from '../src/chains/evm/jsonRpc';
import { deployContract, tokenAndFeedContracts } from '../src/testing/contracts';
import { approvalWindow, approvalWindowsClosed, approve, startRequest } from './dapp';
import { ANVIL_ACCOUNT_0, expect, test } from './fixtures';
import { importTestWallet, openSettings } from './wallet';

const PHRASE =
  'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
/** m/44'/60'/0'/0/0 of PHRASE. */
const OWN = '0x9858EfFD232B4033E47d90003D41EC34EcaEda94' as Address;
/** anvil's account 9: the payee. */
const PAYEE = '0xa0Ee7A142d267C1f36714E4a8F75612F20a79720' as Address;
const anvilUrl = () => {
  const url = process.env.RINGFENCE_ANVIL_URL;
  if (!url)
    throw new Error('RINGFENCE_ANVIL_URL is not set: run through playwright.config.ts (global-setup)');
  return url;
};
const chain = () => createPublicClient({ transport: http(anvilUrl()) });
const rpc = createJsonRpcClient({ timeoutMs: 30_000 });

let token: Address;
let feed: Address;
// $2,000.12345678 with 8 decimals, as Chainlink's USD feeds answer.
const ANSWER = 200_012_345_678n;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const { DecimalsToken, MockV3Aggregator } = await tokenAndFeedContracts();
  token = await deployContract(rpc, anvilUrl(), ANVIL_ACCOUNT_0, DecimalsToken.bytecode, [
    OWN,
    1000n * 10n ** 6n,
    6n,
  ]);
  feed = await deployContract(rpc, anvilUrl(), ANVIL_ACCOUNT_0, MockV3Aggregator.bytecode, [8n, ANSWER]);
});

const tokenBalance = (owner: Address) =>
  chain().readContract({ address: token, abi: erc20Abi, functionName: 'balanceOf', args: [owner] });

test('watchAsset shows the token, the portfolio shows an anvil_setBalance balance and a fiat total from the feed; Send pays the token and ETH exactly', async ({
  context,
  extensionId,
  popup,
  dapp,
}) => {
  test.setTimeout(180_000);
  await importTestWallet(popup, { phrase: PHRASE, address: OWN });
  // 12.5 ETH exactly: the portfolio must show this figure, not a rounded one.
  await rpc(anvilUrl(), 'anvil_setBalance', [OWN, `0x${(125n * 10n ** 17n).toString(16)}`]);

  // A site asks to watch the token; the approval window shows the card; the chain's symbol is kept.
  const watched = startRequest(dapp, 'wallet_watchAsset', {
    type: 'ERC20',
    options: { address: token, symbol: 'TKN', decimals: 6 },
  });
  const window = await approvalWindow(context, extensionId, new URL(dapp.url()).origin);
  await approve(window);
  expect(await watched).toEqual({ result: true });
  await approvalWindowsClosed(context, extensionId);

  const portfolio = popup.getByRole('region', { name: 'Portfolio' });
  await portfolio.getByRole('button', { name: 'Refresh balances' }).click();
  await expect(portfolio.getByText('1000 TKN', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(portfolio.getByText('12.5 ETH', { exact: true })).toBeVisible();
  await expect(portfolio.getByText(/no price/).first()).toBeVisible();

  // Settings → Price feeds: ETH read from the mock feed on the local chain.
  await openSettings(popup);
  await popup.getByLabel('ETH price feed', { exact: true }).fill(feed);
  await popup.getByLabel('ETH feed network', { exact: true }).selectOption({ label: 'Local chain 8545' });
  await popup.getByRole('button', { name: 'Save price feeds' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await popup.getByRole('button', { name: 'Back' }).click();

  // 12.5 ETH × $2,000.12345678 = $25,001.54320975 → $25,001.54; TKN has no feed and is left out.
  await portfolio.getByRole('button', { name: 'Refresh balances' }).click();
  await expect(portfolio.getByText('Total ≈ $25,001.54', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(portfolio.getByText('(leaves out TKN on Local chain 8545 (no price))')).toBeVisible();
  await expect(portfolio.getByText('≈ $25,001.54', { exact: false }).first()).toBeVisible();

  // Send 250.5 TKN from the popup: the card, Approve, mined; both balances move by exactly that.
  const [ownBefore, payeeBefore] = await Promise.all([tokenBalance(OWN), tokenBalance(PAYEE)]);
  const sendAndGetHash = async (assetLabel: string, amount: string, summary: RegExp) => {
    await popup.getByRole('button', { name: 'Send', exact: true }).click();
    await popup.getByLabel('Asset', { exact: true }).selectOption({ label: assetLabel });
    await popup.getByLabel('To', { exact: true }).fill(PAYEE);
    await popup.getByLabel('Amount', { exact: true }).fill(amount);
    await popup.getByRole('button', { name: 'Review', exact: true }).click();
    await expect(popup.getByText(summary).first()).toBeVisible({ timeout: 30_000 });
    await expect(popup.getByRole('region', { name: 'Network fee' }).getByText(/ ETH$/)).toBeVisible();
    await popup.getByRole('button', { name: 'Approve', exact: true }).click();
    const status = popup.getByRole('status').filter({ hasText: 'Sent. Transaction hash:' });
    await expect(status).toBeVisible({ timeout: 30_000 });
    const hash = ((await status.locator('code').textContent()) ?? '').trim() as Hex;
    expect(hash).toMatch(/^0x[0-9a-f]{64}$/);
    const receipt = await chain().waitForTransactionReceipt({ hash, timeout: 30_000, pollingInterval: 200 });
    expect(receipt.status).toBe('success');
    await popup.getByRole('button', { name: 'Back' }).click();
    return { hash, block: receipt.blockNumber };
  };
  const tokenSend = await sendAndGetHash('TKN — Local chain 8545', '250.5', /Send 250\.5 TKN to /);
  expect(await tokenBalance(OWN)).toBe(ownBefore - 250_500_000n);
  expect(await tokenBalance(PAYEE)).toBe(payeeBefore + 250_500_000n);

  // Send 1.25 ETH: the transaction carries exactly that value and the payee gets exactly that.
  const ethSend = await sendAndGetHash('ETH — Local chain 8545', '1.25', /Send 1\.25 ETH to /);
  const tx = await chain().getTransaction({ hash: ethSend.hash });
  expect(tx.value).toBe(125n * 10n ** 16n);
  expect(tx.to?.toLowerCase()).toBe(PAYEE.toLowerCase());
  const [payeeAt, payeeBeforeBlock] = await Promise.all([
    chain().getBalance({ address: PAYEE, blockNumber: ethSend.block }),
    chain().getBalance({ address: PAYEE, blockNumber: ethSend.block - 1n }),
  ]);
  expect(payeeAt - payeeBeforeBlock).toBe(125n * 10n ** 16n);

  // The portfolio shows the token balance after the send; Activity lists both hashes.
  await portfolio.getByRole('button', { name: 'Refresh balances' }).click();
  await expect(portfolio.getByText('749.5 TKN', { exact: true })).toBeVisible({ timeout: 30_000 });
  await popup.getByRole('button', { name: 'Activity' }).click();
  await expect(popup.getByText(tokenSend.hash, { exact: false })).toBeVisible({ timeout: 20_000 });
  await expect(popup.getByText(ethSend.hash, { exact: false })).toBeVisible();
});

test('Send refuses a bad address, more decimals than the token has, and more than the balance, with clear errors', async ({
  popup,
}) => {
  await importTestWallet(popup, { phrase: PHRASE, address: OWN });
  await popup.getByRole('button', { name: 'Send', exact: true }).click();
  const asset = popup.getByLabel('Asset', { exact: true });
  await expect(asset.locator('option', { hasText: 'ETH — Local chain 8545' })).toHaveCount(1);
  await popup.getByLabel('To', { exact: true }).fill('0x1234');
  await popup.getByLabel('Amount', { exact: true }).fill('1');
  await popup.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(popup.getByRole('alert')).toContainText('To: expected a 20-byte hex address');
  await popup.getByLabel('To', { exact: true }).fill(PAYEE);
  await popup.getByLabel('Amount', { exact: true }).fill('0.0000000000000000001');
  await popup.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(popup.getByRole('alert')).toContainText('Amount: at most 18 decimal places');
  await popup.getByLabel('Amount', { exact: true }).fill('1000000');
  await popup.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(popup.getByRole('alert')).toContainText('is more than your balance');
});
