/**
 * Any EIP-712 typed data → a readable tree card (https://eips.ethereum.org/EIPS/eip-712): the
 * domain and the message, nested per struct and array as `types` declares them, each value shown
 * by its Solidity type. It names nothing it cannot read; it only lays the data out.
 *
 *   treeCard(mail, base, facts).fields[1]; // { label: 'Mail', children: [{ label: 'from', children: […] }, …] }
 */
import { type Card, type CardBase, card, type Field } from '../card';
import { clip } from '../describe';
import type { ChainFacts, TypedData } from '../facts';
import { addressOf, boolOf, intOf, recordOf } from './shape';

type Names = Pick<ChainFacts, 'nameOf'>;
type Members = readonly { name: string; type: string }[];

const MAX_DEPTH = 12;
const MAX_CHILDREN = 500; // the Card schema's limit

// The standard domain fields (EIP-712 "Definition of domainSeparator"), for a request without EIP712Domain.
const DOMAIN: Members = [
  { name: 'name', type: 'string' },
  { name: 'version', type: 'string' },
  { name: 'chainId', type: 'uint256' },
  { name: 'verifyingContract', type: 'address' },
  { name: 'salt', type: 'bytes32' },
];

const ARRAY_RE = /^(.+)\[(\d*)\]$/;
const INT_RE = /^u?int\d*$/;
const BYTES_RE = /^bytes\d*$/;

function text(value: unknown): string {
  return clip(typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)));
}

function capped(children: Field[]): Field[] {
  if (children.length <= MAX_CHILDREN) return children;
  const more = children.length - (MAX_CHILDREN - 1);
  return [
    ...children.slice(0, MAX_CHILDREN - 1),
    { label: '…', value: `${more} more (see the raw request)` },
  ];
}

function valueField(
  label: string,
  type: string,
  value: unknown,
  data: TypedData,
  names: Names,
  depth: number,
): Field {
  if (depth > MAX_DEPTH) return { label, value: text(value), format: 'json' };
  const array = type.endsWith(']') ? ARRAY_RE.exec(type) : null;
  if (array) {
    const items = Array.isArray(value) ? value : [];
    return {
      label,
      children: capped(
        items.map((v, i) => valueField(`${label}[${i}]`, array[1]!, v, data, names, depth + 1)),
      ),
    };
  }
  const members = data.types?.[type];
  if (Array.isArray(members) && type !== 'EIP712Domain') {
    return { label, children: structFields(members, recordOf(value) ?? {}, data, names, depth + 1) };
  }
  if (type === 'address') {
    const address = addressOf(value);
    if (!address) return { label, value: text(value), format: 'text' };
    // addressField(label, address, names), without checksumming the already checksummed address again.
    const name = names.nameOf(address);
    return { label: name ? `${label} (${name})` : label, value: address, format: 'address' };
  }
  if ((type.startsWith('uint') || type.startsWith('int')) && INT_RE.test(type)) {
    const n = intOf(value);
    return n === undefined
      ? { label, value: text(value), format: 'text' }
      : { label, value: n.toString(), format: 'number' };
  }
  if (type === 'bool') {
    const b = boolOf(value);
    return b === undefined
      ? { label, value: text(value), format: 'text' }
      : { label, value: String(b), format: 'bool' };
  }
  if (type.startsWith('bytes') && BYTES_RE.test(type)) return { label, value: text(value), format: 'hex' };
  return { label, value: text(value), format: 'text' };
}

function structFields(
  members: Members,
  value: Record<string, unknown>,
  data: TypedData,
  names: Names,
  depth: number,
): Field[] {
  return capped(
    members.map((m) => valueField(String(m.name), String(m.type), value[m.name], data, names, depth)),
  );
}

/** The generic `typed-data` card: "Sign typed data for <domain name or contract>". */
export function treeCard(data: TypedData, base: CardBase, facts: Names): Card {
  const domain = recordOf(data.domain) ?? {};
  const message = recordOf(data.message) ?? {};
  const declared = data.types?.EIP712Domain;
  const domainMembers = (Array.isArray(declared) ? declared : DOMAIN).filter((m) => m.name in domain);
  const primary = data.types?.[data.primaryType];
  const forWhom =
    typeof domain.name === 'string' && domain.name
      ? domain.name
      : (addressOf(domain.verifyingContract) ?? 'an unnamed app');
  return card('typed-data', base, {
    title: 'Sign typed data',
    summary: [`Sign typed data for ${clip(forWhom, 100)}`],
    fields: [
      { label: 'Domain', children: structFields(domainMembers, domain, data, facts, 1) },
      Array.isArray(primary)
        ? { label: clip(data.primaryType, 200), children: structFields(primary, message, data, facts, 1) }
        : { label: 'Message', value: text(message), format: 'json' },
    ],
  });
}
