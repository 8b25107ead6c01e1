/**
 * The Bitcoin provider's methods through the real router, ring and approval queue (harness):
 * connect via getAddresses, 4001 / 4100 / -32602 naming the field, a PSBT with one input of ours
 * and one foreign input (ours signed, the foreign one untouched), and a BIP-322 signature that
 * verifies with noble over the BIP-322 digest. The node's own verdict is in signPsbt.litecoind.test.ts.
 */
import 'fake-indexeddb/auto';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { HDKey } from '@scure/bip32';
import { mnemonicToSeedSync } from '@scure/bip39';
import { OutScript, Transaction } from '@scure/btc-signer';
import { describe, expect, it } from 'vitest';
import { p2wpkhAddress, validateUtxoAddress } from '../../../chains/utxo/address';
import { bip322ToSign, bip322WitnessOf } from '../../../chains/utxo/bip322';
import { UTXO_NETWORKS } from '../../../chains/utxo/networks';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from '../../../wallet/testHarness';

const SITE = 'http://127.0.0.1:5173';
const net = UTXO_NETWORKS.litecoinRegtest;
const root = HDKey.fromMasterSeed(mnemonicToSeedSync(TEST_MNEMONIC));
const ourKey = root.derive("m/84'/1'/0'/0/0");
const ours = p2wpkhAddress(ourKey.publicKey!, net);
const foreignKey = HDKey.fromMasterSeed(new Uint8Array(32).fill(7)).derive("m/84'/1'/0'/0/0");
const foreign = p2wpkhAddress(foreignKey.publicKey!, net);

async function unlocked() {
  const w = await harness();
  await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
  return w;
}

async function connected() {
  const w = await unlocked();
  const pending = w.route(SITE, { method: 'getAddresses', params: { network: 'litecoinRegtest' } });
  const card = await w.answer('approve');
  return { w, card, addresses: await pending };
}

/** One input of ours (index 0) and one foreign input (index 1), paying a foreign address and our change. */
function twoInputPsbt(): Transaction {
  const tx = new Transaction();
  tx.addInput({
    txid: '11'.repeat(32),
    index: 0,
    witnessUtxo: { script: validateUtxoAddress(ours, net), amount: 50_000n },
  });
  tx.addInput({
    txid: '22'.repeat(32),
    index: 1,
    witnessUtxo: { script: validateUtxoAddress(foreign, net), amount: 30_000n },
  });
  tx.addOutputAddress(foreign, 60_000n, net);
  tx.addOutputAddress(p2wpkhAddress(root.derive("m/84'/1'/0'/1/0").publicKey!, net), 19_000n, net);
  return tx;
}

describe('getAddresses (connect)', () => {
  it('shows a connect card naming the address, then answers the BIP-84 payment address', async () => {
    const { w, card, addresses } = await connected();
    expect(card.card.kind).toBe('connect');
    expect(card.card.summary[0]).toContain(ours);
    expect(addresses).toEqual({
      result: {
        addresses: [
          expect.objectContaining({
            address: ours,
            publicKey: bytesToHex(ourKey.publicKey!),
            derivationPath: "m/84'/1'/0'/0/0",
            type: 'p2wpkh',
            symbol: 'LTC',
            network: 'litecoinRegtest',
          }),
        ],
      },
    });
    // The same per-origin connection as EVM: listed under Connected sites.
    expect((await w.ok('getConnectedSites', {})).sites).toEqual([expect.objectContaining({ origin: SITE })]);
    // Connected: no second card, other networks answer too ({ coin, network } form).
    const btc = await w.route(SITE, {
      method: 'getAddresses',
      params: { network: { coin: 'bitcoin', network: 'mainnet' } },
    });
    expect(btc).toMatchObject({ result: { addresses: [{ address: expect.stringMatching(/^bc1q/) }] } });
    expect(w.approvals.list()).toEqual([]);
  });

  it('rejects with 4001 when the user rejects, and grants nothing', async () => {
    const w = await unlocked();
    const pending = w.route(SITE, { method: 'getAddresses' });
    await w.answer('reject');
    expect(await pending).toMatchObject({ error: { code: 4001 } });
    expect(await w.route(SITE, { method: 'eth_accounts' })).toEqual({ result: [] });
  });

  it('refuses an unknown network with -32602 naming params.network', async () => {
    const w = await unlocked();
    expect(await w.route(SITE, { method: 'getAddresses', params: { network: 'dogecoin' } })).toMatchObject({
      error: { code: -32602, message: expect.stringMatching(/^params\.network: expected one of/) },
    });
  });
});

