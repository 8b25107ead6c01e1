/**
 * Byte helpers for the vault: strict base64, UTF-8, concatenation and canonical JSON.
 * Browser-and-Node safe (TextEncoder/TextDecoder), no Buffer.
 *
 *   const b64 = bytesToBase64(new Uint8Array([1, 2, 3])); // 'AQID'
 *   base64ToBytes(b64, 'data');                          // Uint8Array [1, 2, 3]
 *   canonicalJson({ b: 1, a: [true] });                  // '{"a":[true],"b":1}'
 */
import { VaultError } from './errors.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENC = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const DEC = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) DEC[ENC[i]!] = i;
const EQ = 0x3d;
const ascii = new TextDecoder('latin1');

/**
 * Table-driven (no btoa over a binary string): state records grow with the account list and the
 * wallet encodes and decodes one on every save, so this is on the hot path.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const n = bytes.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = ENC[v >> 18]!;
    out[o++] = ENC[(v >> 12) & 63]!;
    out[o++] = ENC[(v >> 6) & 63]!;
    out[o++] = ENC[v & 63]!;
  }
  if (i < n) {
    const v = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8);
    out[o++] = ENC[v >> 18]!;
    out[o++] = ENC[(v >> 12) & 63]!;
    out[o++] = i + 1 < n ? ENC[(v >> 6) & 63]! : EQ;
    out[o++] = EQ;
  }
  return ascii.decode(out);
}

function bad(field: string, why = 'expected padded standard base64'): never {
  throw new VaultError(`${field}: ${why}`, 'CORRUPT');
}

/**
 * Strict decode: standard alphabet, padded, canonical. Non-canonical spellings (non-zero pad bits) are
 * refused so one stored value has exactly one meaning. `field` names the value in the CORRUPT error.
 */
export function base64ToBytes(b64: unknown, field: string): Uint8Array<ArrayBuffer> {
  if (typeof b64 !== 'string' || b64.length % 4 !== 0) bad(field);
  const pad = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((b64.length / 4) * 3 - pad);
  const digit = (k: number) => {
    const c = b64.charCodeAt(k);
    const d = c < 128 ? DEC[c]! : -1;
    if (d < 0) bad(field);
    return d;
  };
  let o = 0;
  for (let k = 0; k < b64.length; k += 4) {
    const last = k + 4 === b64.length;
    const a = digit(k);
    const b = digit(k + 1);
    const c = last && pad === 2 ? 0 : digit(k + 2);
    const d = last && pad >= 1 ? 0 : digit(k + 3);
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = v >> 16;
    if (o < out.length) out[o++] = (v >> 8) & 255;
    if (o < out.length) out[o++] = v & 255;
    // One stored value, one spelling: the bits padding leaves over must be zero.
    if (last && ((pad === 2 && (b & 15) !== 0) || (pad === 1 && (c & 3) !== 0)))
      bad(field, 'non-canonical base64');
  }
  return out;
}

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A private copy backed by a plain ArrayBuffer, as WebCrypto's BufferSource type requires. */
export function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

/**
 * Deterministic JSON (sorted keys, no whitespace, undefined members dropped) so the AEAD header is the
 * same bytes whichever code path or engine produced the object.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new VaultError(`canonicalJson: non-finite number ${value}`, 'BAD_ARGUMENT');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new VaultError(`canonicalJson: unsupported value of type ${typeof value}`, 'BAD_ARGUMENT');
}

export function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
