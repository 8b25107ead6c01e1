/**
 * Signing and sending in Chromium, end to end: EIP-712 typed data, a permit, ETH and ERC-20
 * sends, a CoW order on the demo exchange and the ethers v6 page, each through the built
 * extension's approval window against the shared anvil. Token contracts are deployed here, and
 * balances are read as deltas at the transaction's own block (the anvil is shared).
 */
import {
  type Address,
  createPublicClient,
  encodeFunctionData,
  erc20Abi,
  type Hex,
  http,
  maxUint256,
  parseEther,
  type TypedDataDefinition,
} from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { createJsonRpcClient } from '../src/chains/evm/jsonRpc';
import mail from '../src/fixtures/eip712-mail-example.json' with { type: 'json' };
import { deployContract, testContracts } from '../src/testing/contracts';
import { approvalWindow, approvalWindowsClosed, approve, connectDapp, reject, startRequest } from './dapp';
import { ANVIL_ACCOUNT_0, expect, test } from './fixtures';
import { ACCOUNTS } from './wallet';

const ACCOUNT_1 = ACCOUNTS[1].address as Address;
const anvilUrl = () => {
  const url = process.env.RINGFENCE_ANVIL_URL;
  if (!url)
    throw new Error('RINGFENCE_ANVIL_URL is not set: run through playwright.config.ts (global-setup)');
  return url;
};
const chain = () => createPublicClient({ transport: http(anvilUrl()) });

/** Two fresh RFT tokens (18 decimals), the whole supply held by anvil account 0. */
let tokenA: Address;
let tokenB: Address;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const { TestToken } = await testContracts();
  const rpc = createJsonRpcClient({ timeoutMs: 30_000 });
  tokenA = await deployContract(rpc, anvilUrl(), ANVIL_ACCOUNT_0, TestToken.bytecode, [10n ** 24n]);
  tokenB = await deployContract(rpc, anvilUrl(), ANVIL_ACCOUNT_0, TestToken.bytecode, [10n ** 24n]);
});

/** The mined receipt of `hash` (anvil automines, but the machine is slow). */
function receiptOf(hash: Hex) {
  return chain().waitForTransactionReceipt({ hash, timeout: 30_000, pollingInterval: 200 });
}

/** How much `address`'s ETH changed in `block` (anvil mines one transaction per block). */
async function ethDeltaIn(address: Address, block: bigint): Promise<bigint> {
  const client = chain();
  const [before, after] = await Promise.all([
    client.getBalance({ address, blockNumber: block - 1n }),
    client.getBalance({ address, blockNumber: block }),
  ]);
  return after - before;
}

async function tokenDeltaIn(token: Address, address: Address, block: bigint): Promise<bigint> {
  const read = (blockNumber: bigint) =>
    chain().readContract({
      address: token,
      abi: erc20Abi,
      functionName: 'balanceOf',
      args: [address],
      blockNumber,
    });
  const [before, after] = await Promise.all([read(block - 1n), read(block)]);
  return after - before;
}

/** The EIP-712 Mail example (EIP-712's own), on anvil's chain id. */
const MAIL = { ...mail.typedData, domain: { ...mail.typedData.domain, chainId: 31337 } };

test('eth_signTypedData_v4 of the EIP-712 Mail shows the tree and signs as viem does', async ({
  context,
  extensionId,
  popup,
  dapp,
}) => {
  await connectDapp(context, extensionId, popup, dapp);
  await approvalWindowsClosed(context, extensionId);
  const pending = startRequest(dapp, 'eth_signTypedData_v4', [ANVIL_ACCOUNT_0, JSON.stringify(MAIL)]);
  const approval = await approvalWindow(context, extensionId, new URL(dapp.url()).origin);
  // The typed fields are folded under Details until opened.
  const tree = approval.locator('.field-tree').first();
  await expect(
    approval.locator('.summary li').filter({ hasText: 'Sign typed data for Ether Mail' }),
  ).toBeVisible({
    timeout: 20_000,
  });
  await expect(tree.getByText('Hello, Bob!')).toBeHidden();
  await approval.getByText('Details', { exact: true }).click();
  await expect(tree.getByText('Hello, Bob!')).toBeVisible();
  await expect(tree.getByText('Bob', { exact: true })).toBeVisible();
  await expect(tree.getByText('Cow', { exact: true })).toBeVisible();
  await approve(approval);
  const { result, code, message } = await pending;
  expect(code, message).toBeUndefined();
  const { EIP712Domain: _, ...types } = MAIL.types;
  const expected = await privateKeyToAccount(ACCOUNTS[0].privateKey).signTypedData({
    ...MAIL,
    types,
  } as unknown as TypedDataDefinition);
  expect(result).toBe(expected);
});

