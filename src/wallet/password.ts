/**
 * The two operations that need the password again while unlocked: revealing the phrase
 * (declassifier revealToUser, spending a proof only the password check issues) and changing the
 * password. A change rewraps the data key only, and writes both vault slots in one transaction:
 * afterwards exactly one password opens the vault — the old one if the write failed (the user is
 * told it failed), the new one if it succeeded.
 */
import { cleared, dataKeys, mapLabeled, provePassword } from '../ring';
import { DEFAULT_KDF, newKdfParams } from '../vault';
import type { WalletContext } from './context';
import { requireUnlocked } from './errors';
import { commit } from './persist';

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
  const before = { kdf: session.kdf, wrappedKey: session.wrappedKey };
  const kdf = newKdfParams(ctx.kdf ?? DEFAULT_KDF);
  const wrappedKey = await dataKeys.rewrap(current, session.kdf, session.wrappedKey, next, kdf);
  Object.assign(session, { kdf, wrappedKey });
  ctx.ring.audit.append({ kind: 'password-changed', detail: 'data key rewrapped under the new password' });
  try {
    await commit(ctx, session, { audit: true, previous: 'same' }, 'change the password');
  } catch (e) {
    Object.assign(session, before); // nothing was written: the old password is the one that works
    ctx.ring.audit.append({
      kind: 'password-change-failed',
      detail: 'the write failed; the old password stays',
    });
    throw e;
  }
}
