/**
 * The wallet's lifecycle inside the ring: create (phrase shown once, typed back), import, unlock,
 * lock. The vault key exists only in the session; locking drops it and zeroes the cached seed.
 */

import { ProcedureError } from '../errors';
import { generateMnemonic, validateMnemonic } from '../keys';
import {
  cleared,
  joinLabeled,
  type Labeled,
  labeled,
  mapLabeled,
  mapLabeledAsync,
  ringKeyFrom,
} from '../ring';
import { DEFAULT_KDF, type KdfParams, newKdfParams, unlockVault } from '../vault';
import { deriveHdAccount } from './accounts';
import type { Session, WalletContext } from './context';
import { saveAudit, saveState, saveVault } from './persist';
import { newPrivateState, type PrivateState } from './privateState';
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

async function openSession(
  secrets: Labeled<VaultSecrets>,
  key: Labeled<CryptoKey>,
  kdf: KdfParams,
  createdAt: number,
  state: Labeled<PrivateState>,
): Promise<Session> {
  const seed = await mapLabeledAsync(secrets, cleared.seedOf);
  return { key, kdf, createdAt, secrets, seed, state };
}

async function initialise(
  ctx: WalletContext,
  mnemonic: Labeled<string>,
  passphrase: string,
  password: string,
  how: string,
) {
  await refuseIfInitialized(ctx);
  const kdf = newKdfParams(ctx.kdf ?? DEFAULT_KDF);
  const key = labeled('secret', await ringKeyFrom.password(password, kdf));
  const secrets = joinLabeled([mnemonic, labeled('secret', passphrase)], cleared.newSecrets);
  const session = await openSession(secrets, key, kdf, ctx.now(), labeled('private', newPrivateState()));
  deriveHdAccount(ctx, session, 0);
  await saveVault(ctx, session, `${how} the wallet`);
  await saveState(ctx, session, `${how} the wallet`);
  ctx.session = session;
  ctx.auditRestored = true;
  await saveAudit(ctx, session);
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
  const opened = await unlockVault(ctx.store, password, {
    now: ctx.now,
    deriveKey: ringKeyFrom.password,
    ...(ctx.kdf ? { kdfTarget: ctx.kdf } : {}),
  });
  const plaintext = labeled('secret', opened.plaintext);
  const secrets = mapLabeled(plaintext, cleared.decodeSecrets);
  mapLabeled(plaintext, cleared.wipe);
  const created = opened.record.createdAt;
  const session = await openSession(
    secrets,
    labeled('secret', opened.key),
    opened.params,
    created,
    labeled('private', newPrivateState()),
  );
  session.state = await loadPrivateState(ctx, session, opened.key);
  if (!ctx.auditRestored) await restoreAuditHistory(ctx, opened.key);
  ctx.auditRestored = true;
  ctx.session = session;
  if (opened.usedFallback) {
    ctx.ring.audit.append({
      kind: 'vault-fallback',
      detail: 'the current vault record was unreadable; opened the previous one',
    });
  }
  await saveAudit(ctx, session);
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
