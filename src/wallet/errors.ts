/**
 * Maps vault and key errors to the stable ProcedureError codes the popup acts on. Messages are
 * written for people and never carry secret input.
 */

import { ProcedureError } from '../errors';
import { MnemonicError } from '../keys';
import { RuleSetError } from '../policy';
import { RecoveryError } from '../recovery';
import { isVaultError } from '../vault';

export function toProcedureError(error: unknown): unknown {
  if (error instanceof ProcedureError) return error;
  // Rule set, contact and spend errors name the bad field by its path (docs/rules.md).
  if (error instanceof RuleSetError) return new ProcedureError('INVALID_INPUT', error.message);
  if (error instanceof MnemonicError) return new ProcedureError('INVALID_PHRASE', error.message);
  // Recovery errors name the field and the reason (docs/envelopes.md), never share bytes.
  if (error instanceof RecoveryError) return new ProcedureError('BAD_SHARE', error.message);
  if (isVaultError(error, 'DECRYPT_FAILED')) return new ProcedureError('BAD_PASSWORD', 'Wrong password');
  if (isVaultError(error, 'THROTTLED')) {
    const seconds = Math.ceil((error.retryAfterMs ?? 0) / 1000);
    return new ProcedureError(
      'THROTTLED',
      `Too many wrong password attempts: try again in ${seconds} s`,
      error.retryAfterMs,
    );
  }
  if (isVaultError(error, 'NO_VAULT')) return new ProcedureError('UNINITIALIZED', 'There is no wallet yet');
  if (isVaultError(error, 'CORRUPT') || isVaultError(error, 'TAMPERED')) {
    return new ProcedureError(
      'CORRUPT',
      'The stored wallet is damaged or was tampered with; nothing was changed',
    );
  }
  if (isVaultError(error, 'BAD_ARGUMENT')) return new ProcedureError('INVALID_INPUT', error.message);
  return error;
}

export function requireUnlocked<T>(session: T | undefined): T {
  if (!session) throw new ProcedureError('LOCKED', 'The wallet is locked');
  return session;
}
