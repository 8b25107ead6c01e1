/**
 * Sinks: the places a value can leave the worker, each with a fixed clearance (DESIGN.md table).
 * The worker's own memory is the implicit secret-cleared sink: keeping a Labeled needs no sink.
 *
 *   const page = pageSink('https://app.example', (v) => port.postMessage(v));   // public
 *   emit(page, signature, audit);
 *
 * Sinks are frozen and registered on creation, and emit() accepts only registered ones, so nobody
 * can hand-build `{ clearance: 'secret', deliver: leak }` and emit a secret through it.
 */
import { type Level, showArg } from './levels.js';

export type SinkKind = 'page' | 'popup' | 'storage' | 'network' | 'worker';

export interface Sink {
  readonly kind: SinkKind;
  readonly name: string;
  readonly clearance: Level;
  readonly deliver: (value: unknown) => void;
  /** The page's origin, for page sinks only. */
  readonly origin?: string;
}

type Deliver = (value: unknown) => void;

const made = new WeakSet<Sink>();

export function isSink(x: unknown): x is Sink {
  return typeof x === 'object' && x !== null && made.has(x as Sink);
}

function makeSink(fn: string, fields: Omit<Sink, 'deliver'>, deliver: Deliver): Sink {
  if (typeof deliver !== 'function') throw new TypeError(`${fn}: deliver: expected a function`);
  const sink: Sink = Object.freeze({ ...fields, deliver });
  made.add(sink);
  return sink;
}

/**
 * A page / content-script port for one origin (or "null" for an opaque one). Public clearance:
 * which accounts that origin may see is the permission layer's business, not the ring's.
 */
export function pageSink(origin: string, deliver: Deliver): Sink {
  let parsed: string | undefined;
  try {
    parsed = new URL(origin).origin;
  } catch {}
  // Require the exact serialised origin so 'https://a.com/path' cannot pose as a different key.
  // "null" is an opaque origin (sandboxed frame, data: URL): its own sink, never its URL's origin.
  if (origin === 'null') parsed = 'null';
  if (typeof origin !== 'string' || parsed !== origin) {
    const shown = typeof origin === 'string' ? JSON.stringify(origin.slice(0, 80)) : showArg(origin);
    throw new TypeError(
      `pageSink: origin: expected a serialised origin like "https://app.example", got ${shown}`,
    );
  }
  return makeSink('pageSink', { kind: 'page', name: `page:${origin}`, clearance: 'public', origin }, deliver);
}

/** The popup / approval / onboarding port: the user's own screen, cleared for private data. */
export function popupSink(deliver: Deliver): Sink {
  return makeSink('popupSink', { kind: 'popup', name: 'popup', clearance: 'private' }, deliver);
}

/** IndexedDB, storage.local, storage.session: public, so only ciphertext may be written there. */
export function storageSink(name: string, deliver: Deliver): Sink {
  if (typeof name !== 'string' || name === '') {
    throw new TypeError('storageSink: name: expected a non-empty string');
  }
  return makeSink('storageSink', { kind: 'storage', name: `storage:${name}`, clearance: 'public' }, deliver);
}

/** Anything sent over the network (RPC nodes, indexers): public. */
export function networkSink(deliver: Deliver): Sink {
  return makeSink('networkSink', { kind: 'network', name: 'network', clearance: 'public' }, deliver);
}

/**
 * The worker's own logic (timers, alarms, control decisions): cleared for private data only. A
 * secret never reaches plain worker code: cleared functions compute on it inside the level, and a
 * decision that needs one bit of it goes through declassify.decide (audited). Before, this sink was
 * cleared for secret, so any `deliver` could carry a seed out unaudited.
 */
export function workerSink(name: string, deliver: Deliver): Sink {
  if (typeof name !== 'string' || name === '')
    throw new TypeError('workerSink: name: expected a non-empty string');
  return makeSink('workerSink', { kind: 'worker', name: `worker:${name}`, clearance: 'private' }, deliver);
}
