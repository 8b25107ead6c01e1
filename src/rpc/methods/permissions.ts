/**
 * EIP-2255 wallet permissions (https://eips.ethereum.org/EIPS/eip-2255): `eth_accounts` is the
 * only permission Ringfence grants, restricted to the accounts the user picked
 * (caveat `restrictReturnedAccounts`, as MetaMask and the test dapp expect).
 */
import * as v from 'valibot';
import { ErrorCode, RpcError } from '../../errors';
import { labeled } from '../../ring';
import { paramsOf } from '../params';
import { connect } from './accounts';
import { refuseOpaque } from './approval';
import { type DappContext, dappMethod } from './types';

const Request = paramsOf([v.record(v.string(), v.record(v.string(), v.unknown()))]);

function onlyEthAccounts(request: Record<string, unknown>): void {
  const names = Object.keys(request);
  if (names.length !== 1 || names[0] !== 'eth_accounts')
    throw new RpcError(
      ErrorCode.invalidParams,
      `params[0]: Ringfence grants only the "eth_accounts" permission, got ${JSON.stringify(names.slice(0, 5))}`,
    );
}

function permissionsOf(ctx: DappContext, accounts: string[]) {
  if (accounts.length === 0) return [];
  return [
    {
      invoker: ctx.origin,
      parentCapability: 'eth_accounts',
      caveats: [{ type: 'restrictReturnedAccounts', value: accounts }],
      date: ctx.deps.now(),
    },
  ];
}

export const wallet_requestPermissions = dappMethod(Request, async ([request], ctx) => {
  onlyEthAccounts(request);
  refuseOpaque(ctx.origin);
  return labeled('public', permissionsOf(ctx, await connect(ctx, true)));
});

export const wallet_getPermissions = dappMethod(paramsOf([]), async (_p, ctx) =>
  labeled('public', permissionsOf(ctx, ctx.deps.wallet.granted(ctx.origin))),
);

export const wallet_revokePermissions = dappMethod(Request, async ([request], ctx) => {
  onlyEthAccounts(request);
  if (ctx.deps.wallet.granted(ctx.origin).length > 0 && (await ctx.deps.wallet.revoke(ctx.origin)))
    ctx.deps.emitEvent(ctx.origin, 'accountsChanged', []);
  return labeled('public', null);
});
