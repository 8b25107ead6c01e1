/**
 * Receive (CONTRACT.md "receive"): for the BIP-84 "abandon … about" phrase the popup shows the
 * vector's first BTC address, the account's LTC address and its ETH address, as full text.
 */
import { expect, test } from './fixtures';
import { importPhrase } from './guardians';

const ABANDON =
  'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
/** BIP-84 test vector m/84'/0'/0'/0/0, and m/44'/60'/0'/0/0 of the same phrase. */
const BTC = 'bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu';
const ETH = '0x9858EfFD232B4033E47d90003D41EC34EcaEda94';

test('Receive shows every account’s address per currency (ETH, BTC, LTC) as full text', async ({ popup }) => {
  expect(await importPhrase(popup, ABANDON, 'correct horse 1')).toBe(ETH);
  await popup.getByRole('button', { name: 'Receive', exact: true }).click();
  const btc = popup.getByRole('region', { name: 'BTC addresses' });
  await expect(btc.getByText(BTC, { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(
    popup.getByRole('region', { name: 'ETH addresses' }).getByText(ETH, { exact: true }),
  ).toBeVisible();
  await expect(
    popup.getByRole('region', { name: 'LTC addresses' }).getByText(/^ltc1q[02-9ac-hj-np-z]{38}$/),
  ).toBeVisible();
  await btc.getByRole('button', { name: /QR code of BTC address/ }).click();
  await expect(popup.getByRole('img', { name: `QR code of ${BTC}` })).toBeVisible();
});
