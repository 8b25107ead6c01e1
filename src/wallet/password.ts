/**
 * The two operations that need the password again while unlocked: revealing the phrase
 * (declassifier revealToUser, spending a proof only the password check issues) and changing the
 * password. Both check the password through the throttled path, which never re-keys the vault.
 */
import { cleared, labeled, mapLabeled, provePassword, ringKeyFrom } from '../ring';
import { DEFAULT_KDF, newKdfParams } from '../vault';
import type { WalletContext } from './context';
import { requireUnlocked } from './errors';
import { saveAudit, saveState, saveVault } from './persist';

export async function revealPhrase(ctx: WalletContext, password: string) {
  const session = requireUnlocked(ctx.session);
  const proof = await provePassword(ctx.store, password, { now: ctx.now });
  const words = mapLabeled(session.secrets, cleared.phraseWords);
  const shown = ctx.ring.declassify.revealToUser(words, proof, 'the user asked to see the recovery phrase');
  return mapLabeled(shown, (list) => ({ words: list }));
}

export async function changePassword(ctx: WalletContext, current: string, next: string): Promise<void> {
  const session = requireUnlocked(ctx.session);
  await provePassword(ctx.store, current, { now: ctx.now });
  const kdf = newKdfParams(ctx.kdf ?? DEFAULT_KDF);
  session.key = labeled('secret', await ringKeyFrom.password(next, kdf));
  session.kdf = kdf;
  // Vault first: if the worker dies before the state blobs are re-sealed, unlock rebuilds them.
  // Written twice so that `previous` (the torn-write fallback) is under the new password too;
  // otherwise the old password would still open the previous record.
  await saveVault(ctx, session, 'change the password');
  await saveVault(ctx, session, 'change the password (replace the fallback copy)');
  await saveState(ctx, session, 'change the password');
  ctx.ring.audit.append({
    kind: 'password-changed',
    detail: 'vault and private state re-encrypted under a new key',
  });
  await saveAudit(ctx, session);
}
