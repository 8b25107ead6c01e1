/** The gap-limit walk over plain functions (the real backends are exercised against litecoind elsewhere). */
import { describe, expect, it } from 'vitest';
import { GAP_LIMIT, scanAccount } from './scan';

const derive = (change: 0 | 1, from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `c${change}i${from + i}`);
const usedAt = (set: string[]) => async (batch: readonly string[]) => batch.map((a) => set.includes(a));

describe('scanAccount (gap limit 20)', () => {
  it('a fresh account: 20 addresses per chain, next index 0', async () => {
    const found = await scanAccount(derive, usedAt([]));
    expect(found.receive).toHaveLength(GAP_LIMIT);
    expect(found.change).toHaveLength(GAP_LIMIT);
    expect(found.nextReceive).toBe(0);
  });

  it('keeps walking past a used address 19 beyond the last, and stops 20 after the last used', async () => {
    const found = await scanAccount(derive, usedAt(['c0i0', 'c0i19', 'c0i38', 'c1i3']));
    expect(found.nextReceive).toBe(39);
    expect(found.receive).toHaveLength(39 + GAP_LIMIT);
    expect(found.receive.filter((a) => a.used).map((a) => a.index)).toEqual([0, 19, 38]);
    expect(found.nextChange).toBe(4);
  });

  it('an address 21 past the last used one is not found (that is what the gap limit means)', async () => {
    const found = await scanAccount(derive, usedAt(['c0i0', 'c0i21']));
    expect(found.nextReceive).toBe(1);
  });

  it('refuses a backend that answers with the wrong number of flags', async () => {
    await expect(scanAccount(derive, async () => [true])).rejects.toThrow(/one answer per address/);
  });
});
