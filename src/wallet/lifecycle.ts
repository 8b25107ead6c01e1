/**
 * The wallet's lifecycle inside the ring: create (phrase shown once, typed back), import, unlock,
 * lock. The vault key exists only in the session; locking drops it and zeroes the cached seed.
 */

import { HDKey } from '@scure/bip32';
import { ProcedureError } from '../errors';
import { generateMnemonic, validateMnemonic } from '../keys';
import {
  cleared,
  dataKeys,
  GENESIS,
  joinLabeled,
  type Labeled,
  labeled,
  mapLabeled,
  mapLabeledAsync,
} from '../ring';
import { DEFAULT_KDF, MAX_DELAY_MS, newKdfParams, openVault } from '../vault';
import { deriveHdAccount } from './accounts';
import type { Session, WalletContext } from './context';
import { AUDIT_SEGMENT, auditSegment, commit, saveAudit } from './persist';
import { newPrivateState } from './privateState';
import { readInWorker } from './read';
import { loadPrivateState, restoreAuditHistory } from './restore';
import type { VaultSecrets } from './secrets';
import { hasPendingWrites, writesSettled } from './writeBehind';

export type WalletState = 'uninitialized' | 'locked' | 'unlocked';

export async function walletState(ctx: WalletContext): Promise<WalletState> {
  return (await walletStatus(ctx)).state;
}

/** The state, and while unlocking is throttled, how long until the next attempt is allowed. */
export async function walletStatus(
  ctx: WalletContext,
): Promise<{ state: WalletState; retryAfterMs?: number; saveProblem?: string }> {
  if (ctx.session) return { state: 'unlocked', ...(ctx.saveProblem ? { saveProblem: ctx.saveProblem } : {}) };
  const meta = await ctx.store.readMeta();
  if (!meta.initialized) return { state: 'uninitialized' };
  const wait = meta.lockedUntil - ctx.now();
  // An unreadable deadline reads as far future: the wait shown (and enforced) is the cap.
  return wait > 0 ? { state: 'locked', retryAfterMs: Math.min(wait, MAX_DELAY_MS) } : { state: 'locked' };
}

function notify(ctx: WalletContext, state: 'locked' | 'unlocked'): void {
  for (const listener of ctx.listeners) listener(state);
}

export async function refuseIfInitialized(ctx: WalletContext): Promise<void> {
  if ((await walletState(ctx)) !== 'uninitialized') {
    throw new ProcedureError('ALREADY_INITIALIZED', 'A wallet already exists on this browser profile');
  }
}

type SessionKeys = Pick<Session, 'key' | 'kdf' | 'wrappedKey' | 'createdAt'>;

async function openSession(
  ctx: WalletContext,
  secrets: Labeled<VaultSecrets>,
  keys: SessionKeys,
  disk: Pick<Session, 'generation' | 'states' | 'auditHead'>,
): Promise<Session> {
  const seed = await mapLabeledAsync(secrets, cleared.seedOf);
  const chain = mapLabeled(seed, cleared.chainNode);
  const xpub = ctx.ring.declassify.extendedPublicKeyOf(chain, 'derive new accounts without the secret key');
  const chainPublic = mapLabeled(xpub, (x) => new HDKey({ ...x }));
  const { generation, states, auditHead } = disk;
  // The last stored segment may be partial: the next save rewrites it (and what follows).
  const segments = Object.keys(states).filter((n) => auditSegment(n) >= 0).length;
  const auditSaved = Math.max(0, segments - 1) * AUDIT_SEGMENT;
  const fresh = labeled('private', newPrivateState(ctx.now()));
  return {
    ...keys,
    generation,
    states: { ...states },
    auditHead,
    auditSaved,
    savedAccounts: labeled('private', []),
    secrets,
    seed,
    chain,
    chainPublic,
    state: fresh,
  };
}

/** A fresh random data key wrapped under `password` (new vaults and the v1 → v2 migration). */
async function newKeys(ctx: WalletContext, password: string, createdAt: number): Promise<SessionKeys> {
  const kdf = newKdfParams(ctx.kdf ?? DEFAULT_KDF);
  const { key, wrappedKey } = await dataKeys.create(password, kdf);
  return { key: labeled('secret', key), kdf, wrappedKey, createdAt };
}

const NOTHING_STORED = { generation: 0, states: {}, auditHead: GENESIS };

function initialise(
  ctx: WalletContext,
  mnemonic: Labeled<string>,
  passphrase: string,
  password: string,
  how: string,
) {
  const epoch = ctx.epoch;
  return serialised(ctx, () => initialiseNow(ctx, mnemonic, passphrase, password, how, epoch));
}

async function initialiseNow(
  ctx: WalletContext,
  mnemonic: Labeled<string>,
  passphrase: string,
  password: string,
  how: string,
  epoch: number,
) {
  await refuseIfInitialized(ctx);
  const keys = await newKeys(ctx, password, ctx.now());
  const secrets = joinLabeled([mnemonic, labeled('secret', passphrase)], cleared.newSecrets);
  const session = await openSession(ctx, secrets, keys, NOTHING_STORED);
  ctx.live.add(session);
  deriveHdAccount(session, 0);
  ctx.auditRestored = true;
  await commit(ctx, session, { wallet: true, audit: true }, `${how} the wallet`);
  if (ctx.epoch !== epoch) return endSession(ctx, session); // stored, but the user locked meanwhile
  ctx.session = session;
  notify(ctx, 'unlocked');
}

