/**
 * Share envelope v1: one Shamir share of the BIP-39 entropy with everything needed to check it
 * before combining (docs/envelopes.md has the full format). Binary layout, big-endian:
 *
 *   off  len  field
 *     0    1  version      = 1
 *     1   16  splitId      random per split
 *    17    4  epoch        u32be, the custody generation (bumped by every re-split)
 *    21    1  threshold    t, 1..10
 *    22    1  count        n, t..10
 *    23    1  index        1..n, the share's number as shown to people
 *    24   32  commitment   see ./commitment.ts
 *    56  L+1  share        y_1..y_L || x   (shamir-secret-sharing's layout; L = entropy length)
 *
 *   const bytes = encodeEnvelope(env);    // 73..89 bytes
 *   const env2 = decodeEnvelope(bytes);   // throws RecoveryError
 *   const aad = headerBytes(env);         // bytes 0..55: associated data when sealing to a guardian
 *
 * Decoding checks lengths and ranges only; whether shares belong together, and whether they
 * combine to the committed secret, is decided by combineEnvelopes.
 */
import { concatBytes } from '@noble/hashes/utils.js';
import { RecoveryError } from './errors.js';

export const ENVELOPE_VERSION = 1;
/** Entropy lengths BIP-39 allows (12, 15, 18, 21, 24 words). */
export const ENTROPY_LENGTHS: readonly number[] = Object.freeze([16, 20, 24, 28, 32]);
/** Most shares a split may have; also the largest threshold. */
export const MAX_SHARES = 10;
export const SPLIT_ID_LENGTH = 16;
export const COMMITMENT_LENGTH = 32;
/** Bytes before the share: everything but the secret part. */
export const HEADER_LENGTH = 1 + SPLIT_ID_LENGTH + 4 + 1 + 1 + 1 + COMMITMENT_LENGTH;

/** One share and the public facts about its split. All byte fields are owned by the envelope. */
export interface Envelope {
  readonly version: 1;
  /** 16 random bytes naming the split; shares of different splits never combine. */
  readonly splitId: Uint8Array;
  /** Custody generation, 0..2^32-1: shares of an older epoch are refused, not mixed in. */
  readonly epoch: number;
  /** t: shares needed to recover. */
  readonly threshold: number;
  /** n: shares made. */
  readonly count: number;
  /** This share's number, 1..n. Not the Shamir x coordinate (the library picks x at random). */
  readonly index: number;
  /** shamir-secret-sharing share: y bytes then the x coordinate as the last byte (x ≠ 0). */
  readonly share: Uint8Array;
  /** 32-byte commitment to the entropy, bound to this split (./commitment.ts). */
  readonly commitment: Uint8Array;
}

const isByte = (n: unknown, lo: number, hi: number): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= lo && n <= hi;

function bytesField(where: string, name: string, v: unknown, lengths: readonly number[]): Uint8Array {
  if (!(v instanceof Uint8Array)) {
    throw new RecoveryError('malformed', `${where}: ${name}: expected a Uint8Array`);
  }
  if (!lengths.includes(v.length)) {
    throw new RecoveryError(
      'length',
      `${where}: ${name}: expected ${lengths.join(' or ')} bytes, got ${v.length}`,
    );
  }
  return v;
}

/** The x coordinate of a shamir-secret-sharing share: its last byte. */
export function shareX(share: Uint8Array): number {
  return share[share.length - 1] ?? 0;
}

/**
 * Checks every field's type, length and range; returns `env` typed. `where` prefixes messages,
 * e.g. "combineEnvelopes: envelopes[2]". Never puts field values of the share in a message.
 */
