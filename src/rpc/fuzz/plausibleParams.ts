/**
 * Well-formed (or nearly) params per method for the router fuzz (router.fuzz.test.ts), so that the
 * checks past validation, the approval window and the signing paths are reached too.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import mail from '../../fixtures/eip712-mail-example.json';
import { A0, A1, STRANGER } from './fixtures';
import { hexString, scalar } from './junk';

/** Well-formed hex data (what a dapp that means it sends). */
export const data = fc.uint8Array({ maxLength: 68 }).map((bytes) => `0x${bytesToHex(bytes)}`);

export const typedData = (chainId: number) => ({
  ...mail.typedData,
  domain: { ...mail.typedData.domain, chainId },
});
export const message = fc.string({ maxLength: 60 }).map((text) => `0x${Buffer.from(text).toString('hex')}`);
export const account = fc.constantFrom(A0, A0, A0, A1, STRANGER, A0.toLowerCase());
export const chainId = fc.oneof(
  { weight: 3, arbitrary: fc.constant('0x7a69') },
  { weight: 1, arbitrary: fc.constantFrom('0x1', '0xaa36a7', '0x0', '0x539', `0x${'f'.repeat(20)}`) },
);

/** Well-formed (or nearly) params per method, so the checks past validation are reached too. */
export function plausibleParams(method: string): fc.Arbitrary<unknown> {
  switch (method) {
    case 'personal_sign':
      return fc.oneof(
        fc.tuple(message, account),
        fc.tuple(account, message),
        fc.tuple(message, account, fc.string()),
      );
    case 'eth_sign':
      return fc.tuple(account, hexString);
    case 'eth_signTypedData_v4':
    case 'eth_signTypedData_v3':
      return fc.tuple(
        account,
        fc.oneof(
          fc.constantFrom(31337, 1, 0).map((id) => JSON.stringify(typedData(id))),
          fc.constant(typedData(31337)),
          fc.constant(JSON.stringify(typedData(31337)).slice(0, 100)),
        ),
      );
    case 'eth_sendTransaction':
    case 'wallet_sendTransaction':
      return fc.tuple(
        fc.record(
          {
            from: account,
            to: fc.oneof(account, fc.constant(null)),
            value: fc.constantFrom(
              '0x0',
              '0x1',
              '0xde0b6b3a7640000',
              '0xde0b6b3a7640000',
              `0x${'f'.repeat(64)}`,
            ),
            data,
            gas: fc.constantFrom('0x5208', '0x30000', '0x0'),
            maxFeePerGas: fc.constantFrom('0x77359400', '0x0'),
            chainId,
            type: fc.constantFrom('0x2', '0x2', '0x0', '0x4'),
          },
          { requiredKeys: ['from', 'to'] },
        ),
      );
    case 'wallet_sendCalls': {
      const call = fc.record({ to: account, value: fc.constantFrom('0x0', '0x1'), data });
      return fc.tuple(
        fc.record(
          {
            version: fc.constantFrom('2.0.0', '1.0'),
            chainId,
            from: account,
            atomicRequired: fc.boolean(),
            // Mostly small batches; now and then around the 20-call limit (each call is prepared,
            // signed and recorded: 20 calls × several copies is the slowest request there is).
            calls: fc.oneof(
              { weight: 9, arbitrary: fc.array(call, { maxLength: 3 }) },
              { weight: 1, arbitrary: fc.array(call, { minLength: 19, maxLength: 22 }) },
            ),
          },
          { requiredKeys: ['version', 'chainId', 'calls'] },
        ),
      );
    }
    case 'wallet_getCallsStatus':
      return fc.tuple(fc.string({ maxLength: 300 }));
    case 'wallet_getCapabilities':
      return fc.tuple(account, fc.array(chainId, { maxLength: 3 }));
    case 'wallet_switchEthereumChain':
      return fc.tuple(fc.record({ chainId }));
    case 'wallet_addEthereumChain':
      return fc.tuple(
        fc.record({
          chainId,
          chainName: fc.string({ maxLength: 120 }),
          rpcUrls: fc.array(
            fc.constantFrom('http://127.0.0.1:8545', 'https://rpc.example', 'http://evil.example', 'x'),
            {
              maxLength: 2,
            },
          ),
          nativeCurrency: fc.record({
            name: fc.string(),
            symbol: fc.string({ maxLength: 14 }),
            decimals: fc.integer(),
          }),
        }),
      );
    case 'wallet_watchAsset':
      return fc.oneof(
        fc.record({
          type: fc.constantFrom('ERC20', 'ERC721'),
          options: fc.record({
            address: account,
            symbol: fc.string({ maxLength: 12 }),
            decimals: fc.integer(),
          }),
        }),
      );
    case 'wallet_requestPermissions':
    case 'wallet_revokePermissions':
      return fc.tuple(fc.constantFrom({ eth_accounts: {} }, { eth_chainId: {} }, {}));
    case 'eth_getBalance':
    case 'eth_getTransactionCount':
    case 'eth_getCode':
      return fc.tuple(account, fc.constantFrom('latest', 'pending', '0x10', 'newest'));
    case 'eth_call':
    case 'eth_estimateGas':
      return fc.tuple(
        fc.record({ to: account, data, from: account }, { requiredKeys: [] }),
        fc.constant('latest'),
      );
    case 'eth_getLogs':
      return fc.tuple(
        fc.record({
          fromBlock: fc.constant('0x0'),
          address: account,
          topics: fc.array(hexString, { maxLength: 4 }),
        }),
      );
    default:
      return fc.array(scalar, { maxLength: 3 });
  }
}
