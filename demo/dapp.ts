/**
 * What the demo pages share: the page's EIP-1193 provider (Ringfence's, when installed), viem
 * clients on it, and showing results and errors — with the EIP-1193 / JSON-RPC code, because the
 * code (4001 rejected, 4100 unauthorized, -32602 invalid params) is what a dapp branches on.
 *
 *   const wallet = walletClient();
 *   const [account] = await wallet.requestAddresses();
 *   show('accounts', account);
 */
import {
  createPublicClient,
  createWalletClient,
  custom,
  type EIP1193Provider,
  type TypedDataDefinition,
} from 'viem';
import type { TypedDataRequest } from './globals';

/** The injected provider, or an error that says what is missing. */
export function provider(): EIP1193Provider {
  if (!window.ethereum) throw new Error('No EIP-1193 provider on this page (is Ringfence installed?)');
  return window.ethereum;
}

/** viem's wallet client over the page's provider; signing and sending go to the wallet's approval window. */
export function walletClient() {
  return createWalletClient({ transport: custom(provider()) });
}

/** viem's public client over the same provider (reads go through the wallet to its selected network). */
export function publicClient() {
  return createPublicClient({ transport: custom(provider()) });
}

/**
 * Typed data as viem's signTypedData/verifyTypedData take it. viem infers message types from
 * `as const` type literals; the demo passes runtime data (decimal-string amounts, which viem
 * encodes the same as bigints), so the static check is waived here, once.
 */
export function viemTypedData(data: TypedDataRequest): TypedDataDefinition {
  return data as unknown as TypedDataDefinition;
}

export function show(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

/**
 * The numeric error code somewhere in an error's chain. Libraries wrap the wallet's error: viem in
 * `cause` (UserRejectedRequestError inside a TransactionExecutionError), ethers v6 in `info.error`
 * or `error`, keeping its own string code ("ACTION_REJECTED") on the outside.
 */
export function errorCode(error: unknown): number | undefined {
  const seen = new Set<unknown>();
  const queue = [error];
  while (queue.length) {
    const e = queue.shift();
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const { code, cause, error: inner, info } = e as Record<string, unknown>;
    if (typeof code === 'number') return code;
    queue.push(cause, inner, (info as { error?: unknown } | undefined)?.error);
  }
  return undefined;
}

/** "4001: User rejected the request." — the code first, then the shortest message the library gives. */
export function errorText(error: unknown): string {
  const code = errorCode(error);
  const e = error as { shortMessage?: unknown; message?: unknown };
  const message = typeof e?.shortMessage === 'string' ? e.shortMessage : String(e?.message ?? error);
  return code === undefined ? message : `${code}: ${message}`;
}

/** An Error carrying the wallet's code, so a test driving `window.*` sees the code in the rejection. */
export function withCode(error: unknown): Error {
  const out = new Error(errorText(error)) as Error & { code?: number };
  const code = errorCode(error);
  if (code !== undefined) out.code = code;
  return out;
}

/**
 * Runs a page action: clears the error element, shows a failure there (with its code) and rethrows
 * it as an Error with `code`, so buttons and tests see the same outcome.
 */
export async function run<T>(errorId: string, action: () => Promise<T>): Promise<T> {
  show(errorId, '');
  try {
    return await action();
  } catch (error) {
    show(errorId, errorText(error));
    throw withCode(error);
  }
}

/** Wires a button to an action whose failure is already shown by `run`. */
export function onClick(id: string, action: () => Promise<unknown>): void {
  document.getElementById(id)?.addEventListener('click', () => {
    action().catch(() => {});
  });
}
