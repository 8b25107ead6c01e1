/**
 * Settings → Networks for the UTXO networks (CONTRACT.md "networks"): every network by name,
 * including "Litecoin regtest" and "Bitcoin regtest"; a node backend with URL, user and password
 * is saved, survives reopening the popup, and its password is never shown again.
 */
import { HDKey } from '@scure/bip32';
import { mnemonicToSeedSync } from '@scure/bip39';
import { p2wpkhAddress } from '../src/chains/utxo/address';
import { UTXO_NETWORKS } from '../src/chains/utxo/networks';
import { startEsploraAdapter } from '../src/testing/esploraAdapter';
import { type Litecoind, startLitecoind } from '../src/testing/litecoind';
import { expect, test } from './fixtures';
import { importTestWallet, TEST_PHRASE } from './wallet';

const PASSWORD = 'node-rpc-canary-91';

test('a UTXO network takes a Node RPC backend with user and password; the password stays in the ring', async ({
  popup,
  launched,
}) => {
  await importTestWallet(popup);
  await popup.getByRole('button', { name: 'Settings' }).click();
  for (const name of ['Bitcoin', 'Bitcoin regtest', 'Litecoin', 'Litecoin regtest'])
    await expect(popup.getByRole('form', { name, exact: true })).toBeVisible();
  const ltc = popup.getByRole('form', { name: 'Litecoin regtest', exact: true });
  await ltc.getByLabel('Backend', { exact: true }).selectOption({ label: 'Node RPC' });
  await ltc.getByLabel('URL', { exact: true }).fill('http://127.0.0.1:19443');
  await ltc.getByLabel('RPC user', { exact: true }).fill('ringfence');
  await ltc.getByLabel('RPC password', { exact: true }).fill(PASSWORD);
  await ltc.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(ltc.getByRole('status')).toHaveText('Saved.');
  await expect(ltc.getByLabel('RPC password', { exact: true })).toHaveValue('');

  await popup.reload();
  await popup.getByRole('button', { name: 'Settings' }).click();
  const again = popup.getByRole('form', { name: 'Litecoin regtest', exact: true });
  await expect(again.getByLabel('Backend', { exact: true })).toHaveValue('node');
  await expect(again.getByLabel('RPC user', { exact: true })).toHaveValue('ringfence');
  await expect(again.getByLabel('RPC password', { exact: true })).toHaveValue('');
  await expect(again.getByLabel('RPC password', { exact: true })).toHaveAttribute('placeholder', /stored/);
  expect(launched.ringMessages.join('\n')).not.toContain(PASSWORD);
});

type Popup = import('@playwright/test').Page;
type Form = import('@playwright/test').Locator;

/**
 * The issue-9 journey on a real litecoind -regtest, through the backend `configure` fills in:
 * 101 blocks mined to the wallet's first receive address show as its balance; Send pays 1 LTC to
 * the node's own wallet (the card, Approve, the node accepts it), exactly 1 LTC arrives after a
 * block, and the change goes back to the wallet's first change address.
 */
async function mineThenPayOneLtc(popup: Popup, node: Litecoind, configure: (form: Form) => Promise<void>) {
  await importTestWallet(popup);
  await popup.getByRole('button', { name: 'Settings' }).click();
  const ltc = popup.getByRole('form', { name: 'Litecoin regtest', exact: true });
  await configure(ltc);
  await ltc.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(ltc.getByRole('status')).toHaveText('Saved.');

  const root = HDKey.fromMasterSeed(mnemonicToSeedSync(TEST_PHRASE));
  const first = p2wpkhAddress(root.derive("m/84'/1'/0'/0/0").publicKey!, UTXO_NETWORKS.litecoinRegtest);
  await node.rpc('generatetoaddress', [101, first]);

  await popup.getByRole('button', { name: 'Back' }).click();
  const portfolio = popup.getByRole('region', { name: 'Portfolio' });
  await portfolio.getByRole('button', { name: 'Refresh balances' }).click();
  // Two coinbase rewards are mature after 101 blocks (spendable at 100 confirmations).
  await expect(portfolio.getByText('100 LTC', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(portfolio.getByText(/4950 LTC not yet spendable/)).toBeVisible();

  await node.rpc('createwallet', ['payee']);
  const to = await node.rpc<string>('getnewaddress', ['', 'bech32'], 'payee');
  await popup.getByRole('button', { name: 'Send', exact: true }).click();
  await popup.getByLabel('Asset', { exact: true }).selectOption({ label: 'LTC — Litecoin regtest' });
  await popup.getByLabel('To', { exact: true }).fill(to);
  await popup.getByLabel('Amount', { exact: true }).fill('1');
  await popup.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(popup.getByRole('heading', { name: 'Send 1 LTC' })).toBeVisible({ timeout: 30_000 });
  const change = p2wpkhAddress(root.derive("m/84'/1'/0'/1/0").publicKey!, UTXO_NETWORKS.litecoinRegtest);
  await expect(popup.getByText(new RegExp(`comes back to your change address ${change}`))).toBeVisible();
  await popup.getByRole('button', { name: 'Approve', exact: true }).click();
  const status = popup.getByRole('status').filter({ hasText: 'Sent. Transaction id:' });
  await expect(status).toBeVisible({ timeout: 30_000 });
  const txid = ((await status.locator('code').textContent()) ?? '').trim();
  expect(txid).toMatch(/^[0-9a-f]{64}$/);
  await node.rpc('generatetoaddress', [1, first]);
  expect(await node.rpc('getreceivedbyaddress', [to, 1], 'payee')).toBe(1);
  type Out = { scriptPubKey: { address?: string; addresses?: string[] } };
  const tx = await node.rpc<{ vout: Out[] }>('getrawtransaction', [txid, true]);
  expect(tx.vout.map((o) => o.scriptPubKey.address ?? o.scriptPubKey.addresses?.[0])).toContain(change);

  // Activity per currency: the payment under LTC, on Litecoin regtest, mined after the block.
  await popup.getByRole('button', { name: 'Back' }).click();
  await popup.getByRole('button', { name: 'Activity' }).click();
  await popup.getByLabel('Currency', { exact: true }).selectOption({ label: 'LTC' });
  const row = popup.getByRole('listitem').filter({ hasText: txid });
  await expect(row).toContainText('Litecoin regtest');
  await expect(row).toContainText('Mined');
}

test('on a real litecoind -regtest: the portfolio shows mined LTC through the Node RPC backend, and Send pays 1 LTC with change back', async ({
  popup,
}) => {
  const node = await startLitecoind();
  try {
    await mineThenPayOneLtc(popup, node, async (form) => {
      await form.getByLabel('Backend', { exact: true }).selectOption({ label: 'Node RPC' });
      await form.getByLabel('URL', { exact: true }).fill(node.url);
      await form.getByLabel('RPC user', { exact: true }).fill(node.user);
      await form.getByLabel('RPC password', { exact: true }).fill(node.password);
    });
  } finally {
    await node.stop();
  }
});

test('the same journey through the Esplora backend, served by a test adapter over the same real litecoind (the node validates every transaction)', async ({
  popup,
}) => {
  const node = await startLitecoind();
  const esplora = await startEsploraAdapter(node);
  try {
    await mineThenPayOneLtc(popup, node, async (form) => {
      await form.getByLabel('Backend', { exact: true }).selectOption({ label: 'Esplora' });
      await form.getByLabel('URL', { exact: true }).fill(esplora.url);
    });
  } finally {
    await esplora.close();
    await node.stop();
  }
});
