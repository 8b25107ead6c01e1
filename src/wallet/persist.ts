/**
 * Writing to IndexedDB, the ring's way (vault v2): every plaintext goes down only through the
 * `encrypt` declassifier (AES-256-GCM under the session's ring-held data key) and reaches the store
 * only through a storage sink, whose clearance is public. One commit = one IndexedDB transaction:
 * the vault record (generation + 1, naming each state record's generation and the audit head) and
 * the state records that changed.
 */

import { ProcedureError } from '../errors';
import { cleared, GENESIS, joinLabeled, type Labeled, labeled, mapLabeled, storageSink } from '../ring';
import { bytesToBase64, dataAad, type StateRecordV2, stateAadV2, type VaultRecordV2 } from '../vault';
import { accountSegment, accountSegmentName, changedSegments, splitForStorage } from './accountSegments';
import type { Session, WalletContext } from './context';
import { readInWorker } from './read';

export const AUDIT_SAVE_REASON = 'save the audit log';
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

async function sealed(
  ctx: WalletContext,
  session: Session,
  name: string,
  plaintext: Labeled<Uint8Array>,
  aad: Uint8Array,
  reason: string,
): Promise<string> {
  try {
    const ciphertext = await ctx.ring.declassify.encrypt(plaintext, session.key, aad, reason);
    const out: string[] = [];
    ctx.ring.emit(
      storageSink(name, (bytes) => void out.push(bytesToBase64(bytes as Uint8Array))),
      ciphertext,
    );
    return out[0] ?? '';
  } finally {
    mapLabeled(plaintext, cleared.wipe);
  }
}

export type Changes = {
  wallet?: boolean;
  audit?: boolean;
  /** The fallback slot: see VaultStore.commit. Default 'rotate'. */
  previous?: 'rotate' | 'same' | 'keep';
  /** State records to delete in the same transaction (the v1 `audit` record after migration). */
  remove?: string[];
  /** A write-behind commit (writeBehind.ts): it may still run while lock() flushes its session. */
  flush?: boolean;
};

/** Entries per audit segment record (`audit.0`, `audit.1`, …). */
export const AUDIT_SEGMENT = 64;

/** The segment number of a state record name, or -1 for anything else. */
export function auditSegment(name: string): number {
  const m = /^audit\.(\d{1,9})$/.exec(name);
  return m ? Number(m[1]) : -1;
}

// One commit at a time per session: two interleaved commits would both write generation g + 1 and
// the later vault record would name the earlier one's state record as older than it is.
const queues = new WeakMap<Session, Promise<unknown>>();

/**
 * Seals and writes the vault record and the changed state records in one transaction. `reason`
 * may be a function: it is asked when the commit starts (a write-behind names what it carries).
 */
export function commit(
  ctx: WalletContext,
  session: Session,
  changes: Changes,
  reason: string | (() => string),
) {
  const run = (queues.get(session) ?? Promise.resolve())
    .catch(() => {})
    .then(() => commitNow(ctx, session, changes, reason));
  queues.set(session, run);
  return run;
}

async function commitNow(
  ctx: WalletContext,
  session: Session,
  changes: Changes,
  reasonOf: string | (() => string),
) {
  // A session lock() ended has wiped secrets: sealing them would overwrite the vault with nothing.
  // Only its write-behind commits still run while lock() flushes them, before the wipe.
  const flushing = changes.flush === true && ctx.flushing.has(session);
  if (!ctx.live.has(session) && !flushing)
    throw new ProcedureError('LOCKED', 'The wallet was locked; nothing was saved');
  const reason = typeof reasonOf === 'function' ? reasonOf() : reasonOf;
  // Encoded before any await, so a lock() during the writes cannot change what is sealed.
  const secrets = mapLabeled(session.secrets, cleared.encodeSecrets);
  try {
    const generation = session.generation + 1;
    const states: Record<string, StateRecordV2> = {};
    const manifest = { ...session.states };
    let auditHead = session.auditHead;
    // Every record is sealed at once (one round trip to WebCrypto's threads, not one per record).
    const sealing: Promise<void>[] = [];
    const put = (name: string, plaintext: Labeled<Uint8Array>, why: string) => {
      manifest[name] = generation;
      const aad = stateAadV2(name, generation);
      sealing.push(
        sealed(ctx, session, name, plaintext, aad, why).then((data) => {
          states[name] = { v: 2, name, generation, data };
        }),
      );
    };
    let savedAccounts = session.savedAccounts;
    if (changes.wallet) {
      // The accounts in segments (accountSegments.ts): only those that changed are re-sealed.
      const split = mapLabeled(session.state, splitForStorage);
      const { dirty, count } = readInWorker(
        ctx,
        joinLabeled([split, session.savedAccounts], ([s, saved]) => ({
          dirty: changedSegments(s.segments, saved),
          count: s.segments.length,
        })),
        'account segments to save',
      );
      for (const k of dirty)
        put(
          accountSegmentName(k),
          mapLabeled(split, (s) => json(s.segments[k])),
          reason,
        );
      for (const name of Object.keys(manifest)) if (accountSegment(name) >= count) delete manifest[name];
      put(
        'wallet',
        mapLabeled(split, (s) => json(s.head)),
        reason,
      );
      savedAccounts = mapLabeled(split, (s) => s.segments);
    }
    let auditSaved = session.auditSaved;
    if (changes.audit) {
      // Segments of AUDIT_SEGMENT entries: an append rewrites the last one or two, never the log.
      const entries = ctx.ring.audit.entries();
      auditHead = entries.at(-1)?.hash ?? GENESIS;
      const count = Math.ceil(entries.length / AUDIT_SEGMENT);
      for (let k = Math.floor(session.auditSaved / AUDIT_SEGMENT); k < count; k++) {
        const part = entries.slice(k * AUDIT_SEGMENT, (k + 1) * AUDIT_SEGMENT);
        put(`audit.${k}`, labeled('private', json(part)), AUDIT_SAVE_REASON);
      }
      for (const name of Object.keys(manifest)) if (auditSegment(name) >= count) delete manifest[name];
      auditSaved = entries.length;
    }
    const header = {
      createdAt: session.createdAt,
      updatedAt: Math.max(ctx.now(), session.createdAt),
      generation,
      auditHead,
      states: manifest,
    };
    const [data] = await Promise.all([
      sealed(ctx, session, 'vault', secrets, dataAad(header), reason),
      ...sealing,
    ]);
    const vault: VaultRecordV2 = { v: 2, kdf: session.kdf, wrappedKey: session.wrappedKey, ...header, data };
    const remove = changes.remove ?? [];
    await ctx.store.commit({ vault, states, remove, previous: changes.previous ?? 'rotate' });
    // Only after the transaction: a failed write leaves the session naming what is on disk.
    Object.assign(session, { generation, states: manifest, auditHead, auditSaved, savedAccounts });
  } finally {
    mapLabeled(secrets, cleared.wipe); // if a write failed before sealing it
  }
}

/** Re-seals the vault record (secrets changed). */
export const saveVault = (ctx: WalletContext, session: Session, reason: string) =>
  commit(ctx, session, {}, reason);

/** Saves accounts and settings (private) as the state record "wallet". */
export const saveState = (ctx: WalletContext, session: Session, reason: string) =>
  commit(ctx, session, { wallet: true, previous: 'keep' }, reason);

/** Saves the new audit entries (private) in segment records; the vault record names the head. */
export const saveAudit = (ctx: WalletContext, session: Session) =>
  commit(ctx, session, { audit: true, previous: 'keep' }, AUDIT_SAVE_REASON);
