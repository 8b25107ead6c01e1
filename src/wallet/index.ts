/**
 * The wallet inside the ring: lifecycle, accounts, password operations and settings over the
 * vault store, with every exit going through the ring's sinks and declassifiers.
 *
 *   const ctx = createContext({ ring, store: await openVaultStore() });
 *   const serve = createProcedureServer(ring, walletProcedures(ctx, networks), { mapError: toProcedureError });
 */

export { createContext, type Session, type WalletContext, type WalletOptions } from './context';
export { toProcedureError } from './errors';
export { lock, walletState } from './lifecycle';
export { walletProcedures } from './procedures';
export { autoLockMinutes } from './settings';
