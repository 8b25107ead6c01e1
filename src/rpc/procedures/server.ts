/**
 * The ring's side of the popup contract: looks a call up in the fixed PROCEDURES registry,
 * validates its input, runs the implementation, and sends the labeled answer through the popup
 * sink (clearance private: a secret answer is refused and audited, never delivered), then
 * validates and filters it against the declared output. Every outcome is a ProcedureResult;
 * unexpected errors are reported without their text, which was not written for the popup.
 */
import * as v from 'valibot';
import { FlowViolation, type Labeled, popupSink, type Ring } from '../../ring';
import { describeIssue } from '../params';
import { PROCEDURES, type Procedures } from './index';
import { type InputOf, type OutputOf, ProcedureError, type ProcedureResult } from './procedure';

export type Implementations = {
  [K in keyof Procedures]: (input: InputOf<Procedures[K]>) => Promise<Labeled<OutputOf<Procedures[K]>>>;
};

export interface ServerOptions {
  /** Turns domain errors (vault, keys) into ProcedureErrors. */
  mapError?: (error: unknown) => unknown;
  /** Told the procedure name (never the error text) when something unexpected fails. */
  onInternalError?: (name: string) => void;
}

/** "input.password: …" style messages for validation failures, which never echo the value. */
function inputIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  return describeIssue(issues).replace(/^params/, 'input');
}

export function createProcedureServer(ring: Ring, impls: Implementations, options: ServerOptions = {}) {
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
    if (!parsedInput.success) return fail('INVALID_INPUT', inputIssue(parsedInput.issues));
    try {
      const run = impls[key] as (input: unknown) => Promise<Labeled<unknown>>;
      const answer = await run(parsedInput.output);
      let delivered: unknown;
      ring.emit(
        popupSink((value) => (delivered = value)),
        answer,
      );
      return { id, ok: true, output: v.parse(declared.output, delivered) };
    } catch (thrown) {
      const error = options.mapError ? options.mapError(thrown) : thrown;
      if (error instanceof ProcedureError) return fail(error.code, error.message, error.retryAfterMs);
      if (error instanceof FlowViolation)
        return fail('FLOW_VIOLATION', `${name}: the answer is not cleared for the popup`);
      // Argument errors from src/ (e.g. "privateKey: expected 32 bytes") name the field, never the value.
      if (error instanceof TypeError && /^[a-zA-Z.[\]0-9]+: /.test(error.message))
        return fail('INVALID_INPUT', error.message);
      options.onInternalError?.(name);
      return fail('INTERNAL', `${name} failed unexpectedly`);
    }
  };
}
