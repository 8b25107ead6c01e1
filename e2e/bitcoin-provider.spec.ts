/**
 * A site's Bitcoin requests (docs/bitcoin-provider.md) in Chromium against a real litecoind
 * -regtest: the page finds the provider through WBIP004, connects with getAddresses, the test mines
 * to that address and builds a PSBT spending the coinbase to the node's wallet; signPsbt shows the
 * inputs and outputs on the approval window, Approve, and the signed PSBT finalises and is accepted
 * by the node. Then a BIP-322 signMessage approved, and one rejected (4001).
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { hexToBytes } from '@noble/hashes/utils.js';
import type { Page } from '@playwright/test';
import { Transaction } from '@scure/btc-signer';
import { validateUtxoAddress } from '../src/chains/utxo/address';
import { bip322ToSign, bip322WitnessOf } from '../src/chains/utxo/bip322';
import { UTXO_NETWORKS } from '../src/chains/utxo/networks';
import { formatUnits } from '../src/markup/format';
import { startLitecoind } from '../src/testing/litecoind';
import { approvalWindow, approvalWindowsClosed, approve, reject } from './dapp';
import { expect, test } from './fixtures';
import { importTestWallet } from './wallet';

type Answer = { result?: unknown; code?: number; message?: string; jsonrpc?: string };

/** Calls the Bitcoin provider the page found in window.wbip_providers, without awaiting it. */
function btcRequest(dapp: Page, method: string, params?: unknown): Promise<Answer> {
  return dapp.evaluate(
    ([m, p]) => {
      const w = window as unknown as Record<string, unknown>;
      const entry = (w.wbip_providers as { id: string; name: string }[]).find((e) => e.name === 'Ringfence');
      const provider = w[entry!.id] as {
        request(m: string, p?: unknown): Promise<{ jsonrpc: string; result: unknown }>;
      };
      return provider.request(m, p).then(
        (response) => ({ result: response.result, jsonrpc: response.jsonrpc }),
        (e: { code: number; message: string }) => ({ code: e.code, message: e.message }),
      );
    },
    [method, params] as const,
  );
}

const sat = (ltc: number) => BigInt(Math.round(ltc * 1e8));