test('sending 1 ETH from the viem demo: card and simulation, then a mined type-2 receipt and Activity', async ({
  context,
  extensionId,
  popup,
  dapp,
}) => {
  await connectDapp(context, extensionId, popup, dapp);
  await approvalWindowsClosed(context, extensionId);
  const sent = dapp.evaluate(([to, wei]) => window.demo!.sendEth(to as Address, wei), [
    ACCOUNT_1,
    parseEther('1').toString(),
  ] as const);
  const approval = await approvalWindow(context, extensionId, new URL(dapp.url()).origin);
  const simulation = approval.getByRole('region', { name: 'Simulation' });
  await expect(simulation.getByText('Simulated on your network:')).toBeVisible({ timeout: 30_000 });
  await expect(simulation.getByText('You send 1 ETH', { exact: true })).toBeVisible();
  await expect(approval.locator('.summary li').filter({ hasText: /^Send 1 ETH to / })).toBeVisible();
  await approve(approval);
  const hash = await sent;
  expect(hash).toMatch(/^0x[0-9a-f]{64}$/);
  const receipt = await receiptOf(hash);
  expect(receipt.status).toBe('success');
  expect(receipt.type).toBe('eip1559');
  const raw = (await chain().request({ method: 'eth_getTransactionReceipt', params: [hash] })) as {
    status: string;
    type: string;
  };
  expect(raw).toMatchObject({ status: '0x1', type: '0x2' });
  expect(await ethDeltaIn(ACCOUNT_1, receipt.blockNumber)).toBe(parseEther('1'));
  await expect(dapp.locator('#tx-hash')).toHaveText(hash);

  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Activity' }).click();
  await expect(popup.getByText(hash).first()).toBeVisible({ timeout: 20_000 });
});

test('an unlimited EIP-2612 permit of a deployed token: the card warns and names the spender; reject → 4001', async ({
  context,
  extensionId,
  popup,
  dapp,
}) => {
  await connectDapp(context, extensionId, popup, dapp);
  await approvalWindowsClosed(context, extensionId);
  const spender = ACCOUNTS[2].address;
  const permit = {
    types: {
      EIP712Domain: [
        { name: 'name', type: 'string' },
        { name: 'version', type: 'string' },
        { name: 'chainId', type: 'uint256' },
        { name: 'verifyingContract', type: 'address' },
      ],
      Permit: [
        { name: 'owner', type: 'address' },
        { name: 'spender', type: 'address' },
        { name: 'value', type: 'uint256' },
        { name: 'nonce', type: 'uint256' },
        { name: 'deadline', type: 'uint256' },
      ],
    },
    primaryType: 'Permit',
    domain: { name: 'Ringfence Test Token', version: '1', chainId: 31337, verifyingContract: tokenA },
    message: {
      owner: ANVIL_ACCOUNT_0,
      spender,
      value: maxUint256.toString(),
      nonce: '0',
      deadline: String(Math.floor(Date.now() / 1000) + 3600),
    },
  };
  const pending = startRequest(dapp, 'eth_signTypedData_v4', [ANVIL_ACCOUNT_0, JSON.stringify(permit)]);
  const approval = await approvalWindow(context, extensionId, new URL(dapp.url()).origin);
  const line = approval
    .locator('.summary li')
    .filter({ hasText: /to spend (an )?unlimited (amount of )?RFT/i });
  await expect(line).toBeVisible({ timeout: 20_000 });
  // The spender named on that line, shortened (0x3C44…93BC) or in full.
  const short = `${spender.slice(0, 6)}…${spender.slice(-4)}`;
  expect(await line.textContent()).toMatch(new RegExp(`${spender}|${short}`, 'i'));
  const risks = approval.getByRole('list', { name: 'Risks' });
  await expect(risks.locator('.risk.danger').first()).toBeVisible();
  await expect(risks.getByRole('alert').first()).toContainText(/danger/i);
  await reject(approval);
  expect((await pending).code).toBe(4001);
});

