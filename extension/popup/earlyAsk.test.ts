import { afterEach, describe, expect, it, vi } from 'vitest';
import { getNetworks } from '../../src/rpc/procedures/networks';
import { getStatus } from '../../src/rpc/procedures/status';
import { POPUP_PORT } from '../../src/rpc/relayProtocol';

type Listener = (message: unknown) => void;

/** A stand-in for the browser's runtime port (no extension runtime runs under Vitest). */
function fakeRuntime() {
  const sent: unknown[] = [];
  const onMessage = new Set<Listener>();
  const onDisconnect = new Set<() => void>();
  const set = <T>(s: Set<T>) => ({ addListener: (l: T) => s.add(l), removeListener: (l: T) => s.delete(l) });
  const port = {
    postMessage: (m: unknown) => sent.push(m),
    onMessage: set(onMessage),
    onDisconnect: set(onDisconnect),
  };
  const names: string[] = [];
  const runtime = {
    connect: ({ name }: { name: string }) => {
      names.push(name);
      return port;
    },
  };
  return { runtime, sent, names, onMessage, onDisconnect };
}

async function loadWith(runtime: unknown) {
  vi.resetModules();
  vi.stubGlobal('chrome', runtime === undefined ? undefined : { runtime });
  return import('./earlyAsk');
}

afterEach(() => vi.unstubAllGlobals());

// No extension runtime runs under Vitest: these use a stand-in port; the e2e popup journeys use the real one.
describe('earlyAsk (stand-in runtime port: mock, no extension runtime in Node)', () => {
  it('asks the procedures the popup awaits first, by their declared names', async () => {
    const { EARLY_QUESTIONS } = await loadWith(undefined);
    expect(EARLY_QUESTIONS).toEqual([getStatus.name, getNetworks.name]);
  });

  it('sends both questions on the popup port when loaded, and queues what arrives until taken', async () => {
    const fake = fakeRuntime();
    const { takeEarlyPort } = await loadWith(fake.runtime);
    expect(fake.names).toEqual([POPUP_PORT]);
    expect(fake.sent).toEqual([
      { id: 1, procedure: 'getStatus', input: {} },
      { id: 2, procedure: 'getNetworks', input: {} },
    ]);
    for (const listener of fake.onMessage) listener({ id: 1, ok: true, output: 'status' });
    const early = takeEarlyPort();
    expect(early?.received).toEqual([{ id: 1, ok: true, output: 'status' }]);
    expect(early?.disconnected).toBe(false);
    // Taken over: its own listeners are gone, and it is handed out once only.
    expect(fake.onMessage.size).toBe(0);
    expect(fake.onDisconnect.size).toBe(0);
    expect(takeEarlyPort()).toBeUndefined();
  });

  it('says when the port dropped before it was taken', async () => {
    const fake = fakeRuntime();
    const { takeEarlyPort } = await loadWith(fake.runtime);
    for (const listener of fake.onDisconnect) listener();
    expect(takeEarlyPort()?.disconnected).toBe(true);
  });

  it('gives nothing when there is no runtime or connecting throws', async () => {
    expect((await loadWith(undefined)).takeEarlyPort()).toBeUndefined();
    const throwing = {
      connect: () => {
        throw new Error('Extension context invalidated.');
      },
    };
    expect((await loadWith(throwing)).takeEarlyPort()).toBeUndefined();
  });
});
