/**
 * The only place a function is cleared to read secret-level values (DESIGN.md "Levels and sinks":
 * a function is only as cleared as its least-cleared part). mapLabeled / joinLabeled /
 * mapLabeledAsync on a secret input accept nothing but a function listed here; a plain callback is
 * refused (FlowViolation, audited). Review rule for this file: a cleared function may return its
 * result only (which stays at the input's level), never call a function it was given, never store a
 * value anywhere else.
 *
 *   const seed = await mapLabeledAsync(secrets, cleared.seedOf);   // secret stays secret
 *   mapLabeled(seed, (s) => s.length);                              // FlowViolation, audited
 *
 * The registries below are module-private: nothing outside this file can clear a function, make a
 * key count as ring-held, or mint a password proof.
 */

import { secp256k1 } from '@noble/curves/secp256k1.js';
import type { HDKey } from '@scure/bip32';
import {
  bip84Keys,
  bip84Node,
  chainChildKey,
  deriveChainNode,
  entropyToMnemonic,
  entropyToSeed,
  mnemonicToEntropy,
} from '../keys/index.js';
import { CLEAR_HEADER_LENGTH } from '../recovery/codes.js';
import {
  combineEnvelopes,
  decodeEnvelope,
  type Envelope,
  encodeEnvelope,
  encodeEnvelopeText,
  parseEnvelope,
  RecoveryError,
  type SplitOptions,
  splitEntropy,
} from '../recovery/index.js';
import { guardianKeyFromSeed, healthKeyOf } from '../recovery/keys.js';
import {
  checkPassword,
  DATA_KEY_BYTES,
  type KdfParams,
  unwrapDataKey,
  type VaultStore,
  wrapDataKey,
} from '../vault/index.js';
import { decodeSecrets, encodeSecrets, newSecrets, type VaultSecrets } from '../wallet/secrets.js';
import { openSealedBytes } from './guardianSeal.js';
import { type Labeled, labeled } from './labeled.js';

const clearedFns = new WeakSet<object>();
const ringKeys = new WeakSet<CryptoKey>();
const liveProofs = new WeakSet<object>();

function clear<F extends (...args: never[]) => unknown>(fn: F): F {
  clearedFns.add(fn);
  return fn;
}

/** True for a function this file cleared to read secret values. */
export function isCleared(fn: unknown): boolean {
  return typeof fn === 'function' && clearedFns.has(fn);
}

/** True for a non-extractable AES-GCM key made by this file's vault-crypto functions. */
export function isRingKey(key: unknown): key is CryptoKey {
  return typeof CryptoKey !== 'undefined' && key instanceof CryptoKey && ringKeys.has(key);
}

/** Imports raw data-key bytes as a non-extractable ring key, then zeroes them. */
async function ringKey(raw: Uint8Array): Promise<CryptoKey> {
  const copy = new Uint8Array(raw);
  try {
    const key = await crypto.subtle.importKey('raw', copy, 'AES-GCM', false, ['encrypt', 'decrypt']);
    ringKeys.add(key);
    return key;
  } finally {
    copy.fill(0);
    raw.fill(0);
  }
}

/** An unforgeable, single-use proof that the stored vault's password was re-entered just now. */
export type PasswordProof = { readonly kind: 'password-proof' };

/**
 * The password check, and the only issuer of proofs: throttled like an unlock, changes nothing.
 * Throws (VaultError DECRYPT_FAILED / THROTTLED) when the password does not open the vault.
 */
export async function provePassword(
  store: VaultStore,
  password: string,
  opts: { now?: () => number } = {},
): Promise<PasswordProof> {
  await checkPassword(store, password, unwrapDataKey, opts.now);
  const proof = Object.freeze({ kind: 'password-proof' as const });
  liveProofs.add(proof);
  return proof;
}

/** Spends a proof: true once for a proof provePassword issued, false for anything else. */
export function spendProof(proof: unknown): boolean {
  if (typeof proof !== 'object' || proof === null || !liveProofs.has(proof)) return false;
  liveProofs.delete(proof);
  return true;
}

/**
 * The vault's data key (vault v2): random, made and unwrapped here, so the raw bytes never reach
 * the caller, and the CryptoKey it gets is non-extractable. Residual (docs/vault.md): a module that
 * writes its own wrapped key for a password it knows can have it unwrapped into a ring key.
 */