describe('signPsbt', () => {
  it('refuses a site that is not connected with 4100', async () => {
    const w = await unlocked();
    const hex = bytesToHex(twoInputPsbt().toPSBT());
    expect(
      await w.route(SITE, { method: 'signPsbt', params: { hex, network: 'litecoinRegtest' } }),
    ).toMatchObject({
      error: { code: 4100 },
    });
  });

  it.each([
    ['no PSBT', {}, /^params\.hex: expected the PSBT/],
    ['bad hex', { hex: 'zz' }, /^params\.hex: expected hex bytes/],
    ['not a PSBT', { hex: 'abcd' }, /^params\.hex: not a valid PSBT/],
    ['a bad index type', { hex: 'abcd', signAtIndex: 'one' }, /^params\.signAtIndex: /],
    ['a bad broadcast flag', { hex: 'abcd', broadcast: 'yes' }, /^params\.broadcast: expected true or false/],
  ])('refuses %s with -32602 naming the field', async (_name, params, message) => {
    const { w } = await connected();
    expect(
      await w.route(SITE, { method: 'signPsbt', params: { network: 'litecoinRegtest', ...params } }),
    ).toMatchObject({
      error: { code: -32602, message: expect.stringMatching(message) },
    });
  });

  it('refuses to sign a named input that is not ours, or one that does not exist', async () => {
    const { w } = await connected();
    const hex = bytesToHex(twoInputPsbt().toPSBT());
    const call = (signAtIndex: unknown) =>
      w.route(SITE, { method: 'signPsbt', params: { hex, network: 'litecoinRegtest', signAtIndex } });
    expect(await call([0, 1])).toMatchObject({
      error: {
        code: -32602,
        message: expect.stringMatching(/^params\.signAtIndex: input 1 does not belong to this wallet/),
      },
    });
    expect(await call(5)).toMatchObject({
      error: { code: -32602, message: 'params.signAtIndex: input 5 does not exist (the PSBT has 2 inputs)' },
    });
    expect(w.approvals.list()).toEqual([]);
  });

  it('signs our input only, leaves the foreign one intact, and the card lists inputs, outputs and fee', async () => {
    const { w } = await connected();
    const before = twoInputPsbt();
    const pending = w.route(SITE, {
      method: 'signPsbt',
      params: {
        psbt: Buffer.from(before.toPSBT()).toString('base64'),
        network: 'litecoinRegtest',
        signAtIndex: 0,
      },
    });
    const { card } = await w.answer('approve');
    expect(card.kind).toBe('psbt');
    expect(card.summary[0]).toBe('Sign 1 of 2 inputs of a Litecoin regtest transaction');
    expect(card.summary).toContain(`Output 1: 0.0006 LTC to ${foreign}`);
    expect(card.summary.join('\n')).toMatch(/Output 2: 0\.00019 LTC back to your change address rltc1q/);
    expect(card.summary).toContain('Network fee 0.00001 LTC');
    const response = (await pending) as { result: { hex: string; psbt: string } };
    const after = Transaction.fromPSBT(hexToBytes(response.result.hex));
    expect(Buffer.from(after.toPSBT()).toString('base64')).toBe(response.result.psbt);
    const [pub, sig] = after.getInput(0).partialSig![0]!;
    expect(bytesToHex(pub)).toBe(bytesToHex(ourKey.publicKey!));
    // An independent check of the signature: noble over the BIP-143 digest of the unsigned PSBT.
    const scriptCode = OutScript.encode({ type: 'pkh', hash: validateUtxoAddress(ours, net).slice(2) });
    const digest = before.preimageWitnessV0(0, scriptCode, 1, 50_000n);
    expect(secp256k1.verify(sig.slice(0, -1), digest, pub, { prehash: false, format: 'der' })).toBe(true);
    expect(after.getInput(0).finalScriptWitness).toBeUndefined(); // not finalised unless asked
    expect(after.getInput(1)).toEqual(before.getInput(1)); // the foreign input as it came
    expect(w.ring.audit.entries().filter((e) => e.kind === 'sign')).toHaveLength(1);
  });
});

describe('signMessage (BIP-322 simple)', () => {
  it('signs with the connected address; the witness verifies over the BIP-322 digest', async () => {
    const { w } = await connected();
    const pending = w.route(SITE, {
      method: 'signMessage',
      params: { message: 'Hello World', address: ours, protocol: 'bip322' },
    });
    const { card } = await w.answer('approve');
    expect(card.summary).toEqual([
      `Sign a message with your Litecoin regtest address ${ours}`,
      '"Hello World"',
    ]);
    const { result } = (await pending) as { result: { signature: string; address: string } };
    expect(result.address).toBe(ours);
    const [sig, pub] = bip322WitnessOf(result.signature);
    const { digest } = bip322ToSign(validateUtxoAddress(ours, net), 'Hello World');
    expect(bytesToHex(pub!)).toBe(bytesToHex(ourKey.publicKey!));
    expect(secp256k1.verify(sig!.slice(0, -1), digest, pub!, { prehash: false, format: 'der' })).toBe(true);
  });

  it('4001 on reject; 4100 for an address that is not the connected one; -32602 for a bad protocol', async () => {
    const { w } = await connected();
    const pending = w.route(SITE, { method: 'signMessage', params: { message: 'x', address: ours } });
    await w.answer('reject');
    expect(await pending).toMatchObject({ error: { code: 4001 } });
    expect(
      await w.route(SITE, { method: 'signMessage', params: { message: 'x', address: foreign } }),
    ).toMatchObject({
      error: { code: 4100, message: expect.stringMatching(/^params\.address: /) },
    });
    expect(
      await w.route(SITE, { method: 'signMessage', params: { message: 'x', protocol: 'ecdsa' } }),
    ).toMatchObject({
      error: { code: -32602, message: expect.stringMatching(/^params\.protocol: expected "bip322"/) },
    });
    expect(await w.route(SITE, { method: 'signMessage', params: { address: ours } })).toMatchObject({
      error: { code: -32602, message: expect.stringMatching(/^params\.message: /) },
    });
  });
});
