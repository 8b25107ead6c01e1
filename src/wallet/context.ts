/**
 * The wallet's in-ring state: the vault store, the ring, and — only while unlocked — the session
 * holding the labeled secrets and the non-extractable vault key. Nothing here is ever persisted
 * in clear; a worker restart loses the session, so the wallet comes back locked (fail-safe).
 */
import type { HDKey } from '@scure/bip32';
import type { Labeled, Ring } from '../ring';
import type { KdfParams, KdfSettings, VaultStore } from '../vault';
import type { Account } from './accountList';
import type { PrivateState } from './privateState';
import type { VaultSecrets } from './secrets';

export interface Session {
  /** AES-256-GCM ring-held key (WebCrypto, non-extractable): only declassify.encrypt uses it. */
  key: Labeled<CryptoKey>;
  kdf: KdfParams;
  /** The data key wrapped under the password (vault v2): rewrapped on a password change. */
  wrappedKey: string;
  createdAt: number;
  /** What is on disk: the vault's generation, each state record's, and the stored audit head. */
  generation: number;
  states: Record<string, number>;
  auditHead: string;
  /** Audit entries known to be on disk: the next save writes only the segments from here on. */
  auditSaved: number;
  /** The account segments on disk (the objects last sealed): the next save re-seals only the changed. */
  savedAccounts: Labeled<Account[][]>;
  secrets: Labeled<VaultSecrets>;
  /** BIP-39 seed, cached so deriving accounts does not rerun PBKDF2-2048. */
  seed: Labeled<Uint8Array>;
  /** BIP-32 chain node m/44'/60'/0'/0 (secret), so each account is one derivation step. */
  chain: Labeled<HDKey>;
  /** The chain node's public half (private level): new accounts' addresses come from it alone. */
  chainPublic: Labeled<HDKey>;
  /** Accounts and settings (private). */
  state: Labeled<PrivateState>;
}

export interface WalletOptions {
  ring: Ring;
  store: VaultStore;
  /** KDF for new vaults and password changes (tests pass cheaper, still valid, parameters). */
  kdf?: KdfSettings;
  now?: () => number;
}

export interface WalletContext {
  readonly ring: Ring;
  readonly store: VaultStore;
  readonly kdf: KdfSettings | undefined;
  readonly now: () => number;
  session: Session | undefined;
  /** The phrase from beginCreate, waiting to be typed back. */
  pendingMnemonic: Labeled<string> | undefined;
  /** True once the stored audit history was merged into the live log (once per worker life). */
  auditRestored: boolean;
  listeners: Set<(state: 'locked' | 'unlocked') => void>;
  /** Every session opened and not yet ended (one at most, once an unlock settles): lock wipes all. */
  live: Set<Session>;
  /** Sessions lock() ended whose write-behind commits are still landing (their secrets wait). */
  flushing: Set<Session>;
  /** The last write-behind failure, until a later one succeeds: the popup shows it. */
  saveProblem: string | undefined;
  /** Bumped by every lock(): an unlock that started before a lock must not end unlocked. */
  epoch: number;
  /** The transition queue: create, import and unlock run one at a time. */
  queue: Promise<unknown>;
}

export function createContext(options: WalletOptions): WalletContext {
  return {
    ring: options.ring,
    store: options.store,
    kdf: options.kdf,
    now: options.now ?? Date.now,
    session: undefined,
    pendingMnemonic: undefined,
    auditRestored: false,
    listeners: new Set(),
    live: new Set(),
    flushing: new Set(),
    saveProblem: undefined,
    epoch: 0,
    queue: Promise.resolve(),
  };
}
