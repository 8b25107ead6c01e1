/**
 * Creating, importing, unlocking and locking the wallet. Creating is two steps so the new phrase
 * is shown once (declassifier `showNewMnemonic`) and must be typed back before anything is saved.
 */
import * as v from 'valibot';
import { procedure } from './procedure';
import { Empty, NewPassword, Password } from './schemas';
import { WalletStatus } from './status';

const Phrase = v.pipe(v.string(), v.maxLength(1000, 'phrase: too long'));

/** Generates a new phrase inside the ring and shows it once. Calling again replaces it. */
export const beginCreate = procedure({
  name: 'beginCreate',
  input: v.object({ words: v.optional(v.picklist([12, 24]), 12) }),
  output: v.object({ words: v.array(v.string()) }),
});

/** Saves the phrase from beginCreate once the user has typed it back. */
export const finishCreate = procedure({
  name: 'finishCreate',
  input: v.object({ confirmation: Phrase, password: NewPassword }),
  output: WalletStatus,
});

export const importWallet = procedure({
  name: 'importWallet',
  input: v.object({
    phrase: Phrase,
    password: NewPassword,
    passphrase: v.optional(v.pipe(v.string(), v.maxLength(256))),
  }),
  output: WalletStatus,
});

export const unlock = procedure({
  name: 'unlock',
  input: v.object({ password: Password }),
  output: WalletStatus,
});

export const lock = procedure({ name: 'lock', input: Empty, output: WalletStatus });
