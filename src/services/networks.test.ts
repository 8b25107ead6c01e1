import { describe, expect, it } from 'vitest';
import { memoryStore } from './keyValueStore';
import { createNetworkService } from './networks';

describe('network service', () => {
  it('defaults to the local chain 31337 and lists mainnet and Sepolia', async () => {
    const service = createNetworkService(memoryStore());
    expect((await service.selected()).chainId).toBe(31337);
    expect((await service.view()).networks.map((n) => n.chainId)).toEqual([31337, 1, 11155111]);
  });

  it('persists the selection and notifies listeners only when the chain changes', async () => {
    const store = memoryStore();
    const service = createNetworkService(store);
    const seen: number[] = [];
    service.onChange((n) => seen.push(n.chainId));
    await service.select('sepolia');
    await service.select('sepolia');
    expect(seen).toEqual([11155111]);
    expect((await createNetworkService(store).selected()).id).toBe('sepolia');
  });

  it('edits an RPC URL, refusing non-http URLs with a message naming rpcUrl', async () => {
    const service = createNetworkService(memoryStore());
    await service.setRpcUrl('mainnet', 'https://rpc.example/v1');
    expect((await service.view()).networks.find((n) => n.id === 'mainnet')?.rpcUrl).toBe(
      'https://rpc.example/v1',
    );
    await expect(service.setRpcUrl('mainnet', 'javascript:alert(1)')).rejects.toThrow(/rpcUrl/);
    await expect(service.select('nope')).rejects.toThrow(/networkId/);
  });

  it('recovers from corrupt stored state with the defaults instead of crashing', async () => {
    const service = createNetworkService(memoryStore({ networks: { version: 7, garbage: true } }));
    expect((await service.selected()).chainId).toBe(31337);
  });
});
