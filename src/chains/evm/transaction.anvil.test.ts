// End to end on a real chain: transactions signed by our serializer + noble are accepted by anvil.
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANVIL_ACCOUNTS, ANVIL_CHAIN_ID, waitForReceipt } from '../../testing/anvil';
import { anvilPerFile } from '../../testing/anvilPerFile';
import { deployContract, testContracts } from '../../testing/contracts';
import { encodeCall, SELECTORS } from './abi';
import { type Address, toChecksumAddress } from './address';
import { decodeSignedTransaction } from './decodeTransaction';
import { balanceOf } from './erc20';
import { estimateGas, nextNonce, suggestFees } from './fees';
import { type Hex, hexToBytes, parseData, parseQuantity } from './hex';
import { type EvmTransaction, serializeSigned, signingHash, transactionHash } from './transaction';

const chain = anvilPerFile();
const ETH = 10n ** 18n;
const sender = ANVIL_ACCOUNTS[2]!;
const key = hexToBytes(sender.privateKey.slice(2));

async function balance(address: Address): Promise<bigint> {
  return parseQuantity(await chain().rpc(chain().url, 'eth_getBalance', [address, 'latest']), 'balance');
}

/** Signs like the ring and broadcasts; returns the receipt after checking the node's hash is ours. */
async function send(tx: EvmTransaction) {
  const rec = secp256k1.sign(signingHash(tx), key, { prehash: false, format: 'recovered' });
  const raw = serializeSigned(tx, secp256k1.Signature.fromBytes(rec, 'recovered') as never);
  expect(decodeSignedTransaction(raw).from).toBe(sender.address);
  const hash = (await chain().rpc(chain().url, 'eth_sendRawTransaction', [raw])) as Hex;
  expect(hash).toBe(transactionHash(raw));
  return { hash, ...(await waitForReceipt(chain().rpc, chain().url, hash)) };
}

function freshAddress(): Address {
  return toChecksumAddress(secp256k1.utils.randomSecretKey().subarray(0, 20));
}

/** The fee fields of the node's EIP-1559 suggestion (anvil runs a post-London fork). */
async function fees1559() {
  const fees = await suggestFees(chain().rpc, chain().url);
  if (fees.type !== 'eip1559') throw new Error('anvil should be post-London');
  return { maxFeePerGas: fees.maxFeePerGas, maxPriorityFeePerGas: fees.maxPriorityFeePerGas };
}

async function common() {
  const { rpc, url } = chain();
  return {
    chainId: ANVIL_CHAIN_ID,
    nonce: await nextNonce(rpc, url, sender.address),
    data: new Uint8Array(0),
  };
}

describe('signed transactions on anvil', () => {
  it('EIP-1559: 1 ETH arrives exactly; the sender pays 1 ETH + gasUsed × effectiveGasPrice', async () => {
    const { rpc, url } = chain();
    const to = freshAddress();
    const fees = await fees1559();
    const gas = await estimateGas(rpc, url, { from: sender.address, to, value: ETH });
    expect(gas).toBe(21_000n);
    const before = await balance(sender.address);
    const receipt = await send({ type: 'eip1559', ...(await common()), to, value: ETH, gas, ...fees });
    expect(receipt.status).toBe('0x1');
    expect(await balance(to)).toBe(ETH);
    const fee = parseQuantity(receipt.gasUsed, 'gasUsed') * parseQuantity(receipt.effectiveGasPrice, 'price');
    expect(before - (await balance(sender.address))).toBe(ETH + fee);
  });

  it('legacy (EIP-155, v = 2 × 31337 + 35 + recovery): 1 ETH arrives exactly', async () => {
    const { rpc, url } = chain();
    const to = freshAddress();
    const gasPrice = parseQuantity(await rpc(url, 'eth_gasPrice', []), 'gasPrice');
    const tx: EvmTransaction = {
      type: 'legacy',
      ...(await common()),
      to,
      value: ETH,
      gas: 21_000n,
      gasPrice,
    };
    const receipt = await send(tx);
    expect(receipt.status).toBe('0x1');
    expect(await balance(to)).toBe(ETH);
    const onChain = (await rpc(url, 'eth_getTransactionByHash', [receipt.hash])) as { type: Hex; v: Hex };
    expect(onChain.type).toBe('0x0');
    expect([0n, 1n]).toContain(parseQuantity(onChain.v, 'v') - 2n * 31337n - 35n);
  });

  describe('with calldata', () => {
    let token: Address;
    beforeAll(async () => {
      const { TestToken } = await testContracts();
      token = await deployContract(chain().rpc, chain().url, sender.address, TestToken.bytecode, [
        1000n * ETH,
      ]);
    }, 120_000);

    it('an ERC-20 transfer with the padded gas estimate moves the tokens', async () => {
      const { rpc, url } = chain();
      const to = freshAddress();
      const data = encodeCall(SELECTORS.transfer, [to, 5n * ETH]);
      const nodeEstimate = parseQuantity(
        await rpc(url, 'eth_estimateGas', [{ from: sender.address, to: token, data }]),
        'estimate',
      );
      const gas = await estimateGas(rpc, url, { from: sender.address, to: token, data });
      expect(gas).toBe((nodeEstimate * 12n + 9n) / 10n);
      const fees = await fees1559();
      const receipt = await send({
        type: 'eip1559',
        ...(await common()),
        ...fees,
        to: token,
        value: 0n,
        gas,
        data: parseData(data, 'data'),
      });
      expect(receipt.status).toBe('0x1');
      expect(await balanceOf(rpc, url, token, to)).toBe(5n * ETH);
    });

    it('a contract creation (no `to`) deploys the code', async () => {
      const { rpc, url } = chain();
      const { Reverter } = await testContracts();
      const fees = await fees1559();
      const data = parseData(Reverter.bytecode, 'bytecode');
      const gas = await estimateGas(rpc, url, { from: sender.address, data });
      const receipt = await send({ type: 'eip1559', ...(await common()), ...fees, value: 0n, gas, data });
      expect(receipt.status).toBe('0x1');
      const code = (await rpc(url, 'eth_getCode', [receipt.contractAddress, 'latest'])) as string;
      expect(code.length).toBeGreaterThan(2);
    });
  });
});
