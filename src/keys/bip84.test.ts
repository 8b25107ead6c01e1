import { bytesToHex } from '@noble/hashes/utils.js';
import { HDKey } from '@scure/bip32';
import { mnemonicToSeedSync } from '@scure/bip39';
import { WIF } from '@scure/btc-signer';
import { describe, expect, it } from 'vitest';
import { bip84 } from '../fixtures/bip44-49-84-86-vectors.json';
import { bip84Keys, bip84Node, splitBip84Path } from './bip84';

const seed = mnemonicToSeedSync(bip84.mnemonic);
type KeyEntry = { path: string; privkey: string; pubkey: string };
const keyEntries = bip84.entries.filter((e): e is typeof e & KeyEntry => 'privkey' in e);

describe('BIP-84 keys and nodes (BIP-84 test vectors)', () => {
  it("bip84Keys gives the vectors' private keys, one parent node per (coin, account, change)", () => {
    const keys = bip84Keys(
      seed,
      keyEntries.map((e) => e.path),
    );
    expect(keys.map(bytesToHex)).toEqual(keyEntries.map((e) => bytesToHex(WIF().decode(e.privkey))));
  });

  it("bip84Node's public half derives the vectors' public keys without the seed", () => {
    for (const entry of keyEntries) {
      const { node, index } = splitBip84Path(entry.path);
      const parent = bip84Node(seed, node);
      const watchOnly = new HDKey({ publicKey: parent.publicKey!, chainCode: parent.chainCode! });
      parent.wipePrivateData();
      expect(bytesToHex(watchOnly.deriveChild(index).publicKey!)).toBe(entry.pubkey);
    }
  });

  it('refuses what is not a BIP-84 path, naming the argument', () => {
    expect(() => splitBip84Path("m/44'/60'/0'/0/0")).toThrow(/path: expected a BIP-84 path/);
    expect(() => splitBip84Path("m/84'/0'/0'/2/0")).toThrow(/path: expected a BIP-84 path/);
    expect(() => splitBip84Path(`m/84'/0'/0'/0/${2 ** 31}`)).toThrow(/path: expected a BIP-84 path/);
    expect(() => bip84Keys(seed, ["m/84'/0'/0'/0/0", "m/84'/0'/0'/0"])).toThrow(/paths\[1\]/);
    expect(() => bip84Node(seed, "m/84'/0'/0'/0/0")).toThrow(
      /path: expected m\/84'\/coin'\/account'\/change/,
    );
    expect(() => bip84Node(seed, "m/84'/0'/0'")).toThrow(/path: expected/);
  });
});
