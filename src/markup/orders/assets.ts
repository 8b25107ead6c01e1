/**
 * What an order moves, and how a card line names it: the native coin, an ERC-20 amount with the
 * token's own symbol and decimals (read by the ring through ChainFacts), or an NFT by collection
 * and id. A token the chain does not describe is shown by short address in raw base units, never
 * with guessed decimals.
 *
 *   const a = tokenAsset('0xA0b8…eB48', 100_000_000n);
 *   await assetText(a, facts, 'give'); // '100 USDC'
 */
import type { Field } from '../card';
import type { ChainFacts, TokenInfo } from '../facts';
import { formatAmount, formatUnits, shortAddress } from '../format';
import { isZeroAddress, NATIVE_PLACEHOLDER, sameAddress } from './read';

/** erc721/erc1155 carry `id`; the *-criteria kinds mean "any id of the collection (in a list)". */
export type AssetKind = 'native' | 'erc20' | 'erc721' | 'erc1155' | 'erc721-criteria' | 'erc1155-criteria';

export interface Asset {
  kind: AssetKind;
  /** Contract address; ignored for 'native'. */
  token: string;
  /** Base units (ERC-20, native), or a count (NFTs). */
  amount: bigint;
  /** NFT token id, or the criteria (merkle root, 0 = any) for the *-criteria kinds. */
  id?: bigint;
}

/** An ERC-20 amount, or the native coin when the exchange uses the zero or 0xEeee… placeholder. */
export function tokenAsset(token: string, amount: bigint): Asset {
  const native = isZeroAddress(token) || sameAddress(token, NATIVE_PLACEHOLDER);
  return { kind: native ? 'native' : 'erc20', token, amount };
}

export function isNft(asset: Asset): boolean {
  return asset.kind !== 'native' && asset.kind !== 'erc20';
}

/** Same thing (kind, token, id), so amounts can be added up. */
export function sameAsset(a: Asset, b: Asset): boolean {
  return a.kind === b.kind && (a.kind === 'native' || sameAddress(a.token, b.token)) && a.id === b.id;
}

/** Adds up the amounts of equal assets, keeping first-seen order. */
export function total(assets: readonly Asset[]): Asset[] {
  const out: Asset[] = [];
  for (const asset of assets) {
    const seen = out.find((o) => sameAsset(o, asset));
    if (seen) seen.amount += asset.amount;
    else out.push({ ...asset });
  }
  return out;
}

async function tokenInfo(facts: ChainFacts, token: string): Promise<TokenInfo | undefined> {
  try {
    const info = await facts.token(token);
    // A token contract's answer is untrusted: decimals outside 0..255 would make formatUnits throw.
    return info && Number.isInteger(info.decimals) && info.decimals >= 0 && info.decimals <= 255
      ? info
      : undefined;
  } catch {
    return undefined; // An unreadable token is shown by address and raw units, not as a failed card.
  }
}

function nftName(asset: Asset): string {
  const collection = shortAddress(asset.token);
  const count = asset.kind.startsWith('erc1155') && asset.amount !== 1n ? `${asset.amount} × ` : '';
  if (asset.kind.endsWith('criteria'))
    return `${count}${asset.id ? 'an NFT from a list' : 'any NFT'} of ${collection}`;
  return `${count}NFT #${asset.id} of ${collection}`;
}

/**
 * "100 USDC", "1.2 ETH", "NFT #1234 of 0xBC4C…f13D", "5000 0x1234…abcd" (unknown token). What the
 * signer gives may be "an unlimited amount of" (the max-uint idiom); what they get is always a number.
 */
export async function assetText(asset: Asset, facts: ChainFacts, side: 'give' | 'get'): Promise<string> {
  if (isNft(asset)) return nftName(asset);
  const info =
    asset.kind === 'native'
      ? { symbol: facts.nativeSymbol, decimals: facts.nativeDecimals }
      : ((await tokenInfo(facts, asset.token)) ?? { symbol: shortAddress(asset.token), decimals: 0 });
  return side === 'give'
    ? formatAmount(asset.amount, info.decimals, info.symbol)
    : `${formatUnits(asset.amount, info.decimals)} ${info.symbol}`;
}

/** A card field for one asset: the readable amount, with the full contract address and raw units. */
export async function assetField(label: string, asset: Asset, facts: ChainFacts, side: 'give' | 'get') {
  const children: Field[] = [];
  if (asset.kind !== 'native')
    children.push({ label: 'Token contract', value: asset.token, format: 'address' });
  if (asset.id !== undefined)
    children.push({
      label: asset.kind.endsWith('criteria') ? 'Criteria' : 'Token id',
      value: String(asset.id),
    });
  children.push({
    label: isNft(asset) ? 'Count' : 'Base units',
    value: String(asset.amount),
    format: 'number',
  });
  const field: Field = { label, value: await assetText(asset, facts, side), format: 'amount', children };
  return field;
}
