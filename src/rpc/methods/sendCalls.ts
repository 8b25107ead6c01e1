/**
 * EIP-5792 wallet call API, version 2.0.0 (https://eips.ethereum.org/EIPS/eip-5792):
 * wallet_getCapabilities, wallet_sendCalls, wallet_getCallsStatus. Ringfence signs an EOA's
 * calls one by one (one card lists every call), so `atomic` is reported as unsupported and a
 * request that requires atomicity is refused with 5760.
 */
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';
import * as v from 'valibot';
import { toHexChainId } from '../../chains/evm/networks';
import { ErrorCode, RpcError } from '../../errors';
import { batchCard } from '../../markup';
import { labeled } from '../../ring';
import { AddressParam, Hex, paramsOf, Quantity } from '../params';
import { askUser, requireGranted } from './approval';
import { cardBase } from './cardBase';
import { batchFacts } from './policyRequest';
import { type PreparedTransaction, prepareTransaction, sendPrepared } from './transactionFlow';
import { toTxRequest } from './txRequest';
import { dappMethod } from './types';

const Call = v.looseObject({
  to: v.optional(AddressParam),
  data: v.optional(Hex),
  value: v.optional(Quantity),
});
const SendCalls = paramsOf([
  v.looseObject({
    version: v.string(),
    id: v.optional(v.pipe(v.string(), v.maxLength(256))),
    chainId: Quantity,
    from: v.optional(AddressParam),
    atomicRequired: v.optional(v.boolean()),
    calls: v.pipe(
      v.array(Call),
      v.minLength(1, 'expected at least one call'),
      v.maxLength(20, 'at most 20 calls'),
    ),
  }),
]);

export const wallet_getCapabilities = dappMethod(
  paramsOf([v.optional(AddressParam), v.optional(v.array(Quantity))]),
  async ([, chainIds], ctx) => {
    const ids = chainIds ?? (await ctx.deps.networks.list()).map((n) => toHexChainId(n.chainId));
    return labeled(
      'public',
      Object.fromEntries(ids.map((id) => [id, { atomic: { status: 'unsupported' } }])),
    );
  },
);

export const wallet_sendCalls = dappMethod(SendCalls, async ([batch], ctx) => {
  if (batch.version !== '2.0.0' && batch.version !== '1.0')
    throw new RpcError(
      ErrorCode.invalidParams,
      `params[0].version: expected "2.0.0", got "${batch.version.slice(0, 10)}"`,
    );
  if (batch.atomicRequired)
    throw new RpcError(
      ErrorCode.atomicityNotSupported,
      'Atomic execution is not supported: Ringfence sends the calls one by one',
    );
  const network = await ctx.deps.selectedNetwork();
  const from =
    batch.from ?? ctx.deps.wallet.granted(ctx.origin)[0] ?? '0x0000000000000000000000000000000000000000';
  const requests = batch.calls.map((call, i) =>
    toTxRequest({ ...call, from, chainId: batch.chainId }, network.chainId, `params[0].calls[${i}]`),
  );
  const prepared: PreparedTransaction[] = [];
  await askUser(ctx, async () => {
    const signer = requireGranted(ctx, from);
    for (const [i, request] of requests.entries()) {
      request.from = signer;
      prepared.push(await prepareTransaction(ctx, network, request, { call: i }));
    }
    // One by one from the same account: each next call takes the next nonce.
    for (const [i, p] of prepared.entries())
      p.tx = { ...p.tx, nonce: (prepared[0]?.tx.nonce ?? 0n) + BigInt(i) };
    const base = await cardBase(ctx, { method: 'wallet_sendCalls', params: [batch] }, signer);
    const card = batchCard(
      base,
      prepared.map((p) => p.card),
    );
    // The rules see every asset the batch moves (native and tokens) as one send per asset.
    const facts = batchFacts(prepared.map((p) => p.facts));
    return facts.sends ? { card, facts } : card;
  });
  const id = batch.id ?? `0x${bytesToHex(randomBytes(32))}`;
  for (const p of prepared) await sendPrepared(ctx, network, p, undefined, { batchId: id });
  return labeled('public', { id });
});

type Receipt = {
  status?: string;
  blockHash?: string;
  blockNumber?: string;
  gasUsed?: string;
  transactionHash?: string;
  logs?: unknown[];
};

export const wallet_getCallsStatus = dappMethod(
  paramsOf([v.pipe(v.string(), v.maxLength(256))]),
  async ([id], ctx) => {
    const items = ctx.deps.wallet.activity().filter((a) => a.batchId === id && a.origin === ctx.origin);
    if (items.length === 0) throw new RpcError(ErrorCode.unknownBundle, 'Unknown batch id');
    const network = (await ctx.deps.networks.list()).find((n) => n.chainId === items[0]!.chainId);
    if (!network)
      throw new RpcError(ErrorCode.unknownBundle, 'The batch’s network is no longer in the wallet');
    const ordered = [...items].reverse();
    const receipts = (await Promise.all(
      ordered.map((a) =>
        ctx.deps.rpc(network.rpcUrl, 'eth_getTransactionReceipt', [a.hash]).catch(() => null),
      ),
    )) as (Receipt | null)[];
    const done = receipts.filter((r): r is Receipt => r !== null);
    const failed = done.some((r) => r.status === '0x0');
    const status =
      done.length < receipts.length
        ? 100
        : failed
          ? done.every((r) => r.status === '0x0')
            ? 500
            : 600
          : 200;
    return labeled('public', {
      version: '2.0.0',
      id,
      chainId: toHexChainId(network.chainId),
      status,
      atomic: false,
      receipts: done.map((r) => ({
        logs: r.logs ?? [],
        status: r.status,
        blockHash: r.blockHash,
        blockNumber: r.blockNumber,
        gasUsed: r.gasUsed,
        transactionHash: r.transactionHash,
      })),
    });
  },
);
