/**
 * Writing to IndexedDB, the ring's way: the plaintext goes down only through the `encrypt`
 * declassifier (AES-256-GCM with the vault key) and reaches the store only through a storage sink,
 * whose clearance is public — so a mislabelled write is refused and audited instead of stored.
 */
import { type Labeled, labeled, mapLabeled, storageSink } from '../ring';
import { encryptWithKey, sealState } from '../vault';
import type { Session, WalletContext } from './context';
import { encodePrivateState } from './privateState';
import { encodeSecrets } from './secrets';

export const AUDIT_SAVE_REASON = 'save the audit log';
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const parse = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes));

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
  name: string,
  plaintext: Labeled<Uint8Array>,
  seal: (pt: Uint8Array) => Promise<unknown>,
  write: (record: unknown) => Promise<void>,
  reason: string,
): Promise<void> {
  try {
    const ciphertext = await ctx.ring.declassify.encrypt(
      plaintext,
      async (pt) => json(await seal(pt)),
      reason,
    );
    await toStorage(ctx, name, ciphertext, (bytes) => write(parse(bytes)));
  } finally {
    mapLabeled(plaintext, (pt) => pt.fill(0));
  }
}

/** Re-encrypts the vault record (secrets) under the session key: previous ← current in one transaction. */
export function saveVault(ctx: WalletContext, session: Session, reason: string): Promise<void> {
  return sealAndStore(
    ctx,
    'vault',
    mapLabeled(session.secrets, encodeSecrets),
    (pt) => encryptWithKey(session.key, session.kdf, pt, { createdAt: session.createdAt }),
    (record) => ctx.store.writeVault(record as never),
    reason,
  );
}

/** Saves accounts and settings (private) as the encrypted state blob "wallet". */
export function saveState(ctx: WalletContext, session: Session, reason: string): Promise<void> {
  return sealAndStore(
    ctx,
    'wallet-state',
    mapLabeled(session.state, encodePrivateState),
    (pt) => sealState(session.key, 'wallet', pt),
    (record) => ctx.store.writeState('wallet', record as never),
    reason,
  );
}

/** Saves the audit log (private) as the encrypted state blob "audit". */
export function saveAudit(ctx: WalletContext, session: Session): Promise<void> {
  return sealAndStore(
    ctx,
    'audit',
    labeled('private', json(ctx.ring.audit.entries())),
    (pt) => sealState(session.key, 'audit', pt),
    (record) => ctx.store.writeState('audit', record as never),
    AUDIT_SAVE_REASON,
  );
}
