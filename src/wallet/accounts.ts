/**
 * Account operations inside the ring: derive the next HD account, import a raw key, rename,
 * select. Private keys are derived inside the secret level and only their public keys come down
 * (declassifier `publicKeyOf`); the new list is saved encrypted before the popup sees it.
 */
import { publicKeyToAddress } from '../chains/evm/address';
import { parsePrivateKey } from '../keys';
import { cleared, joinLabeled, type Labeled, labeled, mapLabeled } from '../ring';
import * as list from './accountList';
import type { Session, WalletContext } from './context';
import { requireUnlocked } from './errors';
import { saveState, saveVault } from './persist';
import { readInWorker } from './read';
import { saveStateBehind } from './writeBehind';

/**
 * What a change answers: the account it touched and the list's size, not the list, so a change
 * costs the same with 1,000 accounts as with one (the popup patches its own copy).
 */
function accountChange(ctx: WalletContext, session: Session, id?: string) {
  const problem = ctx.saveProblem;
  return mapLabeled(session.state, (s) => {
    const touched = list.findAccount(s.accounts, id ?? s.accounts.selectedId);
    return {
      selectedId: s.accounts.selectedId,
      account: list.accountView(touched),
      total: s.accounts.accounts.length,
      ...(problem ? { saveProblem: problem } : {}),
    };
  });
}

/** A window of the list (see list.accountsView): the popup reads only the rows it shows. */
export function accountsView(ctx: WalletContext, session: Session, window: list.AccountsWindow = {}) {
  const problem = ctx.saveProblem;
  return mapLabeled(session.state, (s) => ({
    ...list.accountsView(s.accounts, window),
    ...(problem ? { saveProblem: problem } : {}),
  }));
}

/**
 * Derives m/44'/60'/0'/0/index into the session's account list (not yet saved): a BIP-32 public
 * derivation from the chain's extended public key, so no secret is touched and nothing declassified.
 */
export function deriveHdAccount(session: Session, index: number, name?: string): void {
  const pub = mapLabeled(session.chainPublic, (chain) => chain.deriveChild(index).publicKey!);
  session.state = joinLabeled([session.state, pub], ([s, p]) => ({
    ...s,
    accounts: list.addHdAccount(s.accounts, index, publicKeyToAddress(p), name),
  }));
}

/** Adds the accounts of several imported keys (rebuilding the list from the vault alone). */
export function addImportedKeys(ctx: WalletContext, session: Session, keys: Labeled<Uint8Array[]>): void {
  const pubs = ctx.ring.declassify.publicKeysOf(keys, 'addresses of imported accounts');
  mapLabeled(keys, cleared.wipeAll);
  session.state = joinLabeled([session.state, pubs], ([s, found]) => ({
    ...s,
    accounts: found.reduce((acc, p) => list.addImportedAccount(acc, publicKeyToAddress(p)), s.accounts),
  }));
}

/** Adds an imported key's account to the list (not yet saved); returns the account id. */
export function addImportedKey(
  ctx: WalletContext,
  session: Session,
  key: Labeled<Uint8Array>,
  name?: string,
): void {
  const pub = ctx.ring.declassify.publicKeyOf(key, 'address of an imported account');
  session.state = joinLabeled([session.state, pub], ([s, p]) => ({
    ...s,
    accounts: list.addImportedAccount(s.accounts, publicKeyToAddress(p), name),
  }));
}

export async function addAccount(ctx: WalletContext, name?: string) {
  const session = requireUnlocked(ctx.session);
  const index = readInWorker(
    ctx,
    mapLabeled(session.state, (s) => s.accounts.nextIndex),
    'next account index',
  );
  deriveHdAccount(session, index, name);
  saveStateBehind(ctx, session, 'add an account');
  return accountChange(ctx, session);
}

export async function importAccount(ctx: WalletContext, privateKey: string, name?: string) {
  const session = requireUnlocked(ctx.session);
  const key = labeled('secret', parsePrivateKey(privateKey));
  addImportedKey(ctx, session, key, name);
  const id = readInWorker(
    ctx,
    mapLabeled(session.state, (s) => s.accounts.selectedId),
    'id of the imported account',
  );
  session.secrets = joinLabeled([session.secrets, key], cleared.withImportedKey(id));
  mapLabeled(key, cleared.wipe);
  await saveVault(ctx, session, 'import an account key');
  await saveState(ctx, session, 'import an account');
  return accountChange(ctx, session);
}

export async function renameAccount(ctx: WalletContext, id: string, name: string) {
  const session = requireUnlocked(ctx.session);
  session.state = mapLabeled(session.state, (s) => ({
    ...s,
    accounts: list.renameAccount(s.accounts, id, name),
  }));
  saveStateBehind(ctx, session, 'rename an account');
  return accountChange(ctx, session, id);
}

export async function selectAccount(ctx: WalletContext, id: string) {
  const session = requireUnlocked(ctx.session);
  session.state = mapLabeled(session.state, (s) => ({ ...s, accounts: list.selectAccount(s.accounts, id) }));
  saveStateBehind(ctx, session, 'select an account');
  return accountChange(ctx, session);
}
