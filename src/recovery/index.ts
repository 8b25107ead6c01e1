/**
 * Recovery: t-of-n Shamir split of the BIP-39 entropy into checked share envelopes, their text
 * and QR forms, and a combine that refuses anything but a consistent set of one split
 * (DESIGN.md "Recovery", docs/envelopes.md). Browser-free; sealing to guardians is src/ring's job.
 *
 *   const envs = await splitEntropy(entropy, { threshold: 2, shares: 3 });
 *   const texts = envs.map((e) => encodeEnvelopeText(e));          // secret until sealed
 *   const back = await combineEnvelopes(texts.slice(1).map(parseEnvelope));
 */
export { type CombineOptions, combineEnvelopes } from './combine.js';
export { commitEntropy, type SplitFacts } from './commitment.js';
export {
  checkEnvelope,
  decodeEnvelope,
  ENTROPY_LENGTHS,
  ENVELOPE_VERSION,
  type Envelope,
  encodeEnvelope,
  HEADER_LENGTH,
  headerBytes,
  MAX_SHARES,
} from './envelope.js';
export {
  ENVELOPE_PREFIX,
  encodeEnvelopeText,
  MAX_TEXT_LENGTH,
  parseEnvelope,
  type TextOptions,
} from './envelopeText.js';
export { cleanupBytes, RecoveryError, type RecoveryErrorDetail, type RecoveryReason } from './errors.js';
export { envelopeQrMatrix, envelopeQrSvg, type QrOptions } from './qr.js';
export { type SplitOptions, splitEntropy } from './split.js';
