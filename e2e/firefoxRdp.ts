/**
 * A client for Firefox's DevTools server (the Remote Debugging Protocol that about:debugging and
 * web-ext use): list the add-ons with their event page's status, and evaluate in an add-on's
 * running event page. e2e/firefox.ts launches Firefox with the server on a free port.
 */
import { createConnection } from 'node:net';
import { withTimeout } from './withTimeout';

/** A Remote Debugging Protocol packet: `from` names the actor; events carry a `type`. */
type RdpPacket = { from?: string; type?: string; error?: string; message?: string } & Record<string, unknown>;

/**
 * One connection to Firefox's DevTools server. RDP frames are `<byte length>:<JSON>`; an actor
 * answers its requests in order with packets that have no `type` (events have one).
 */
export interface RdpSession {
  /** Sends `packet` to actor `to`; resolves with its reply (rejects on an `error` reply). */
  request(to: string, packet: Record<string, unknown>): Promise<RdpPacket>;
  /** The first packet (already received or still to come) for which `match` is true. */
  next(match: (packet: RdpPacket) => boolean): Promise<RdpPacket>;
  close(): void;
}

export async function openRdpSession(port: number): Promise<RdpSession> {
  const socket = createConnection(port, '127.0.0.1');
  const received: RdpPacket[] = [];
  const waiting: { match: (packet: RdpPacket) => boolean; resolve(packet: RdpPacket): void }[] = [];
  let failure: Error | undefined;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const waiter of waiting.splice(0)) waiter.resolve({ error: 'connection', message: failure.message });
  };
  socket.once('error', failAll);
  socket.once('close', () => failAll(new Error('the DevTools connection closed')));
  let buffer = Buffer.alloc(0);
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (let colon = buffer.indexOf(58); colon > 0; colon = buffer.indexOf(58)) {
      const end = colon + 1 + Number(buffer.subarray(0, colon).toString());
      if (buffer.length < end) return;
      const packet = JSON.parse(buffer.subarray(colon + 1, end).toString()) as RdpPacket;
      buffer = buffer.subarray(end);
      const index = waiting.findIndex((waiter) => waiter.match(packet));
      if (index >= 0) waiting.splice(index, 1)[0]!.resolve(packet);
      else received.push(packet);
    }
  });
  const next = (match: (packet: RdpPacket) => boolean) => {
    const index = received.findIndex(match);
    if (index >= 0) return Promise.resolve(received.splice(index, 1)[0]!);
    if (failure) return Promise.resolve<RdpPacket>({ error: 'connection', message: failure.message });
    return new Promise<RdpPacket>((resolve) => waiting.push({ match, resolve }));
  };
  const session: RdpSession = {
    next,
    async request(to, packet) {
      const text = JSON.stringify({ to, ...packet });
      socket.write(`${Buffer.byteLength(text)}:${text}`);
      const reply = await next((p) => p.from === to && p.type === undefined);
      if (reply.error)
        throw new Error(`RDP ${String(packet.type)} to ${to}: ${reply.error} ${reply.message ?? ''}`);
      return reply;
    },
    close: () => socket.destroy(),
  };
  // The server greets every connection from the root actor before anything else.
  const greeting = await next((p) => p.from === 'root');
  if (greeting.error) {
    session.close();
    throw new Error(`RDP: ${greeting.message}`);
  }
  return session;
}

/** One RDP round trip: wait for the root greeting, send `listAddons`, return the add-on forms. */
export async function listAddons(
  port: number,
): Promise<{ id: string; actor: string; backgroundScriptStatus?: string }[]> {
  const session = await openRdpSession(port);
  try {
    const reply = await session.request('root', { type: 'listAddons' });
    return reply.addons as { id: string; actor: string; backgroundScriptStatus?: string }[];
  } finally {
    session.close();
  }
}

/**
 * Evaluates `expression` in the extension's running event page (`_generated_background_page.html`),
 * through the DevTools server as about:debugging's "Inspect" console does: the add-on's watcher
 * lists its frame targets, and the background one's console actor evaluates. Returns the result
 * grip (a primitive comes back as itself); throws if it threw. Used to reach extension-only APIs
 * such as tabs.create: WebDriver BiDi refuses to navigate to moz-extension:// URLs.
 */
export async function evaluateInBackground(
  port: number,
  extensionId: string,
  expression: string,
): Promise<unknown> {
  const session = await openRdpSession(port);
  try {
    const { addons } = (await session.request('root', { type: 'listAddons' })) as {
      addons?: { id: string; actor: string }[];
    };
    const addon = addons?.find((a) => a.id === extensionId);
    if (!addon) throw new Error(`RDP: add-on ${extensionId} is not installed`);
    const watcher = (await session.request(addon.actor, { type: 'getWatcher' })).actor as string;
    await session.request(watcher, { type: 'watchTargets', targetType: 'frame' });
    // watchTargets reports the targets that already exist before it replies.
    let background: { url?: string; consoleActor?: string } | undefined;
    while (!background) {
      const event = await withTimeout(
        session.next((p) => p.from === watcher && p.type === 'target-available-form'),
        5_000,
        'the event page target (is the event page running?)',
      );
      const target = event.target as { url?: string; consoleActor?: string };
      if (target.url?.endsWith('/_generated_background_page.html')) background = target;
    }
    const consoleActor = background.consoleActor!;
    const { resultID } = await session.request(consoleActor, { type: 'evaluateJSAsync', text: expression });
    const result = await session.next((p) => p.type === 'evaluationResult' && p.resultID === resultID);
    if (result.error) throw new Error(`RDP evaluation: ${result.error} ${result.message ?? ''}`);
    if (result.hasException) throw new Error(`in the event page: ${String(result.exceptionMessage)}`);
    return result.result;
  } finally {
    session.close();
  }
}
