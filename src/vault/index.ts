/**
 * Ringfence vault: password KDF (Argon2id / PBKDF2), AES-256-GCM envelope with the header as
 * associated data, IndexedDB store with a fallback copy, and persisted unlock throttling.
 *
 *   const store = await openVaultStore();
 *   await createVault(store, password, secretsBytes);
 *   const { plaintext, key } = await unlockVault(store, password);
 */
export { IV_BYTES, importAesKey, open, seal, TAG_BYTES } from './aead.js';
export { argon2idSelfTest, RFC9106_ARGON2ID } from './argon2idSelfTest.js';
export { DATA_KEY_BYTES, unwrapDataKey, wrapDataKey } from './dataKey.js';
export { base64ToBytes, bytesToBase64, canonicalJson, utf8 } from './encoding.js';
export {
  type DecryptResult,
  decryptVault,
  deriveVaultKey,
  type EncryptResult,
  encryptVault,
  encryptWithKey,
  openWithKey,
  type ReEncryptOptions,
  vaultHeader,
  vaultRecordOf,
} from './envelope.js';
export { DECRYPT_FAILED_MESSAGE, isVaultError, VaultError, type VaultErrorCode } from './errors.js';
export { type DeriveOptions, deriveKeyBytes, KEY_BYTES } from './kdf.js';
export {
  type Argon2idParams,
  type Argon2idSettings,
  DEFAULT_KDF,
  KDF_MAX,
  KDF_MIN,
  type KdfParams,
  type KdfSettings,
  needsUpgrade,
  newKdfParams,
  PBKDF2_FALLBACK_KDF,
  type Pbkdf2Params,
  type Pbkdf2Settings,
  validateKdfParams,
  validateKdfSettings,
} from './kdfParams.js';
export { type DeriveKey, type LoadResult, loadVault } from './loadVault.js';
export { DEFAULT_META, parseMeta, type VaultMeta } from './meta.js';
export { checkPassword, type Opened, type OpenedV2, type OpenKey, openVault } from './openVault.js';
export {
  headerBytes,
  parseRecord,
  VAULT_FORMAT_VERSION,
  type VaultHeader,
  type VaultRecord,
} from './record.js';
export {
  dataAad,
  isV2,
  openStateV2,
  parseRecordV2,
  parseStateRecordV2,
  type StateRecordV2,
  stateAadV2,
  type VaultHeaderV2,
  type VaultRecordV2,
  wrapAad,
} from './recordV2.js';
export { type Migration, migrations, type RingfenceDB, SCHEMA_VERSION } from './schema.js';
export {
  openState,
  parseStateRecord,
  type StateRecord,
  sealState,
  stateAad,
  stateRecordOf,
} from './state.js';
export type { Commit } from './store.js';
export { DEFAULT_DB_NAME, openVaultStore, type StoredVault, type VaultStore } from './store.js';
export {
  BASE_DELAY_MS,
  checkThrottle,
  clampThrottle,
  FREE_ATTEMPTS,
  MAX_DELAY_MS,
  recordFailure,
  recordSuccess,
  type ThrottleState,
  type ThrottleVerdict,
  throttleDelayMs,
} from './throttle.js';
export { createVault, type UnlockOptions, type UnlockResult, unlockVault } from './unlock.js';
