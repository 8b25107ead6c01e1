/**
 * The two operations that need the password again while unlocked: revealing the phrase
 * (declassifier revealToUser, audited) and changing the password (everything re-sealed under a new
 * key with a fresh salt). Both check the password through the throttled unlock path.
 */
import { mapLabeled } from '../ring';
import { DEFAULT_KDF, deriveVaultKey, newKdfParams, unlockVault } from '../vault';
import type { WalletContext } from './context';
import { requireUnlocked } from './errors';
import { saveAudit, saveState, saveVault } from './persist';

async function verifyPassword(ctx: WalletContext, password: string): Promise<void> {
  const opened = await unlockVault(ctx.store, password, { now: ctx.now, kdfTarget: ctx.kdf ?? DEFAULT_KDF });
  opened.plaintext.fill(0);
}

export async function revealPhrase(ctx: WalletContext, password: string) {
  const session = requireUnlocked(ctx.session);
  await verifyPassword(ctx, password);
  const words = mapLabeled(session.secrets, (s) => s.mnemonic.split(' '));
  const shown = ctx.ring.declassify.revealToUser(
    words,
    { passwordVerified: true },
    'the user asked to see the recovery phrase',
  );
  return mapLabeled(shown, (list) => ({ words: list }));
}

export async function changePassword(ctx: WalletContext, current: string, next: string): Promise<void> {
  const session = requireUnlocked(ctx.session);
  await verifyPassword(ctx, current);
  const kdf = newKdfParams(ctx.kdf ?? DEFAULT_KDF);
  session.key = await deriveVaultKey(next, kdf);
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
