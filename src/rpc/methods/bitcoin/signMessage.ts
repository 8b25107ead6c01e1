/**
 * signMessage, BIP-322 simple (https://github.com/bitcoin/bips/blob/master/bip-0322.mediawiki), for
 * the site's connected payment address: params { message, address?, protocol?: 'bip322', network? }
 * → { signature (base64 witness), address, message, protocol }. The card shows the text; the
 * digest of the virtual to_sign transaction is signed through the ring.
 */
import * as v from 'valibot';
import { validateUtxoAddress } from '../../../chains/utxo/address';
import { bip322Signature, bip322ToSign } from '../../../chains/utxo/bip322';
import { UTXO_NETWORKS } from '../../../chains/utxo/networks';
import { ErrorCode, RpcError } from '../../../errors';
import { bip322MessageCard } from '../../../markup/bip322Message';
import { labeled } from '../../../ring';
import { askUser } from '../approval';
import { dappMethod } from '../types';
import { bitcoinCardBase, requireConnected } from './connect';
import { NetworkParam, networkId, networkOfAddress } from './network';
import { bitcoinParams } from './params';

const Params = bitcoinParams({
  message: v.pipe(
    v.string('expected the message as a string'),
    v.maxLength(100_000, 'at most 100000 characters'),
  ),
  address: v.optional(v.string('expected an address string')),
  protocol: v.optional(
    v.picklist(
      ['bip322', 'BIP322', 'bip322-simple'],
      'expected "bip322" (BIP-322 simple; legacy ECDSA message signing is not offered)',
    ),
  ),
  paymentType: v.optional(v.literal('p2wpkh', 'expected "p2wpkh" (the only address type Ringfence has)')),
  network: NetworkParam,
});

export const signMessage = dappMethod(Params, async (params, ctx) => {
  const id =
    params.network !== undefined
      ? networkId(params.network)
      : ((params.address ? networkOfAddress(params.address) : undefined) ?? 'bitcoin');
  const network = UTXO_NETWORKS[id];
  let path = '';
  let address = '';
  await askUser(ctx, async () => {
    requireConnected(ctx);
    const mine = ctx.deps.bitcoin.paymentAddress(id);
    if (params.address !== undefined && params.address !== mine.address)
      throw new RpcError(
        ErrorCode.unauthorized,
        `params.address: not the ${network.name} address this site is connected to (see getAddresses)`,
      );
    path = mine.derivationPath;
    address = mine.address;
    return bip322MessageCard(bitcoinCardBase(ctx, { method: 'signMessage', params }), {
      message: params.message,
      address,
      network,
    });
  });
  const { digest } = bip322ToSign(validateUtxoAddress(address, network), params.message);
  const [sig] = ctx.deps.bitcoin.sign([{ path, digest }], `BIP-322 signMessage for ${ctx.origin}`);
  return labeled('public', {
    signature: bip322Signature(sig!.publicKey, sig!.rs),
    address,
    message: params.message,
    protocol: 'bip322',
  });
});
