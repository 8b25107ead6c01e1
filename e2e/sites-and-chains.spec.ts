/**
 * Sites and chains in Chromium, through the built extension and real anvils: adding and switching
 * chains (EIP-3085/3326), Sign-In with Ethereum domain checks (EIP-4361), revoking a site on
 * Connected sites, sandboxed (opaque-origin) frames, a worker stop while the user is deciding, and
 * the local-node guard (a page on another host may not use 127.0.0.1:8545 before it is connected).
 */
import { recoverMessageAddress } from 'viem';
import { startAnvil } from '../src/testing/anvil';
import { approvalPages, cardWindow, onApprovalPage } from './approvalPages';
import { launchWithExtension, newWindowPage, stopServiceWorkers } from './chromium';
import { approvalWindow, approve, connectDapp, reject, startRequest } from './dapp';
import { ANVIL_ACCOUNT_0, expect, test } from './fixtures';
import { importTestWallet, TEST_PASSWORD } from './wallet';

type Recorded = { chainChanged: unknown[]; accountsChanged: unknown[] };

/** Starts recording the provider's chainChanged and accountsChanged events in the page. */
async function recordEvents(dapp: import('@playwright/test').Page): Promise<() => Promise<Recorded>> {
  await dapp.evaluate(() => {
    const w = window as unknown as { recorded: Recorded };
    w.recorded = { chainChanged: [], accountsChanged: [] };
    window.ethereum!.on('chainChanged', (id: unknown) => w.recorded.chainChanged.push(id));
    window.ethereum!.on('accountsChanged', (a: unknown) => w.recorded.accountsChanged.push(a));
  });
  return () => dapp.evaluate(() => (window as unknown as { recorded: Recorded }).recorded);
}

const hex = (text: string) => `0x${Buffer.from(text, 'utf8').toString('hex')}`;

/** An EIP-4361 message (no trailing line end, as the ABNF has it). */
function siwe({ domain, uri, statement }: { domain: string; uri: string; statement: string }): string {
  return [
    `${domain} wants you to sign in with your Ethereum account:`,
    ANVIL_ACCOUNT_0,
    '',
    statement,
    '',
    `URI: ${uri}`,
    'Version: 1',
    'Chain ID: 31337',
    'Nonce: k3xN9qPz7Rw2',
    `Issued At: ${new Date().toISOString()}`,
  ].join('\n');
}

test('switch to an unknown chain is 4902; add a real second anvil, switch, chainChanged; a lying add is -32602', async ({
  context,
  extensionId,
  popup,
  dapp,
}) => {
  const second = await startAnvil({ args: ['--chain-id', '1337'] });
  try {
    expect(second.chainId).toBe(1337);
    await connectDapp(context, extensionId, popup, dapp);
    const events = await recordEvents(dapp);

    expect((await startRequest(dapp, 'wallet_switchEthereumChain', [{ chainId: '0x1e240' }])).code).toBe(
      4902,
    );

    // The RPC answers 0x539, the site claims 0x53a: refused before any card is shown.
    const lying = await startRequest(dapp, 'wallet_addEthereumChain', [
      {
        chainId: '0x53a',
        chainName: 'Liar',
        rpcUrls: [second.url],
        nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
      },
    ]);
    expect(lying.code).toBe(-32602);
    // No card was opened for it (the connect window closes once its queue is empty).
    await expect.poll(() => approvalPages(context, extensionId).length, { timeout: 15_000 }).toBe(0);

    const added = startRequest(dapp, 'wallet_addEthereumChain', [
      {
        chainId: '0x539',
        chainName: 'Anvil 1337',
        rpcUrls: [second.url],
        nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
      },
    ]);
    const addCard = await cardWindow(context, extensionId, 'Add a network');
    await expect(addCard.getByText(new URL(dapp.url()).origin).first()).toBeVisible();
    await expect(addCard.getByText('Anvil 1337').first()).toBeVisible();
    await approve(addCard);
    const switchCard = await cardWindow(context, extensionId, 'Switch network');
    await expect(switchCard.getByText(/Anvil 1337/).first()).toBeVisible();
    await approve(switchCard);
    expect(await added).toEqual({ result: null });
    expect((await startRequest(dapp, 'eth_chainId')).result).toBe('0x539');
    await expect.poll(async () => (await events()).chainChanged, { timeout: 15_000 }).toEqual(['0x539']);
    // Reads now go to the second anvil: give it a block height the shared one does not have.
    const mainHeight = BigInt(
      (await second.rpc(
        process.env.RINGFENCE_ANVIL_URL ?? 'http://127.0.0.1:8545',
        'eth_blockNumber',
        [],
      )) as string,
    );
    await second.rpc(second.url, 'anvil_mine', [`0x${(mainHeight + 7n).toString(16)}`]);
    const secondHeight = await second.rpc(second.url, 'eth_blockNumber', []);
    expect((await startRequest(dapp, 'eth_blockNumber')).result).toBe(secondHeight);

    const back = startRequest(dapp, 'wallet_switchEthereumChain', [{ chainId: '0x7a69' }]);
    await approve(await cardWindow(context, extensionId, 'Switch network'));
    expect(await back).toEqual({ result: null });
    expect((await startRequest(dapp, 'eth_chainId')).result).toBe('0x7a69');
    await expect
      .poll(async () => (await events()).chainChanged, { timeout: 15_000 })
      .toEqual(['0x539', '0x7a69']);
  } finally {
    await second.stop();
  }
});

