/**
 * The request card (DESIGN.md "The request markup"): a versioned, chain-agnostic description of
 * one request — who asks, on which chain, for which account, what it means in plain lines, the
 * typed fields behind those lines, the risks, the simulated balance changes and the raw payload.
 * The ring builds cards; the approval window renders any card generically and never parses a raw
 * request. docs/cards.md documents the format for other front ends.
 *
 *   const c = card('message', ctx, { title: 'Sign a message', summary: ['Sign "hello"'] });
 *   v.parse(Card, c); // the same schema filters what the popup receives
 */
import * as v from 'valibot';

export const CARD_VERSION = 1;

/** What a request asks for. A front end may style by kind; the lines carry the meaning. */
export const CardKind = v.picklist([
  'connect',
  'message',
  'sign-in',
  'typed-data',
  'permit',
  'order',
  'transaction',
  'batch',
  'add-chain',
  'switch-chain',
  'watch-asset',
  'psbt',
]);
export type CardKind = v.InferOutput<typeof CardKind>;

/** How a field's value is to be shown; the value itself is always text. */
export const FieldFormat = v.picklist([
  'text',
  'address',
  'amount',
  'hex',
  'date',
  'number',
  'bool',
  'url',
  'json',
]);
export type FieldFormat = v.InferOutput<typeof FieldFormat>;

export interface Field {
  label: string;
  value?: string;
  format?: FieldFormat;
  /** Nested fields (a typed-data struct, a call of a batch). */
  children?: Field[];
}
export const Field: v.GenericSchema<Field> = v.object({
  label: v.pipe(v.string(), v.maxLength(200)),
  value: v.optional(v.pipe(v.string(), v.maxLength(20_000))),
  format: v.optional(FieldFormat),
  children: v.optional(v.pipe(v.array(v.lazy(() => Field)), v.maxLength(500))),
});

/** danger: could lose funds or control; warning: unusual, check it; info: worth knowing. */
export const RiskLevel = v.picklist(['info', 'warning', 'danger']);
export type RiskLevel = v.InferOutput<typeof RiskLevel>;

export const Risk = v.object({
  /** Stable identifier, e.g. 'unlimited-approval', 'siwe-domain-mismatch' (docs/cards.md lists them). */
  code: v.string(),
  level: RiskLevel,
  /** What could happen, in plain words. */
  text: v.string(),
});
export type Risk = v.InferOutput<typeof Risk>;

/** Balance changes from the selected network's own node (eth_simulateV1), never a third party. */
export const Simulation = v.object({
  status: v.picklist(['ok', 'reverted', 'unsupported', 'failed']),
  /** "You send 1 ETH", "You receive 250 USDC", "You lose approval over …". */
  changes: v.array(v.string()),
  /** Why it reverted or failed, as the node said it. */
  detail: v.optional(v.string()),
});
export type Simulation = v.InferOutput<typeof Simulation>;

/** Editable EIP-1559 (or legacy) fee fields of a transaction card, as decimal gwei strings. */
export const FeeChoice = v.object({
  type: v.picklist(['eip1559', 'legacy']),
  maxFeePerGasGwei: v.optional(v.string()),
  maxPriorityFeePerGasGwei: v.optional(v.string()),
  gasPriceGwei: v.optional(v.string()),
  gasLimit: v.string(),
  /** The most this can cost in the native coin, e.g. "0.00042 ETH". */
  maxCost: v.string(),
});
export type FeeChoice = v.InferOutput<typeof FeeChoice>;

/** An account the user may choose on a connect card. */
export const AccountChoice = v.object({
  address: v.string(),
  name: v.string(),
  selected: v.boolean(),
});

/** The rules' verdict on the request (src/policy, docs/rules.md): the card's "Why?" section. */
export const CardPolicy = v.object({
  verdict: v.picklist(['allow', 'confirm', 'confirm-with-password', 'deny']),
  /** The deciding rules' reasons, in plain words. */
  reasons: v.pipe(v.array(v.pipe(v.string(), v.maxLength(1000))), v.maxLength(100)),
  /** Every rule that matched, most specific first; `decisive` marks those that decided. */
  matched: v.pipe(
    v.array(
      v.object({
        ruleId: v.pipe(v.string(), v.maxLength(64)),
        verdict: v.picklist(['allow', 'confirm', 'confirm-with-password', 'deny']),
        reason: v.pipe(v.string(), v.maxLength(1000)),
        decisive: v.boolean(),
      }),
    ),
    v.maxLength(1000),
  ),
});
export type CardPolicy = v.InferOutput<typeof CardPolicy>;

export const Card = v.object({
  v: v.literal(CARD_VERSION),
  kind: CardKind,
  /** The exact origin that asked (serialised, e.g. "https://app.example"). */
  origin: v.string(),
  chain: v.optional(v.object({ id: v.number(), name: v.string() })),
  /** The account that would sign or send (EIP-55). */
  account: v.optional(v.string()),
  title: v.string(),
  /** Plain-language lines, most important first ("Send 1 ETH to 0xAbC…"). */
  summary: v.array(v.string()),
  fields: v.array(Field),
  risks: v.array(Risk),
  simulation: v.optional(Simulation),
  fees: v.optional(FeeChoice),
  /** Connect cards: the accounts to pick from. */
  accounts: v.optional(v.array(AccountChoice)),
  /** The raw request as JSON text, for experts (folded by default). */
  raw: v.pipe(v.string(), v.maxLength(200_000)),
  /** Why the ring asks: the rules that matched (set by the ring after the card is built). */
  policy: v.optional(CardPolicy),
});
export type Card = v.InferOutput<typeof Card>;

export type CardBody = Omit<Card, 'v' | 'kind' | 'origin' | 'raw' | 'fields' | 'risks' | 'policy'> &
  Partial<Pick<Card, 'fields' | 'risks'>>;

/** What every decoder is told about the request's surroundings. */
export interface CardBase {
  origin: string;
  chain?: { id: number; name: string };
  account?: string;
  /** The raw request, shown folded. */
  raw: unknown;
}

const MAX_RAW = 200_000;

const bigintAsText = (_k: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value);

function rawText(raw: unknown): string {
  let text: string;
  try {
    // Most payloads hold no bigint: without a replacer JSON.stringify takes its fast path and writes
    // the same text (the replacer changes bigints only, and those make it throw instead).
    text = JSON.stringify(raw, null, 2) ?? '';
  } catch {
    try {
      text = JSON.stringify(raw, bigintAsText, 2) ?? '';
    } catch {
      text = String(raw);
    }
  }
  return text.length > MAX_RAW ? `${text.slice(0, MAX_RAW - 20)}\n… (truncated)` : text;
}

/** Builds a card of `kind` from its base and body; fields and risks default to empty lists. */
export function card(kind: CardKind, base: CardBase, body: CardBody): Card {
  return {
    v: CARD_VERSION,
    kind,
    origin: base.origin,
    ...(base.chain ? { chain: base.chain } : {}),
    ...(base.account ? { account: base.account } : {}),
    ...body,
    fields: body.fields ?? [],
    risks: body.risks ?? [],
    raw: rawText(base.raw),
  };
}

export function risk(code: string, level: RiskLevel, text: string): Risk {
  return { code, level, text };
}
