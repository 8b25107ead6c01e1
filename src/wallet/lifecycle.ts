/**
 * The wallet's lifecycle inside the ring: create (phrase shown once, typed back), import, unlock,
 * lock. The vault key exists only in the session; locking drops it and zeroes the cached seed.
 */

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
import { DEFAULT_KDF, newKdfParams, openVault } from '../vault';
import { deriveHdAccount } from './accounts';
import type { Session, WalletContext } from './context';
import { commit, saveAudit } from './persist';
import { newPrivateState } from './privateState';
import { readInWorker } from './read';
import { loadPrivateState, restoreAuditHistory } from './restore';
import type { VaultSecrets } from './secrets';

export type WalletState = 'uninitialized' | 'locked' | 'unlocked';

export async function walletState(ctx: WalletContext): Promise<WalletState> {
  return (await walletStatus(ctx)).state;
}

/** The state, and while unlocking is throttled, how long until the next attempt is allowed. */
export async function walletStatus(
  ctx: WalletContext,
): Promise<{ state: WalletState; retryAfterMs?: number }> {
  if (ctx.session) return { state: 'unlocked' };
  const meta = await ctx.store.readMeta();
  if (!meta.initialized) return { state: 'uninitialized' };
  const wait = meta.lockedUntil - ctx.now();
  return wait > 0 ? { state: 'locked', retryAfterMs: wait } : { state: 'locked' };
}

function notify(ctx: WalletContext, state: 'locked' | 'unlocked'): void {
  for (const listener of ctx.listeners) listener(state);
}

async function refuseIfInitialized(ctx: WalletContext): Promise<void> {
  if ((await walletState(ctx)) !== 'uninitialized') {
    throw new ProcedureError('ALREADY_INITIALIZED', 'A wallet already exists on this browser profile');
  }
}

type SessionKeys = Pick<Session, 'key' | 'kdf' | 'wrappedKey' | 'createdAt'>;

async function openSession(
  secrets: Labeled<VaultSecrets>,
  keys: SessionKeys,
  disk: Pick<Session, 'generation' | 'states' | 'auditHead'>,
): Promise<Session> {
  const seed = await mapLabeledAsync(secrets, cleared.seedOf);
  return { ...keys, ...disk, secrets, seed, state: labeled('private', newPrivateState()) };
}

/** A fresh random data key wrapped under `password` (new vaults and the v1 → v2 migration). */
async function newKeys(ctx: WalletContext, password: string, createdAt: number): Promise<SessionKeys> {
  const kdf = newKdfParams(ctx.kdf ?? DEFAULT_KDF);
  const { key, wrappedKey } = await dataKeys.create(password, kdf);
  return { key: labeled('secret', key), kdf, wrappedKey, createdAt };
}

const NOTHING_STORED = { generation: 0, states: {}, auditHead: GENESIS };

async function initialise(
  ctx: WalletContext,
  mnemonic: Labeled<string>,
  passphrase: string,
  password: string,
  how: string,
) {
  await refuseIfInitialized(ctx);
  const keys = await newKeys(ctx, password, ctx.now());
  const secrets = joinLabeled([mnemonic, labeled('secret', passphrase)], cleared.newSecrets);
  const session = await openSession(secrets, keys, NOTHING_STORED);
  deriveHdAccount(ctx, session, 0);
  ctx.auditRestored = true;
  await commit(ctx, session, { wallet: true, audit: true }, `${how} the wallet`);
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

export async function unlock(ctx: WalletContext, password: string): Promise<void> {
  if (ctx.session) return;
  const opened = await openVault(ctx.store, password, {
    now: ctx.now,
    openKey: dataKeys.open,
    ...(ctx.kdf ? { kdfTarget: ctx.kdf } : {}),
  });
  const plaintext = labeled('secret', opened.plaintext);
  const secrets = mapLabeled(plaintext, cleared.decodeSecrets);
  mapLabeled(plaintext, cleared.wipe);
  const v2 = opened.format === 2;
  const keys = v2
    ? { key: labeled('secret', opened.key), kdf: opened.record.kdf, wrappedKey: opened.record.wrappedKey }
    : await newKeys(ctx, password, opened.record.createdAt);
  const session = await openSession(
    secrets,
    { ...keys, createdAt: opened.record.createdAt },
    v2 ? opened.record : NOTHING_STORED,
  );
  session.state = await loadPrivateState(ctx, session, opened);
  if (!ctx.auditRestored) await restoreAuditHistory(ctx, opened);
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
    await commit(ctx, session, { wallet: true, audit: true, previous: 'same' }, 'migrate the vault');
  } else await saveAudit(ctx, session);
  ctx.session = session;
  notify(ctx, 'unlocked');
}

export function lock(ctx: WalletContext): void {
  const session = ctx.session;
  ctx.session = undefined;
  ctx.pendingMnemonic = undefined;
  if (!session) return;
  mapLabeled(session.seed, cleared.wipe);
  notify(ctx, 'locked');
}
