/**
 * Argon2id in WebAssembly: OpenPGP.js's `argon2id` (RFC 9106; 4 KiB of WASM, SIMD build with a
 * non-SIMD fallback; the JS side manages memory). Measured here against hash-wasm (no SIMD) at
 * m = 64 MiB, t = 3: ~260 ms vs ~420 ms per derivation once warm, same bytes.
 *
 *   const hash = await loadArgon2idWasm();           // instantiates once per worker, then cached
 *   hash({ password, salt, parallelism: 1, passes: 3, memorySize: 65536, tagLength: 32 });
 *
 * The instance (and its ~65 MB memory) is kept for the worker's life: instantiating and growing the
 * memory again would cost the first unlock of every session ~2×. The library clears the memory after
 * each call, so no Argon2 block outlives its derivation.
 */

// Vite's `?init`: a function (imports) → Promise<WebAssembly.Instance>, bundled as a file the worker
// fetches from its own package (script-src 'self' 'wasm-unsafe-eval'), read from disk under Vitest.
import initNonSimd from 'argon2id/dist/no-simd.wasm?init';
import initSimd from 'argon2id/dist/simd.wasm?init';
import setupWasm, { type Argon2idParams, type computeHash } from 'argon2id/lib/setup.js';

export type { Argon2idParams };
export type Argon2idWasm = computeHash;

type Init = (imports: WebAssembly.Imports) => Promise<WebAssembly.Instance>;
// setupWasm reads only `.instance` of what the loader returns.
const source = (init: Init) => async (imports: WebAssembly.Imports) =>
  ({ instance: await init(imports) }) as WebAssembly.WebAssemblyInstantiatedSource;

let loading: Promise<Argon2idWasm> | undefined;

/** The WASM Argon2id, instantiated on first use; rejects if WebAssembly is missing or refused. */
export function loadArgon2idWasm(): Promise<Argon2idWasm> {
  loading ??= setupWasm(source(initSimd), source(initNonSimd)).catch((error: unknown) => {
    loading = undefined; // a later call may retry (e.g. after a transient fetch failure)
    throw error;
  });
  return loading;
}
