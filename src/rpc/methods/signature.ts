/** A recoverable secp256k1 signature as the 65-byte hex string dapps expect: r ‖ s ‖ v (v = 27 + recovery). */
import { bytesToHex } from '@noble/hashes/utils.js';
import { type Labeled, mapLabeled, type RecoverableSignature } from '../../ring';

export function toRsvHex(sig: Labeled<RecoverableSignature>): Labeled<string> {
  return mapLabeled(sig, (s) => {
    const out = new Uint8Array(65);
    out.set(s.bytes.subarray(0, 64));
    out[64] = 27 + s.recovery;
    return `0x${bytesToHex(out)}`;
  });
}
