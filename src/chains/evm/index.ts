/**
 * EVM chain family: public surface. Other modules import from here, never from the files.
 *
 * @example
 * import { parseAddress } from '../chains/evm';
 * const to = parseAddress(input, 'params[0].to');
 */

export {
  decodeAbiString,
  decodeWords,
  encodeCall,
  SELECTORS,
  SIGNATURES,
  type StaticArg,
  selectorOf,
  wordToAddress,
} from './abi';
export {
  type Address,
  type IsAddressOptions,
  isAddress,
  parseAddress,
  publicKeyToAddress,
  toChecksumAddress,
} from './address';
export { type CallRequest, hasData, type RpcCall, toRpcCall } from './callRequest';
export { type DecodedTransaction, decodeSignedTransaction } from './decodeTransaction';
export { personalMessageHash, recoverPersonalSigner } from './eip191';
export { domainSeparator, encodeType, hashStruct, hashTypedData, type TypedDataVersion } from './eip712';
export { validateTypedData } from './eip712Validate';
export { balanceOf, clearTokenCache, isContract, readTokenInfo } from './erc20';
export { estimateGas, type FeeSuggestion, nextNonce, suggestFees } from './fees';
export {
  bigintToBytes,
  bytesToBigInt,
  bytesToHex,
  concatBytes,
  type Hex,
  hexToBytes,
  parseData,
  parseQuantity,
  toHex,
  toQuantity,
  toWord,
} from './hex';
export { createJsonRpcClient, type JsonRpcCall, type JsonRpcClientOptions } from './jsonRpc';
export { decodeRlp, encodeRlp, type RlpItem, rlpInt } from './rlp';
export {
  balanceChanges,
  revertReason,
  type SimulateCall,
  type SimulatedApproval,
  type SimulatedTransfer,
  type SimulationResult,
  type SimulationStatus,
  simulateTransaction,
} from './simulate';
export {
  type Eip1559Transaction,
  type EvmTransaction,
  type LegacyTransaction,
  serializeSigned,
  signingHash,
  type TransactionSignature,
  transactionHash,
} from './transaction';
