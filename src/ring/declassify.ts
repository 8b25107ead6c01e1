/**
 * Declassifiers: the only functions that lower a level (DESIGN.md "Levels and sinks"). Each takes
 * a human reason, audits {kind: its name, from, to, reason, detail} — a description, never the
 * value — and refuses a no-op (input already at or below the target: that is a labelling bug).
 *
 *   const d = createDeclassify(audit);                       // or use ring.declassify
 *   const sig = d.sign(key, digest, 'eth_sendTransaction for https://app.example');
 *   const ct = await d.encrypt(vaultJson, seal, 'persist vault');
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { AuditWriter } from './audit.js';
import { compressedPublicKey, sealBytes } from './guardianSeal.js';
import { cellOf, unwrap } from './internal.js';
import { type Labeled, labeled } from './labeled.js';
import { joinLevels, kindOf, type Level, rank } from './levels.js';

/** secp256k1 ECDSA signature, low-s. `bytes` is r(32) || s(32) || recovery(1), Ethereum's order. */
export interface RecoverableSignature {
  readonly r: bigint;
  readonly s: bigint;
  readonly recovery: number;
  readonly bytes: Uint8Array;
}

/** Proof that the caller re-verified the user's password just now. */
export type PasswordProof = { readonly passwordVerified: true };

export type Seal = (plaintext: Uint8Array) => Promise<Uint8Array>;

export interface Declassify {
  sign(key: Labeled<Uint8Array>, digest: Labeled<Uint8Array>, reason: string): Labeled<RecoverableSignature>;
  encrypt(plaintext: Labeled<Uint8Array>, seal: Seal, reason: string): Promise<Labeled<Uint8Array>>;
  sealToGuardian(
    share: Labeled<Uint8Array>,
    guardianPublicKey: Uint8Array,
    reason: string,
  ): Labeled<Uint8Array>;
  revealToUser<T>(secret: Labeled<T>, proof: PasswordProof, reason: string): Labeled<T>;
  showNewMnemonic(mnemonic: Labeled<string>, reason: string): Labeled<string>;
  /** The compressed secp256k1 public key of a private key (one-way), as private data: it names an account. */
  publicKeyOf(key: Labeled<Uint8Array>, reason: string): Labeled<Uint8Array>;
}

// Every AEAD we use (AES-GCM, XChaCha20-Poly1305) appends a 16-byte tag; shorter output is not ciphertext.
const TAG = 16;

function levelOfInput(fn: string, what: string, x: unknown): Level {
  const cell = cellOf(x);
  if (!cell) throw new TypeError(`${fn}: ${what}: expected a Labeled made by labeled(), got ${kindOf(x)}`);
  return cell.level;
}

function bytesOf(fn: string, what: string, l: Labeled<Uint8Array>): Uint8Array {
  const v = unwrap<unknown>(l, `${fn}: ${what}`);
  if (!(v instanceof Uint8Array))
    throw new TypeError(`${fn}: ${what}: expected Labeled<Uint8Array>, got ${kindOf(v)}`);
  return v;
}

function checkReason(fn: string, reason: unknown): string {
  if (typeof reason !== 'string' || reason.trim() === '') {
    throw new TypeError(`${fn}: reason: expected a non-empty description of why this is declassified`);
  }
  return reason;
}

/** Throws unless `from` is strictly above `to`: lowering to the same or a higher level is a bug. */
function checkLowers(fn: string, what: string, from: Level, to: Level): void {
  if (rank(from) <= rank(to)) {
    throw new Error(
      `${fn}: ${what}: is already ${from}, nothing to declassify to ${to} (mislabelled input?)`,
    );
  }
}