test('SIWE for another domain shows a danger and is rejected with 4001; one for this host is a plain sign-in', async ({
  context,
  extensionId,
  popup,
  dapp,
}) => {
  await connectDapp(context, extensionId, popup, dapp);
  const origin = new URL(dapp.url()).origin;
  const host = new URL(dapp.url()).host;

  const evil = siwe({ domain: 'evil.example', uri: 'https://evil.example', statement: 'Sign in to Evil.' });
  const phished = startRequest(dapp, 'personal_sign', [hex(evil), ANVIL_ACCOUNT_0]);
  const phish = await cardWindow(context, extensionId, 'Sign in to evil.example');
  await expect(phish.getByText(origin).first()).toBeVisible();
  const danger = phish.getByRole('alert').filter({ hasText: /danger/i });
  await expect(danger).toHaveCount(1);
  await expect(danger).toContainText('evil.example');
  await expect(danger).toContainText(origin);
  await reject(phish);
  expect((await phished).code).toBe(4001);

  const honest = siwe({ domain: host, uri: `${origin}/`, statement: 'Sign in to the demo.' });
  const signIn = startRequest(dapp, 'personal_sign', [hex(honest), ANVIL_ACCOUNT_0]);
  const page = await cardWindow(context, extensionId, `Sign in to ${host}`);
  await expect(page.getByText(`Sign in to ${host} as`).first()).toBeVisible();
  await expect(page.getByText(/danger/i)).toHaveCount(0);
  await expect(page.locator('.risk')).toHaveCount(0);
  await approve(page);
  const { result } = await signIn;
  expect(await recoverMessageAddress({ message: honest, signature: result as `0x${string}` })).toBe(
    ANVIL_ACCOUNT_0,
  );
});

test('Revoke on Connected sites: eth_accounts is [] and the page hears accountsChanged []', async ({
  context,
  extensionId,
  popup,
  dapp,
}) => {
  await connectDapp(context, extensionId, popup, dapp);
  const origin = new URL(dapp.url()).origin;
  const events = await recordEvents(dapp);
  expect((await startRequest(dapp, 'eth_accounts')).result).toEqual([ANVIL_ACCOUNT_0]);

  await popup.getByRole('button', { name: 'Connected sites' }).click();
  const site = popup.getByRole('listitem').filter({ hasText: origin });
  await expect(site.getByText(origin, { exact: true })).toBeVisible();
  await site.getByRole('button', { name: 'Revoke' }).click();
  await expect(popup.getByText(origin, { exact: true })).toHaveCount(0);

  expect((await startRequest(dapp, 'eth_accounts')).result).toEqual([]);
  await expect.poll(async () => (await events()).accountsChanged, { timeout: 15_000 }).toEqual([[]]);
});

test('a sandboxed frame on the connected origin sees no accounts and cannot sign (4100)', async ({
  context,
  extensionId,
  popup,
  dapp,
}) => {
  await connectDapp(context, extensionId, popup, dapp);
  await dapp.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.src = '/';
    frame.id = 'sandboxed';
    document.body.append(frame);
  });
  await expect.poll(() => dapp.frames().length, { timeout: 15_000 }).toBe(2);
  const frame = dapp.frames().find((f) => f !== dapp.mainFrame())!;
  await frame.waitForFunction(() => typeof window.ethereum?.request === 'function', null, {
    timeout: 20_000,
  });
  expect(await frame.evaluate(() => self.origin)).toBe('null');

  const inFrame = (method: string, params?: unknown) =>
    frame.evaluate(
      ([m, p]) =>
        (window.ethereum!.request as (a: unknown) => Promise<unknown>)({ method: m, params: p }).then(
          (result) => ({ result }),
          (e: { code: number }) => ({ code: e.code }),
        ),
      [method, params] as const,
    );
  expect(await inFrame('eth_accounts')).toEqual({ result: [] });
  expect(await inFrame('personal_sign', [hex('from the sandbox'), ANVIL_ACCOUNT_0])).toEqual({ code: 4100 });
  expect(await inFrame('eth_requestAccounts')).toEqual({ code: 4100 });
  await expect.poll(() => approvalPages(context, extensionId).length, { timeout: 15_000 }).toBe(0);
  // The top page keeps its grant.
  expect((await startRequest(dapp, 'eth_accounts')).result).toEqual([ANVIL_ACCOUNT_0]);
});

