/**
 * What the vault record encrypts: the BIP-39 phrase, its optional passphrase, and imported private
 * keys. Only ever handled as `Labeled<VaultSecrets>` at level secret; this module only encodes.
 *
 *   const bytes = encodeSecrets({ v: 1, mnemonic, passphrase: '', imported: {} });
 *   decodeSecrets(bytes).mnemonic === mnemonic;
 */
export interface VaultSecrets {
  v: 1;
  mnemonic: string;
  passphrase: string;
  /** account id → private key hex (no 0x). */
  imported: Record<string, string>;
}

export function newSecrets(mnemonic: string, passphrase = ''): VaultSecrets {
  return { v: 1, mnemonic, passphrase, imported: {} };
}

export function encodeSecrets(secrets: VaultSecrets): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(secrets));
}

/** Throws an error that says what is wrong with the shape — never what the values are. */
export function decodeSecrets(bytes: Uint8Array): VaultSecrets {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new Error('vault secrets: not valid UTF-8 JSON');
  }
  const s = parsed as Partial<VaultSecrets> | null;
  if (s?.v !== 1) throw new Error('vault secrets: unknown format version');
  if (typeof s.mnemonic !== 'string' || typeof s.passphrase !== 'string') {
    throw new Error('vault secrets: mnemonic/passphrase missing');
  }
  const imported = s.imported ?? {};
  if (
    typeof imported !== 'object' ||
    Object.values(imported).some((k) => !/^[0-9a-f]{64}$/.test(String(k)))
  ) {
    throw new Error('vault secrets: imported keys malformed');
  }
  return { v: 1, mnemonic: s.mnemonic, passphrase: s.passphrase, imported: { ...imported } };
}
