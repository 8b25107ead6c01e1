/**
 * Declassifiers: the only functions that lower a level (DESIGN.md "Levels and sinks"). Each takes
 * a human reason, audits {kind: its name, from, to, reason, detail} — a description, never the
 * value — and refuses a no-op (input already at or below the target: that is a labelling bug).
 *
 *   const d = createDeclassify(audit);                       // or use ring.declassify
 *   const sig = d.sign(key, digest, 'eth_sendTransaction for https://app.example');
 *   const ct = await d.encrypt(vaultJson, dataKey, aad, 'persist vault');  // dataKey: a ring key
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import type { AuditWriter } from './audit.js';
import { isRingKey, type PasswordProof, spendProof } from './clearances.js';
import { FlowViolation } from './errors.js';
import { compressedPublicKey, sealBytes } from './guardianSeal.js';
import { cellOf, unwrap } from './internal.js';
import { type Labeled, labeled } from './labeled.js';
import { joinLevels, kindOf, type Level, rank } from './levels.js';
import { secp256k1 } from './secp256k1.js';

/** secp256k1 ECDSA signature, low-s. `bytes` is r(32) || s(32) || recovery(1), Ethereum's order. */
export interface RecoverableSignature {
  readonly r: bigint;
  readonly s: bigint;
  readonly recovery: number;
  readonly bytes: Uint8Array;
}

export type { PasswordProof };

export interface Declassify {
  sign(key: Labeled<Uint8Array>, digest: Labeled<Uint8Array>, reason: string): Labeled<RecoverableSignature>;
  /** AES-256-GCM under a ring-held key: iv(12) ‖ ciphertext ‖ tag(16), `aad` as associated data. */
  encrypt(
    plaintext: Labeled<Uint8Array>,
    key: Labeled<CryptoKey>,
    aad: Uint8Array,
    reason: string,
  ): Promise<Labeled<Uint8Array>>;
  /** `context`: public bytes bound in as associated data (the envelope's clear header). */
  sealToGuardian(
    share: Labeled<Uint8Array>,
    guardianPublicKey: Uint8Array,
    reason: string,
    context?: Uint8Array,
  ): Labeled<Uint8Array>;
  revealToUser<T>(secret: Labeled<T>, proof: PasswordProof, reason: string): Labeled<T>;
  showNewMnemonic(mnemonic: Labeled<string>, reason: string): Labeled<string>;
  /** One bit for the worker's own decision (e.g. the typed-back phrase matched): secret → private. */
  decide(answer: Labeled<boolean>, reason: string): Labeled<boolean>;
  /** publicKeyOf for several keys at once (one audit entry). */
  publicKeysOf(keys: Labeled<readonly Uint8Array[]>, reason: string): Labeled<Uint8Array[]>;
  /** The compressed secp256k1 public key of a private key (one-way), as private data: it names an account. */
  publicKeyOf(key: Labeled<Uint8Array>, reason: string): Labeled<Uint8Array>;
  /**
   * A BIP-32 node's public half (BIP-32 "extended public key": public key and chain code), as
   * private data: it derives the node's non-hardened children's addresses, never a key that signs.
   */
  extendedPublicKeyOf(node: Labeled<Bip32Node>, reason: string): Labeled<ExtendedPublicKey>;
}

/** What extendedPublicKeyOf reads of a BIP-32 node (an @scure/bip32 HDKey has these). */
export interface Bip32Node {
  readonly depth: number;
  readonly index: number;
  readonly parentFingerprint: number;
  readonly chainCode: Uint8Array | null;
  readonly publicKey: Uint8Array | null;
}
export interface ExtendedPublicKey {
  readonly depth: number;
  readonly index: number;
  readonly parentFingerprint: number;
  readonly chainCode: Uint8Array;
  readonly publicKey: Uint8Array;
}