export const dataKeys = Object.freeze({
  async create(password: string, kdf: KdfParams): Promise<{ key: CryptoKey; wrappedKey: string }> {
    const raw = crypto.getRandomValues(new Uint8Array(DATA_KEY_BYTES));
    try {
      const wrappedKey = await wrapDataKey(password, kdf, raw);
      return { key: await ringKey(raw), wrappedKey };
    } finally {
      raw.fill(0);
    }
  },
  async open(password: string, kdf: KdfParams, wrappedKey: string, upgradeTo?: KdfParams) {
    const raw = await unwrapDataKey(password, kdf, wrappedKey);
    // A failed rewrap must not fail the unlock: the stored wrapping still opens.
    const rewrapped = upgradeTo
      ? await wrapDataKey(password, upgradeTo, raw).catch(() => undefined)
      : undefined;
    return { key: await ringKey(raw), ...(rewrapped ? { rewrapped } : {}) };
  },
  /** Password change: the same data key, wrapped under the next password; nothing else changes. */
  async rewrap(password: string, kdf: KdfParams, wrappedKey: string, next: string, nextKdf: KdfParams) {
    const raw = await unwrapDataKey(password, kdf, wrappedKey);
    try {
      return await wrapDataKey(next, nextKdf, raw);
    } finally {
      raw.fill(0);
    }
  },
});

/**
 * A recovery request's ephemeral key (issue 8): made here and wrapped under the new password like a
 * data key, so the raw key reaches the caller only labeled secret, never on disk in clear.
 */
export const requestKeys = Object.freeze({
  async create(password: string, kdf: KdfParams): Promise<{ publicKey: Uint8Array; wrappedKey: string }> {
    const raw = secp256k1.utils.randomSecretKey();
    try {
      const publicKey = secp256k1.getPublicKey(raw, true);
      return { publicKey, wrappedKey: await wrapDataKey(password, kdf, raw) };
    } finally {
      raw.fill(0);
    }
  },
  async open(password: string, kdf: KdfParams, wrappedKey: string): Promise<Labeled<Uint8Array>> {
    return labeled('secret', await unwrapDataKey(password, kdf, wrappedKey));
  },
});

/** Opens a sealed envelope and checks the clear header it travelled with is its own. */
function openEnvelope(header: Uint8Array, key: Uint8Array, sealed: Uint8Array): Envelope {
  let bytes: Uint8Array;
  try {
    bytes = openSealedBytes(sealed, key, header);
  } catch {
    throw new RecoveryError('malformed', 'This envelope was not sealed to this wallet, or it was changed');
  }
  try {
    const env = decodeEnvelope(bytes);
    const own = bytes.subarray(0, CLEAR_HEADER_LENGTH);
    if (!own.every((b, i) => b === header[i]))
      throw new RecoveryError('malformed', 'The envelope does not match the header it came with');
    return env;
  } finally {
    bytes.fill(0);
  }
}

const wipeEnvelope = (e: Envelope) => {
  e.share.fill(0);
};

function checkIndex(index: number): number {
  if (!Number.isSafeInteger(index) || index < 0)
    throw new TypeError(`index: expected a non-negative integer`);
  return index;
}

/** A copy: callers zero the key they get once used, and the session's copy must survive that. */
function ownImported(s: VaultSecrets, id: string): Uint8Array {
  if (typeof id !== 'string' || !Object.hasOwn(s.imported, id))
    throw new TypeError('id: no such imported key');
  return new Uint8Array(s.imported[id]!);
}

function secretsFrom(mnemonic: string, passphrase: string): VaultSecrets {
  const entropy = mnemonicToEntropy(mnemonic);
  const pass = new TextEncoder().encode(passphrase.normalize('NFKD')); // BIP-39 salts with NFKD
  try {
    return newSecrets(entropy, pass);
  } finally {
    entropy.fill(0);
    pass.fill(0);
  }
}

