/**
 * EVM chain family: public surface. Other modules import from here, never from the files.
 *
 * @example
 * import { parseAddress } from '../chains/evm';
 * const to = parseAddress(input, 'params[0].to');
 */
export {
  type Address,
  type IsAddressOptions,
  isAddress,
  parseAddress,
  publicKeyToAddress,
  toChecksumAddress,
} from './address';
