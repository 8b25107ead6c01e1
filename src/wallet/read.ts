/** Reads a labeled value for the worker's own decisions, through the secret-cleared worker sink. */
import { type Labeled, workerSink } from '../ring';
import type { WalletContext } from './context';

export function readInWorker<T>(ctx: WalletContext, value: Labeled<T>, why: string): T {
  let out: T | undefined;
  ctx.ring.emit(
    workerSink(why, (v) => {
      out = v as T;
    }),
    value,
  );
  return out as T;
}