/** Generates a phrase in the ring and shows it once (declassifier showNewMnemonic). */
export async function beginCreate(ctx: WalletContext, words: 12 | 24) {
  await refuseIfInitialized(ctx);
  ctx.pendingMnemonic = labeled('secret', generateMnemonic(words));
  const shown = ctx.ring.declassify.showNewMnemonic(ctx.pendingMnemonic, 'first backup of a new wallet');
  return mapLabeled(shown, (m) => ({ words: m.split(' ') }));
}

export async function finishCreate(ctx: WalletContext, confirmation: string, password: string) {
  const pending = ctx.pendingMnemonic;
  if (!pending)
    throw new ProcedureError('NO_PENDING_PHRASE', 'No new phrase is waiting: start creating again');
  const typed = labeled('secret', confirmation.trim().toLowerCase().split(/\s+/u).join(' '));
  const same = joinLabeled([pending, typed], cleared.samePhrase);
  const decided = ctx.ring.declassify.decide(same, 'the typed-back phrase matches the one shown');
  if (!readInWorker(ctx, decided, 'compare the typed-back phrase')) {
    throw new ProcedureError(
      'PHRASE_MISMATCH',
      'The phrase you typed does not match the one shown; check each word',
    );
  }
  await initialise(ctx, pending, '', password, 'create');
  ctx.pendingMnemonic = undefined;
}

export async function importWallet(ctx: WalletContext, phrase: string, password: string, passphrase = '') {
  await refuseIfInitialized(ctx);
  const mnemonic = labeled('secret', validateMnemonic(phrase));
  await initialise(ctx, mnemonic, passphrase, password, 'import');
}

/** A wallet rebuilt from guardians' shares (src/wallet/recovery.ts): the phrase never left the ring. */
export async function recoverWallet(ctx: WalletContext, mnemonic: Labeled<string>, password: string) {
  await initialise(ctx, mnemonic, '', password, 'recover');
}

/**
 * The lock state machine: create, import and unlock are serialised (a second unlock waits and
 * finds the session the first opened: one session), and lock() is not queued but wins at once —
 * an unlock that sees the epoch moved ends its own session (wiped) and leaves the wallet locked.
 */
function serialised<T>(ctx: WalletContext, step: () => Promise<T>): Promise<T> {
  const run = ctx.queue.catch(() => {}).then(step);
  ctx.queue = run;
  return run;
}

function endSession(ctx: WalletContext, session: Session): void {
  ctx.live.delete(session);
  mapLabeled(session.seed, cleared.wipe);
  mapLabeled(session.chain, cleared.wipeNode);
  if (!hasPendingWrites(session)) return void mapLabeled(session.secrets, cleared.wipeSecrets);
  // The account changes already answered are written first (milliseconds); then the secrets go.
  ctx.flushing.add(session);
  void writesSettled(session).then(() => {
    ctx.flushing.delete(session);
    mapLabeled(session.secrets, cleared.wipeSecrets);
  });
}

/** Waits for the write-behind of sessions lock() ended: the next session reads what they wrote. */
const flushed = (ctx: WalletContext) => Promise.all([...ctx.flushing].map(writesSettled));

export function unlock(ctx: WalletContext, password: string): Promise<void> {
  const epoch = ctx.epoch; // a lock() pressed after this request wins over it
  return serialised(ctx, () => unlockNow(ctx, password, epoch));
}

async function unlockNow(ctx: WalletContext, password: string, epoch: number): Promise<void> {
  if (ctx.session || ctx.epoch !== epoch) return; // coalesced into the open session, or locked since
  await flushed(ctx);
  const opened = await openVault(ctx.store, password, {
    now: ctx.now,
    openKey: dataKeys.open,
    ...(ctx.kdf ? { kdfTarget: ctx.kdf } : {}),
  });
  const plaintext = labeled('secret', opened.plaintext);
  if (ctx.epoch !== epoch) return void mapLabeled(plaintext, cleared.wipe); // locked during the KDF
  const secrets = mapLabeled(plaintext, cleared.decodeSecrets);
  mapLabeled(plaintext, cleared.wipe);
  const v2 = opened.format === 2;
  const keys = v2
    ? { key: labeled('secret', opened.key), kdf: opened.record.kdf, wrappedKey: opened.record.wrappedKey }
    : await newKeys(ctx, password, opened.record.createdAt);
  const session = await openSession(
    ctx,
    secrets,
    { ...keys, createdAt: opened.record.createdAt },
    v2 ? opened.record : NOTHING_STORED,
  );
  ctx.live.add(session);
  session.state = await loadPrivateState(ctx, session, opened);
  if (!ctx.auditRestored) await restoreAuditHistory(ctx, opened, session);
  ctx.auditRestored = true;
  if (opened.usedFallback) {
    ctx.ring.audit.append({
      kind: 'vault-fallback',
      detail: 'the current vault record was unreadable; opened the previous one',
    });
  }
  if (!v2) {
    ctx.ring.audit.append({ kind: 'vault-migrated', detail: 'vault format 1 → 2 (random data key)' });
    // One transaction replaces the v1 records; both vault slots hold v2 (no v1 copy stays).
    const migrate = { wallet: true, audit: true, previous: 'same' as const, remove: ['audit'] };
    await commit(ctx, session, migrate, 'migrate the vault');
  } else await saveAudit(ctx, session);
  if (ctx.epoch !== epoch) return endSession(ctx, session); // lock() won while we were writing
  ctx.session = session;
  notify(ctx, 'unlocked');
}

export function lock(ctx: WalletContext): void {
  const had = ctx.session !== undefined;
  ctx.epoch++;
  ctx.session = undefined;
  ctx.pendingMnemonic = undefined;
  for (const session of [...ctx.live]) endSession(ctx, session);
  if (had) notify(ctx, 'locked');
}
