/**
 * Byte helpers for the vault: strict base64, UTF-8, concatenation and canonical JSON.
 * Browser-and-Node safe (atob/btoa, TextEncoder), no Buffer.
 *
 *   const b64 = bytesToBase64(new Uint8Array([1, 2, 3])); // 'AQID'
 *   base64ToBytes(b64, 'data');                          // Uint8Array [1, 2, 3]
 *   canonicalJson({ b: 1, a: [true] });                  // '{"a":[true],"b":1}'
 */
import { VaultError } from './errors.js';

const CHUNK = 0x8000; // String.fromCharCode.apply argument limit stays far below engine caps
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    // apply() takes the typed array itself: no Array.from copy (it dominated large state saves).
    bin += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return btoa(bin);
}

/**
 * Strict decode: standard alphabet, padded, canonical. Non-canonical spellings (non-zero pad bits) are
 * refused so one stored value has exactly one meaning. `field` names the value in the CORRUPT error.
 */
export function base64ToBytes(b64: unknown, field: string): Uint8Array<ArrayBuffer> {
  if (typeof b64 !== 'string' || !BASE64_RE.test(b64)) {
    throw new VaultError(`${field}: expected padded standard base64`, 'CORRUPT');
  }
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  // Only the last group can carry non-zero pad bits: re-encoding it alone decides canonicity
  // (re-encoding everything made every large state read and write pay twice).
  const tail = out.length % 3 || 3;
  if (out.length > 0 && bytesToBase64(out.subarray(out.length - tail)) !== b64.slice(-4))
    throw new VaultError(`${field}: non-canonical base64`, 'CORRUPT');
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