test('Litecoin regtest: connect + getAddresses, signPsbt accepted by the node, BIP-322 signMessage, Reject → 4001', async ({
  context,
  extensionId,
  popup,
  dapp,
}) => {
  test.setTimeout(120_000);
  const node = await startLitecoind();
  try {
    await importTestWallet(popup);
    const origin = new URL(dapp.url()).origin;
    expect(
      await dapp.evaluate(() =>
        (window as unknown as { wbip_providers: { id: string }[] }).wbip_providers.map((p) => p.id),
      ),
    ).toContain('RingfenceBitcoinProvider');

    // Connect: the connect card names the address; Approve.
    const connecting = btcRequest(dapp, 'getAddresses', { network: 'litecoinRegtest' });
    const connectCard = await approvalWindow(context, extensionId, origin);
    await expect(connectCard.getByText(/Litecoin regtest address rltc1q/).first()).toBeVisible();
    await approve(connectCard);
    const connected = await connecting;
    expect(connected.jsonrpc).toBe('2.0');
    const [payment] = (
      connected.result as { addresses: { address: string; derivationPath: string; type: string }[] }
    ).addresses;
    expect(payment).toMatchObject({ derivationPath: "m/84'/1'/0'/0/0", type: 'p2wpkh' });
    await approvalWindowsClosed(context, extensionId);

    // Mine to the address the site was given; the node's wallet gets the payment.
    await node.rpc('createwallet', ['payee']);
    await node.rpc('generatetoaddress', [101, payment!.address]);
    const to = await node.rpc<string>('getnewaddress', ['', 'bech32'], 'payee');
    type Scan = {
      height: number;
      unspents: { txid: string; vout: number; amount: number; scriptPubKey: string; height: number }[];
    };
    const scan = await node.rpc<Scan>('scantxoutset', ['start', [`addr(${payment!.address})`]]);
    const coinbase = scan.unspents.find((u) => scan.height - u.height + 1 >= 100)!;
    const tx = new Transaction();
    tx.addInput({
      txid: coinbase.txid,
      index: coinbase.vout,
      witnessUtxo: { script: hexToBytes(coinbase.scriptPubKey), amount: sat(coinbase.amount) },
    });
    tx.addOutputAddress(to, sat(coinbase.amount) - 20_000n, UTXO_NETWORKS.litecoinRegtest);
    const hex = Buffer.from(tx.toPSBT()).toString('hex');

    const signing = btcRequest(dapp, 'signPsbt', { hex, signAtIndex: [0], network: 'litecoinRegtest' });
    const psbtCard = await approvalWindow(context, extensionId, origin);
    await expect(
      psbtCard.getByRole('heading', { name: 'Sign a Litecoin regtest transaction (PSBT)' }),
    ).toBeVisible();
    await expect(psbtCard.getByText('Sign 1 of 1 input of a Litecoin regtest transaction')).toBeVisible();
    await expect(
      psbtCard.getByText(`Your inputs spend ${formatUnits(sat(coinbase.amount), 8)} LTC: input 1`),
    ).toBeVisible();
    await expect(
      psbtCard.getByText(`Output 1: ${formatUnits(sat(coinbase.amount) - 20_000n, 8)} LTC to ${to}`),
    ).toBeVisible();
    await expect(psbtCard.getByText('Network fee 0.0002 LTC')).toBeVisible();
    await psbtCard.getByText('Details', { exact: true }).click();
    await expect(psbtCard.getByText('Input 1 (yours, you sign it)')).toBeVisible();
    await expect(
      psbtCard.getByText(
        `${formatUnits(sat(coinbase.amount), 8)} LTC from ${coinbase.txid}:${coinbase.vout} (${payment!.address})`,
      ),
    ).toBeVisible();
    await approve(psbtCard);
    const signed = (await signing).result as { psbt: string; hex: string };
    expect(Transaction.fromPSBT(hexToBytes(signed.hex)).getInput(0).finalScriptWitness).toBeUndefined();
    const final = await node.rpc<{ hex: string; complete: boolean }>('finalizepsbt', [signed.psbt]);
    expect(final.complete).toBe(true);
    const [verdict] = await node.rpc<{ allowed: boolean }[]>('testmempoolaccept', [[final.hex]]);
    expect(verdict, JSON.stringify(verdict)).toMatchObject({ allowed: true });
    await node.rpc('sendrawtransaction', [final.hex]);
    await node.rpc('generatetoaddress', [1, payment!.address]);
    expect(sat(await node.rpc<number>('getreceivedbyaddress', [to, 1], 'payee'))).toBe(
      sat(coinbase.amount) - 20_000n,
    );
    await approvalWindowsClosed(context, extensionId);

    // BIP-322 signMessage: the card shows the text; the witness verifies over the BIP-322 digest.
    const text = 'Prove you own this address';
    const messaging = btcRequest(dapp, 'signMessage', {
      message: text,
      address: payment!.address,
      protocol: 'bip322',
    });
    const messageCard = await approvalWindow(context, extensionId, origin);
    await expect(messageCard.getByText(`"${text}"`, { exact: true })).toBeVisible();
    await approve(messageCard);
    const { signature } = (await messaging).result as { signature: string };
    const [sig, pub] = bip322WitnessOf(signature);
    const { digest } = bip322ToSign(
      validateUtxoAddress(payment!.address, UTXO_NETWORKS.litecoinRegtest),
      text,
    );
    expect(secp256k1.verify(sig!.slice(0, -1), digest, pub!, { prehash: false, format: 'der' })).toBe(true);
    await approvalWindowsClosed(context, extensionId);

    const refused = btcRequest(dapp, 'signMessage', { message: 'no', address: payment!.address });
    await reject(await approvalWindow(context, extensionId, origin));
    expect(await refused).toMatchObject({ code: 4001 });
  } finally {
    await node.stop();
  }
});
