/**
 * QR code of an envelope's text, as an SVG string (paulmillr's `qr`, no DOM needed).
 *
 *   const svg = envelopeQrSvg(encodeEnvelopeText(env));   // '<svg ...'; secret, like the text
 *
 * bech32 is case-insensitive, so the QR holds the text in upper case: QR's alphanumeric mode
 * (0-9, A-Z, space, $%*+-./:) packs 5.5 bits per character against byte mode's 8, which gives a
 * smaller, easier-to-scan symbol. Scanners return upper case; parseEnvelope folds it back.
 */
import encodeQR from 'qr';
import { encodeEnvelopeText, parseEnvelope } from './envelopeText.js';

/** Options of envelopeQrSvg. */
export interface QrOptions {
  /** Error correction; default 'medium' (15%): paper gets creased. */
  readonly ecc?: 'low' | 'medium' | 'quartile' | 'high';
  /** Quiet zone in modules; default 4, as ISO/IEC 18004 asks. */
  readonly border?: number;
}

/**
 * SVG QR code of envelope text. The text is parsed first (throws RecoveryError if it is not a
 * valid envelope), so a QR code is only ever made of a checked share, in canonical form.
 */
export function envelopeQrSvg(text: string, opts: QrOptions = {}): string {
  const canonical = encodeEnvelopeText(parseEnvelope(text)).toUpperCase();
  return encodeQR(canonical, 'svg', {
    ecc: opts.ecc ?? 'medium',
    border: opts.border ?? 4,
    encoding: 'alphanumeric',
  });
}

/** The same symbol as a boolean matrix (true = dark), for tests and custom renderers. */
export function envelopeQrMatrix(text: string, opts: QrOptions = {}): boolean[][] {
  const canonical = encodeEnvelopeText(parseEnvelope(text)).toUpperCase();
  return encodeQR(canonical, 'raw', {
    ecc: opts.ecc ?? 'medium',
    border: opts.border ?? 4,
    encoding: 'alphanumeric',
  });
}
