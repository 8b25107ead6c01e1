/**
 * Validation of eth_signTypedData input against EIP-712 (https://eips.ethereum.org/EIPS/eip-712):
 * the types are well-formed, known and acyclic, EIP712Domain is declared, and every value matches
 * its declared type, with nothing missing and nothing extra. Errors name the path to the bad value.
 *
 *   const data = validateTypedData(request.params[1], 'params[1]');
 *   // TypeError('params[1].message.to.wallet: expected an address, got "0x1234"')
 *   hashTypedData(data, 'v4');
 */
import type { TypedData } from '../../markup/facts';
import { arrayType, atomicType, parseAtomic } from './eip712Types';
import { shortValue } from './hex';

type Types = TypedData['types'];

const IDENTIFIER_RE = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The domain members the EIP defines, with their types: a "chainId" of another type would mislead. */
const DOMAIN_FIELDS: Record<string, string> = {
  name: 'string',
  version: 'string',
  chainId: 'uint256',
  verifyingContract: 'address',
  salt: 'bytes32',
};

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function structName(types: Types, type: string): string | undefined {
  let t = type;
  for (let a = arrayType(t); a; a = arrayType(t)) t = a.of;
  return Object.hasOwn(types, t) ? t : undefined;
}

function checkTypes(input: unknown, path: string): Types {
  if (!isRecord(input)) throw new TypeError(`${path}: expected an object of struct types`);
  const entries: [string, Types[string]][] = [];
  for (const [name, fields] of Object.entries(input)) {
    const at = `${path}.${name}`;
    // A struct named like an atomic type ("address") would make encodeType ambiguous.
    if (!IDENTIFIER_RE.test(name) || atomicType(name)) throw new TypeError(`${at}: not a valid struct name`);
    if (!Array.isArray(fields)) throw new TypeError(`${at}: expected an array of { name, type }`);
    const members: Types[string] = new Array(fields.length);
    for (let i = 0; i < fields.length; i++) {
      const f: unknown = fields[i];
      if (!isRecord(f) || typeof f.name !== 'string' || typeof f.type !== 'string') {
        throw new TypeError(`${at}[${i}]: expected { name: string, type: string }`);
      }
      // Member names and types end up in the encodeType string: a "," or "(" in one could forge another.
      if (!IDENTIFIER_RE.test(f.name)) throw new TypeError(`${at}[${i}].name: not a valid member name`);
      for (let j = 0; j < i; j++) {
        if (members[j]!.name === f.name)
          throw new TypeError(`${at}[${i}].name: duplicate member "${f.name}"`);
      }
      members[i] = { name: f.name, type: f.type };
    }
    entries.push([name, members]);
  }
  // fromEntries defines own properties, so even a type named "__proto__" stays data.
  const types: Types = Object.fromEntries(entries);
  for (const [name, fields] of entries) {
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      let t = f.type;
      for (let a = arrayType(t); a; a = arrayType(t)) t = a.of;
      if (!atomicType(t) && !Object.hasOwn(types, t)) {
        throw new TypeError(`${path}.${name}[${i}].type: unknown type "${f.type}"`);
      }
    }
  }
  checkAcyclic(types, path);
  return types;
}

/** Depth-first search for a struct that contains itself: such a type has no finite encodeType order. */
function checkAcyclic(types: Types, path: string): void {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (name: string, trail: string[]): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'open') {
      throw new TypeError(`${path}: cyclic type ${[...trail.slice(trail.indexOf(name)), name].join(' → ')}`);
    }
    state.set(name, 'open');
    for (const f of types[name]!) {
      const next = structName(types, f.type);
      if (next) visit(next, [...trail, name]);
    }
    state.set(name, 'done');
  };
  for (const name of Object.keys(types)) visit(name, []);
}

function checkValue(types: Types, type: string, value: unknown, path: string): unknown {
  if (Object.hasOwn(types, type)) return checkStruct(types, type, value, path);
  const array = arrayType(type);
  if (array) {
    if (!Array.isArray(value))
      throw new TypeError(`${path}: expected an array (${type}), got ${shortValue(value)}`);
    if (array.length !== undefined && value.length !== array.length) {
      throw new TypeError(`${path}: expected ${array.length} elements (${type}), got ${value.length}`);
    }
    return value.map((v, i) => checkValue(types, array.of, v, `${path}[${i}]`));
  }
  parseAtomic(atomicType(type)!, value, path);
  return value;
}

function checkStruct(types: Types, name: string, value: unknown, path: string): Record<string, unknown> {
  if (!isRecord(value))
    throw new TypeError(`${path}: expected a ${name} struct (an object), got ${shortValue(value)}`);
  const fields = types[name]!;
  // Undeclared keys are not signed: refusing them keeps a card from showing what the signature does not cover.
  for (const key of Object.keys(value)) {
    let declared = false;
    for (let i = 0; i < fields.length && !declared; i++) declared = fields[i]!.name === key;
    if (!declared) throw new TypeError(`${path}.${key}: not a member of ${name}`);
  }
  const entries: [string, unknown][] = new Array(fields.length);
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (!Object.hasOwn(value, f.name)) throw new TypeError(`${path}.${f.name}: missing (a ${f.type})`);
    entries[i] = [f.name, checkValue(types, f.type, value[f.name], `${path}.${f.name}`)];
  }
  // fromEntries defines own properties, so even a member named "__proto__" stays data.
  return Object.fromEntries(entries);
}

/**
 * Checks typed data as a dapp sent it (an object, or its JSON text as many dapps send it) and
 * returns a fresh copy holding only what was checked.
 * @param what - names the argument in errors, e.g. 'params[1]'.
 */
export function validateTypedData(input: unknown, what = 'params[1]'): TypedData {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      throw new TypeError(`${what}: expected typed data, got a string that is not JSON`);
    }
  }
  if (!isRecord(data))
    throw new TypeError(`${what}: expected typed data { types, primaryType, domain, message }`);
  for (const key of Object.keys(data)) {
    if (!['types', 'primaryType', 'domain', 'message'].includes(key)) {
      throw new TypeError(`${what}.${key}: not a typed data member`);
    }
  }
  const types = checkTypes(data.types, `${what}.types`);
  const domainFields = types.EIP712Domain;
  if (!Object.hasOwn(types, 'EIP712Domain') || !domainFields) {
    throw new TypeError(`${what}.types.EIP712Domain: missing (the domain must be typed to be signed)`);
  }
  domainFields.forEach((f, i) => {
    const expected = Object.hasOwn(DOMAIN_FIELDS, f.name) ? DOMAIN_FIELDS[f.name] : undefined;
    if (expected && f.type !== expected) {
      throw new TypeError(`${what}.types.EIP712Domain[${i}].type: expected ${expected} for ${f.name}`);
    }
  });
  const { primaryType } = data;
  if (typeof primaryType !== 'string' || !Object.hasOwn(types, primaryType)) {
    throw new TypeError(
      `${what}.primaryType: expected the name of a type in types, got ${shortValue(primaryType)}`,
    );
  }
  const domain = checkStruct(types, 'EIP712Domain', data.domain, `${what}.domain`);
  let message: Record<string, unknown> = {};
  if (primaryType === 'EIP712Domain') {
    // Only the domain is hashed then; a message would be shown but not signed.
    if (data.message !== undefined && !(isRecord(data.message) && Object.keys(data.message).length === 0)) {
      throw new TypeError(`${what}.message: expected {} when primaryType is EIP712Domain`);
    }
  } else {
    message = checkStruct(types, primaryType, data.message, `${what}.message`);
  }
  return { types, primaryType, domain, message };
}
