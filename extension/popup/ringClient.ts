/**
 * The popup's only way into the ring: `call(procedure, input)` over one runtime port. Procedures
 * are the shared declarations from src/rpc/procedures; nothing else can be invoked.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import {
  type InputOf,
  type OutputOf,
  type Procedure,
  ProcedureError,
  type ProcedureResult,
} from '../../src/rpc/procedures/procedure';
import { POPUP_PORT } from '../../src/rpc/relayProtocol';
import { EARLY_QUESTIONS, takeEarlyPort } from './earlyAsk';

type Pending = { resolve: (output: unknown) => void; reject: (error: ProcedureError) => void };

let port: Runtime.Port | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();
const disconnectListeners = new Set<() => void>();

/** Called when the port to the ring drops (the worker stopped or restarted). Returns an unsubscribe. */
export function onDisconnect(listener: () => void): () => void {
  disconnectListeners.add(listener);
  return () => disconnectListeners.delete(listener);
}

function settle(message: unknown): void {
  const result = message as ProcedureResult;
  const entry = pending.get(result.id);
  if (!entry) return;
  pending.delete(result.id);
  if (result.ok) entry.resolve(result.output);
  else entry.reject(new ProcedureError(result.error.code, result.error.message, result.error.retryAfterMs));
}

function connect(): Runtime.Port {
  return listen(browser.runtime.connect({ name: POPUP_PORT }));
}

function listen(next: Runtime.Port): Runtime.Port {
  next.onMessage.addListener(settle);
  next.onDisconnect.addListener(() => {
    port = undefined;
    for (const [id, entry] of pending) {
      pending.delete(id);
      entry.reject(new ProcedureError('DISCONNECTED', 'The wallet restarted; please try again'));
    }
    for (const listener of disconnectListeners) listener();
  });
  return next;
}

/**
 * The answers to earlyAsk.ts's questions (getStatus, getNetworks, in that order), as call() would
 * give them, taking its port over; undefined when it could not ask or its port already dropped
 * (then call() asks anew on a port of its own).
 */
export function takeEarlyAnswers(): Promise<unknown>[] | undefined {
  const early = takeEarlyPort();
  if (!early || early.disconnected || port) return undefined;
  port = listen(early.port);
  const answers = EARLY_QUESTIONS.map(
    (_, at) =>
      new Promise<unknown>((resolve, reject) => {
        pending.set(at + 1, { resolve, reject });
      }),
  );
  nextId = EARLY_QUESTIONS.length + 1;
  for (const message of early.received) settle(message);
  return answers;
}

export function call<P extends Procedure>(procedure: P, input: InputOf<P>): Promise<OutputOf<P>> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve: resolve as (output: unknown) => void, reject });
    try {
      port ??= connect();
      port.postMessage({ id, procedure: procedure.name, input });
    } catch {
      pending.delete(id);
      port = undefined;
      reject(new ProcedureError('DISCONNECTED', 'The wallet is unavailable; reopen it'));
    }
  });
}

export function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Something went wrong';
}

/** The stable code of a ring failure, or undefined for anything else. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof ProcedureError ? error.code : undefined;
}

/** Failures after which the popup's picture may be stale: the worker restarted or the vault locked. */
export function isStale(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'DISCONNECTED' || code === 'LOCKED';
}
