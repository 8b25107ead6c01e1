/**
 * The wallet as the dapp methods see it: grants, the accounts to offer on a connect card, signing
 * with one granted account, activity and watched tokens. Every signature comes down through the
 * ring's `sign` declassifier with a reason naming the origin, so the audit log says who asked.
 *
 *   const wallet = createDappWallet(ctx);
 *   const sig = wallet.sign(origin, address, digest, 'personal_sign');   // Labeled<RecoverableSignature>
 */

import { ErrorCode, RpcError } from '../errors';
import type { Evaluation, PolicyRequest } from '../policy';
import { type Labeled, mapLabeled, type RecoverableSignature } from '../ring';
import { selectedAccount } from './accountList';
import { recordActivity, updateActivity } from './activity';
import type { WalletContext } from './context';
import { walletState } from './lifecycle';
import { saveState } from './persist';
import type { ActivityRecord, WatchedAsset } from './privateState';
import { readInWorker } from './read';
import { decide, originDeny, policyView, recordSpend, type Spend } from './rules';
import { signDigest } from './sign';
import { connectedOrigins, grantedAccounts, grantSite, revokeSite } from './sites';

export interface AccountChoice {
  address: string;
  name: string;
  selected: boolean;
}

export interface DappWallet {
  state(): Promise<'uninitialized' | 'locked' | 'unlocked'>;
  /** Resolves once the wallet is unlocked (at once if it is). */
  whenUnlocked(): Promise<void>;
  granted(origin: string): string[];
  connectedOrigins(): string[];
  /** The accounts a connect card offers (private: shown on the user's own screen only). */
  accountChoices(): AccountChoice[];
  grant(origin: string, accounts: string[]): Promise<string[]>;
  revoke(origin: string): Promise<boolean>;
  /** Signs a 32-byte digest with a granted account of `origin` (4100 if not granted). */
  sign(origin: string, address: string, digest: Uint8Array, what: string): Labeled<RecoverableSignature>;
  /** Addresses this wallet sent to before, and its own addresses. */
  knownRecipients(): string[];
  nameOf(address: string): string | undefined;
  recordActivity(record: ActivityRecord): Promise<void>;
  updateActivity(hash: string, status: ActivityRecord['status']): Promise<void>;
  activity(): ActivityRecord[];
  watchAsset(asset: WatchedAsset): Promise<void>;
  /** The ERC-20 tokens the wallet follows, on every chain. */
  assets(): WatchedAsset[];
  /** The rules' verdict on a request (rules.ts); undefined while locked. */
  decide(request: PolicyRequest): Evaluation | undefined;
  /** A deny on the origin alone, decided before any window opens; undefined otherwise. */
  originDeny(origin: string): Evaluation | undefined;
  /** Counts a broadcast send in the rolling totals (saved before it resolves). */
  recordSpend(spend: Spend): Promise<void>;
  onChange(listener: (state: 'locked' | 'unlocked') => void): () => void;
}

export function createDappWallet(ctx: WalletContext): DappWallet {
  // The address book's name for an address (cards show it beside the address).
  const contactName = (address: string) => {
    try {
      return policyView(ctx).book.lookup(address)?.name;
    } catch {
      return undefined; // not an address the book can hold
    }
  };
  const read = <T>(fn: (s: import('./privateState').PrivateState) => T, why: string, fallback: T): T =>
    ctx.session ? readInWorker(ctx, mapLabeled(ctx.session.state, fn), why) : fallback;

  return {
    state: () => walletState(ctx),
    whenUnlocked() {
      if (ctx.session) return Promise.resolve();
      return new Promise((resolve) => {
        const listener = (state: 'locked' | 'unlocked') => {
          if (state !== 'unlocked') return;
          ctx.listeners.delete(listener);
          resolve();
        };
        ctx.listeners.add(listener);
      });
    },
    granted: (origin) => grantedAccounts(ctx, origin),
    connectedOrigins: () => connectedOrigins(ctx),
    accountChoices: () =>
      read(
        (s) => {
          const selected = selectedAccount(s.accounts)?.id;
          return s.accounts.accounts.map((a) => ({
            address: a.address,
            name: a.name,
            selected: a.id === selected,
          }));
        },
        'accounts for a connect card',
        [],
      ),
    grant: (origin, accounts) => grantSite(ctx, origin, accounts),
    revoke: (origin) => revokeSite(ctx, origin),
    sign(origin, address, digest, what) {
      const lower = address.toLowerCase();
      if (!grantedAccounts(ctx, origin).some((a) => a.toLowerCase() === lower))
        throw new RpcError(
          ErrorCode.unauthorized,
          `The account ${address.slice(0, 42)} is not connected to this site`,
        );
      const id = read(
        (s) => s.accounts.accounts.find((a) => a.address.toLowerCase() === lower)?.id,
        'signer id',
        undefined,
      );
      if (!id) throw new RpcError(ErrorCode.unauthorized, 'The account is not in this wallet');
      return signDigest(ctx, id, digest, `${what} for ${origin}`);
    },
    knownRecipients: () =>
      read((s) => [...new Set([...s.activity.flatMap((a) => (a.to ? [a.to] : []))])], 'past recipients', []),
    nameOf: (address) =>
      read(
        (s) => s.accounts.accounts.find((a) => a.address.toLowerCase() === address.toLowerCase())?.name,
        'name of an address',
        undefined,
      ) ?? (ctx.session ? contactName(address) : undefined),
    recordActivity: (record) => recordActivity(ctx, record),
    updateActivity: (hash, status) => updateActivity(ctx, hash, status),
    activity: () => read((s) => s.activity, 'activity', []),
    assets: () => read((s) => s.assets, 'watched tokens', []),
    async watchAsset(asset) {
      const session = ctx.session;
      if (!session) throw new RpcError(ErrorCode.unauthorized, 'The wallet is locked');
      session.state = mapLabeled(session.state, (s) => ({
        ...s,
        assets: [
          ...s.assets.filter(
            (a) => !(a.chainId === asset.chainId && a.address.toLowerCase() === asset.address.toLowerCase()),
          ),
          asset,
        ],
      }));
      await saveState(ctx, session, `watch ${asset.symbol}`);
    },
    decide: (request) => decide(ctx, request),
    originDeny: (origin) => originDeny(ctx, origin),
    recordSpend: (spend) => recordSpend(ctx, spend),
    onChange(listener) {
      ctx.listeners.add(listener);
      return () => ctx.listeners.delete(listener);
    },
  };
}
