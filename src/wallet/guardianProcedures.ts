/**
 * The ring's side of the guardian and recovery procedures (src/rpc/procedures/{guardians,recovery}.ts).
 */
import { ProcedureError } from '../errors';
import type { Implementations } from '../rpc/procedures/server';
import type { WalletContext } from './context';

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

const todo = async (): Promise<never> => {
  throw new ProcedureError('NOT_IMPLEMENTED', 'Guardian recovery is being built');
};

export function guardianProcedures(_ctx: WalletContext): Pick<Implementations, GuardianNames> {
  return {
    getGuardians: todo,
    splitToGuardians: todo,
    makeHealthChallenge: todo,
    verifyHealthResponse: todo,
    getGuardianCode: todo,
    getGuardianInbox: todo,
    keepEnvelope: todo,
    deleteEnvelope: todo,
    releaseShare: todo,
    answerChallenge: todo,
    getRecoveryRequest: todo,
    createRecoveryRequest: todo,
    recoverWallet: todo,
  };
}
