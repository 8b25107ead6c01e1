import 'fake-indexeddb/auto';
import { recoverMessageAddress, recoverTypedDataAddress } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { describe, expect, it } from 'vitest';
import { createJsonRpcClient } from '../chains/evm/jsonRpc';
import mail from '../fixtures/eip712-mail-example.json';
import { ANVIL_ACCOUNTS, startAnvil, waitForReceipt } from '../testing/anvil';
import { anvilPerFile } from '../testing/anvilPerFile';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from '../wallet/testHarness';

// The whole dapp path inside the ring, against a real anvil: router → approval queue → card →
// the test answers as the user would on the approval window → ring signs → node.
const SITE = 'http://127.0.0.1:5173';
const [A0, A1] = [ANVIL_ACCOUNTS[0]!, ANVIL_ACCOUNTS[1]!];
const chain = anvilPerFile();

async function wallet() {
  const w = await harness({ rpc: createJsonRpcClient(), rpcUrl: chain().url });
  await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
  return w;
}
type W = Awaited<ReturnType<typeof wallet>>;
const req = (w: W, method: string, params?: unknown, origin = SITE) => w.route(origin, { method, params });

async function connected(): Promise<W> {
  const w = await wallet();
  const pending = req(w, 'eth_requestAccounts');
  await w.answer('approve');
  expect(await pending).toEqual({ result: [A0.address] });
  return w;
}

