/**
 * BIP-84 and BIP-173/350 vectors (src/fixtures, copied from the official texts) against our
 * address derivation and validation.
 */
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { HDKey } from '@scure/bip32';
import { mnemonicToSeedSync } from '@scure/bip39';
import { describe, expect, it } from 'vitest';
import bech32Vectors from '../../fixtures/bech32-bip173-bip350.json' with { type: 'json' };
import bipVectors from '../../fixtures/bip44-49-84-86-vectors.json' with { type: 'json' };
import { accountPublicKey } from './accountKey';
import { p2wpkhAddress, validateUtxoAddress } from './address';
import { bip84Path, UTXO_NETWORKS } from './networks';

const BIP84 = bipVectors.bip84;
const byPrefix = (address: string) =>
  Object.values(UTXO_NETWORKS).find((n) => address.toLowerCase().startsWith(`${n.bech32}1`));

describe('BIP-84 (abandon … about)', () => {
  const root = HDKey.fromMasterSeed(mnemonicToSeedSync(BIP84.mnemonic));
  const addresses = BIP84.entries.filter((e) => 'address' in e) as {
    path: string;
    pubkey: string;
    address: string;
  }[];

  it.each(addresses)('$path → $address', ({ path, pubkey, address }) => {
    const node = root.derive(path);
    expect(bytesToHex(node.publicKey!)).toBe(pubkey);
    expect(p2wpkhAddress(node.publicKey!, UTXO_NETWORKS.bitcoin)).toBe(address);
  });

  it("account m/84'/0'/0' as zpub, and the root as zpub (SLIP-132 version bytes)", () => {
    const account = BIP84.entries.find((e) => e.path === "m/84'/0'/0'") as { xpub: string };
    expect(accountPublicKey(root.derive("m/84'/0'/0'"), UTXO_NETWORKS.bitcoin)).toBe(account.xpub);
    // A test network's account is a vpub; the same key material, other version bytes.
    const vpub = accountPublicKey(root.derive("m/84'/1'/0'"), UTXO_NETWORKS.litecoinRegtest);
    expect(vpub.startsWith('vpub')).toBe(true);
    expect(() => accountPublicKey(root, UTXO_NETWORKS.bitcoin)).toThrow(/node: expected an account node/);
    const viaRoot = HDKey.fromExtendedKey(BIP84.rootpub, {
      public: 0x04b24746,
      private: 0x04b2430c,
    });
    expect(bytesToHex(viaRoot.publicKey!)).toBe(bytesToHex(root.publicKey!));
  });

  it('our path helper names the vector paths', () => {
    expect(bip84Path(UTXO_NETWORKS.bitcoin, 0, 0, 0)).toBe("m/84'/0'/0'/0/0");
    expect(bip84Path(UTXO_NETWORKS.bitcoin, 0, 1, 0)).toBe("m/84'/0'/0'/1/0");
    expect(bip84Path(UTXO_NETWORKS.litecoin, 0, 0, 3)).toBe("m/84'/2'/0'/0/3");
    expect(bip84Path(UTXO_NETWORKS.litecoinRegtest, 1, 0, 0)).toBe("m/84'/1'/1'/0/0");
    expect(() => bip84Path(UTXO_NETWORKS.bitcoin, -1, 0, 0)).toThrow(/account/);
  });

  it("Litecoin m/84'/2'/0'/0/i: the same key hash under the ltc prefix, valid only on Litecoin", () => {
    const pub = root.derive("m/84'/2'/0'/0/0").publicKey!;
    const ltc = p2wpkhAddress(pub, UTXO_NETWORKS.litecoin);
    expect(ltc).toMatch(/^ltc1q[02-9ac-hj-np-z]{38}$/);
    expect(bytesToHex(validateUtxoAddress(ltc, UTXO_NETWORKS.litecoin))).toMatch(/^0014[0-9a-f]{40}$/);
    expect(() => validateUtxoAddress(ltc, UTXO_NETWORKS.bitcoin)).toThrow(/Bitcoin address/);
    expect(p2wpkhAddress(pub, UTXO_NETWORKS.litecoinRegtest)).toMatch(/^rltc1q/);
  });
});

describe('BIP-350 address vectors', () => {
  const { validAddresses, invalidAddresses } = bech32Vectors.bip350_bech32m;

  // Witness v0 (20/32 bytes) and v1 taproot (32 bytes) are paid to; other versions are valid
  // addresses that we refuse, saying so (paying a future version could lose the coins).
  const payable = (script: string) => /^0014.{40}$|^0020.{64}$|^5120.{64}$/.test(script);

  it.each(validAddresses)('valid: $address', ({ address, scriptPubKey }) => {
    const network = byPrefix(address);
    expect(network, 'a known prefix').toBeDefined();
    if (payable(scriptPubKey)) expect(bytesToHex(validateUtxoAddress(address, network!))).toBe(scriptPubKey);
    else expect(() => validateUtxoAddress(address, network!)).toThrow(/valid segwit v\d+ address/);
  });

  it.each(invalidAddresses)('invalid: $address ($reason)', ({ address }) => {
    for (const network of Object.values(UTXO_NETWORKS))
      expect(() => validateUtxoAddress(address, network)).toThrow(TypeError);
  });

  it('refuses a key that is not 33 bytes, naming it', () => {
    expect(() => p2wpkhAddress(hexToBytes('02'), UTXO_NETWORKS.bitcoin)).toThrow(/publicKey/);
  });
});
