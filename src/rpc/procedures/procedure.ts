/**
 * A popup↔ring procedure, declared once and imported by both ends (Rainbow's pattern): the popup
 * gets the types, the ring validates the input and the output against the same schemas. The
 * output schema doubles as a filter: valibot objects drop unknown keys, so a handler that returns
 * more than it declared cannot leak the extra fields to the popup.
 *
 *   export const selectNetwork = procedure({ name: 'selectNetwork', input: v.object({ id: v.string() }), output: NetworksView });
 *   const view = await call(selectNetwork, { id: 'sepolia' });         // popup
 *   implement({ selectNetwork: async ({ id }) => networks.select(id) }); // ring
 */
import type * as v from 'valibot';

export interface Procedure<N extends string = string, I = unknown, O = unknown> {
  readonly name: N;
  readonly input: v.GenericSchema<unknown, I>;
  readonly output: v.GenericSchema<unknown, O>;
}

export function procedure<const N extends string, I, O>(def: {
  name: N;
  input: v.GenericSchema<unknown, I>;
  output: v.GenericSchema<unknown, O>;
}): Procedure<N, I, O> {
  return Object.freeze({ ...def });
}

export type InputOf<P> = P extends Procedure<string, infer I, unknown> ? I : never;
export type OutputOf<P> = P extends Procedure<string, unknown, infer O> ? O : never;

/** popup → ring */
export interface ProcedureCall {
  id: number;
  procedure: string;
  input: unknown;
}

/** ring → popup */
export type ProcedureResult =
  | { id: number; ok: true; output: unknown }
  | { id: number; ok: false; error: { code: string; message: string; retryAfterMs?: number } };

export { ProcedureError } from '../../errors';