describe('dapp path in the ring against anvil', () => {
  it('connect: rejected → 4001, approved → the chosen account, and accountsChanged', async () => {
    const w = await wallet();
    expect(await req(w, 'eth_accounts')).toEqual({ result: [] });
    const first = req(w, 'eth_requestAccounts');
    const shown = await w.answer('reject');
    expect(shown.card).toMatchObject({ kind: 'connect', origin: SITE });
    expect(await first).toMatchObject({ error: { code: 4001 } });
    await w.ok('addAccount', {});
    const second = req(w, 'eth_requestAccounts');
    await w.answer('approve', { accounts: [A1.address] });
    expect(await second).toEqual({ result: [A1.address] });
    expect(await req(w, 'eth_accounts')).toEqual({ result: [A1.address] });
    expect(w.events).toContainEqual({ origin: SITE, event: 'accountsChanged', data: [A1.address] });
  });

  it('personal_sign recovers to the account; eth_sign is refused with 4200', async () => {
    const w = await connected();
    const message = 'Hello from Ringfence';
    const hex = `0x${Buffer.from(message).toString('hex')}`;
    const pending = req(w, 'personal_sign', [hex, A0.address]);
    const shown = await w.answer('approve');
    expect(shown.card.fields.map((f) => f.value).join(' ')).toContain(message);
    const { result } = (await pending) as { result: `0x${string}` };
    expect(await recoverMessageAddress({ message, signature: result })).toBe(A0.address);
    expect(await req(w, 'eth_sign', [A0.address, `0x${'11'.repeat(32)}`])).toMatchObject({
      error: { code: 4200 },
    });
    const audit = w.ring.audit.query({ kind: 'sign' });
    expect(audit.at(-1)?.reason).toContain(SITE);
  });

  it('eth_signTypedData_v4 of the EIP-712 Mail example on chain 31337 equals viem’s signature', async () => {
    const w = await connected();
    const typedData = { ...(mail.typedData as object), domain: { ...mail.typedData.domain, chainId: 31337 } };
    const pending = req(w, 'eth_signTypedData_v4', [A0.address, JSON.stringify(typedData)]);
    await w.answer('approve');
    const { result } = (await pending) as { result: string };
    const viemSig = await privateKeyToAccount(A0.privateKey).signTypedData(typedData as never);
    expect(result).toBe(viemSig);
    expect(
      await recoverTypedDataAddress({
        ...(typedData as object),
        signature: result as `0x${string}`,
      } as never),
    ).toBe(A0.address);
    const wrongChain = await req(w, 'eth_signTypedData_v4', [A0.address, mail.typedData]);
    expect(wrongChain).toMatchObject({
      error: { code: -32602, message: expect.stringContaining('chainId') },
    });
  });

  it('sends 1 ETH: the card shows the simulated change, the tx is type 2 and mined, +1 ETH exactly', async () => {
    const w = await connected();
    const rpc = chain().rpc;
    const before = BigInt((await rpc(chain().url, 'eth_getBalance', [A1.address, 'latest'])) as string);
    const pending = req(w, 'eth_sendTransaction', [
      { from: A0.address, to: A1.address, value: '0xde0b6b3a7640000' },
    ]);
    const shown = await w.answer('approve');
    expect(shown.card.summary[0]).toMatch(/Send 1 ETH/);
    expect(shown.card.simulation).toEqual({ status: 'ok', changes: ['You send 1 ETH'] });
    expect(shown.card.fees?.type).toBe('eip1559');
    const { result: hash } = (await pending) as { result: string };
    const receipt = (await waitForReceipt(rpc, chain().url, hash as `0x${string}`)) as unknown as {
      status: string;
      type: string;
    };
    expect(receipt).toMatchObject({ status: '0x1', type: '0x2' });
    const after = BigInt((await rpc(chain().url, 'eth_getBalance', [A1.address, 'latest'])) as string);
    expect(after - before).toBe(10n ** 18n);
    const activity = await w.ok('getActivity', {});
    expect(activity.items).toEqual([expect.objectContaining({ hash, status: 'mined' })]);
  });

  it('switch to an unknown chain → 4902; add it (its RPC answers the claimed id), then switch', async () => {
    const other = await startAnvil({ args: ['--chain-id', '1337'] });
    try {
      const w = await connected();
      expect(await req(w, 'wallet_switchEthereumChain', [{ chainId: '0x539' }])).toMatchObject({
        error: { code: 4902 },
      });
      const lying = await req(w, 'wallet_addEthereumChain', [
        { chainId: '0x540', chainName: 'Liar', rpcUrls: [other.url] },
      ]);
      expect(lying).toMatchObject({ error: { code: -32602 } });
      const add = req(w, 'wallet_addEthereumChain', [
        { chainId: '0x539', chainName: 'Second', rpcUrls: [other.url] },
      ]);
      expect((await w.answer('approve')).card.kind).toBe('add-chain');
      expect((await w.answer('approve')).card.kind).toBe('switch-chain');
      expect(await add).toEqual({ result: null });
      expect(await req(w, 'eth_chainId')).toEqual({ result: '0x539' });
      const back = req(w, 'wallet_switchEthereumChain', [{ chainId: '0x7a69' }]);
      await w.answer('approve');
      expect(await back).toEqual({ result: null });
      expect(await req(w, 'eth_chainId')).toEqual({ result: '0x7a69' });
    } finally {
      await other.stop();
    }
  });

  it('an opaque origin gets [] and 4100; revoke empties eth_accounts and tells the page', async () => {
    const w = await connected();
    expect(await req(w, 'eth_accounts', [], 'null')).toEqual({ result: [] });
    expect(await req(w, 'personal_sign', ['0x68', A0.address], 'null')).toMatchObject({
      error: { code: 4100 },
    });
    expect(await req(w, 'eth_requestAccounts', [], 'null')).toMatchObject({ error: { code: 4100 } });
    await w.ok('revokeSite', { origin: SITE });
    expect(await req(w, 'eth_accounts')).toEqual({ result: [] });
    expect(w.events.at(-1)).toEqual({ origin: SITE, event: 'accountsChanged', data: [] });
  });

  it('a local node serves only connected or local origins; a flood of one origin is rate-limited', async () => {
    const w = await wallet();
    const far = 'https://far.example';
    expect(await req(w, 'eth_blockNumber', [], far)).toMatchObject({ error: { code: 4100 } });
    expect(await req(w, 'eth_blockNumber')).toMatchObject({ result: expect.stringMatching(/^0x/) });
    const answers = await Promise.all(Array.from({ length: 260 }, () => req(w, 'eth_blockNumber')));
    expect(answers.filter((a) => 'error' in a && a.error.code === -32005).length).toBeGreaterThan(0);
  });

  it('a site may have only a few approvals waiting; more get -32002, and a 2 MiB request -32600', async () => {
    const w = await wallet();
    const waiting = Array.from({ length: 5 }, () => req(w, 'eth_requestAccounts'));
    expect(await req(w, 'eth_requestAccounts')).toMatchObject({ error: { code: -32002 } });
    w.approvals.rejectAll();
    for (const r of await Promise.all(waiting)) expect(r).toMatchObject({ error: { code: 4001 } });
    expect(await req(w, 'eth_call', [{ data: `0x${'00'.repeat(1 << 20)}` }])).toMatchObject({
      error: { code: -32600 },
    });
  });
});
