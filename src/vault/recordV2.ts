/**
 * Vault format v2 (docs/vault.md): a random 256-bit data key encrypts the vault and every state
 * record; the password-derived key only wraps the data key. Each commit bumps `generation`; the
 * vault record names the generation of every state record (`states`) and the audit log's head hash,
 * and every record's associated data carries its generation, so an older record put back is seen.
 *
 *   const r = parseRecordV2(stored);                 // CORRUPT/TAMPERED before any KDF runs
 *   wrapAad(r.kdf);  dataAad(r);  stateAadV2('wallet', r.states.wallet);
 */
import { IV_BYTES, open, TAG_BYTES } from './aead.js';
import { base64ToBytes, canonicalJson, isPlainObject, utf8 } from './encoding.js';
import { VaultError } from './errors.js';
import { type KdfParams, validateKdfParams } from './kdfParams.js';
import { checkStateName } from './state.js';

export type VaultRecordV2 = {
  v: 2;
  kdf: KdfParams;
  createdAt: number;
  updatedAt: number;
  /** bumped by every commit; never goes down */
  generation: number;
  /** hash of the last audit entry stored with this generation (GENESIS when none) */
  auditHead: string;
  /** state record name → the generation it was last written in */
  states: Record<string, number>;
  /** base64(iv ‖ AES-GCM(KEK, data key) ‖ tag), associated data wrapAad(kdf) */
  wrappedKey: string;
  /** base64(iv ‖ AES-GCM(data key, secrets) ‖ tag), associated data dataAad(record) */
  data: string;
};
export type VaultHeaderV2 = Omit<VaultRecordV2, 'data'>;
export type StateRecordV2 = { v: 2; name: string; generation: number; data: string };

const FIELDS = 'auditHead,createdAt,data,generation,kdf,states,updatedAt,v,wrappedKey';

function corrupt(what: string): never {
  throw new VaultError(`vault record.${what}`, 'CORRUPT');
}

function int(x: unknown, what: string): number {
  if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0)
    corrupt(`${what}: expected a non-negative integer`);
  return x;
}

function sealed(x: unknown, what: string, min: number): string {
  if (base64ToBytes(x, `vault record.${what}`).length < IV_BYTES + TAG_BYTES + min)
    corrupt(`${what}: shorter than iv + tag`);
  return x as string;
}

export function parseRecordV2(x: unknown): VaultRecordV2 {
  if (!isPlainObject(x) || Object.keys(x).sort().join() !== FIELDS || x.v !== 2)
    corrupt(`v2: expected exactly the fields ${FIELDS}`);
  if (typeof x.auditHead !== 'string' || !/^[0-9a-f]{64}$/.test(x.auditHead))
    corrupt('auditHead: expected 64 hex');
  if (!isPlainObject(x.states)) corrupt('states: expected an object');
  const states: Record<string, number> = {};
  for (const [name, g] of Object.entries(x.states)) states[checkStateName(name)] = int(g, `states.${name}`);
  return {
    v: 2,
    kdf: validateKdfParams(x.kdf, 'header'),
    createdAt: int(x.createdAt, 'createdAt'),
    updatedAt: int(x.updatedAt, 'updatedAt'),
    generation: int(x.generation, 'generation'),
    auditHead: x.auditHead,
    states,
    wrappedKey: sealed(x.wrappedKey, 'wrappedKey', 32),
    data: sealed(x.data, 'data', 0),
  };
}

/** The wrapped key is bound to the KDF header (salt included): a changed header fails the unwrap. */
export function wrapAad(kdf: KdfParams): Uint8Array<ArrayBuffer> {
  return utf8(canonicalJson({ kind: 'wrap', v: 2, kdf }));
}

/** Everything but the key wrapping: a rewrap (new KDF or password) leaves `data` as it is. */
export function dataAad(
  h: Pick<VaultHeaderV2, 'createdAt' | 'updatedAt' | 'generation' | 'auditHead' | 'states'>,
): Uint8Array<ArrayBuffer> {
  const { createdAt, updatedAt, generation, auditHead, states } = h;
  return utf8(canonicalJson({ kind: 'vault', v: 2, createdAt, updatedAt, generation, auditHead, states }));
}

export function stateAadV2(name: string, generation: number): Uint8Array<ArrayBuffer> {
  return utf8(canonicalJson({ kind: 'state', v: 2, name: checkStateName(name), generation }));
}

export function parseStateRecordV2(x: unknown, name: string): StateRecordV2 {
  if (
    !isPlainObject(x) ||
    Object.keys(x).sort().join() !== 'data,generation,name,v' ||
    x.v !== 2 ||
    x.name !== name
  )
    throw new VaultError(
      `state record ${JSON.stringify(name)}: expected { v: 2, name, generation, data }`,
      'CORRUPT',
    );
  const generation = int(x.generation, `${name}.generation`);
  return { v: 2, name, generation, data: sealed(x.data, `${name}.data`, 0) };
}

/** Opens a v2 state record, refusing one whose generation is not the one the vault names. */
export async function openStateV2(
  key: CryptoKey,
  name: string,
  x: unknown,
  expected: number,
): Promise<Uint8Array> {
  const r = parseStateRecordV2(x, name);
  if (r.generation !== expected) {
    throw new VaultError(
      `state record ${JSON.stringify(name)}: generation ${r.generation}, the vault names ${expected} (an older record put back?)`,
      'STALE',
    );
  }
  return open(key, base64ToBytes(r.data, `${name}.data`), stateAadV2(name, r.generation));
}

export function isV2(x: unknown): boolean {
  return isPlainObject(x) && x.v === 2;
}
