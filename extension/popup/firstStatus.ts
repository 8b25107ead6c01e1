/**
 * The ring's status and networks, asked for as soon as the popup's code starts (earlyAsk.ts, before
 * React is evaluated; if it could not, right here), so the answer travels while the first
 * screen is being built instead of after it. App's first refresh takes it; later ones ask anew.
 */
import { getNetworks, type NetworksView } from '../../src/rpc/procedures/networks';
import { getStatus, type WalletStatus } from '../../src/rpc/procedures/status';
import { call, takeEarlyAnswers } from './ringClient';

const early = takeEarlyAnswers() as [Promise<WalletStatus>, Promise<NetworksView>] | undefined;
let first: Promise<[WalletStatus, NetworksView]> | undefined = Promise.all(
  early ?? [call(getStatus, {}), call(getNetworks, {})],
);
let answered: [WalletStatus, NetworksView] | undefined;
// Nobody may be waiting yet; a failure is handled when App takes it (or the next refresh asks again).
const settled = first.then(
  (answer) => {
    answered = answer;
  },
  () => {},
);

/**
 * Resolves when the first answer is here (or failed), or after `ms`, whichever is first. main.tsx
 * waits for it before the first render: the warm ring answers within a few ms, and the popup then
 * renders its screen once, instead of "Opening…" first and the screen a render (and a frame) later.
 */
export function firstAnswerWithin(ms: number): Promise<void> {
  return Promise.race([settled, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}

/** The first answer if it is already here, once (then takeFirstStatus no longer returns it). */
export function takeAnsweredFirstStatus(): [WalletStatus, NetworksView] | undefined {
  const answer = answered;
  if (answer) {
    answered = undefined;
    first = undefined;
  }
  return answer;
}

/** The first answer, once; undefined afterwards. */
export function takeFirstStatus(): Promise<[WalletStatus, NetworksView]> | undefined {
  const answer = first;
  first = undefined;
  answered = undefined;
  return answer;
}
