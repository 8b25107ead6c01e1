/** The wallet's lifecycle state, which decides the popup's first screen. */
import * as v from 'valibot';
import { procedure } from './procedure';

export const WalletStatus = v.object({
  state: v.picklist(['uninitialized', 'locked', 'unlocked']),
  /** Unlock is refused until then (ms since epoch) after repeated wrong passwords. */
  retryAfterMs: v.optional(v.number()),
  /** The last write-behind failure (src/wallet/writeBehind.ts), until a later save succeeds. */
  saveProblem: v.optional(v.pipe(v.string(), v.maxLength(400))),
});
export type WalletStatus = v.InferOutput<typeof WalletStatus>;

export const getStatus = procedure({ name: 'getStatus', input: v.object({}), output: WalletStatus });
