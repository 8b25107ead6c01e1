/**
 * The explicit allow-list of read-only JSON-RPC methods forwarded to the selected network, each
 * with the params shape it must have. Anything not here and not handled by the ring is 4200:
 * a wallet must not become an open proxy for methods it never reviewed (e.g. eth_sendTransaction
 * to a node with unlocked accounts, or debug_* / admin_*).
 */
import * as v from 'valibot';
import {
  AddressParam,
  BlockRef,
  BlockTag,
  CallObject,
  Hash32,
  Hex,
  LogFilter,
  paramsOf,
  Quantity,
} from '../params';

const none = paramsOf([]);
const opt = v.optional;

export const READ_ONLY_METHODS: ReadonlyMap<string, v.GenericSchema> = new Map<string, v.GenericSchema>([
  ['eth_blockNumber', none],
  ['eth_gasPrice', none],
  ['eth_maxPriorityFeePerGas', none],
  ['eth_blobBaseFee', none],
  ['eth_syncing', none],
  ['web3_clientVersion', none],
  ['eth_getBalance', paramsOf([AddressParam, opt(BlockRef)])],
  ['eth_getTransactionCount', paramsOf([AddressParam, opt(BlockRef)])],
  ['eth_getCode', paramsOf([AddressParam, opt(BlockRef)])],
  ['eth_getStorageAt', paramsOf([AddressParam, Quantity, opt(BlockRef)])],
  ['eth_call', paramsOf([CallObject, opt(BlockRef), opt(v.record(v.string(), v.unknown()))])],
  ['eth_estimateGas', paramsOf([CallObject, opt(BlockRef)])],
  [
    'eth_feeHistory',
    paramsOf([v.union([Quantity, v.pipe(v.number(), v.integer())]), BlockTag, opt(v.array(v.number()))]),
  ],
  ['eth_getBlockByNumber', paramsOf([BlockTag, opt(v.boolean())])],
  ['eth_getBlockByHash', paramsOf([Hash32, opt(v.boolean())])],
  ['eth_getBlockTransactionCountByNumber', paramsOf([BlockTag])],
  ['eth_getTransactionByHash', paramsOf([Hash32])],
  ['eth_getTransactionReceipt', paramsOf([Hash32])],
  ['eth_getLogs', paramsOf([LogFilter])],
  ['eth_getProof', paramsOf([AddressParam, v.array(Hash32), BlockRef])],
  ['eth_sendRawTransaction', paramsOf([Hex])],
]);
