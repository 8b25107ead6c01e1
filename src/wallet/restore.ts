/**
 * Reading the encrypted private state at unlock, with the key the unlock just made. v2 records are
 * checked against the generations the vault record names, and the audit log against its stored
 * head: an older record put back is reported (audited) and not accepted. A missing or unreadable
 * wallet record must not lock the user out: the account list is rebuilt from the vault itself.
 */
import type { Labeled } from '../ring';
import { type AuditEntry, cleared, GENESIS, labeled, mapLabeled } from '../ring';
import { isVaultError, type Opened, openState, openStateV2 } from '../vault';
import { addImportedKeys, deriveHdAccount } from './accounts';
import type { Session, WalletContext } from './context';
import { decodePrivateState, newPrivateState, type PrivateState } from './privateState';

async function openBlob(ctx: WalletContext, opened: Opened, name: string): Promise<Uint8Array | undefined> {
  const stored = await ctx.store.readState(name);
  if (opened.format === 1) return stored === undefined ? undefined : openState(opened.key, name, stored);
  const expected = opened.record.states[name];
  if (expected === undefined && stored === undefined) return undefined;
  return openStateV2(opened.key, name, stored, expected ?? -1);
}

function report(ctx: WalletContext, e: unknown, name: string, what: string): void {
  const stale = isVaultError(e, 'STALE');
  ctx.ring.audit.append({
    kind: stale ? 'state-rollback' : `${name}-unreadable`,
    detail: stale ? `an older "${name}" record was put back; not accepted (${what})` : what,
  });
}

export async function loadPrivateState(
  ctx: WalletContext,
  session: Session,
  opened: Opened,
): Promise<Labeled<PrivateState>> {
  try {
    const bytes = await openBlob(ctx, opened, 'wallet');
    if (bytes) {
      const state = decodePrivateState(bytes);
      bytes.fill(0); // the AEAD output buffer: no plaintext copy outlives the decode
      return labeled('private', state);
    }
  } catch (e) {
    report(ctx, e, 'state', 'wallet state rebuilt from the vault');
  }
  session.state = labeled('private', newPrivateState());
  deriveHdAccount(ctx, session, 0);
  addImportedKeys(ctx, session, mapLabeled(session.secrets, cleared.importedKeys));
  return session.state;
}

export async function restoreAuditHistory(ctx: WalletContext, opened: Opened): Promise<void> {
  try {
    const bytes = await openBlob(ctx, opened, 'audit');
    const history = bytes ? (JSON.parse(new TextDecoder().decode(bytes)) as AuditEntry[]) : [];
    bytes?.fill(0);
    // The vault record names the head it was committed with: an older log (truncated) differs.
    const head = history.at(-1)?.hash ?? GENESIS;
    if (opened.format === 2 && head !== opened.record.auditHead) {
      ctx.ring.audit.append({
        kind: 'state-rollback',
        detail: 'the stored audit log ends before the head the vault names; not accepted',
      });
      return;
    }
    if (history.length > 0) ctx.ring.audit.adoptHistory(history);
  } catch (e) {
    report(ctx, e, 'audit-history', 'the stored audit log could not be read or verified');
  }
}
