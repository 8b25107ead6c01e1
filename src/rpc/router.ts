/**
 * The EIP-1193 method router inside the ring: validates the request envelope and params, answers
 * the methods the ring owns, forwards the read-only allow-list to the selected network, and
 * refuses the rest with 4200. Never throws: every outcome is a result or an error shape.
 *
 *   const route = createDappRouter(ring, deps);
 *   await route('https://app.example', { method: 'eth_chainId' }); // { result: '0x7a69' }
 */
import * as v from 'valibot';
import { type Labeled, labeled, pageSink, type Ring } from '../ring';
import { ErrorCode, RpcError, short, toErrorShape } from './errors';
import { createRateLimiter, withinSize } from './limits';
import { isLocalUrl } from './localNode';
import { OWN_METHODS } from './methods';
import { READ_ONLY_METHODS } from './methods/readOnly';
import type { DappDeps } from './methods/types';
import { describeIssue } from './params';
import type { RpcErrorShape } from './relayProtocol';

export type DappResponse = { result: unknown } | { error: RpcErrorShape };

export interface RouterOptions {
  /** Forwarded calls per origin: burst size and sustained rate (defaults 200 and 40/s). */
  rate?: { burst: number; perSecond: number };
}

/** EIP-1193 RequestArguments: { method: string, params?: unknown[] | object }. */
export function parseRequest(payload: unknown): { method: string; params: unknown } {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new RpcError(ErrorCode.invalidRequest, `request: expected an object, got ${short(payload)}`);
  }
  const { method, params } = payload as { method?: unknown; params?: unknown };
  if (typeof method !== 'string' || method.length === 0 || method.length > 100) {
    throw new RpcError(
      ErrorCode.invalidRequest,
      `request.method: expected a non-empty string, got ${short(method)}`,
    );
  }
  if (params !== undefined && (typeof params !== 'object' || params === null)) {
    throw new RpcError(
      ErrorCode.invalidParams,
      `request.params: expected an array or object, got ${short(params)}`,
    );
  }
  return { method, params: params ?? [] };
}

function validParams<T>(schema: v.GenericSchema<unknown, T>, params: unknown): T {
  const parsed = v.safeParse(schema, params);
  if (!parsed.success) throw new RpcError(ErrorCode.invalidParams, describeIssue(parsed.issues));
  return parsed.output;
}

function isLocalOrigin(origin: string): boolean {
  return origin !== 'null' && isLocalUrl(origin);
}

export function createDappRouter(ring: Ring, deps: DappDeps, options: RouterOptions = {}) {
  const limiter = createRateLimiter(options.rate ?? { burst: 200, perSecond: 40 });

  async function forward(origin: string, method: string, params: unknown): Promise<Labeled<unknown>> {
    const { rpcUrl } = await deps.selectedNetwork();
    if (isLocalUrl(rpcUrl) && !isLocalOrigin(origin) && deps.wallet.granted(origin).length === 0)
      throw new RpcError(
        ErrorCode.unauthorized,
        'This network is a node on your own machine or network: connect the site first to use it',
      );
    if (!limiter.take(origin))
      throw new RpcError(ErrorCode.limitExceeded, 'Too many requests from this site: slow down and retry');
    return labeled('public', await deps.rpc(rpcUrl, method, params));
  }

  async function dispatch(origin: string, payload: unknown): Promise<Labeled<unknown>> {
    if (!withinSize(payload))
      throw new RpcError(
        ErrorCode.invalidRequest,
        'request: larger than 1 MiB or nested deeper than 64 levels',
      );
    const { method, params } = parseRequest(payload);
    const own = OWN_METHODS.get(method);
    if (own) return own.handle(validParams(own.params, params), { origin, deps });
    const readOnly = READ_ONLY_METHODS.get(method);
    if (readOnly) {
      // Forward the dapp's own params once they are known to be well-formed (the parsed copy
      // would turn absent optional items into explicit nulls, which some nodes refuse).
      validParams(readOnly, params);
      return forward(origin, method, params);
    }
    throw new RpcError(
      ErrorCode.unsupportedMethod,
      `The method "${short(method, 60)}" is not supported by Ringfence`,
    );
  }

  return async function route(origin: string, payload: unknown): Promise<DappResponse> {
    try {
      const answer = await dispatch(origin, payload);
      let result: unknown;
      // The page sink is public: anything above that is refused (FlowViolation, audited) → -32603.
      ring.emit(
        pageSink(origin, (value) => (result = value)),
        answer,
      );
      return { result };
    } catch (error) {
      return { error: toErrorShape(error) };
    }
  };
}
