/**
 * Closing the approval window (queue.windowClosed): the user closing it on requests rejects them;
 * the window closing itself on an empty queue must not take a follow-up request down with it
 * (wallet_addEthereumChain's switch card came back 4001 in Chromium without being shown).
 */
import { describe, expect, it } from 'vitest';
import { card } from '../markup/card';
import { createApprovalQueue } from './approvals';

const A = 'https://a.example';
const someCard = (title: string) => card('message', { origin: A, raw: {} }, { title, summary: [title] });

describe('approval window closed', () => {
  it('rejects what the window was showing with 4001 when the user closes it', async () => {
    const queue = createApprovalQueue();
    const shown = queue.open(A).ask(someCard('one'));
    const preparing = queue.open(A);
    expect(queue.view()).toMatchObject({ requests: [{ card: { title: 'one' } }], preparing: 1 });
    expect(queue.windowClosed()).toBe(false);
    await expect(shown).rejects.toMatchObject({ code: 4001 });
    expect(await preparing.cancelled).toMatchObject({ code: 4001 });
    expect(queue.size).toBe(0);
  });

  it('rejects everything when the window was never given a view (closed on its unlock step)', async () => {
    const queue = createApprovalQueue();
    const waiting = queue.open(A);
    expect(queue.windowClosed()).toBe(false);
    expect(await waiting.cancelled).toMatchObject({ code: 4001 });
  });

  it('keeps a request that arrived after the window was told the queue is empty, and asks for a new window', async () => {
    const queue = createApprovalQueue();
    const first = queue.open(A).ask(someCard('add'));
    const [add] = queue.view().requests;
    expect(queue.resolve(add!.id, 'approve')).toBe(true);
    await first;
    expect(queue.view()).toEqual({ requests: [], preparing: 0 }); // resolveApproval's answer: the window closes
    const followUp = queue.open(A).ask(someCard('switch')); // arrives while it closes
    expect(queue.windowClosed()).toBe(true);
    expect(queue.size).toBe(1);
    // The next window shows it and the user answers it.
    const [next] = queue.view().requests;
    expect(next?.card.title).toBe('switch');
    expect(queue.resolve(next!.id, 'approve', { accounts: [] })).toBe(true);
    expect(await followUp).toEqual({ accounts: [] });
  });

  it('after an empty window closed with nothing pending, asks for no new window', () => {
    const queue = createApprovalQueue();
    queue.view();
    expect(queue.windowClosed()).toBe(false);
    // The next close is judged afresh: a window never given a view rejects.
    const later = queue.open(A);
    expect(queue.windowClosed()).toBe(false);
    return expect(later.cancelled).resolves.toMatchObject({ code: 4001 });
  });
});
