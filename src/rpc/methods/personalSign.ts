/**
 * personal_sign (EIP-191 version 0x45, https://eips.ethereum.org/EIPS/eip-191): params
 * [message hex, address]. The card shows the text (or hex when binary) and recognises SIWE
 * (EIP-4361) sign-in requests, checking their domain against the requesting origin.
 * personal_ecRecover ([message hex, signature hex] → the signer) is arithmetic on public data:
 * no key, no card, no connection needed.
 * eth_sign (a raw 32-byte hash, unreadable and replayable as a transaction) is refused.
 */
import { hexToBytes } from '@noble/hashes/utils.js';
import * as v from 'valibot';
import { personalMessageHash, recoverPersonalSigner } from '../../chains/evm';
import { ErrorCode, RpcError } from '../../errors';
import { messageCard } from '../../markup';
import { labeled } from '../../ring';
import { Hex, paramsOf } from '../params';
import { askUser, requireGranted } from './approval';
import { cardBase } from './cardBase';
import { toRsvHex } from './signature';
import { dappMethod } from './types';

const isAddress = (x: string) => /^0x[0-9a-fA-F]{40}$/.test(x);

// params: [message, address], plus an ignored legacy password item. Some dapps send [address,
// message]; like MetaMask, accept that order when only the first item is an address.
const Params = paramsOf([Hex, Hex, v.optional(v.string())]);

function messageAndAddress([a, b]: readonly [string, string, string?]): [string, string] {
  if (isAddress(b)) return [a, b];
  if (isAddress(a)) return [b, a];
  throw new RpcError(ErrorCode.invalidParams, 'params[1]: expected a 20-byte hex address');
}

export const personal_sign = dappMethod(Params, async (params, ctx) => {
  const [message, address] = messageAndAddress(params);
  const bytes = hexToBytes(message.slice(2));
  let signer = address;
  await askUser(ctx, async () => {
    signer = requireGranted(ctx, address);
    const base = await cardBase(ctx, { method: 'personal_sign', params: [message, address] }, signer);
    return messageCard(bytes, base, { chainId: base.chain?.id ?? 0 });
  });
  return toRsvHex(ctx.deps.wallet.sign(ctx.origin, signer, personalMessageHash(bytes), 'personal_sign'));
});

export const personal_ecRecover = dappMethod(paramsOf([Hex, Hex]), async ([message, signature]) => {
  const signer = recoverPersonalSigner(
    hexToBytes(message.slice(2)),
    hexToBytes(signature.slice(2)),
    'params[1]',
  );
  return labeled('public', signer);
});

export const eth_sign = dappMethod(v.unknown(), async () => {
  throw new RpcError(
    ErrorCode.unsupportedMethod,
    'eth_sign is refused: it signs an unreadable hash that can be a transaction; use personal_sign',
  );
});
