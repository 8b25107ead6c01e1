/**
 * MetaMask's own test dapp (npm @metamask/test-dapp 9.9.0, its static dist/, unchanged) against
 * Ringfence on anvil: the page's buttons, the approval window's cards, and the page's own result
 * fields (or, where the page only logs a result, its console line and the chain itself).
 */
import { recoverMessageAddress } from 'viem';
import { reject, typeCardPassword } from './dapp';
import { ANVIL_ACCOUNT_0, expect, test } from './fixtures';
import {
  anvilCall,
  clickAndAnswer,
  connectTestDapp,
  hashLog,
  receiptOf,
  resultLog,
  serveTestDapp,
  tokenBalance,
} from './testDapp';

let server: { url: string; close(): Promise<void> };
test.beforeAll(async () => {
  server = await serveTestDapp();
});
test.afterAll(async () => {
  await server?.close();
});

// Each test starts a browser, imports the wallet and loads a 17 MB page on two shared cores.
test.describe.configure({ timeout: 300_000 });

const SIGNATURE = /^0x[0-9a-f]{130}$/;
const lower = ANVIL_ACCOUNT_0.toLowerCase();

test('connect, personal_sign, signTypedData v3/v4 and permit: each signed and verified by the dapp', async ({
  context,
  extensionId,
  popup,
}) => {
  const page = await connectTestDapp(context, extensionId, popup, server.url);

  // personal_sign: [message, address, 'Example password'].
  await clickAndAnswer(page, extensionId, '#personalSign', {
    check: async (w) => {
      await expect(w.getByText('Example `personal_sign` message').first()).toBeVisible();
    },
  });
  await expect(page.locator('#personalSignResult')).toHaveText(SIGNATURE, { timeout: 20_000 });
  const signature = (await page.locator('#personalSignResult').textContent()) as `0x${string}`;
  expect(await recoverMessageAddress({ message: 'Example `personal_sign` message', signature })).toBe(
    ANVIL_ACCOUNT_0,
  );
  await page.locator('#personalSignVerify').click();
  // personal_ecRecover answers the account the dapp is connected with.
  await expect(page.locator('#personalSignVerifyECRecoverResult')).toHaveText(ANVIL_ACCOUNT_0, {
    timeout: 20_000,
  });
  // eth-sig-util's recovery ran too (an error would be written here); the page only copies its
  // lowercase answer when it equals eth_accounts[0] byte for byte, which is checksummed here.
  await expect(page.locator('#personalSignVerifySigUtilResult')).not.toContainText('Error');

  // eth_signTypedData_v3 (domain chainId a number).
  await clickAndAnswer(page, extensionId, '#signTypedDataV3', {
    check: async (w) => {
      await expect(w.getByRole('heading').first()).toBeVisible();
    },
  });
  await expect(page.locator('#signTypedDataV3Result')).toHaveText(SIGNATURE, { timeout: 20_000 });
  await page.locator('#signTypedDataV3Verify').click();
  await expect(page.locator('#signTypedDataV3VerifyResult')).toHaveText(lower, { ignoreCase: true });

  // eth_signTypedData_v4 (domain chainId a decimal string, arrays of structs, empty bytes).
  await clickAndAnswer(page, extensionId, '#signTypedDataV4');
  await expect(page.locator('#signTypedDataV4Result')).toHaveText(SIGNATURE, { timeout: 20_000 });
  await page.locator('#signTypedDataV4Verify').click();
  await expect(page.locator('#signTypedDataV4VerifyResult')).toHaveText(lower, { ignoreCase: true });

  // An EIP-2612 permit: the card says who may spend. The spender has no code (an EOA), so the
  // default rule approval-to-eoa asks for the password (docs/rules.md "Defaults").
  await clickAndAnswer(page, extensionId, '#signPermit', {
    check: async (w) => {
      await expect(w.getByText(/Allow 0x5B38…ddC4 to spend/).first()).toBeVisible();
      await typeCardPassword(w, 'approval-to-eoa');
    },
  });
  await expect(page.locator('#signPermitResult')).toHaveText(SIGNATURE, { timeout: 20_000 });
  await expect(page.locator('#signPermitResultV')).toHaveText(/^v: (27|28)$/);
  await page.locator('#signPermitVerify').click();
  await expect(page.locator('#signPermitVerifyResult')).toHaveText(lower, { ignoreCase: true });
});

test('Sign-In with Ethereum: its own domain signs; a foreign domain is flagged as danger and rejected', async ({
  context,
  extensionId,
  popup,
}) => {
  const page = await connectTestDapp(context, extensionId, popup, server.url);
  const host = new URL(page.url()).host;

  await clickAndAnswer(page, extensionId, '#siwe', {
    check: async (w) => {
      await expect(w.getByRole('heading', { name: `Sign in to ${host}` })).toBeVisible();
      await expect(w.getByText(/^Danger/)).toHaveCount(0);
    },
  });
  await expect(page.locator('#siweResult')).toHaveText(SIGNATURE, { timeout: 20_000 });
  const message = `${host} wants you to sign in with your Ethereum account:\n${ANVIL_ACCOUNT_0}\n\nI accept the MetaMask Terms of Service: https://community.metamask.io/tos\n\nURI: https://${host}\nVersion: 1\nChain ID: 1\nNonce: 32891757\nIssued At: 2021-09-30T16:25:24.000Z`;
  const signature = (await page.locator('#siweResult').textContent()) as `0x${string}`;
  expect(await recoverMessageAddress({ message, signature })).toBe(ANVIL_ACCOUNT_0);

  await clickAndAnswer(page, extensionId, '#siweBadDomain', {
    check: async (w) => {
      await expect(w.getByRole('heading', { name: 'Sign in to metamask.badactor.io' })).toBeVisible();
      const danger = w.getByRole('alert').filter({ hasText: /^Danger/ });
      await expect(danger).toHaveCount(1);
      await expect(danger).toContainText('metamask.badactor.io');
    },
    answer: reject,
  });
  await expect(page.locator('#siweResult')).toHaveText(/^Error: /, { timeout: 20_000 });
});

