/**
 * Public keys at BIP-84 paths m/84'/coin'/account'/change/index, for addresses (Receive, the UTXO
 * account scan, the Bitcoin provider). Each parent node m/84'/coin'/account'/change is derived
 * from the seed once per session and only its extended public key comes down
 * (declassify.extendedPublicKeyOf, one audit entry); every address under it is then a public
 * BIP-32 step. No private key is made to show an address, and an address costs one point
 * multiplication and an addition (it was two multiplications: the child's private step, then
 * publicKeysOf recomputing its public key); bench/utxo.mjs times it beside @scure/bip32 alone.
 *
 *   const [pub] = bip84PublicKeys(ctx, session, ["m/84'/0'/0'/0/0"], 'Bitcoin provider address');
 *   const [address] = bip84Addresses(ctx, session, UTXO_NETWORKS.bitcoin, paths, 'Bitcoin receive addresses');
 */
import { HDKey } from '@scure/bip32';
import { p2wpkhAddress } from '../chains/utxo/address';
import type { UtxoNetwork } from '../chains/utxo/networks';
import { splitBip84Path } from '../keys';
import { cleared, type Labeled, mapLabeled } from '../ring';
import type { Session, WalletContext } from './context';
import { readInWorker } from './read';

const parents = new WeakMap<Session, Map<string, Labeled<HDKey>>>();
const addresses = new WeakMap<Session, Map<string, string>>();

function publicParent(ctx: WalletContext, session: Session, at: string, reason: string): Labeled<HDKey> {
  const known = parents.get(session) ?? new Map<string, Labeled<HDKey>>();
  parents.set(session, known);
  const cached = known.get(at);
  if (cached) return cached;
  const node = mapLabeled(session.seed, cleared.bip84Node(at));
  try {
    const xpub = ctx.ring.declassify.extendedPublicKeyOf(node, `${reason} (${at})`);
    const parent = mapLabeled(xpub, (x) => new HDKey({ ...x }));
    known.set(at, parent);
    return parent;
  } finally {
    mapLabeled(node, cleared.wipeNode);
  }
}

/** The compressed public keys at `paths` (BIP-84), in order; `reason` goes into the audit entry. */
export function bip84PublicKeys(
  ctx: WalletContext,
  session: Session,
  paths: readonly string[],
  reason: string,
): Uint8Array[] {
  const byParent = new Map<string, { at: number; index: number }[]>();
  for (const [at, path] of paths.entries()) {
    const { node, index } = splitBip84Path(path, `paths[${at}]`);
    const children = byParent.get(node) ?? [];
    children.push({ at, index });
    byParent.set(node, children);
  }
  const out: Uint8Array[] = new Array(paths.length);
  for (const [node, children] of byParent) {
    const parent = publicParent(ctx, session, node, reason);
    const keys = mapLabeled(parent, (p) => children.map(({ index }) => p.deriveChild(index).publicKey!));
    for (const [i, key] of readInWorker(ctx, keys, reason).entries()) out[children[i]!.at] = key;
  }
  return out;
}

/** The P2WPKH addresses at `paths` on `network`, in order, each derived once per session. */
export function bip84Addresses(
  ctx: WalletContext,
  session: Session,
  network: UtxoNetwork,
  paths: readonly string[],
  reason: string,
): string[] {
  const known = addresses.get(session) ?? new Map<string, string>();
  addresses.set(session, known);
  const key = (path: string) => `${network.id}:${path}`;
  const missing = paths.filter((p) => !known.has(key(p)));
  if (missing.length > 0) {
    const found = bip84PublicKeys(ctx, session, missing, reason);
    for (const [i, p] of missing.entries()) known.set(key(p), p2wpkhAddress(found[i]!, network));
  }
  return paths.map((p) => known.get(key(p))!);
}
