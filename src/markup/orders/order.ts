/**
 * The one shape every order decoder fills in — what the signer gives, what comes back and to whom,
 * until when — and the card built from it. The risks are judged here, once, so every exchange is
 * held to the same rules:
 * - `order-receiver-differs` (danger): the proceeds go to someone who is not the signer;
 * - `order-no-expiry` (warning): the order never expires, or only in more than a year;
 * - `order-nothing-back` (danger): the signer gives something and gets nothing back.
 *
 *   const order: Order = { protocol: 'CoW Protocol', side: 'sell', give, get, expiry: 1700000000n, fields: [] };
 *   const c = await buildOrderCard(data, [order], ctx); // c.summary[0] === 'Sell 100 USDC for at least 0.03 WETH'
 */
import { type Card, type CardBase, card, type Field, type Risk, risk } from '../card';
import type { ChainFacts, TypedData } from '../facts';
import { formatTime, shortAddress } from '../format';
import { type Asset, assetField, assetText, isNft, sameAsset, total } from './assets';
import { domainLabel, greatest, isZeroAddress, sameAddress } from './read';

/** Something the order pays out; `to` undefined means the order's owner. */
export interface Receipt extends Asset {
  to?: string;
}

export interface Order {
  /** The exchange, for the title ("CoW Protocol"). */
  protocol: string;
  /** 'buy': a fixed amount bought for at most `give` (CoW kind "buy"); 'sell': everything else. */
  side: 'sell' | 'buy';
  /** The most the owner can lose. */
  give: Asset[];
  /** The least that is paid out, with recipients. */
  get: Receipt[];
  /** Maker / offerer / swapper named in the order; may be a contract wallet of the signer. */
  owner?: string;
  /** UNIX seconds; undefined when the order states none. */
  expiry?: bigint;
  /** Why there is no expiry, when the usual "never expires" would be wrong. */
  noExpiry?: string;
  /** Protocol-specific fields, shown after the common ones. */
  fields: Field[];
}

export interface OrderContext {
  base: CardBase;
  facts: ChainFacts;
  /** UNIX seconds, passed in so decoding stays a pure function of its inputs. */
  now: bigint;
}

/** Orders valid for longer than this are as good as standing orders at a price that will go stale. */
const FAR_EXPIRY = 365n * 24n * 3600n;

function selfOf(order: Order, ctx: OrderContext): (to: string | undefined) => boolean {
  const mine = [ctx.base.account, order.owner, ...ctx.facts.ownAccounts];
  return (to) => to === undefined || isZeroAddress(to) || mine.some((a) => sameAddress(a, to));
}

/** Who gets paid what: the owner's share and everyone else's, equal assets added up. */
function split(order: Order, ctx: OrderContext) {
  const isSelf = selfOf(order, ctx);
  const mine = total(order.get.filter((r) => isSelf(r.to)));
  const others = order.get.filter((r) => !isSelf(r.to));
  return { mine, others };
}

/** The expiry that counts, or undefined for none ('never' = past what a date can show). */
function expiryOf(order: Order): bigint | undefined {
  return order.expiry === undefined || formatTime(order.expiry) === 'never' ? undefined : order.expiry;
}

async function line(order: Order, ctx: OrderContext): Promise<string> {
  const { facts } = ctx;
  const { mine, others } = split(order, ctx);
  const give = (await Promise.all(total(order.give).map((a) => assetText(a, facts, 'give')))).join(' and ');
  const named = (to: string) => facts.nameOf(to) ?? shortAddress(to);
  const got = mine.length
    ? await Promise.all(mine.map((a) => assetText(a, facts, 'get')))
    : await Promise.all(others.map(async (r) => `${await assetText(r, facts, 'get')} to ${named(r.to!)}`));
  const get = got.join(' and ') || 'nothing';
  if (order.side === 'buy') return `Buy ${get} for at most ${give}`;
  // "at least" fits amounts; one NFT is exactly that NFT.
  const bound = mine.length && mine.every(isNft) ? '' : 'at least ';
  return `Sell ${give} for ${got.length ? bound : ''}${get}`;
}

