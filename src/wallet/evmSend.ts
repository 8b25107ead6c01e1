/**
 * Send of an EVM coin or a watched ERC-20 token from the popup (issue 9). Review builds the
 * transaction through the same path as a dapp's eth_sendTransaction (prepareTransaction: nonce,
 * fees, gas, eth_simulateV1, the transaction card with its fee preview), with the wallet itself as
 * the origin; on approve the ring signs with the selected account (declassifier `sign`),
 * broadcasts, and records it in Activity (sendPrepared). ERC-20: `transfer(to, amount)`
 * (https://eips.ethereum.org/EIPS/eip-20), amounts in the token's exact decimals.
 *
 *   const { id, card } = await reviewEvmSend(ctx, deps, { asset: 'evm:31337:native', to, amount: '1.5' });
 *   await confirmEvmSend(ctx, deps, id, 'approve');   // { status: 'sent', txid: '0x…' }
 */
import { bytesToHex, hexToBytes, randomBytes } from '@noble/hashes/utils.js';
import { balanceOf } from '../chains/evm';
import { encodeCall, SELECTORS } from '../chains/evm/abi';
import { parseAddress } from '../chains/evm/address';
import type { JsonRpcCall } from '../chains/evm/jsonRpc';
import type { Network } from '../chains/evm/networks';
import { ErrorCode, ProcedureError, RpcError } from '../errors';
import { formatUnits, parseUnits } from '../markup/format';
import { labeled, mapLabeled, type Ring } from '../ring';
import type { ApprovalAnswer } from '../rpc/approvals';
import { type PreparedTransaction, prepareTransaction, sendPrepared } from '../rpc/methods/transactionFlow';
import type { TxRequest } from '../rpc/methods/txRequest';
import type { TxFlowContext } from '../rpc/methods/types';
import { selectedAccount } from './accountList';
import type { Session, WalletContext } from './context';
import type { DappWallet } from './dappWallet';
import { requireUnlocked } from './errors';
import { readInWorker } from './read';
import { signDigest } from './sign';

/** The origin a popup send's card and activity entry name: the wallet itself, not a site. */
export const WALLET_ORIGIN = 'Ringfence (this wallet)';
/** Review ids of EVM sends start with this, so confirmSend knows which family holds the plan. */
export const EVM_REVIEW_PREFIX = 'evm-';

export interface EvmSendDeps {
  ring: Ring;
  rpc: JsonRpcCall;
  wallet: DappWallet;
  selectedNetwork(): Promise<Network>;
  now(): number;
}

/** "evm:<chainId>:native" or "evm:<chainId>:<token address>". */
export function evmAssetId(chainId: number, token?: string): string {
  return `evm:${chainId}:${token ?? 'native'}`;
}

export function parseEvmAssetId(id: string): { chainId: number; token?: string } | undefined {
  const m = /^evm:(\d{1,12}):(native|0x[0-9a-fA-F]{40})$/.exec(id);
  if (!m) return undefined;
  return m[2] === 'native' ? { chainId: Number(m[1]) } : { chainId: Number(m[1]), token: m[2]! };
}

type Reviewed = { network: Network; prepared: PreparedTransaction; accountId: string; symbol: string };
const reviewed = new WeakMap<Session, Map<string, Reviewed>>();

const flowContext = (deps: EvmSendDeps): TxFlowContext => ({ origin: WALLET_ORIGIN, deps });

/** A node's error (RpcError) said to the popup in its own words, rather than "failed unexpectedly". */
async function nodeErrorsSaid<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof RpcError)
      throw new ProcedureError(
        error.code === ErrorCode.invalidParams ? 'INVALID_INPUT' : 'NODE_ERROR',
        `${what}: ${error.message.slice(0, 300)}`,
      );
    throw error;
  }
}

export function reviewEvmSend(
  ctx: WalletContext,
  deps: EvmSendDeps,
  input: { asset: string; to: string; amount: string },
) {
  return nodeErrorsSaid('Review', () => review(ctx, deps, input));
}

