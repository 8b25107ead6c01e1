/**
 * The router fuzz's recording RPC stub (router.fuzz.test.ts): node-like answers per method, or an
 * RpcError / a junk answer when the run says so (the mode is chosen per request by requests.ts).
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { RpcError } from '../../errors';
import { A0 } from './fixtures';

export type RpcMode = { mode: 'node' } | { mode: 'fail'; code: number } | { mode: 'junk'; value: unknown };

export const BLOCK = {
  number: '0x10',
  hash: `0x${'ab'.repeat(32)}`,
  parentHash: `0x${'cd'.repeat(32)}`,
  timestamp: '0x6553f100',
  gasLimit: '0x1c9c380',
  gasUsed: '0x0',
  baseFeePerGas: '0x3b9aca00',
  transactions: [],
};

export function nodeAnswer(method: string, params: unknown): unknown {
  switch (method) {
    case 'eth_chainId':
      return '0x7a69';
    case 'eth_blockNumber':
      return '0x10';
    case 'eth_getBalance':
      return '0x21e19e0c9bab2400000';
    case 'eth_getTransactionCount':
    case 'eth_getBlockTransactionCountByNumber':
      return '0x0';
    case 'eth_gasPrice':
    case 'eth_maxPriorityFeePerGas':
      return '0x3b9aca00';
    case 'eth_blobBaseFee':
      return '0x1';
    case 'eth_estimateGas':
      return '0x5208';
    case 'eth_getCode':
    case 'eth_call':
      return '0x';
    case 'eth_getStorageAt':
      return `0x${'00'.repeat(32)}`;
    case 'eth_getBlockByNumber':
    case 'eth_getBlockByHash':
      return BLOCK;
    case 'eth_feeHistory':
      return {
        oldestBlock: '0xc',
        baseFeePerGas: ['0x3b9aca00', '0x3b9aca00', '0x3b9aca00', '0x3b9aca00', '0x3b9aca00', '0x3b9aca00'],
        gasUsedRatio: [0.5, 0.4, 0, 0.9, 0.1],
        reward: [['0x3b9aca00'], ['0x59682f00'], ['0x0'], ['0x3b9aca00'], ['0x1']],
      };
    case 'eth_simulateV1':
      return [{ calls: [{ status: '0x1', returnData: '0x', gasUsed: '0x5208', logs: [] }] }];
    case 'eth_sendRawTransaction': {
      const raw = String((params as unknown[])[0]);
      if (!/^0x(?:[0-9a-f]{2})+$/i.test(raw))
        throw new RpcError(-32602, 'rlp: expected input string or byte');
      return `0x${bytesToHex(keccak_256(hexToBytes(raw.slice(2))))}`;
    }
    case 'eth_getTransactionReceipt':
    case 'eth_getTransactionByHash':
      return null;
    case 'eth_getLogs':
      return [];
    case 'eth_syncing':
      return false;
    case 'web3_clientVersion':
      return 'anvil/v1.7.1';
    case 'eth_getProof':
      return { address: A0, balance: '0x0', nonce: '0x0', accountProof: [], storageProof: [] };
    default:
      return null;
  }
}
