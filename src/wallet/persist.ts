/**
 * Writing to IndexedDB, the ring's way: the plaintext goes down only through the `encrypt`
 * declassifier (AES-256-GCM with the vault key) and reaches the store only through a storage sink,
 * whose clearance is public — so a mislabelled write is refused and audited instead of stored.
 */
import { cleared, type Labeled, labeled, mapLabeled, storageSink } from '../ring';
import { headerBytes, stateAad, stateRecordOf, vaultHeader, vaultRecordOf } from '../vault';
import type { Session, WalletContext } from './context';
import { encodePrivateState } from './privateState';

export const AUDIT_SAVE_REASON = 'save the audit log';
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

async function toStorage(
  ctx: WalletContext,
  name: string,
  value: Labeled<Uint8Array>,
  write: (bytes: Uint8Array) => Promise<void>,
): Promise<void> {
  let pending: Promise<void> = Promise.resolve();
  ctx.ring.emit(
    storageSink(name, (bytes) => {
      pending = write(bytes as Uint8Array);
    }),
    value,
  );
  await pending;
}

async function sealAndStore(
  ctx: WalletContext,
  session: Session,
  name: string,
  plaintext: Labeled<Uint8Array>,
  aad: Uint8Array,
  write: (sealed: Uint8Array) => Promise<void>,
  reason: string,
): Promise<void> {
  try {
    const ciphertext = await ctx.ring.declassify.encrypt(plaintext, session.key, aad, reason);
    await toStorage(ctx, name, ciphertext, write);
  } finally {
    mapLabeled(plaintext, cleared.wipe);
  }
}

/** Re-encrypts the vault record (secrets) under the session key: previous ← current in one transaction. */
export function saveVault(ctx: WalletContext, session: Session, reason: string): Promise<void> {
  const header = vaultHeader(session.kdf, { createdAt: session.createdAt });
  return sealAndStore(
    ctx,
    session,
    'vault',
    mapLabeled(session.secrets, cleared.encodeSecrets),
    headerBytes(header),
    (sealed) => ctx.store.writeVault(vaultRecordOf(header, sealed)),
    reason,
  );
}

/** Saves accounts and settings (private) as the encrypted state blob "wallet". */
export function saveState(ctx: WalletContext, session: Session, reason: string): Promise<void> {
  return sealAndStore(
    ctx,
    session,
    'wallet-state',
    mapLabeled(session.state, encodePrivateState),
    stateAad('wallet'),
    (sealed) => ctx.store.writeState('wallet', stateRecordOf('wallet', sealed)),
    reason,
  );
}

/** Saves the audit log (private) as the encrypted state blob "audit". */
export function saveAudit(ctx: WalletContext, session: Session): Promise<void> {
  return sealAndStore(
    ctx,
    session,
    'audit',
    labeled('private', json(ctx.ring.audit.entries())),
    stateAad('audit'),
    (sealed) => ctx.store.writeState('audit', stateRecordOf('audit', sealed)),
    AUDIT_SAVE_REASON,
  );
}
