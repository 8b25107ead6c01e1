/**
 * eth_sendTransaction (https://ethereum.org/en/developers/docs/apis/json-rpc/#eth_sendtransaction):
 * a card with the simulated balance changes and editable fees; on approval the ring signs
 * (EIP-1559 type 2, or legacy EIP-155 where the chain has no base fee) and broadcasts.
 */
import { paramsOf } from '../params';
import { askUser, requireGranted } from './approval';
import { labeledHash, type PreparedTransaction, prepareTransaction, sendPrepared } from './transactionFlow';
import { TxObject, toTxRequest } from './txRequest';
import { dappMethod } from './types';

export const eth_sendTransaction = dappMethod(paramsOf([TxObject]), async ([object], ctx) => {
  const network = await ctx.deps.selectedNetwork();
  const request = toTxRequest(object, network.chainId);
  let prepared: PreparedTransaction | undefined;
  const answer = await askUser(ctx, async () => {
    request.from = requireGranted(ctx, request.from);
    prepared = await prepareTransaction(ctx, network, request, {
      method: 'eth_sendTransaction',
      params: [object],
    });
    return { card: prepared.card, facts: prepared.facts };
  });
  if (!prepared) throw new Error('eth_sendTransaction: no prepared transaction after approval');
  return labeledHash(await sendPrepared(ctx, network, prepared, answer?.fees));
});
