/**
 * Guards at the dapp entry, checked before any deep work: a payload size bound (walked without
 * recursion, so a deeply nested object cannot overflow the stack), and a per-origin token bucket
 * for calls forwarded to the user's node, so a page cannot flood the user's RPC endpoint.
 *
 *   withinSize(payload, 1 << 20)                 // false for a 2 MiB string or 10^6 nested arrays
 *   const limiter = createRateLimiter({ burst: 200, perSecond: 40 });
 *   limiter.take('https://app.example')          // false once the bucket is empty
 */

export const MAX_PAYLOAD_BYTES = 1 << 20;
const MAX_DEPTH = 64;

/** True when `payload`'s JSON size is at most `limit` bytes (approximately: strings by length) and it nests ≤ 64 deep. */
export function withinSize(payload: unknown, limit = MAX_PAYLOAD_BYTES): boolean {
  let size = 0;
  const stack: [unknown, number][] = [[payload, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return false;
    if (typeof value === 'string') size += value.length + 2;
    else if (value === null || typeof value !== 'object') size += 8;
    else {
      const entries = Array.isArray(value) ? value : Object.entries(value as object).flat();
      size += 2 + entries.length;
      if (size > limit || entries.length > limit) return false;
      for (const item of entries) stack.push([item, depth + 1]);
    }
    if (size > limit) return false;
  }
  return true;
}

export interface RateLimiterOptions {
  burst: number;
  perSecond: number;
  now?: () => number;
  /** Origins tracked at once; the longest-idle bucket is dropped past this. */
  maxOrigins?: number;
}

export function createRateLimiter(options: RateLimiterOptions) {
  const now = options.now ?? Date.now;
  const maxOrigins = options.maxOrigins ?? 1000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(origin: string): boolean {
      const t = now();
      const bucket = buckets.get(origin) ?? { tokens: options.burst, at: t };
      buckets.delete(origin); // re-insert last: Map order is the idle order
      bucket.tokens = Math.min(options.burst, bucket.tokens + ((t - bucket.at) / 1000) * options.perSecond);
      bucket.at = t;
      const ok = bucket.tokens >= 1;
      if (ok) bucket.tokens -= 1;
      buckets.set(origin, bucket);
      if (buckets.size > maxOrigins) buckets.delete(buckets.keys().next().value as string);
      return ok;
    },
  };
}
