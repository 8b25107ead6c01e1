import { describe, expect, it } from 'vitest';
import { card } from '../markup/card';
import { createApprovalQueue } from './approvals';

const A = 'https://a.example';
const B = 'https://b.example';
const someCard = (origin: string) =>
  card('message', { origin, raw: {} }, { title: 'Sign', summary: ['Sign "x"'] });

describe('approval queue', () => {
  it('shows cards in arrival order across origins and resolves each with the user’s answer', async () => {
    const counts: number[] = [];
    const queue = createApprovalQueue({ onChange: (n) => counts.push(n) });
    const first = queue.open(A).ask(someCard(A));
    const second = queue.open(B).ask(someCard(B));
    expect(queue.list().map((r) => r.origin)).toEqual([A, B]);
    const [one, two] = queue.list();
    expect(queue.resolve(one!.id, 'approve', { accounts: ['0x1'] })).toBe(true);
    expect(await first).toEqual({ accounts: ['0x1'] });
    expect(queue.resolve(two!.id, 'reject')).toBe(true);
    await expect(second).rejects.toMatchObject({ code: 4001 });
    expect(queue.size).toBe(0);
    expect(counts.at(-1)).toBe(0);
    expect(queue.resolve(one!.id, 'approve')).toBe(false); // answered already
  });

  it('counts tickets still preparing, and closing the window rejects them too', async () => {
    const queue = createApprovalQueue();
    const preparing = queue.open(A);
    expect(queue.preparing()).toBe(1);
    expect(queue.list()).toEqual([]);
    queue.rejectAll();
    expect(await preparing.cancelled).toMatchObject({ code: 4001 });
    await expect(preparing.ask(someCard(A))).rejects.toMatchObject({ code: 4001 });
    expect(queue.size).toBe(0);
  });

  it('limits open requests per origin with -32002, leaving other origins free', () => {
    const queue = createApprovalQueue({ maxPerOrigin: 2 });
    queue.open(A);
    queue.open(A);
    expect(() => queue.open(A)).toThrow(expect.objectContaining({ code: -32002 }));
    expect(() => queue.open(B)).not.toThrow();
  });

  it('a closed ticket frees its place without asking', () => {
    const queue = createApprovalQueue({ maxPerOrigin: 1 });
    queue.open(A).close();
    expect(() => queue.open(A)).not.toThrow();
  });
});
