/**
 * The demo exchange: asks the wallet to sign a CoW Protocol (Gnosis Protocol v2) sell order —
 * 100 of one token for at least 0.03 of a WETH-like one — and checks the signature with viem, as
 * an exchange's back end would before accepting the order. https://docs.cow.fi (signing schemes)
 *
 *   exchange.html?sell=0x…&buy=0x…   // tokens deployed by a test; defaults are mainnet USDC / WETH
 *   await window.exchange.signOrder(); // { signature, address, valid: true }
 */
import { type Address, erc20Abi, isAddress, keccak256, parseUnits, toBytes, verifyTypedData } from 'viem';
import { onClick, publicClient, run, show, viemTypedData, walletClient } from './dapp';
import type { ExchangeApi, TypedDataRequest } from './globals';

/** GPv2Settlement: the same address on every chain CoW Protocol runs on. */
const SETTLEMENT: Address = '0x9008D19f58AAbD9eD0D60971565AA8510560ab41';
const ZERO: Address = '0x0000000000000000000000000000000000000000';
/** Real-looking defaults (mainnet USDC, WETH) with their decimals, for chains where they do not exist. */
const DEFAULT_SELL = { token: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48' as Address, decimals: 6 };
const DEFAULT_BUY = { token: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2' as Address, decimals: 18 };
const VALID_FOR_SECONDS = 30 * 60;

/** GPv2Order.Data as EIP-712 types (cowprotocol/contracts src/ts/order.ts). */
const ORDER_TYPES = {
  Order: [
    { name: 'sellToken', type: 'address' },
    { name: 'buyToken', type: 'address' },
    { name: 'receiver', type: 'address' },
    { name: 'sellAmount', type: 'uint256' },
    { name: 'buyAmount', type: 'uint256' },
    { name: 'validTo', type: 'uint32' },
    { name: 'appData', type: 'bytes32' },
    { name: 'feeAmount', type: 'uint256' },
    { name: 'kind', type: 'string' },
    { name: 'partiallyFillable', type: 'bool' },
    { name: 'sellTokenBalance', type: 'string' },
    { name: 'buyTokenBalance', type: 'string' },
  ],
};

/** `?name=0x…` from the page URL when it is an address; anything else is ignored, not guessed at. */
function tokenFromUrl(name: string): Address | undefined {
  const value = new URLSearchParams(location.search).get(name);
  return value && isAddress(value) ? value : undefined;
}

/** decimals() of a deployed token; the default when the address holds no token (a bare anvil). */
async function decimalsOf(token: Address, fallback: number): Promise<number> {
  try {
    return await publicClient().readContract({ address: token, abi: erc20Abi, functionName: 'decimals' });
  } catch {
    return fallback;
  }
}

async function buildOrder(chainId: number): Promise<TypedDataRequest> {
  const sellToken = tokenFromUrl('sell') ?? DEFAULT_SELL.token;
  const buyToken = tokenFromUrl('buy') ?? DEFAULT_BUY.token;
  const sellDecimals = await decimalsOf(sellToken, DEFAULT_SELL.decimals);
  const buyDecimals = await decimalsOf(buyToken, DEFAULT_BUY.decimals);
  return {
    domain: { name: 'Gnosis Protocol', version: 'v2', chainId, verifyingContract: SETTLEMENT },
    types: ORDER_TYPES,
    primaryType: 'Order',
    // Amounts as decimal strings: JSON-able for tests, and what the CoW order book API returns.
    message: {
      sellToken,
      buyToken,
      receiver: ZERO, // GPv2: zero means "the owner", i.e. the signer
      sellAmount: parseUnits('100', sellDecimals).toString(),
      buyAmount: parseUnits('0.03', buyDecimals).toString(),
      validTo: Math.floor(Date.now() / 1000) + VALID_FOR_SECONDS,
      appData: keccak256(toBytes('{"appCode":"Ringfence demo exchange","version":"1.0.0"}')),
      feeAmount: '0',
      kind: 'sell',
      partiallyFillable: false,
      sellTokenBalance: 'erc20',
      buyTokenBalance: 'erc20',
    },
  };
}

let account: Address | undefined;

const exchange: ExchangeApi = {
  order: undefined,
  connect: () =>
    run('order-error', async () => {
      const [address] = await walletClient().requestAddresses();
      if (!address) throw new Error('The wallet granted no account');
      const chainId = await walletClient().getChainId();
      account = address;
      exchange.order = await buildOrder(chainId);
      show('exchange-account', address);
      show('exchange-chain', String(chainId));
      show('order-json', JSON.stringify(exchange.order, null, 2));
      return { address, chainId };
    }),
  signOrder: async () => {
    if (!account || !exchange.order) await exchange.connect();
    return run('order-error', async () => {
      show('order-signature', '…');
      show('order-verified', '…');
      const order = exchange.order!;
      const address = account!;
      const signature = await walletClient().signTypedData({ account: address, ...viemTypedData(order) });
      // Recovers the signer from the signature over the same typed data: what the order book checks.
      const valid = await verifyTypedData({ address, signature, ...viemTypedData(order) });
      show('order-signature', signature);
      show('order-verified', `Signature valid: ${valid}`);
      return { signature, address, valid };
    });
  },
};
window.exchange = exchange;

onClick('exchange-connect', () => exchange.connect());
onClick('sign-order', () => exchange.signOrder());
