/**
 * Keys: the raw-bytes layer of BIP-39 phrases, BIP-32/44 EVM accounts, BIP-84 (UTXO) keys and
 * nodes, and imported private keys.
 * Functions take and return plain Uint8Array/strings; labelling them `secret` happens in src/ring,
 * and callers `zero()` the buffers they receive.
 *
 * @example
 * const seed = await mnemonicToSeed(validateMnemonic(input));
 * const [first] = deriveEvmAddresses(seed, 1);
 * zero(seed);
 */
export { bip84Keys, bip84Node, splitBip84Path } from './bip84';
export {
  chainChildKey,
  deriveChainNode,
  deriveEvmAccount,
  deriveEvmAddresses,
  type EvmAccount,
  evmPath,
  MAX_EVM_INDEX,
} from './hd';
export {
  entropyToMnemonic,
  entropyToPhraseBytes,
  entropyToSeed,
  generateMnemonic,
  MnemonicError,
  type MnemonicProblem,
  mnemonicToEntropy,
  mnemonicToSeed,
  validateMnemonic,
} from './mnemonic';
export { parsePrivateKey, privateKeyToAddress } from './privateKey';
export { zero } from './zero';
