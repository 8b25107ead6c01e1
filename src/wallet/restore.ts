/**
 * Reading the encrypted private state at unlock, with the key the unlock just made (it is not kept
 * outside the session's label afterwards). A missing or unreadable state blob must not lock the
 * user out: the account list is rebuilt from what the vault itself holds (HD account 0 and every
 * imported key), and the event is audited.
 */
import type { Labeled } from '../ring';
import { type AuditEntry, cleared, labeled, mapLabeled } from '../ring';
import { openState } from '../vault';
import { addImportedKeys, deriveHdAccount } from './accounts';
import type { Session, WalletContext } from './context';
import { decodePrivateState, newPrivateState, type PrivateState } from './privateState';

async function openBlob(ctx: WalletContext, key: CryptoKey, name: string): Promise<Uint8Array | undefined> {
  const stored = await ctx.store.readState(name);
  if (stored === undefined) return undefined;
  return openState(key, name, stored);
}

export async function loadPrivateState(
  ctx: WalletContext,
  session: Session,
  key: CryptoKey,
): Promise<Labeled<PrivateState>> {
  try {
    const bytes = await openBlob(ctx, key, 'wallet');
    if (bytes) return labeled('private', decodePrivateState(bytes));
  } catch {
    ctx.ring.audit.append({
      kind: 'state-unreadable',
      detail: 'wallet state could not be decrypted; rebuilt from the vault',
    });
  }
  session.state = labeled('private', newPrivateState());
  deriveHdAccount(ctx, session, 0);
  addImportedKeys(ctx, session, mapLabeled(session.secrets, cleared.importedKeys));
  return session.state;
}

export async function restoreAuditHistory(ctx: WalletContext, key: CryptoKey): Promise<void> {
  try {
    const bytes = await openBlob(ctx, key, 'audit');
    if (!bytes) return;
    ctx.ring.audit.adoptHistory(JSON.parse(new TextDecoder().decode(bytes)) as AuditEntry[]);
  } catch {
    ctx.ring.audit.append({
      kind: 'audit-history-unreadable',
      detail: 'the stored audit log could not be read or verified',
    });
  }
}
