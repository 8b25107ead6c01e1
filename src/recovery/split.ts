/**
 * Splits BIP-39 entropy into t-of-n share envelopes with shamir-secret-sharing (GF(2^8), one
 * polynomial of degree t-1 per byte; audited by Cure53 and Zellic). Threshold 1 is n plain copies.
 *
 *   const entropy = mnemonicToEntropy(phrase, wordlist);
 *   const envelopes = await splitEntropy(entropy, { threshold: 2, shares: 3 });
 *   envelopes.map(encodeEnvelopeText);          // one per guardian, sealed before it leaves
 *
 * We split the entropy, not the phrase text or the seed: it is the shortest form of the secret
 * (16..32 bytes), and a recovered value can be checked against the phrase's own checksum words.
 */
import { randomBytes } from '@noble/hashes/utils.js';
import { combine, split } from 'shamir-secret-sharing';
import { commitEntropy, sameBytes } from './commitment.js';
import {
  ENTROPY_LENGTHS,
  ENVELOPE_VERSION,
  type Envelope,
  MAX_SHARES,
  SPLIT_ID_LENGTH,
  shareX,
} from './envelope.js';
import { cleanupBytes, RecoveryError } from './errors.js';

/** Options of splitEntropy. */
export interface SplitOptions {
  /** t: shares needed to recover, 1..shares. 1 means every share is a full copy. */
  readonly threshold: number;
  /** n: shares to make, threshold..10. */
  readonly shares: number;
  /** Custody generation, 0..2^32-1 (default 0); a re-split of the same wallet uses a higher one. */
  readonly epoch?: number;
  /** 16 bytes naming the split (default: random). Only tests and vectors should pass one. */
  readonly splitId?: Uint8Array;
}

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);

function checkOptions(opts: SplitOptions): Required<SplitOptions> {
  if (typeof opts !== 'object' || opts === null) {
    throw new RecoveryError('malformed', 'splitEntropy: opts: expected { threshold, shares }');
  }
  const { threshold, shares, epoch = 0, splitId = randomBytes(SPLIT_ID_LENGTH) } = opts;
  if (!isInt(threshold) || !isInt(shares) || threshold < 1 || shares < threshold || shares > MAX_SHARES) {
    throw new RecoveryError(
      'threshold',
      `splitEntropy: opts.threshold/opts.shares: expected integers with 1 ≤ threshold ≤ shares ≤ ${MAX_SHARES}, got ${String(threshold)}-of-${String(shares)}`,
    );
  }
  if (!isInt(epoch) || epoch < 0 || epoch > 0xffffffff) {
    throw new RecoveryError('malformed', 'splitEntropy: opts.epoch: expected an integer 0..4294967295');
  }
  if (!(splitId instanceof Uint8Array) || splitId.length !== SPLIT_ID_LENGTH) {
    throw new RecoveryError('length', `splitEntropy: opts.splitId: expected ${SPLIT_ID_LENGTH} bytes`);
  }
  return { threshold, shares, epoch, splitId: splitId.slice() };
}

/** Shares as the library lays them out, checked: length L+1, x = last byte, x ≠ 0, x distinct. */
function checkLibraryShares(raw: Uint8Array[], n: number, entropyLength: number): void {
  const xs = new Set(raw.map(shareX));
  const ok =
    raw.length === n && raw.every((s) => s.length === entropyLength + 1) && !xs.has(0) && xs.size === n;
  if (!ok) {
    cleanupBytes(...raw);
    throw new RecoveryError(
      'malformed',
      'splitEntropy: shamir-secret-sharing returned an unexpected share layout',
    );
  }
}

/**
 * Splits `entropy` (16, 20, 24, 28 or 32 bytes) into `shares` envelopes, any `threshold` of which
 * recover it. Before returning, it checks that the first and the last t shares combine back to
 * `entropy`. The caller owns `entropy` (it is not zeroed here); the envelopes own their shares.
 */
export async function splitEntropy(entropy: Uint8Array, opts: SplitOptions): Promise<Envelope[]> {
  if (!(entropy instanceof Uint8Array)) {
    throw new RecoveryError('malformed', 'splitEntropy: entropy: expected a Uint8Array');
  }
  if (!ENTROPY_LENGTHS.includes(entropy.length)) {
    throw new RecoveryError(
      'length',
      `splitEntropy: entropy: expected ${ENTROPY_LENGTHS.join(', ')} bytes (BIP-39), got ${entropy.length}`,
    );
  }
  const { threshold, shares: n, epoch, splitId } = checkOptions(opts);
  const facts = { splitId, epoch, threshold, count: n };
  const commitment = commitEntropy(entropy, facts);

  let raw: Uint8Array[];
  if (threshold === 1) {
    // Degree-0 polynomial: every point is the secret. We lay copies out like library shares
    // (y bytes || x, with x = index), so one decoder and one set of checks serve every t.
    raw = Array.from({ length: n }, (_, i) => {
      const s = new Uint8Array(entropy.length + 1);
      s.set(entropy);
      s[entropy.length] = i + 1;
      return s;
    });
  } else {
    // The library checks `secret.constructor === Uint8Array`, so a Buffer would be refused: copy.
    const secret = Uint8Array.from(entropy);
    try {
      raw = await split(secret, n, threshold);
    } finally {
      cleanupBytes(secret);
    }
    checkLibraryShares(raw, n, entropy.length);
    await selfCheck(raw, threshold, entropy);
  }
  return raw.map((share, i) => ({
    version: ENVELOPE_VERSION,
    splitId: splitId.slice(),
    epoch,
    threshold,
    count: n,
    index: i + 1,
    share,
    commitment: commitment.slice(),
  }));
}

async function selfCheck(raw: Uint8Array[], t: number, entropy: Uint8Array): Promise<void> {
  for (const subset of [raw.slice(0, t), raw.slice(-t)]) {
    const back = await combine(subset);
    const same = sameBytes(back, entropy);
    cleanupBytes(back);
    if (!same) {
      cleanupBytes(...raw);
      throw new RecoveryError('commitment', 'splitEntropy: shares did not combine back to the entropy');
    }
  }
}
