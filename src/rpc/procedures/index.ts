/**
 * Every popup↔ring procedure. The ring serves exactly this list (no other name is dispatchable)
 * and the popup calls only these declarations.
 */
import { getNetworks, selectNetwork, setRpcUrl } from './networks';
import { getStatus } from './status';

export const PROCEDURES = { getNetworks, selectNetwork, setRpcUrl, getStatus } as const;
export type Procedures = typeof PROCEDURES;

export * from './networks';
export * from './procedure';
export * from './status';
