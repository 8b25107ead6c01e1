/**
 * The ring's side of the guardian and recovery procedures (src/rpc/procedures/{guardians,recovery}.ts):
 * thin adapters to src/wallet/{guardians,guardianInbox,recovery}.ts.
 */

import { labeled } from '../ring';
import type { Implementations } from '../rpc/procedures/server';
import type { WalletContext } from './context';
import * as inbox from './guardianInbox';
import * as owner from './guardians';
import * as lifecycle from './lifecycle';
import * as recovery from './recovery';

type GuardianNames =
  | 'getGuardians'
  | 'splitToGuardians'
  | 'makeHealthChallenge'
  | 'verifyHealthResponse'
  | 'getGuardianCode'
  | 'getGuardianInbox'
  | 'keepEnvelope'
  | 'deleteEnvelope'
  | 'releaseShare'
  | 'answerChallenge'
  | 'getRecoveryRequest'
  | 'createRecoveryRequest'
  | 'recoverWallet';

export function guardianProcedures(ctx: WalletContext): Pick<Implementations, GuardianNames> {
  return {
    getGuardians: async () => owner.getGuardians(ctx),
    splitToGuardians: ({ password, threshold, count, codes }) =>
      owner.splitToGuardians(ctx, password, threshold, count, codes),
    makeHealthChallenge: async ({ index }) => owner.makeHealthChallenge(ctx, index),
    verifyHealthResponse: ({ index, response }) => owner.verifyHealthResponse(ctx, index, response),
    getGuardianCode: async () => inbox.getGuardianCode(ctx),
    getGuardianInbox: async () => inbox.getGuardianInbox(ctx),
    keepEnvelope: ({ envelope }) => inbox.keepEnvelope(ctx, envelope),
    deleteEnvelope: ({ id }) => inbox.deleteEnvelope(ctx, id),
    releaseShare: async ({ id, requestCode }) => inbox.releaseShare(ctx, id, requestCode),
    answerChallenge: async ({ challenge }) => inbox.answerChallenge(ctx, challenge),
    getRecoveryRequest: () => recovery.getRecoveryRequest(ctx),
    createRecoveryRequest: ({ password }) => recovery.createRecoveryRequest(ctx, password),
    recoverWallet: async ({ shares, password }) => {
      await recovery.recoverWallet(ctx, shares, password);
      return labeled('private', await lifecycle.walletStatus(ctx));
    },
  };
}
