/**
 * Signing with one account: its private key is derived (HD) or read (imported) inside the secret
 * level, used once, zeroed, and only the signature comes down (declassifier `sign`). The dapp
 * signing methods (personal_sign, EIP-712, transactions) build their digests and call this.
 *
 *   const sig = signDigest(ctx, 'hd-0', keccak256(message), 'personal_sign for https://app.example');
 */
import { cleared, type Labeled, labeled, mapLabeled, type RecoverableSignature } from '../ring';
import { findAccount } from './accountList';
import type { WalletContext } from './context';
import { requireUnlocked } from './errors';
import { readInWorker } from './read';

export function signDigest(
  ctx: WalletContext,
  accountId: string,
  digest: Uint8Array,
  reason: string,
): Labeled<RecoverableSignature> {
  const session = requireUnlocked(ctx.session);
  const account = readInWorker(
    ctx,
    mapLabeled(session.state, (s) => findAccount(s.accounts, accountId)),
    'signer',
  );
  const key =
    account.kind === 'hd'
      ? mapLabeled(session.chain, cleared.hdKey(account.index ?? 0))
      : mapLabeled(session.secrets, cleared.importedKey(account.id));
  try {
    return ctx.ring.declassify.sign(key, labeled('public', digest), reason);
  } finally {
    mapLabeled(key, cleared.wipe);
  }
}
