import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { NetworkParam, networkId, networkOfAddress } from './network';

describe('the network param', () => {
  it.each([
    [undefined, 'bitcoin'],
    ['litecoinRegtest', 'litecoinRegtest'],
    ['testnet', 'bitcoinTestnet'],
    ['regtest', 'bitcoinRegtest'],
    [{ coin: 'litecoin', network: 'mainnet' }, 'litecoin'],
    [{ coin: 'litecoin', network: 'testnet' }, 'litecoinTestnet'],
  ])('%j → %s', (param, id) => {
    expect(networkId(v.parse(NetworkParam, param))).toBe(id);
  });

  it('refuses other names', () => {
    for (const bad of ['signet', 'dogecoin', { coin: 'dogecoin', network: 'mainnet' }, 3])
      expect(v.safeParse(NetworkParam, bad).success).toBe(false);
  });

  it('finds the network of an address by its bech32 prefix', () => {
    expect(networkOfAddress('bc1q9vza2e8x573nczrlzms0wvx3gsqjx7vavgkx0l')).toBe('bitcoin');
    expect(networkOfAddress('bcrt1qxyz')).toBe('bitcoinRegtest');
    expect(networkOfAddress('rltc1qxyz')).toBe('litecoinRegtest');
    expect(networkOfAddress('tltc1qxyz')).toBe('litecoinTestnet');
    expect(networkOfAddress('1BoatSLRHtKNngkdXEeobR76b53LETtpyT')).toBeUndefined();
  });
});