export const cleared = Object.freeze({
  // src/keys: BIP-39 seed of the phrase and passphrase (PBKDF2-SHA512 × 2048)
  seedOf: clear((s: VaultSecrets) => entropyToSeed(s.entropy, s.passphrase)),
  // src/keys: BIP-32 chain node m/44'/60'/0'/0 (cached per session: one step per account)
  chainNode: clear((seed: Uint8Array) => deriveChainNode(seed)),
  // BIP-32 private key at m/44'/60'/0'/0/index, from the session's chain node
  hdKey: (index: number) => clear((chain: HDKey) => chainChildKey(chain, checkIndex(index))),
  // lock: the chain node's private key and the seed go together
  wipeNode: clear((chain: HDKey) => chain.wipePrivateData()),
  // the imported private key stored under one account id
  importedKey: (id: string) => clear((s: VaultSecrets) => ownImported(s, id)),
  // every imported private key (to rebuild the account list from the vault alone)
  importedKeys: clear((s: VaultSecrets) => Object.keys(s.imported).map((id) => ownImported(s, id))),
  // vault plaintext: build, add a key, encode, decode
  newSecrets: clear(([mnemonic, passphrase]: readonly [string, string]) => secretsFrom(mnemonic, passphrase)),
  withImportedKey: (id: string) =>
    clear(([s, key]: readonly [VaultSecrets, Uint8Array]) => ({
      ...s,
      imported: { ...s.imported, [id]: new Uint8Array(key) },
    })),
  encodeSecrets: clear(encodeSecrets),
  decodeSecrets: clear(decodeSecrets),
  // the words, for the reveal screen (which only revealToUser with a proof lowers)
  phraseWords: clear((s: VaultSecrets) => entropyToMnemonic(s.entropy).split(' ')),
  // the typed-back backup check: a secret boolean, lowered by declassify.decide
  samePhrase: clear(([a, b]: readonly [string, string]) => a.length === b.length && a === b),
  // zeroing a buffer once its owner is done with it
  wipe: clear((bytes: Uint8Array) => void bytes.fill(0)),
  // lock: zero the session's entropy, passphrase and imported keys
  wipeSecrets: clear((s: VaultSecrets) => {
    for (const bytes of [s.entropy, s.passphrase, ...Object.values(s.imported)]) bytes.fill(0);
  }),
  // the lock check: true when every byte of a buffer is zero
  isWiped: clear((bytes: Uint8Array) => bytes.every((b) => b === 0)),
  wipeAll: clear((list: readonly Uint8Array[]) => {
    for (const bytes of list) bytes.fill(0);
  }),
  // BIP-84 (UTXO) private keys at these paths, from the seed, to sign inputs (src/keys/bip84.ts)
  bip84Keys: (paths: readonly string[]) => clear((seed: Uint8Array) => bip84Keys(seed, paths)),
  // the BIP-84 node m/84'/coin'/account'/change: its extended public key derives the addresses
  bip84Node: (path: string) => clear((seed: Uint8Array) => bip84Node(seed, path)),
  // one key of a list (a copy: the caller wipes it, and the list is wiped on its own)
  nthKey: (i: number) => clear((keys: readonly Uint8Array[]) => new Uint8Array(keys[checkIndex(i)]!)),
  // recovery (src/recovery): split the entropy, envelope bytes and paper text, health keys
  splitShares: (opts: SplitOptions) => clear((s: VaultSecrets) => splitEntropy(s.entropy, opts)),
  envelopeBytes: (i: number) => clear((envs: readonly Envelope[]) => encodeEnvelope(envs[i]!)),
  paperTexts: (indices: readonly number[]) =>
    clear((envs: readonly Envelope[]) => indices.map((i) => encodeEnvelopeText(envs[i]!))),
  healthKeys: clear((envs: readonly Envelope[]) => envs.map(healthKeyOf)),
  wipeEnvelopes: clear((envs: readonly Envelope[]) => envs.forEach(wipeEnvelope)),
  // the guardian side: its dedicated key, opening what was sealed to it, one envelope's parts
  guardianKey: clear((seed: Uint8Array) => guardianKeyFromSeed(seed)),
  openEnvelope: (header: Uint8Array, sealed: Uint8Array) =>
    clear((key: Uint8Array) => openEnvelope(header, key, sealed)),
  healthKey: clear((env: Envelope) => healthKeyOf(env)),
  oneEnvelopeBytes: clear((env: Envelope) => encodeEnvelope(env)),
  wipeEnvelope: clear(wipeEnvelope),
  // the recovering browser: paper text, combining, the phrase for the new vault
  parsePaper: clear((text: string) => parseEnvelope(text)),
  collectEnvelopes: clear((envs: readonly Envelope[]) => [...envs]),
  combine: clear((envs: readonly Envelope[]) => combineEnvelopes(envs)),
  mnemonicOf: clear((entropy: Uint8Array) => entropyToMnemonic(entropy)),
});
