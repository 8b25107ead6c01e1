/**
 * Reading the encrypted private state at unlock. A missing or unreadable state blob must not lock
 * the user out: the account list is rebuilt from what the vault itself holds (HD account 0 and every
 * imported key), and the event is audited.
 */
import { hexToBytes } from '@noble/hashes/utils.js';
import type { Labeled } from '../ring';
import { type AuditEntry, labeled, mapLabeled } from '../ring';
import { openState } from '../vault';
import { addImportedKey, deriveHdAccount } from './accounts';
import type { Session, WalletContext } from './context';
import { decodePrivateState, newPrivateState, type PrivateState } from './privateState';
import { readInWorker } from './read';

async function openBlob(ctx: WalletContext, session: Session, name: string): Promise<Uint8Array | undefined> {
  const stored = await ctx.store.readState(name);
  if (stored === undefined) return undefined;
  return openState(session.key, name, stored);
}

export async function loadPrivateState(ctx: WalletContext, session: Session): Promise<Labeled<PrivateState>> {
  try {
    const bytes = await openBlob(ctx, session, 'wallet');
    if (bytes) return labeled('private', decodePrivateState(bytes));
  } catch {
    ctx.ring.audit.append({
      kind: 'state-unreadable',
      detail: 'wallet state could not be decrypted; rebuilt from the vault',
    });
  }
  session.state = labeled('private', newPrivateState());
  deriveHdAccount(ctx, session, 0);
  const importedKeys = readInWorker(
    ctx,
    mapLabeled(session.secrets, (s) => Object.keys(s.imported)),
    'imported ids',
  );
  for (const id of importedKeys) {
    addImportedKey(
      ctx,
      session,
      mapLabeled(session.secrets, (s) => hexToBytes(s.imported[id] ?? '')),
    );
  }
  return session.state;
}

export async function restoreAuditHistory(ctx: WalletContext, session: Session): Promise<void> {
  try {
    const bytes = await openBlob(ctx, session, 'audit');
    if (!bytes) return;
    ctx.ring.audit.adoptHistory(JSON.parse(new TextDecoder().decode(bytes)) as AuditEntry[]);
  } catch {
    ctx.ring.audit.append({
      kind: 'audit-history-unreadable',
      detail: 'the stored audit log could not be read or verified',
    });
  }
}