test('the worker stopped while a signature waits: the page settles within 20 s, and the next request works', async ({
  context,
  extensionId,
  popup,
  dapp,
}) => {
  await connectDapp(context, extensionId, popup, dapp);
  const text = 'Signed across a worker restart';
  const outcome = dapp.evaluate(
    ([message, account]) =>
      Promise.race([
        (window.ethereum!.request as (a: unknown) => Promise<unknown>)({
          method: 'personal_sign',
          params: [message, account],
        }).then(
          (result) => ({ result }),
          (e: { code: unknown }) => ({ code: e.code }),
        ),
        new Promise((resolve) => setTimeout(() => resolve({ hung: true }), 20_000)),
      ]),
    [hex(text), ANVIL_ACCOUNT_0] as const,
  );
  const { page: shown } = await onApprovalPage(context, extensionId, (p) => p.getByText(text), {
    what: 'the message to sign',
  });
  await stopServiceWorkers(dapp);
  // Try to approve what is on screen; the window may already have switched to its unlock step.
  await shown
    .getByRole('button', { name: 'Approve' })
    .click({ timeout: 3_000 })
    .catch(() => {});
  const settled = (await outcome) as { result?: string; code?: unknown; hung?: true };
  expect(settled.hung, 'personal_sign still pending 20 s after the worker stopped').toBeUndefined();
  if (settled.result !== undefined)
    expect(await recoverMessageAddress({ message: text, signature: settled.result as `0x${string}` })).toBe(
      ANVIL_ACCOUNT_0,
    );
  else expect(settled.code).toBe(4900);

  // A new request wakes the worker; the wallet came back locked, so the window asks to unlock.
  const again = 'After the restart';
  const next = startRequest(dapp, 'personal_sign', [hex(again), ANVIL_ACCOUNT_0]);
  const unlock = await onApprovalPage(
    context,
    extensionId,
    (p) => p.getByRole('button', { name: 'Unlock' }).or(p.getByText(again)),
    { what: 'the unlock step or the new request' },
  );
  if (await unlock.page.getByRole('button', { name: 'Unlock' }).isVisible()) {
    await unlock.page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await unlock.page.getByRole('button', { name: 'Unlock' }).click();
  }
  const { page } = await onApprovalPage(context, extensionId, (p) => p.getByText(again), {
    what: 'the request after the restart',
  });
  await approve(page);
  const { result, code } = await next;
  expect(code).toBeUndefined();
  expect(await recoverMessageAddress({ message: again, signature: result as `0x${string}` })).toBe(
    ANVIL_ACCOUNT_0,
  );
});

test('the local node is no open proxy: far.example gets 4100 until connected; 127.0.0.1 reads', async ({
  demoUrl,
}) => {
  const launched = await launchWithExtension({
    extraArgs: ['--host-resolver-rules=MAP far.example 127.0.0.1'],
  });
  try {
    const { context, extensionId } = launched;
    const port = new URL(demoUrl).port;
    const popup = await newWindowPage(context);
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await importTestWallet(popup);

    const far = await newWindowPage(context);
    await far.goto(`http://far.example:${port}/`);
    await far.waitForFunction(() => typeof window.ethereum?.request === 'function', null, {
      timeout: 20_000,
    });
    // Plain http on a public name is no secure context; the provider must still announce itself.
    expect(await far.evaluate(() => isSecureContext)).toBe(false);
    await expect
      .poll(() => far.evaluate(() => window.demo?.wallets().map((w) => w.rdns) ?? []), { timeout: 15_000 })
      .toContain('app.ringfence');
    const [announced] = await far.evaluate(() => window.demo!.wallets());
    expect(announced?.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const local = await newWindowPage(context);
    await local.goto(demoUrl);

    expect((await startRequest(far, 'eth_chainId')).result).toBe('0x7a69');
    expect((await startRequest(far, 'eth_blockNumber')).code).toBe(4100);
    expect((await startRequest(far, 'eth_getBalance', [ANVIL_ACCOUNT_0, 'latest'])).code).toBe(4100);
    expect((await startRequest(local, 'eth_blockNumber')).result).toMatch(/^0x[0-9a-f]+$/);

    const connecting = startRequest(far, 'eth_requestAccounts');
    await approve(await approvalWindow(context, extensionId, `http://far.example:${port}`));
    expect((await connecting).result).toEqual([ANVIL_ACCOUNT_0]);
    expect((await startRequest(far, 'eth_blockNumber')).result).toMatch(/^0x[0-9a-f]+$/);
  } finally {
    await launched.close();
  }
});
