/**
 * Known-answer test for the Argon2id implementation, runnable at worker start-up (~1 ms): if the
 * bundled @noble/hashes ever computed Argon2id wrongly, existing vaults would not open and new ones
 * would not open elsewhere — better to refuse to create a vault than to write one nobody can read.
 *
 *   await argon2idSelfTest(); // throws VaultError BAD_ARGUMENT on mismatch
 *   RFC9106_ARGON2ID.tag;     // the expected hex
 *   // vector: RFC 9106 §5.3 (https://www.rfc-editor.org/rfc/rfc9106#section-5.3)
 */
import { argon2idAsync } from '@noble/hashes/argon2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { VaultError } from './errors.js';

/** RFC 9106 §5.3 Argon2id test vector (version 0x13). */
export const RFC9106_ARGON2ID = Object.freeze({
  source: 'RFC 9106 §5.3',
  m: 32,
  t: 3,
  p: 4,
  password: new Uint8Array(32).fill(0x01),
  salt: new Uint8Array(16).fill(0x02),
  secret: new Uint8Array(8).fill(0x03),
  associatedData: new Uint8Array(12).fill(0x04),
  tag: '0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659',
});

export async function argon2idSelfTest(): Promise<void> {
  const v = RFC9106_ARGON2ID;
  const out = await argon2idAsync(v.password, v.salt, {
    m: v.m,
    t: v.t,
    p: v.p,
    dkLen: 32,
    key: v.secret,
    personalization: v.associatedData,
  });
  const got = bytesToHex(out);
  if (got !== v.tag) {
    throw new VaultError(`argon2id self-test: ${v.source} expected ${v.tag}, got ${got}`, 'BAD_ARGUMENT');
  }
}