test('an ERC-20 transfer of 250 RFT: the card and simulation in words, then mined with an exact token delta', async ({
  context,
  extensionId,
  popup,
  dapp,
}) => {
  await connectDapp(context, extensionId, popup, dapp);
  await approvalWindowsClosed(context, extensionId);
  const amount = 250n * 10n ** 18n;
  const data = encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [ACCOUNT_1, amount] });
  const pending = startRequest(dapp, 'eth_sendTransaction', [{ from: ANVIL_ACCOUNT_0, to: tokenA, data }]);
  const approval = await approvalWindow(context, extensionId, new URL(dapp.url()).origin);
  await expect(approval.locator('.summary li').filter({ hasText: /^Send 250 RFT to / })).toBeVisible({
    timeout: 30_000,
  });
  const simulation = approval.getByRole('region', { name: 'Simulation' });
  await expect(simulation.getByText('You send 250 RFT', { exact: true })).toBeVisible({ timeout: 30_000 });
  await approve(approval);
  const { result, code, message } = await pending;
  expect(code, message).toBeUndefined();
  const receipt = await receiptOf(result as Hex);
  expect(receipt.status).toBe('success');
  expect(await tokenDeltaIn(tokenA, ACCOUNT_1, receipt.blockNumber)).toBe(amount);
  expect(await tokenDeltaIn(tokenA, ANVIL_ACCOUNT_0, receipt.blockNumber)).toBe(-amount);
});

test('the demo exchange: a CoW order of two deployed tokens reads as a sell line and verifies', async ({
  context,
  extensionId,
  popup,
  dapp,
  demoUrl,
}) => {
  await connectDapp(context, extensionId, popup, dapp);
  await approvalWindowsClosed(context, extensionId);
  const base = demoUrl.endsWith('/') ? demoUrl : `${demoUrl}/`;
  await dapp.goto(`${base}exchange.html?sell=${tokenA}&buy=${tokenB}`);
  // The origin is already connected: Connect answers without a window.
  await dapp.getByRole('button', { name: 'Connect' }).click();
  await expect(dapp.locator('#exchange-account')).toHaveText(ANVIL_ACCOUNT_0, { timeout: 20_000 });
  await expect(dapp.locator('#order-json')).toContainText(tokenA);
  await dapp.getByRole('button', { name: 'Sign order' }).click();
  const approval = await approvalWindow(context, extensionId, new URL(dapp.url()).origin);
  await expect(
    approval.locator('.summary li').filter({ hasText: /^Sell 100 RFT for at least 0\.03 RFT/ }),
  ).toBeVisible({
    timeout: 20_000,
  });
  await approve(approval);
  await expect(dapp.locator('#order-verified')).toHaveText('Signature valid: true', { timeout: 20_000 });
  await expect(dapp.locator('#order-error')).toHaveText('');
});

test('the ethers v6 page: connect, signMessage verifies, send is mined', async ({
  context,
  extensionId,
  popup,
  dapp,
  demoUrl,
}) => {
  const base = demoUrl.endsWith('/') ? demoUrl : `${demoUrl}/`;
  await dapp.goto(`${base}ethers.html`);
  await connectDapp(context, extensionId, popup, dapp);
  await approvalWindowsClosed(context, extensionId);
  const origin = new URL(dapp.url()).origin;
  const connected = await dapp.evaluate(() => window.ethersDemo!.connect());
  expect(connected).toEqual({ accounts: [ANVIL_ACCOUNT_0], chainId: 31337 });

  const signed = dapp.evaluate(() => window.ethersDemo!.signMessage('hello from ethers'));
  const signWindow = await approvalWindow(context, extensionId, origin);
  await expect(signWindow.getByText('hello from ethers').first()).toBeVisible();
  await approve(signWindow);
  const signature = await signed;
  expect(signature).toMatchObject({ verified: true, address: ANVIL_ACCOUNT_0, recovered: ANVIL_ACCOUNT_0 });
  // The queue is empty, so that window closes; the send opens the next one (CONTRACT.md).
  await approvalWindowsClosed(context, extensionId);

  const value = parseEther('0.02');
  const sent = dapp.evaluate(([to, wei]) => window.ethersDemo!.send(to, wei), [
    ACCOUNT_1,
    value.toString(),
  ] as const);
  const sendWindow = await approvalWindow(context, extensionId, origin);
  await expect(sendWindow.locator('.summary li').filter({ hasText: /^Send 0\.02 ETH to / })).toBeVisible({
    timeout: 30_000,
  });
  await approve(sendWindow);
  const tx = await sent;
  expect(tx.hash).toMatch(/^0x[0-9a-f]{64}$/);
  expect(tx.from).toBe(ANVIL_ACCOUNT_0);
  const receipt = await receiptOf(tx.hash as Hex);
  expect(receipt.status).toBe('success');
  expect(await ethDeltaIn(ACCOUNT_1, receipt.blockNumber)).toBe(value);
  await expect(dapp.locator('#ethers-tx')).toHaveText(tx.hash);
});
