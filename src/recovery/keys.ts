/**
 * Keys of the guardian protocol (docs/envelopes.md "Guardians who use Ringfence"):
 *
 *   guardianKeyFromSeed(seed)  the wallet's guardian key, BIP-32 m/7377'/0'/0' of its own seed:
 *                              not an account key (no address is ever derived there), and it
 *                              comes back when the guardian restores their own phrase
 *   healthKeyOf(envelope)      a signing key derived from one share (HKDF-SHA256 → a secp256k1
 *                              scalar, FIPS 186-5 A.2.1 via noble's mapHashToField): proves the
 *                              guardian still holds the share without showing it
 *
 * Callers own (and zero) what they get.
 */
import { mapHashToField } from '@noble/curves/abstract/modular.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { HDKey } from '@scure/bip32';
import type { Envelope } from './envelope.js';

export const GUARDIAN_KEY_PATH = "m/7377'/0'/0'";

export function guardianKeyFromSeed(seed: Uint8Array): Uint8Array {
  const node = HDKey.fromMasterSeed(seed).derive(GUARDIAN_KEY_PATH);
  const key = new Uint8Array(node.privateKey!);
  node.wipePrivateData();
  return key;
}

export function healthKeyOf(env: Envelope): Uint8Array {
  const facts = new Uint8Array(5);
  new DataView(facts.buffer).setUint32(0, env.epoch);
  facts[4] = env.index;
  const info = concatBytes(utf8ToBytes('ringfence/health-key/v1'), facts);
  const okm = hkdf(sha256, env.share, env.splitId, info, 48);
  try {
    return mapHashToField(okm, secp256k1.Point.CURVE().n);
  } finally {
    okm.fill(0);
  }
}
