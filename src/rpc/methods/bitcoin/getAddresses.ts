/**
 * getAddresses (WBIP, https://wbips.netlify.app/request_api/getAddresses; Leather's shape): the
 * wallet's BIP-84 payment address on the requested network, with its public key and path.
 * Connects the site first (a connect card) when it is not connected; 4001 when the user rejects.
 *
 *   await RingfenceBitcoinProvider.request('getAddresses', { network: 'litecoinRegtest' });
 *   // { jsonrpc: '2.0', id, result: { addresses: [{ address: 'rltc1q…', type: 'p2wpkh', … }] } }
 */
import * as v from 'valibot';
import { UTXO_NETWORKS } from '../../../chains/utxo/networks';
import { labeled } from '../../../ring';
import { dappMethod } from '../types';
import { connectBitcoin } from './connect';
import { NetworkParam, networkId } from './network';
import { bitcoinParams } from './params';

const Params = bitcoinParams({
  network: NetworkParam,
  // sats-connect names the address purposes it wants; Ringfence has one: the P2WPKH payment address.
  purposes: v.optional(v.array(v.string('expected purpose names'))),
});

export const getAddresses = dappMethod(Params, async (params, ctx) => {
  const id = networkId(params.network);
  await connectBitcoin(ctx, id, { method: 'getAddresses', params });
  const payment = ctx.deps.bitcoin.paymentAddress(id);
  // The connection is what makes the address public toward this one origin (as with eth_accounts).
  return labeled('public', {
    addresses: [
      {
        symbol: UTXO_NETWORKS[id].symbol,
        type: 'p2wpkh',
        addressType: 'p2wpkh',
        purpose: 'payment',
        network: id,
        ...payment,
      },
    ],
  });
});