async function review(
  ctx: WalletContext,
  deps: EvmSendDeps,
  input: { asset: string; to: string; amount: string },
) {
  const session = requireUnlocked(ctx.session);
  const network = await deps.selectedNetwork();
  const asset = parseEvmAssetId(input.asset);
  if (!asset || asset.chainId !== network.chainId)
    throw new ProcedureError(
      'INVALID_INPUT',
      `asset: "${input.asset.slice(0, 64)}" is not on ${network.name}`,
    );
  const { account, watched } = readInWorker(
    ctx,
    mapLabeled(session.state, (s) => ({
      account: selectedAccount(s.accounts),
      watched: s.assets.find(
        (a) => a.chainId === network.chainId && a.address.toLowerCase() === asset.token?.toLowerCase(),
      ),
    })),
    'send asset',
  );
  if (!account) throw new ProcedureError('INVALID_INPUT', 'asset: the wallet has no account to send from');
  if (asset.token && !watched)
    throw new ProcedureError(
      'INVALID_INPUT',
      `asset: ${asset.token} is not a watched token on ${network.name}`,
    );
  const to = parseAddress(input.to.trim(), 'To');
  const [symbol, decimals] = watched
    ? [watched.symbol, watched.decimals]
    : [network.symbol, network.decimals];
  const amount = parseUnits(input.amount, decimals, 'Amount');
  if (amount === 0n) throw new TypeError('Amount: must be more than 0');
  const balance = watched
    ? await balanceOf(deps.rpc, network.rpcUrl, watched.address, account.address)
    : BigInt((await deps.rpc(network.rpcUrl, 'eth_getBalance', [account.address, 'latest'])) as string);
  if (amount > balance)
    throw new TypeError(
      `Amount: ${formatUnits(amount, decimals)} ${symbol} is more than your balance of ${formatUnits(balance, decimals)} ${symbol}`,
    );
  const request: TxRequest = watched
    ? {
        from: account.address,
        to: watched.address,
        value: 0n,
        data: hexToBytes(encodeCall(SELECTORS.transfer, [to, amount]).slice(2)),
      }
    : { from: account.address, to, value: amount, data: new Uint8Array() };
  const prepared = await prepareTransaction(flowContext(deps), network, request, {
    method: 'send',
    params: { asset: input.asset, to, amount: amount.toString() },
  });
  if (!watched) {
    const { tx } = prepared;
    const maxFee = (tx.type === 'eip1559' ? tx.maxFeePerGas : tx.gasPrice) * tx.gas;
    if (amount + maxFee > balance)
      throw new TypeError(
        `Amount: ${formatUnits(amount, decimals)} ${symbol} plus a network fee of up to ${formatUnits(maxFee, decimals)} ${symbol} is more than your balance of ${formatUnits(balance, decimals)} ${symbol}`,
      );
  }
  const id = `${EVM_REVIEW_PREFIX}${bytesToHex(randomBytes(8))}`;
  const pending = reviewed.get(session) ?? new Map<string, Reviewed>();
  pending.set(id, { network, prepared, accountId: account.id, symbol });
  reviewed.set(session, pending);
  return labeled('private', { id, card: prepared.card });
}

export async function confirmEvmSend(
  ctx: WalletContext,
  deps: EvmSendDeps,
  id: string,
  decision: 'approve' | 'reject',
  fees?: ApprovalAnswer['fees'],
) {
  const session = requireUnlocked(ctx.session);
  const entry = reviewed.get(session)?.get(id);
  if (!entry) throw new ProcedureError('NOT_PENDING', 'This payment is no longer waiting: review it again');
  reviewed.get(session)!.delete(id);
  if (decision === 'reject') return labeled('private', { status: 'rejected' as const });
  const txid = await nodeErrorsSaid('Send', () =>
    sendPrepared(flowContext(deps), entry.network, entry.prepared, fees, {
      currency: entry.symbol,
      signer: (_from, digest) =>
        signDigest(ctx, entry.accountId, digest, `Send from the popup on ${entry.network.name}`),
    }),
  );
  return labeled('private', { status: 'sent' as const, txid });
}
