/**
 * Shared fixtures for the policy tests: the hardhat/anvil "test … junk" accounts (public test keys,
 * src/fixtures/eth-hardhat-default-accounts.json) and a request builder. Test code only.
 */
import hardhat from '../fixtures/eth-hardhat-default-accounts.json';
import type { PolicyRequest } from './request';

export const ACCOUNTS = hardhat.accounts.map((a) => ({ address: a.address, privateKey: a.privateKey }));
export const ALICE = ACCOUNTS[0]!.address;
export const BOB = ACCOUNTS[1]!.address;
export const CAROL = ACCOUNTS[2]!.address;
/** BIP-84's first receive address of "abandon … about" (bitcoin/bips bip-0084.mediawiki). */
export const BTC_ADDRESS = 'bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu';

export const ETH = 10n ** 18n;
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);

export function sendRequest(overrides: Partial<PolicyRequest> = {}): PolicyRequest {
  return {
    origin: 'https://app.example',
    kind: 'send',
    chainId: 1,
    account: ALICE,
    recipient: BOB,
    asset: 'ETH',
    amount: ETH / 2n,
    ...overrides,
  };
}
