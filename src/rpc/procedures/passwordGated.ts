/** The two procedures that touch the password-protected secrets directly. */
import * as v from 'valibot';
import { procedure } from './procedure';
import { NewPassword, Password } from './schemas';

/** Shows the recovery phrase after the password is typed again (declassifier `revealToUser`, audited). */
export const revealPhrase = procedure({
  name: 'revealPhrase',
  input: v.object({ password: Password }),
  output: v.object({ words: v.array(v.string()) }),
});

/** Re-encrypts the vault under a new password (fresh salt, current KDF defaults). */
export const changePassword = procedure({
  name: 'changePassword',
  input: v.object({ current: Password, next: NewPassword }),
  output: v.object({ changed: v.literal(true) }),
});
