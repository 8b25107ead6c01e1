/**
 * What the vault record encrypts: the BIP-39 entropy, the passphrase (NFKD UTF-8) and imported
 * private keys — all bytes, so lock can zero them (a phrase string could not be). The phrase text
 * is made only for the reveal screen. Only ever handled as `Labeled<VaultSecrets>` at level secret.
 *
 * Encoding v2 (binary): "RFS2" | u8 len | entropy | u16 len | passphrase | u16 n | n × (u8 len | id | 32 key).
 * decodeSecrets also reads v1 (`{ v: 1, mnemonic, passphrase, imported: { id: hex } }`) once, to migrate.
 */
import { mnemonicToEntropy } from '../keys';

export interface VaultSecrets {
  v: 2;
  entropy: Uint8Array;
  passphrase: Uint8Array;
  /** account id → 32-byte private key. */
  imported: Record<string, Uint8Array>;
}

const MAGIC = [0x52, 0x46, 0x53, 0x32]; // "RFS2"

export function newSecrets(entropy: Uint8Array, passphrase: Uint8Array): VaultSecrets {
  return { v: 2, entropy: new Uint8Array(entropy), passphrase: new Uint8Array(passphrase), imported: {} };
}

export function encodeSecrets(s: VaultSecrets): Uint8Array {
  const ids = Object.keys(s.imported).map((id) => new TextEncoder().encode(id));
  const size =
    4 + 1 + s.entropy.length + 2 + s.passphrase.length + 2 + ids.reduce((n, id) => n + 1 + id.length + 32, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  const put = (bytes: Uint8Array | number[]) => {
    out.set(bytes, at);
    at += bytes.length;
  };
  put(MAGIC);
  out[at++] = s.entropy.length;
  put(s.entropy);
  view.setUint16(at, s.passphrase.length);
  at += 2;
  put(s.passphrase);
  view.setUint16(at, ids.length);
  at += 2;
  for (const [i, key] of Object.values(s.imported).entries()) {
    out[at++] = ids[i]!.length;
    put(ids[i]!);
    put(key);
  }
  return out;
}

/** Throws an error that says what is wrong with the shape — never what the values are. */
export function decodeSecrets(bytes: Uint8Array): VaultSecrets {
  if (bytes[0] === 0x7b) return decodeV1(bytes); // "{": the v1 JSON
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 4;
  const take = (n: number) => {
    if (at + n > bytes.length) throw new Error('vault secrets: truncated');
    const part = bytes.slice(at, at + n);
    at += n;
    return part;
  };
  if (MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('vault secrets: unknown format');
  const entropy = take(take(1)[0]!);
  if (![16, 20, 24, 28, 32].includes(entropy.length)) throw new Error('vault secrets: entropy length');
  const u16 = () => {
    take(2);
    return view.getUint16(at - 2);
  };
  const passphrase = take(u16());
  const imported: Record<string, Uint8Array> = {};
  for (let n = u16(); n > 0; n--) imported[new TextDecoder().decode(take(take(1)[0]!))] = take(32);
  if (at !== bytes.length) throw new Error('vault secrets: trailing bytes');
  return { v: 2, entropy, passphrase, imported };
}

function decodeV1(bytes: Uint8Array): VaultSecrets {
  let s: { v?: unknown; mnemonic?: unknown; passphrase?: unknown; imported?: unknown } | null;
  try {
    s = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new Error('vault secrets: not valid UTF-8 JSON');
  }
  if (s?.v !== 1) throw new Error('vault secrets: unknown format version');
  if (typeof s.mnemonic !== 'string' || typeof s.passphrase !== 'string')
    throw new Error('vault secrets: mnemonic/passphrase missing');
  const imported: Record<string, Uint8Array> = {};
  for (const [id, hex] of Object.entries((s.imported ?? {}) as Record<string, unknown>)) {
    if (!/^[0-9a-f]{64}$/.test(String(hex))) throw new Error('vault secrets: imported keys malformed');
    imported[id] = Uint8Array.from((hex as string).match(/../g)!, (h) => Number.parseInt(h, 16));
  }
  const passphrase = new TextEncoder().encode(s.passphrase.normalize('NFKD'));
  return { v: 2, entropy: mnemonicToEntropy(s.mnemonic), passphrase, imported };
}
