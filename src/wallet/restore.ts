/**
 * Reading the encrypted private state at unlock, with the key the unlock just made. v2 records are
 * checked against the generations the vault record names, and the audit log against its stored
 * head: an older record put back is reported (audited) and not accepted. A missing or unreadable
 * wallet record must not lock the user out: the account list is rebuilt from the vault itself.
 */
import type { Labeled } from '../ring';
import { type AuditEntry, cleared, GENESIS, labeled, mapLabeled } from '../ring';
import { isVaultError, type Opened, openState, openStateV2 } from '../vault';
import { type Account, emptyAccountList } from './accountList';
import { accountSegmentName, decodeSegment, segmentAccounts } from './accountSegments';
import { addImportedKeys, deriveHdAccount } from './accounts';
import type { Session, WalletContext } from './context';
import { auditSegment } from './persist';
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
  let head: PrivateState | undefined;
  try {
    const bytes = await openBlob(ctx, opened, 'wallet');
    if (bytes) {
      const { state, segments } = decodePrivateState(bytes);
      bytes.fill(0); // the AEAD output buffer: no plaintext copy outlives the decode
      head = state;
      // Older records (accounts inline) have nothing in segments yet: the next save writes them all.
      if (segments === 0) return labeled('private', state);
      state.accounts.accounts = await storedAccounts(ctx, opened, segments);
      session.savedAccounts = labeled('private', segmentAccounts(state.accounts.accounts));
      return labeled('private', state);
    }
  } catch (e) {
    report(
      ctx,
      e,
      'state',
      head ? 'account list rebuilt from the vault' : 'wallet state rebuilt from the vault',
    );
  }
  // Rebuilt from the vault alone: HD account 0 and every imported key (default names). Settings,
  // sites and activity survive when only an account segment was bad.
  session.state = labeled('private', head ? { ...head, accounts: emptyAccountList() } : newPrivateState());
  deriveHdAccount(session, 0);
  addImportedKeys(ctx, session, mapLabeled(session.secrets, cleared.importedKeys));
  return session.state;
}

/** The accounts of segments `accounts.0` … `accounts.(n-1)`; any one missing or unreadable throws. */
async function storedAccounts(ctx: WalletContext, opened: Opened, n: number): Promise<Account[]> {
  const out: Account[] = [];
  for (let k = 0; k < n; k++) {
    const bytes = await openBlob(ctx, opened, accountSegmentName(k));
    if (!bytes) throw new TypeError(`${accountSegmentName(k)}: missing`);
    try {
      out.push(...decodeSegment(bytes, k));
    } finally {
      bytes.fill(0);
    }
  }
  return out;
}

/** The stored audit entries: v1 one record, v2 the segments the vault record names, in order. */
async function storedAudit(ctx: WalletContext, opened: Opened): Promise<AuditEntry[]> {
  const parse = (bytes: Uint8Array | undefined) => {
    const entries = bytes ? (JSON.parse(new TextDecoder().decode(bytes)) as AuditEntry[]) : [];
    bytes?.fill(0);
    return entries;
  };
  if (opened.format === 1) return parse(await openBlob(ctx, opened, 'audit'));
  const segments = Object.keys(opened.record.states).filter((n) => auditSegment(n) >= 0);
  const out: AuditEntry[] = [];
  for (let k = 0; k < segments.length; k++) out.push(...parse(await openBlob(ctx, opened, `audit.${k}`)));
  return out;
}

/**
 * Adopts the stored history when it verifies and ends at the head the vault record names; else
 * reports it and forgets the stored segments, so the next save rewrites the log from the start.
 */
export async function restoreAuditHistory(ctx: WalletContext, opened: Opened, session: Session) {
  const forget = () => {
    for (const name of Object.keys(session.states)) if (auditSegment(name) >= 0) delete session.states[name];
    session.auditSaved = 0;
  };
  try {
    const history = await storedAudit(ctx, opened);
    const head = history.at(-1)?.hash ?? GENESIS;
    if (opened.format === 2 && head !== opened.record.auditHead) {
      forget();
      ctx.ring.audit.append({
        kind: 'state-rollback',
        detail: 'the stored audit log does not end at the head the vault names; not accepted',
      });
      return;
    }
    if (history.length > 0) ctx.ring.audit.adoptHistory(history);
    session.auditSaved = history.length;
  } catch (e) {
    forget();
    report(ctx, e, 'audit-history', 'the stored audit log could not be read or verified');
  }
}