test('ERC-20: create a token, watch it, transfer and approve it', async ({ context, extensionId, popup }) => {
  const page = await connectTestDapp(context, extensionId, popup, server.url);
  const decimals = Number(await page.locator('#tokenDecimals').inputValue());
  expect(decimals).toBe(4);

  // Create Token: ethers' ContractFactory.deploy through eth_sendTransaction.
  await clickAndAnswer(page, extensionId, '#createToken', {
    check: async (w) => {
      await expect(w.getByText(/^Deploy a contract \(\d+ bytes of code\)$/)).toBeVisible();
    },
  });
  await expect(page.locator('#erc20TokenAddresses')).toHaveText(/^0x[0-9a-fA-F]{40}$/, { timeout: 60_000 });
  const token = (await page.locator('#erc20TokenAddresses').textContent())!;
  expect(await tokenBalance(token, ANVIL_ACCOUNT_0)).toBe(10n * 10n ** BigInt(decimals));

  // Add Token(s) to Wallet: wallet_watchAsset with decimals as the string "4".
  const watched = await clickAndAnswer(page, extensionId, '#watchAssets', {
    check: async (w) => {
      await expect(w.getByText('Add TST to your token list')).toBeVisible();
    },
    logged: resultLog((value) => value),
  });
  expect(watched).toEqual([true]);

  // Transfer Tokens: 1.5 TST to the dapp's fixed recipient.
  const recipient = '0x2f318C334780961FB129D2a6c30D0763d9a5C970';
  const transferHash = await clickAndAnswer(page, extensionId, '#transferTokens', {
    check: async (w) => {
      await expect(w.getByText(/^Send 1\.5 TST to 0x2f31…C970/)).toBeVisible();
    },
    logged: resultLog((value) => (value as { hash: string }).hash),
  });
  expect((await receiptOf(transferHash)).status).toBe('0x1');
  expect(await tokenBalance(token, recipient)).toBe(15n * 10n ** BigInt(decimals - 1));

  // Approve Tokens: 7 TST for the address in the page's "approveTo" field — an EOA on anvil, so the
  // default rule approval-to-eoa asks for the password.
  const spender = await page.locator('#approveTo').inputValue();
  const approveHash = await clickAndAnswer(page, extensionId, '#approveTokens', {
    check: async (w) => {
      await expect(w.getByText(/^Allow 0x9bc5…fEF4 to spend 7 TST/)).toBeVisible();
      await typeCardPassword(w, 'approval-to-eoa');
    },
    logged: resultLog((value) => (value as { hash: string }).hash),
  });
  expect((await receiptOf(approveHash)).status).toBe('0x1');
  await page.locator('#allowanceOwner').fill(ANVIL_ACCOUNT_0);
  await page.locator('#allowanceSpender').fill(spender);
  await page.locator('#getAllowance').click();
  await expect(page.locator('#allowanceAmountResult')).toHaveText('7.0000', { timeout: 20_000 });
});

test('an EIP-1559 send, and EIP-5792 capabilities (atomic unsupported)', async ({
  context,
  extensionId,
  popup,
}) => {
  const page = await connectTestDapp(context, extensionId, popup, server.url);

  // Shown once the dapp saw a base fee in the latest block (anvil has one).
  await expect(page.locator('#sendEIP1559Button')).toBeVisible({ timeout: 20_000 });
  const hash = await clickAndAnswer(page, extensionId, '#sendEIP1559Button', {
    check: async (w) => {
      await expect(w.getByText(/^Send 0 ETH to 0x0c54…AaFb/)).toBeVisible();
    },
    logged: hashLog,
  });
  const receipt = await receiptOf(hash);
  expect(receipt).toMatchObject({ status: '0x1', type: '0x2', from: ANVIL_ACCOUNT_0.toLowerCase() });
  expect(receipt.to?.toLowerCase()).toBe('0x0c54fccd2e384b4bb6f2e405bf5cbc15a017aafb');
  const tx = await anvilCall<{ gas: string }>('eth_getTransactionByHash', [hash]);
  expect(BigInt(tx.gas)).toBe(21_000n); // the dapp's gasLimit is kept

  await expect(page.locator('#eip5792AccountInput')).toHaveValue(ANVIL_ACCOUNT_0);
  await page.locator('#eip5792GetCapabilitiesButton').click();
  const result = page.locator('#eip5792GetCapabilitiesResult');
  await expect(result).toContainText('0x7a69', { timeout: 20_000 });
  const capabilities = JSON.parse((await result.textContent())!) as Record<string, unknown>;
  expect(capabilities['0x7a69']).toEqual({ atomic: { status: 'unsupported' } });
});
