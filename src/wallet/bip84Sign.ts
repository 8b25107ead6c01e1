/**
 * Signs BIP-143 digests with BIP-84 keys (m/84'/coin'/account'/change/index) inside the ring:
 * the keys are derived from the seed by a cleared function, each digest is signed through the
 * `sign` declassifier (audited with `reason`), and every key is wiped before returning. Only
 * public keys and signatures come out. Used by the popup's Send and by sites' signPsbt / signMessage.
 *
 *   const [{ publicKey, rs }] = signBip84Digests(ctx, session, [{ path, digest }], 'LTC payment');
 */
import { cleared, labeled, mapLabeled } from '../ring';
import type { Session, WalletContext } from './context';
import { readInWorker } from './read';

export interface Bip84Signature {
  /** 33-byte compressed public key of the key at the path. */
  publicKey: Uint8Array;
  /** 64-byte r ‖ s (low-s). */
  rs: Uint8Array;
}

export function signBip84Digests(
  ctx: WalletContext,
  session: Session,
  items: readonly { path: string; digest: Uint8Array }[],
  reason: string,
): Bip84Signature[] {
  const keys = mapLabeled(session.seed, cleared.bip84Keys(items.map((i) => i.path)));
  try {
    const pubs = readInWorker(ctx, ctx.ring.declassify.publicKeysOf(keys, `${reason}: keys`), 'signer keys');
    return items.map(({ digest }, i) => {
      const one = mapLabeled(keys, cleared.nthKey(i));
      try {
        const sig = ctx.ring.declassify.sign(one, labeled('public', digest), `${reason}, input ${i + 1}`);
        return { publicKey: pubs[i]!, rs: readInWorker(ctx, sig, 'signature').bytes.slice(0, 64) };
      } finally {
        mapLabeled(one, cleared.wipe);
      }
    });
  } finally {
    mapLabeled(keys, cleared.wipeAll);
  }
}
