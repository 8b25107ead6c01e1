/**
 * Recovering a wallet from guardians' shares on a new browser (issue 8). A recovery request is an
 * ephemeral key made after the new password is set and kept sealed under it, so its code survives
 * a browser restart and guardians can answer days later; its public code is public data.
 */
import * as v from 'valibot';
import { PastedText } from './guardians';
import { procedure } from './procedure';
import { Empty, NewPassword, Password } from './schemas';
import { WalletStatus } from './status';

export const RecoveryRequestView = v.object({
  request: v.optional(v.object({ code: v.string(), words: v.array(v.string()), createdAt: v.number() })),
});

/** The pending recovery request of this browser, if any (no password needed: the code is public). */
export const getRecoveryRequest = procedure({
  name: 'getRecoveryRequest',
  input: Empty,
  output: RecoveryRequestView,
});

/** Makes (or replaces) this browser's recovery request, sealed under the new wallet's password. */
export const createRecoveryRequest = procedure({
  name: 'createRecoveryRequest',
  input: v.object({ password: NewPassword }),
  output: RecoveryRequestView,
});

/**
 * Combines paper envelopes and/or shares released to this browser's request into the wallet,
 * saved under `password` (the request's password when released shares are among them). Refuses
 * — and creates nothing — unless the shares form one consistent split.
 */
export const recoverWallet = procedure({
  name: 'recoverWallet',
  input: v.object({
    shares: v.pipe(v.array(PastedText), v.minLength(1, 'shares: at least one'), v.maxLength(16)),
    password: Password,
  }),
  output: WalletStatus,
});
