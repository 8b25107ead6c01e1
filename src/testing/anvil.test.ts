import { secp256k1 } from '@noble/curves/secp256k1.js';
import { describe, expect, it } from 'vitest';
import { publicKeyToAddress } from '../chains/evm/address';
import { hexToBytes, parseQuantity } from '../chains/evm/hex';
import { ANVIL_ACCOUNTS, ANVIL_CHAIN_ID, startAnvil } from './anvil';

describe('startAnvil', () => {
  it('answers on a free port with chain 31337 and funded default accounts, and stop() frees it', async () => {
    const [a, b] = await Promise.all([startAnvil(), startAnvil()]);
    try {
      expect(a.port).not.toBe(b.port);
      expect(a.chainId).toBe(ANVIL_CHAIN_ID);
      const balance = await a.rpc(a.url, 'eth_getBalance', [ANVIL_ACCOUNTS[9]!.address, 'latest']);
      expect(parseQuantity(balance, 'balance')).toBe(10_000n * 10n ** 18n);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    await expect(a.rpc(a.url, 'eth_chainId', [])).rejects.toThrow(/Chain disconnected/);
  });

  it('ANVIL_ACCOUNTS keys match their addresses', () => {
    expect(ANVIL_ACCOUNTS).toHaveLength(10);
    for (const { address, privateKey } of ANVIL_ACCOUNTS) {
      expect(publicKeyToAddress(secp256k1.getPublicKey(hexToBytes(privateKey.slice(2))))).toBe(address);
    }
  });
});