function contains(hay: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function createDeclassify(audit: AuditWriter): Declassify {
  if (typeof audit?.append !== 'function')
    throw new TypeError('createDeclassify: audit: expected an audit log');
  const record = (kind: string, from: Level, to: Level, reason: string, detail: string) =>
    audit.append({ kind, from, to, reason, detail });

  return Object.freeze({
    sign(key: Labeled<Uint8Array>, digest: Labeled<Uint8Array>, reason: string) {
      checkReason('sign', reason);
      const from = joinLevels(levelOfInput('sign', 'key', key), levelOfInput('sign', 'digest', digest));
      checkLowers('sign', 'key', from, 'public');
      const d = bytesOf('sign', 'digest', digest);
      if (d.length !== 32) throw new TypeError(`sign: digest: expected 32 bytes (a hash), got ${d.length}`);
      const k = bytesOf('sign', 'key', key);
      if (!secp256k1.utils.isValidSecretKey(k)) {
        throw new TypeError('sign: key: expected a valid 32-byte secp256k1 private key');
      }
      // prehash: false because the digest is already keccak/sha; low-s is noble's default.
      // 'recovered' is recovery(1) ‖ r(32) ‖ s(32), straight from the signer: r, s and the bit need
      // no re-parsing (noble already produced a valid low-s signature), only reordering.
      const rec = secp256k1.sign(d, k, { prehash: false, format: 'recovered' });
      const bytes = new Uint8Array(65);
      bytes.set(rec.subarray(1), 0);
      const recovery = rec[0]!;
      bytes[64] = recovery;
      const hex = bytesToHex(bytes);
      const r = BigInt(`0x${hex.slice(0, 64)}`);
      const s = BigInt(`0x${hex.slice(64, 128)}`);
      record('sign', from, 'public', reason, 'secp256k1 recoverable signature over a 32-byte digest');
      return labeled('public', Object.freeze({ r, s, recovery, bytes }));
    },

    async encrypt(plaintext: Labeled<Uint8Array>, seal: Seal, reason: string) {
      checkReason('encrypt', reason);
      const from = levelOfInput('encrypt', 'plaintext', plaintext);
      checkLowers('encrypt', 'plaintext', from, 'public');
      if (typeof seal !== 'function')
        throw new TypeError('encrypt: seal: expected (plaintext) => Promise<Uint8Array>');
      const pt = bytesOf('encrypt', 'plaintext', plaintext);
      const ct = await seal(pt);
      // A broken seal (identity, or forgetting to encrypt) would publish the plaintext as "public".
      if (!(ct instanceof Uint8Array) || ct.length < pt.length + TAG) {
        throw new TypeError(`encrypt: seal: expected ciphertext of at least ${pt.length + TAG} bytes`);
      }
      if (ct === pt || (pt.length >= 8 && contains(ct, pt))) {
        throw new Error('encrypt: seal: output contains the plaintext; refusing to declassify it');
      }
      record(
        'encrypt',
        from,
        'public',
        reason,
        `${pt.length}-byte plaintext sealed to ${ct.length}-byte ciphertext`,
      );
      return labeled('public', ct);
    },

    sealToGuardian(share: Labeled<Uint8Array>, guardianPublicKey: Uint8Array, reason: string) {
      checkReason('sealToGuardian', reason);
      const from = levelOfInput('sealToGuardian', 'share', share);
      checkLowers('sealToGuardian', 'share', from, 'public');
      const pub = compressedPublicKey(guardianPublicKey, 'sealToGuardian: guardianPublicKey');
      const pt = bytesOf('sealToGuardian', 'share', share);
      const envelope = sealBytes(pt, pub);
      const fingerprint = bytesToHex(pub).slice(0, 16);
      record(
        'sealToGuardian',
        from,
        'public',
        reason,
        `${pt.length}-byte share sealed to guardian ${fingerprint}`,
      );
      return labeled('public', envelope);
    },

    revealToUser<T>(secret: Labeled<T>, proof: PasswordProof, reason: string) {
      checkReason('revealToUser', reason);
      const from = levelOfInput('revealToUser', 'secret', secret);
      checkLowers('revealToUser', 'secret', from, 'private');
      if (proof?.passwordVerified !== true) {
        throw new TypeError(
          'revealToUser: proof: expected { passwordVerified: true } after re-entering the password',
        );
      }
      record('revealToUser', from, 'private', reason, 'revealed on the popup after password re-entry');
      return labeled('private', unwrap(secret));
    },

    showNewMnemonic(mnemonic: Labeled<string>, reason: string) {
      checkReason('showNewMnemonic', reason);
      const from = levelOfInput('showNewMnemonic', 'mnemonic', mnemonic);
      checkLowers('showNewMnemonic', 'mnemonic', from, 'private');
      const words = unwrap<unknown>(mnemonic, 'showNewMnemonic: mnemonic');
      if (typeof words !== 'string')
        throw new TypeError(`showNewMnemonic: mnemonic: expected a string, got ${kindOf(words)}`);
      const count = words.trim().split(/\s+/u).length;
      record('showNewMnemonic', from, 'private', reason, `${count}-word mnemonic shown for first backup`);
      return labeled('private', words);
    },

    publicKeyOf(key: Labeled<Uint8Array>, reason: string) {
      checkReason('publicKeyOf', reason);
      const from = levelOfInput('publicKeyOf', 'key', key);
      checkLowers('publicKeyOf', 'key', from, 'private');
      const k = bytesOf('publicKeyOf', 'key', key);
      if (!secp256k1.utils.isValidSecretKey(k)) {
        throw new TypeError('publicKeyOf: key: expected a valid 32-byte secp256k1 private key');
      }
      const pub = secp256k1.getPublicKey(k, true);
      record('publicKeyOf', from, 'private', reason, `public key ${bytesToHex(pub).slice(0, 10)}… derived`);
      return labeled('private', pub);
    },
  });
}
