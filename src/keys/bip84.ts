/**
 * BIP-84 derivation (https://github.com/bitcoin/bips/blob/master/bip-0084.mediawiki) on raw seeds:
 * the private keys at m/84'/coin'/account'/change/index (to sign inputs), and the node at
 * m/84'/coin'/account'/change, whose public half (its BIP-32 extended public key) derives the
 * addresses under it without the seed. src/ring clears these for secret-level seeds.
 *
 *   const node = bip84Node(seed, "m/84'/0'/0'/0");   // the caller wipes it: node.wipePrivateData()
 *   const [key] = bip84Keys(seed, ["m/84'/0'/0'/0/0"]); // the caller zeroes it
 */
import { HDKey } from '@scure/bip32';

const NODE_PATH = /^m\/84'\/\d+'\/\d+'\/[01]$/;
const KEY_PATH = /^(m\/84'\/\d+'\/\d+'\/[01])\/(\d+)$/;
const HARDENED = 2 ** 31;

/** A BIP-84 path split into its parent node (m/84'/coin'/account'/change) and non-hardened index. */
export function splitBip84Path(path: string, what = 'path'): { node: string; index: number } {
  const m = typeof path === 'string' ? KEY_PATH.exec(path) : null;
  const index = m ? Number(m[2]) : Number.NaN;
  if (!m || !Number.isSafeInteger(index) || index >= HARDENED)
    throw new TypeError(
      `${what}: expected a BIP-84 path m/84'/coin'/account'/change/index, got ${String(path)}`,
    );
  return { node: m[1]!, index };
}

/** The node at m/84'/coin'/account'/change (private: the caller must `wipePrivateData()` it). */
export function bip84Node(seed: Uint8Array, path: string): HDKey {
  if (typeof path !== 'string' || !NODE_PATH.test(path))
    throw new TypeError(`path: expected m/84'/coin'/account'/change, got ${String(path)}`);
  const root = HDKey.fromMasterSeed(seed);
  try {
    return root.derive(path);
  } finally {
    root.wipePrivateData();
  }
}

/**
 * The private keys at BIP-84 paths. Each (coin, account, change) node is derived once and its
 * children from it (one BIP-32 step per key, not five); every node made here is wiped before
 * returning, and the caller zeroes the keys.
 */
export function bip84Keys(seed: Uint8Array, paths: readonly string[]): Uint8Array[] {
  const parents = new Map<string, HDKey>();
  try {
    return paths.map((path, i) => {
      const { node: at, index } = splitBip84Path(path, `paths[${i}]`);
      const parent = parents.get(at) ?? bip84Node(seed, at);
      parents.set(at, parent);
      const node = parent.deriveChild(index);
      const key = new Uint8Array(node.privateKey!);
      node.wipePrivateData();
      return key;
    });
  } finally {
    for (const parent of parents.values()) parent.wipePrivateData();
  }
}
