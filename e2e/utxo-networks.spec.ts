/**
 * Settings → Networks for the UTXO networks (CONTRACT.md "networks"): every network by name,
 * including "Litecoin regtest" and "Bitcoin regtest"; a node backend with URL, user and password
 * is saved, survives reopening the popup, and its password is never shown again.
 */
import { expect, test } from './fixtures';
import { importTestWallet } from './wallet';

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