export function checkEnvelope(env: unknown, where = 'envelope'): Envelope {
  if (typeof env !== 'object' || env === null) {
    throw new RecoveryError('malformed', `${where}: expected an envelope object`);
  }
  const e = env as Record<string, unknown>;
  if (e.version !== ENVELOPE_VERSION) {
    throw new RecoveryError('version', `${where}: version: expected ${ENVELOPE_VERSION}`);
  }
  bytesField(where, 'splitId', e.splitId, [SPLIT_ID_LENGTH]);
  if (!isByte(e.epoch, 0, 0xffffffff)) {
    throw new RecoveryError('malformed', `${where}: epoch: expected an integer 0..4294967295`);
  }
  if (!isByte(e.threshold, 1, MAX_SHARES) || !isByte(e.count, e.threshold, MAX_SHARES)) {
    throw new RecoveryError('threshold', `${where}: expected 1 ≤ threshold ≤ count ≤ ${MAX_SHARES}`);
  }
  if (!isByte(e.index, 1, e.count)) {
    throw new RecoveryError('malformed', `${where}: index: expected 1..${e.count}`);
  }
  const share = bytesField(
    where,
    'share',
    e.share,
    ENTROPY_LENGTHS.map((l) => l + 1),
  );
  if (shareX(share) === 0) {
    throw new RecoveryError(
      'zero-x',
      `${where}: share ${e.index} has x = 0, which is the secret's own slot`,
      {
        bad: [e.index],
      },
    );
  }
  // Threshold 1 copies carry x = index (./split.ts), so no byte of them is an unchecked label.
  if (e.threshold === 1 && shareX(share) !== e.index) {
    throw new RecoveryError(
      'malformed',
      `${where}: share ${e.index} is a threshold-1 copy whose x is not its index`,
      {
        bad: [e.index],
      },
    );
  }
  bytesField(where, 'commitment', e.commitment, [COMMITMENT_LENGTH]);
  return env as Envelope;
}

/** The 56 header bytes (all but the share); use them as associated data when sealing a share. */
export function headerBytes(env: Envelope): Uint8Array {
  checkEnvelope(env, 'headerBytes: env');
  const h = new Uint8Array(HEADER_LENGTH);
  const view = new DataView(h.buffer);
  h[0] = env.version;
  h.set(env.splitId, 1);
  view.setUint32(17, env.epoch, false);
  h[21] = env.threshold;
  h[22] = env.count;
  h[23] = env.index;
  h.set(env.commitment, 24);
  return h;
}

/** The binary envelope: header then share (73, 77, 81, 85 or 89 bytes). Contains the share: secret. */
export function encodeEnvelope(env: Envelope): Uint8Array {
  return concatBytes(headerBytes(env), env.share);
}

/** Reads a binary envelope; throws RecoveryError ('version', 'length', 'zero-x', ...). Copies. */
export function decodeEnvelope(bytes: Uint8Array): Envelope {
  if (!(bytes instanceof Uint8Array)) {
    throw new RecoveryError('malformed', 'decodeEnvelope: bytes: expected a Uint8Array');
  }
  // Version first, so a future format with other lengths is reported as what it is.
  if (bytes.length > 0 && bytes[0] !== ENVELOPE_VERSION) {
    throw new RecoveryError('version', `decodeEnvelope: bytes: unknown envelope version ${bytes[0]}`);
  }
  const shareLength = bytes.length - HEADER_LENGTH;
  if (!ENTROPY_LENGTHS.includes(shareLength - 1)) {
    throw new RecoveryError(
      'length',
      `decodeEnvelope: bytes: expected ${ENTROPY_LENGTHS.map((l) => HEADER_LENGTH + l + 1).join(', ')} bytes, got ${bytes.length}`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const env = {
    version: ENVELOPE_VERSION,
    splitId: bytes.slice(1, 17),
    epoch: view.getUint32(17, false),
    threshold: bytes[21],
    count: bytes[22],
    index: bytes[23],
    commitment: bytes.slice(24, HEADER_LENGTH),
    share: bytes.slice(HEADER_LENGTH),
  };
  return checkEnvelope(env, 'decodeEnvelope: bytes');
}
