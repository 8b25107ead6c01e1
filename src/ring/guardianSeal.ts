/**
 * Guardian envelope (ECIES on secp256k1), used to send a recovery share to a guardian:
 *   ephemeral key e; shared = x-coordinate of ECDH(e, guardianPub);
 *   key = HKDF-SHA256(ikm = shared, salt = ephPub, info = "ringfence/guardian-seal/v1" || guardianPub33, 32);
 *   envelope = ephPub(33, compressed) || nonce(24, random) || XChaCha20-Poly1305(key, nonce, aad = ephPub || context)(share)
 *   (`context`: optional public bytes the caller binds in, e.g. the share's clear header; default empty)
 *
 *   const env = sealBytes(share, guardianPub);             // raw: only declassify.sealToGuardian calls it
 *   const share = openSealed(env, guardianPriv);           // Labeled<'secret', Uint8Array>
 *
 * Binding both public keys into the KDF means an envelope cannot be re-targeted to another key.
 */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { type Labeled, labeled } from './labeled.js';

const INFO = utf8ToBytes('ringfence/guardian-seal/v1');
const PUB = 33;
const NONCE = 24;
const TAG = 16;

/**
 * Normalises a 33- or 65-byte SEC1 public key to 33 bytes; errors name `what`. One decode:
 * Point.fromBytes checks the length and that the point is on the curve (each decode of a compressed
 * key is a square root, ~0.2 ms here), and the identity is refused as utils.isValidPublicKey does.
 */
export function compressedPublicKey(pub: Uint8Array, what: string): Uint8Array {
  let point: InstanceType<typeof secp256k1.Point> | undefined;
  try {
    if (pub instanceof Uint8Array) point = secp256k1.Point.fromBytes(pub);
  } catch {
    point = undefined;
  }
  if (!point || point.is0()) throw new TypeError(`${what}: expected a 33- or 65-byte secp256k1 public key`);
  return point.toBytes(true);
}

function deriveKey(shared: Uint8Array, ephPub: Uint8Array, guardianPub: Uint8Array): Uint8Array {
  return hkdf(sha256, shared.subarray(1), ephPub, concatBytes(INFO, guardianPub), 32);
}

/** Raw sealing of plain bytes. Not a declassifier: ring code reaches it via declassify.sealToGuardian. */
export function sealBytes(
  plaintext: Uint8Array,
  guardianPublicKey: Uint8Array,
  context: Uint8Array = new Uint8Array(0),
): Uint8Array {
  const guardianPub = compressedPublicKey(guardianPublicKey, 'sealToGuardian: guardianPublicKey');
  const eph = secp256k1.utils.randomSecretKey();
  const ephPub = secp256k1.getPublicKey(eph, true);
  const shared = secp256k1.getSharedSecret(eph, guardianPub, true);
  const key = deriveKey(shared, ephPub, guardianPub);
  const nonce = randomBytes(NONCE);
  const ciphertext = xchacha20poly1305(key, nonce, concatBytes(ephPub, context)).encrypt(plaintext);
  // Best effort: JS gives no guarantee, but don't leave key material lying around longer than needed.
  eph.fill(0);
  shared.fill(0);
  key.fill(0);
  return concatBytes(ephPub, nonce, ciphertext);
}

/**
 * Opens an envelope with the guardian's private key. Raises (the share is secret again), so it is
 * not a declassifier. Throws naming `sealed` when the envelope is malformed or was tampered with.
 */
export function openSealed(
  sealed: Uint8Array,
  guardianPrivateKey: Uint8Array,
  context: Uint8Array = new Uint8Array(0),
): Labeled<Uint8Array> {
  return labeled('secret', openSealedBytes(sealed, guardianPrivateKey, context));
}

/** openSealed without the label: only src/ring/clearances.ts calls it, inside a cleared function. */
export function openSealedBytes(
  sealed: Uint8Array,
  guardianPrivateKey: Uint8Array,
  context: Uint8Array = new Uint8Array(0),
): Uint8Array {
  if (!(sealed instanceof Uint8Array) || sealed.length < PUB + NONCE + TAG) {
    throw new TypeError(`openSealed: sealed: expected at least ${PUB + NONCE + TAG} bytes`);
  }
  if (!(guardianPrivateKey instanceof Uint8Array) || !secp256k1.utils.isValidSecretKey(guardianPrivateKey)) {
    throw new TypeError('openSealed: guardianPrivateKey: expected a valid 32-byte secp256k1 private key');
  }
  const ephPub = sealed.subarray(0, PUB);
  if (!secp256k1.utils.isValidPublicKey(ephPub, true)) {
    throw new Error('openSealed: sealed: ephemeral public key is not a valid secp256k1 point');
  }
  const nonce = sealed.subarray(PUB, PUB + NONCE);
  const guardianPub = secp256k1.getPublicKey(guardianPrivateKey, true);
  const shared = secp256k1.getSharedSecret(guardianPrivateKey, ephPub, true);
  const key = deriveKey(shared, ephPub, guardianPub);
  try {
    const aad = concatBytes(ephPub, context);
    return xchacha20poly1305(key, nonce, aad).decrypt(sealed.subarray(PUB + NONCE));
  } catch {
    throw new Error('openSealed: sealed: authentication failed (wrong key or tampered envelope)');
  } finally {
    shared.fill(0);
    key.fill(0);
  }
}
