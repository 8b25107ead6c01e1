/**
 * The ring's side of the popup contract: looks a call up in the fixed PROCEDURES registry,
 * validates its input, runs the implementation, and validates (filters) its output. Every outcome
 * is a ProcedureResult; internal errors are reported without their text, which was not written
 * for the popup.
 */
import * as v from 'valibot';
import { describeIssue } from '../params';
import { PROCEDURES, type Procedures } from './index';
import { type InputOf, type OutputOf, ProcedureError, type ProcedureResult } from './procedure';

export type Implementations = {
  [K in keyof Procedures]: (input: InputOf<Procedures[K]>) => Promise<OutputOf<Procedures[K]>>;
};

export function createProcedureServer(impls: Implementations, onInternalError?: (name: string) => void) {
  return async function serve(call: unknown): Promise<ProcedureResult | undefined> {
    const {
      id,
      procedure: name,
      input,
    } = (call ?? {}) as { id?: unknown; procedure?: unknown; input?: unknown };
    if (typeof id !== 'number') return undefined;
    const fail = (code: string, message: string, retryAfterMs?: number): ProcedureResult => ({
      id,
      ok: false,
      error: retryAfterMs === undefined ? { code, message } : { code, message, retryAfterMs },
    });
    if (typeof name !== 'string' || !Object.hasOwn(PROCEDURES, name)) {
      return fail('UNKNOWN_PROCEDURE', `procedure: "${String(name).slice(0, 40)}" is not a ring procedure`);
    }
    const key = name as keyof Procedures;
    const declared = PROCEDURES[key];
    const parsedInput = v.safeParse(declared.input, input);
    if (!parsedInput.success)
      return fail('INVALID_INPUT', describeIssue(parsedInput.issues).replace(/^params/, 'input'));
    try {
      const run = impls[key] as (input: unknown) => Promise<unknown>;
      const output = v.parse(declared.output, await run(parsedInput.output));
      return { id, ok: true, output };
    } catch (error) {
      if (error instanceof ProcedureError) return fail(error.code, error.message, error.retryAfterMs);
      if (error instanceof TypeError && /^[a-zA-Z]+: /.test(error.message))
        return fail('INVALID_INPUT', error.message);
      onInternalError?.(name);
      return fail('INTERNAL', `${name} failed unexpectedly`);
    }
  };
}