function risksOf(order: Order, ctx: OrderContext): Risk[] {
  const risks: Risk[] = [];
  const { mine, others } = split(order, ctx);
  // Paid out to others and not to you ("all to the attacker"), or more to them than to you ("1 wei
  // to you, the rest to them"). A cut of what you give (a marketplace fee taken from your WETH
  // offer) and fees smaller than your share (royalties, interface fees) are how exchanges work.
  const outweighed = others.find((o) => {
    if (mine.length && order.give.some((g) => sameAsset(g, o))) return false;
    const own = mine.find((m) => sameAsset(m, o));
    const theirs = total(others.filter((x) => sameAsset(x, o)))[0]!.amount;
    return !own || own.amount < theirs;
  });
  if (outweighed)
    risks.push(
      risk(
        'order-receiver-differs',
        'danger',
        `What this order pays out goes to ${outweighed.to}, not to you. Sign only if you meant to pay that address.`,
      ),
    );
  if (order.give.length && !order.get.length)
    risks.push(risk('order-nothing-back', 'danger', 'You get nothing back: anyone may take what you give.'));
  const expiry = expiryOf(order);
  if (expiry === undefined)
    risks.push(
      risk(
        'order-no-expiry',
        'warning',
        order.noExpiry ??
          'This order never expires: it can be filled at this price until you cancel it on-chain.',
      ),
    );
  else if (expiry > ctx.now + FAR_EXPIRY)
    risks.push(
      risk(
        'order-no-expiry',
        'warning',
        `This order stays valid until ${formatTime(expiry)}, more than a year: the price may be stale long before.`,
      ),
    );
  return risks;
}

async function fieldsOf(order: Order, ctx: OrderContext): Promise<Field[]> {
  const { facts } = ctx;
  const { mine, others } = split(order, ctx);
  const fields: Field[] = [];
  for (const a of total(order.give)) fields.push(await assetField('You give at most', a, facts, 'give'));
  for (const a of mine) fields.push(await assetField('You get at least', a, facts, 'get'));
  for (const r of others) {
    const field = await assetField('Paid to someone else', r, facts, 'get');
    field.children?.unshift({ label: 'Recipient', value: r.to, format: 'address' });
    fields.push(field);
  }
  if (order.owner) fields.push({ label: 'Order owner', value: order.owner, format: 'address' });
  const expiry = expiryOf(order);
  fields.push(
    expiry === undefined
      ? { label: 'Expires', value: 'never' }
      : { label: 'Expires', value: formatTime(expiry), format: 'date' },
  );
  return [...fields, ...order.fields];
}

/** The card for one signature over `orders` (one order, or a Seaport bulk listing). */
export async function buildOrderCard(data: TypedData, orders: Order[], ctx: OrderContext): Promise<Card> {
  const first = orders[0]!;
  const summary = await Promise.all(orders.map((o) => line(o, ctx)));
  const expiries = orders.map(expiryOf);
  if (expiries.every((e) => e !== undefined)) {
    summary.push(`Expires ${formatTime(greatest(expiries as bigint[])!)}`);
  }
  const fields: Field[] = [
    { label: 'Exchange', value: `${first.protocol} (${domainLabel(data) || 'no domain name'})` },
  ];
  if (typeof data.domain.verifyingContract === 'string')
    fields.push({ label: 'Exchange contract', value: data.domain.verifyingContract, format: 'address' });
  const perOrder = await Promise.all(orders.map((o) => fieldsOf(o, ctx)));
  if (orders.length === 1) fields.push(...perOrder[0]!);
  else
    for (const [i, children] of perOrder.entries())
      fields.push({ label: `Order ${i + 1}`, value: summary[i], children });
  const codes = new Set<string>();
  const risks = orders.flatMap((o) => risksOf(o, ctx)).filter((r) => !codes.has(r.code) && codes.add(r.code));
  const title =
    orders.length === 1
      ? `Sign an exchange order (${first.protocol})`
      : `Sign ${orders.length} exchange orders (${first.protocol})`;
  return card('order', ctx.base, { title, summary, fields, risks });
}
