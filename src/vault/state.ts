/**
 * Encrypted private state blobs ('accounts', 'audit', 'settings', …) sealed with the vault key.
 * The blob's name is in the associated data, so one blob cannot be swapped in for another on disk.
 *
 *   const rec = await sealState(key, 'accounts', utf8(JSON.stringify(accounts)));
 *   await store.writeState('accounts', rec);  // the store only accepts sealed records
 *   const bytes = await openState(key, 'accounts', await store.readState('accounts'));
 */
import { IV_BYTES, open, seal, TAG_BYTES } from './aead.js';
import { base64ToBytes, bytesToBase64, canonicalJson, isPlainObject, utf8 } from './encoding.js';
import { VaultError } from './errors.js';

export type StateRecord = { v: 1; name: string; data: string };

const NAME_RE = /^[A-Za-z0-9_.-]{1,64}$/;

export function checkStateName(name: unknown): string {
  if (typeof name !== 'string' || !NAME_RE.test(name)) {
    throw new VaultError(
      `name: expected 1-64 characters of [A-Za-z0-9_.-], got ${JSON.stringify(name)}`,
      'BAD_ARGUMENT',
    );
  }
  return name;
}

export function stateAad(name: string): Uint8Array<ArrayBuffer> {
  checkStateName(name);
  // 'kind' keeps state AAD disjoint from the vault header's (which has no such field).
  return utf8(canonicalJson({ kind: 'state', name, v: 1 }));
}

/** Structural check of a stored state record under `name` (CORRUPT when it does not fit). */
export function parseStateRecord(x: unknown, name: string): StateRecord {
  checkStateName(name);
  if (!isPlainObject(x) || Object.keys(x).sort().join() !== 'data,name,v' || x.v !== 1) {
    throw new VaultError(
      `state record ${JSON.stringify(name)}: expected exactly { v: 1, name, data }`,
      'CORRUPT',
    );
  }
  if (x.name !== name) {
    throw new VaultError(`state record ${JSON.stringify(name)}: stored under the wrong name`, 'CORRUPT');
  }
  const sealed = base64ToBytes(x.data, `state record ${name}.data`);
  if (sealed.length < IV_BYTES + TAG_BYTES) {
    throw new VaultError(`state record ${JSON.stringify(name)}: data shorter than iv + tag`, 'CORRUPT');
  }
  return { v: 1, name, data: x.data as string };
}

export async function sealState(key: CryptoKey, name: string, plaintext: Uint8Array): Promise<StateRecord> {
  checkStateName(name);
  const sealed = await seal(key, plaintext, stateAad(name));
  return { v: 1, name, data: bytesToBase64(sealed) };
}

/** name + sealed bytes (from the ring's encrypt under stateAad(name)) → a storable record. */
export function stateRecordOf(name: string, sealed: Uint8Array): StateRecord {
  return parseStateRecord({ v: 1, name, data: bytesToBase64(sealed) }, name);
}

export async function openState(key: CryptoKey, name: string, record: unknown): Promise<Uint8Array> {
  const r = parseStateRecord(record, name);
  return open(key, base64ToBytes(r.data, 'data'), stateAad(name));
}
