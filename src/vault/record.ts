/**
 * The on-disk vault record (format v1) and its strict parser. Everything but `data` is the header,
 * whose canonical JSON is the AES-GCM associated data: changing any header field fails decryption.
 *
 *   const record = parseRecord(await store.readVault().then((v) => v.current)); // CORRUPT/TAMPERED
 *   const aad = headerBytes(record);  // utf8('{"createdAt":…,"kdf":{…},"v":1}')
 *   const sealed = base64ToBytes(record.data, 'data');
 */
import { IV_BYTES, TAG_BYTES } from './aead.js';
import { base64ToBytes, canonicalJson, isPlainObject, utf8 } from './encoding.js';
import { VaultError } from './errors.js';
import { type KdfParams, validateKdfParams } from './kdfParams.js';

export const VAULT_FORMAT_VERSION = 1;

export type VaultRecord = {
  /** format version */
  v: 1;
  kdf: KdfParams;
  /** ms since the epoch */
  createdAt: number;
  updatedAt?: number;
  /** base64(iv || ciphertext || tag) */
  data: string;
};
export type VaultHeader = Omit<VaultRecord, 'data'>;

const FIELDS = new Set(['v', 'kdf', 'createdAt', 'updatedAt', 'data']);

/**
 * Structural validation of untrusted stored data, before any KDF runs (a garbage header must not
 * cost the user seconds of Argon2, nor choose its cost). Accepts the object or its JSON text.
 * Returns a fresh copy with exactly the known fields.
 */
export function parseRecord(x: unknown): VaultRecord {
  let obj = x;
  if (typeof x === 'string') {
    try {
      obj = JSON.parse(x);
    } catch {
      throw new VaultError('vault record: not valid JSON', 'CORRUPT');
    }
  }
  if (!isPlainObject(obj))
    throw new VaultError(`vault record: expected an object, got ${kind(obj)}`, 'CORRUPT');
  for (const k of Object.keys(obj)) {
    if (!FIELDS.has(k)) throw new VaultError(`vault record: unknown field ${JSON.stringify(k)}`, 'CORRUPT');
  }
  if (obj.v !== VAULT_FORMAT_VERSION) {
    throw new VaultError(
      `vault record.v: unsupported format version ${JSON.stringify(obj.v)} (this build reads ${VAULT_FORMAT_VERSION})`,
      'CORRUPT',
    );
  }
  const kdf = validateKdfParams(obj.kdf, 'header');
  const createdAt = timestamp(obj.createdAt, 'createdAt');
  const updatedAt = obj.updatedAt === undefined ? undefined : timestamp(obj.updatedAt, 'updatedAt');
  const sealed = base64ToBytes(obj.data, 'vault record.data');
  if (sealed.length < IV_BYTES + TAG_BYTES) {
    throw new VaultError(`vault record.data: ${sealed.length} bytes is shorter than iv + tag`, 'CORRUPT');
  }
  const record: VaultRecord = { v: 1, kdf, createdAt, data: obj.data as string };
  if (updatedAt !== undefined) record.updatedAt = updatedAt;
  return record;
}

/** True when `x` parses as a record (used to decide whether it may become the `previous` copy). */
export function isWellFormedRecord(x: unknown): boolean {
  try {
    parseRecord(x);
    return true;
  } catch {
    return false;
  }
}

/** The associated data: canonical JSON of every field except `data`. */
export function headerBytes(header: VaultHeader): Uint8Array<ArrayBuffer> {
  const { v, kdf, createdAt, updatedAt } = header;
  return utf8(canonicalJson({ v, kdf, createdAt, updatedAt }));
}

function timestamp(x: unknown, field: string): number {
  if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0) {
    throw new VaultError(
      `vault record.${field}: expected a non-negative integer (ms), got ${kind(x)}`,
      'CORRUPT',
    );
  }
  return x;
}

function kind(x: unknown): string {
  return x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x;
}
