/**
 * What the router fuzz (router.fuzz.test.ts) checks each response and each node call against: the
 * response shape, the wallet's secrets (phrase, entropy, seed, keys, password) in any text, and a
 * payload described short enough for an error message.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { bytesToHex } from '@noble/hashes/utils.js';
import { deriveEvmAccount, mnemonicToEntropy, mnemonicToSeed } from '../../keys';
import { TEST_PASSWORD } from '../../wallet/testHarness';

/** `global.gc` without --expose-gc: set the flag at run time, then fetch gc from a fresh context. */
export function gcFunction(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

const replacer = (_: string, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v);
export const describePayload = (value: unknown) => {
  let text: string;
  try {
    text = JSON.stringify(value, replacer) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;
};

export async function secretsOf(mnemonic: string): Promise<string[]> {
  const seed = await mnemonicToSeed(mnemonic);
  const keys = [0, 1, 2, 3, 4].map((i) => bytesToHex(deriveEvmAccount(seed, i).privateKey));
  return [
    mnemonic,
    mnemonic.split(' ').slice(0, 4).join(' '),
    TEST_PASSWORD,
    bytesToHex(mnemonicToEntropy(mnemonic)),
    bytesToHex(seed),
    ...keys,
  ];
}

export function leakIn(text: string, secrets: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  return secrets.find((secret) => lower.includes(secret.toLowerCase()));
}

export function checkShape(response: unknown): string | undefined {
  if (typeof response !== 'object' || response === null) return 'not an object';
  const keys = Object.keys(response);
  if (keys.length === 1 && keys[0] === 'result') return undefined;
  if (keys.length !== 1 || keys[0] !== 'error') return `keys ${keys.join(',')}`;
  const { error } = response as { error: unknown };
  if (typeof error !== 'object' || error === null) return 'error is not an object';
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code !== 'number' || !Number.isInteger(code)) return `error.code ${String(code)}`;
  if (typeof message !== 'string') return `error.message ${typeof message}`;
  return undefined;
}
