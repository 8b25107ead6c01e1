/**
 * RecoveryError: every refusal in src/recovery. It carries a machine-readable `reason` and the
 * share numbers at fault, never share bytes, entropy or commitments (messages end up in logs and
 * on screen, and a share is secret-level data).
 *
 *   try { await combineEnvelopes(envs) } catch (e) {
 *     if (e instanceof RecoveryError && e.reason === 'commitment') showBadShares(e.bad);
 *   }
 */

/** Why a split, an envelope or a combination was refused. */
export type RecoveryReason =
  /** Not an envelope: wrong type, wrong field, unknown character, bad padding. */
  | 'malformed'
  /** The text's bech32m checksum does not match (a typo, a swapped pair, a cut-off copy). */
  | 'checksum'
  /** The text is valid bech32m but not a Ringfence share (another human-readable prefix). */
  | 'prefix'
  /** An envelope version this code does not read. */
  | 'version'
  /** A share whose x coordinate is 0: combining it would hand back its own bytes as "the secret". */
  | 'zero-x'
  /** Two shares with the same index or the same x coordinate. */
  | 'duplicate'
  /** Wrong entropy, share, split-id or commitment length, or text too long. */
  | 'length'
  /** Shares of different splits (different split ids). */
  | 'mixed-split'
  /** Shares of different epochs (a share from before a re-split). */
  | 'mixed-epoch'
  /** Fewer shares than the threshold. */
  | 'too-few'
  /** The combined secret does not match the envelopes' commitment (or their commitments disagree). */
  | 'commitment'
  /** The combined secret is consistent but does not derive the expected first address. */
  | 'address'
  /** Threshold or share count out of range, or envelopes that disagree about them. */
  | 'threshold';

/** Extra, non-secret detail for a RecoveryError. */
export interface RecoveryErrorDetail {
  /** Share numbers (the envelopes' `index`, 1..n, as printed on them) found at fault. */
  readonly bad?: readonly number[];
  /** 0-based position in the caller's array of the envelope that was refused. */
  readonly position?: number;
  /** Underlying error, only when it cannot contain secret material. */
  readonly cause?: unknown;
}

export class RecoveryError extends Error {
  override readonly name = 'RecoveryError';
  readonly reason: RecoveryReason;
  /** Share numbers at fault; empty when none can be named (e.g. exactly t shares, one corrupt). */
  readonly bad: readonly number[];
  /** 0-based position in the caller's input, when one input was refused on its own. */
  readonly position: number | undefined;

  constructor(reason: RecoveryReason, message: string, detail: RecoveryErrorDetail = {}) {
    super(message, detail.cause === undefined ? undefined : { cause: detail.cause });
    this.reason = reason;
    this.bad = Object.freeze([...(detail.bad ?? [])]);
    this.position = detail.position;
  }
}

/**
 * Overwrites buffers we own with zeros; `undefined` is skipped so it fits `finally` blocks.
 * Best effort: JavaScript gives no control over copies the engine or a library made, but clearing
 * what we own shortens how long entropy and shares sit in the heap.
 */
export function cleanupBytes(...buffers: (Uint8Array | undefined)[]): void {
  for (const b of buffers) if (b instanceof Uint8Array) b.fill(0);
}