const IV = 12;

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

    async encrypt(plaintext: Labeled<Uint8Array>, key: Labeled<CryptoKey>, aad: Uint8Array, reason: string) {
      checkReason('encrypt', reason);
      const from = levelOfInput('encrypt', 'plaintext', plaintext);
      checkLowers('encrypt', 'plaintext', from, 'public');
      const k = unwrap<unknown>(key, 'encrypt: key');
      // Only a key the ring made: a caller's own key (or function) could decrypt what we publish.
      if (!isRingKey(k) || levelOfInput('encrypt', 'key', key) !== 'secret') {
        audit.append({
          kind: 'flow-refused',
          level: from,
          sink: 'encrypt',
          detail: 'key: not a ring-held key',
        });
        throw new FlowViolation('encrypt', from, 'encrypt: key: expected a secret ring-held CryptoKey');
      }
      if (!(aad instanceof Uint8Array)) throw new TypeError('encrypt: aad: expected a Uint8Array');
      const pt = new Uint8Array(bytesOf('encrypt', 'plaintext', plaintext));
      const iv = crypto.getRandomValues(new Uint8Array(IV));
      try {
        const ct = new Uint8Array(
          await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new Uint8Array(aad) }, k, pt),
        );
        const sealed = new Uint8Array(IV + ct.length);
        sealed.set(iv);
        sealed.set(ct, IV);
        record('encrypt', from, 'public', reason, `${pt.length}-byte plaintext sealed (AES-256-GCM)`);
        return labeled('public', sealed);
      } finally {
        pt.fill(0); // the copy WebCrypto read from
      }
    },

    sealToGuardian(
      share: Labeled<Uint8Array>,
      guardianPublicKey: Uint8Array,
      reason: string,
      context?: Uint8Array,
    ) {
      checkReason('sealToGuardian', reason);
      const from = levelOfInput('sealToGuardian', 'share', share);
      checkLowers('sealToGuardian', 'share', from, 'public');
      const pub = compressedPublicKey(guardianPublicKey, 'sealToGuardian: guardianPublicKey');
      const pt = bytesOf('sealToGuardian', 'share', share);
      if (context !== undefined && !(context instanceof Uint8Array))
        throw new TypeError('sealToGuardian: context: expected public bytes (Uint8Array)');
      const envelope = sealBytes(pt, pub, context);
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
      if (!spendProof(proof)) {
        audit.append({
          kind: 'flow-refused',
          level: from,
          sink: 'revealToUser',
          detail: 'proof: not a live password proof',
        });
        throw new FlowViolation(
          'revealToUser',
          from,
          'revealToUser: proof: expected an unspent proof from provePassword()',
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

    decide(answer: Labeled<boolean>, reason: string) {
      checkReason('decide', reason);
      const from = levelOfInput('decide', 'answer', answer);
      checkLowers('decide', 'answer', from, 'private');
      const bit = unwrap<unknown>(answer, 'decide: answer');
      if (typeof bit !== 'boolean')
        throw new TypeError(`decide: answer: expected a boolean, got ${kindOf(bit)}`);
      record('decide', from, 'private', reason, 'one bit for the worker');
      return labeled('private', bit);
    },

    publicKeysOf(keys: Labeled<readonly Uint8Array[]>, reason: string) {
      checkReason('publicKeysOf', reason);
      const from = levelOfInput('publicKeysOf', 'keys', keys);
      checkLowers('publicKeysOf', 'keys', from, 'private');
      const list = unwrap<unknown>(keys, 'publicKeysOf: keys');
      if (!Array.isArray(list))
        throw new TypeError(`publicKeysOf: keys: expected an array, got ${kindOf(list)}`);
      const pubs = list.map((k, i) => {
        if (!(k instanceof Uint8Array) || !secp256k1.utils.isValidSecretKey(k))
          throw new TypeError(`publicKeysOf: keys[${i}]: expected a valid 32-byte secp256k1 private key`);
        return secp256k1.getPublicKey(k, true);
      });
      record('publicKeysOf', from, 'private', reason, `${pubs.length} public key(s) derived`);
      return labeled('private', pubs);
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

    extendedPublicKeyOf(node: Labeled<Bip32Node>, reason: string) {
      checkReason('extendedPublicKeyOf', reason);
      const from = levelOfInput('extendedPublicKeyOf', 'node', node);
      checkLowers('extendedPublicKeyOf', 'node', from, 'private');
      const n = unwrap<Partial<Bip32Node> | null>(node, 'extendedPublicKeyOf: node');
      const { publicKey, chainCode, depth, index, parentFingerprint } = n ?? {};
      if (!(publicKey instanceof Uint8Array) || publicKey.length !== 33 || !(chainCode instanceof Uint8Array))
        throw new TypeError(
          'extendedPublicKeyOf: node: expected a BIP-32 node with a public key and chain code',
        );
      if (chainCode.length !== 32 || ![depth, index, parentFingerprint].every(Number.isSafeInteger))
        throw new TypeError(
          'extendedPublicKeyOf: node: expected a 32-byte chain code, depth, index and fingerprint',
        );
      const xpub = Object.freeze({
        depth: depth!,
        index: index!,
        parentFingerprint: parentFingerprint!,
        chainCode: chainCode.slice(),
        publicKey: publicKey.slice(),
      });
      const at = `depth ${depth}, public key ${bytesToHex(publicKey).slice(0, 10)}…`;
      record('extendedPublicKeyOf', from, 'private', reason, `extended public key (${at})`);
      return labeled('private', xpub);
    },
  });
}
