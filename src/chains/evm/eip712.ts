/**
 * EIP-712 typed structured data hashing (https://eips.ethereum.org/EIPS/eip-712):
 * digest = keccak256(0x19 0x01 ‖ domainSeparator ‖ hashStruct(message)). Version 'v4' is the EIP
 * with arrays (eth_signTypedData_v4); 'v3' refuses arrays, as MetaMask's eth-sig-util V3 does.
 * Pass data through {@link validateTypedData} first: these functions assume well-formed types.
 *
 *   const data = validateTypedData(params[1], 'params[1]');
 *   const digest = hashTypedData(data, 'v4');     // 32 bytes for declassify.sign
 *   encodeType('Mail', data.types);               // 'Mail(Person from,…)Person(string name,…)'
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { TypedData } from '../../markup/facts';
import { arrayType, atomicType, parseAtomic } from './eip712Types';
import { concatBytes, hexToBytes } from './hex';

export type TypedDataVersion = 'v3' | 'v4';
type Types = TypedData['types'];

function fieldsOf(types: Types, name: string): Types[string] | undefined {
  // Own properties only: a type named "constructor" must not find Object.prototype's.
  return Object.hasOwn(types, name) ? types[name] : undefined;
}

/** The struct type a member type refers to, through any array dimensions. */
function baseName(type: string): string {
  let t = type;
  for (let a = arrayType(t); a; a = arrayType(t)) t = a.of;
  return t;
}

function encodeTypeOf(types: Types, primaryType: string): string {
  const deps = new Set<string>();
  const visit = (name: string): void => {
    if (deps.has(name)) return;
    const fields = fieldsOf(types, name);
    if (!fields) return;
    deps.add(name);
    for (const f of fields) visit(baseName(f.type));
  };
  visit(primaryType);
  if (!deps.delete(primaryType)) throw new TypeError(`primaryType: no type "${primaryType}" in types`);
  // The spec: the primary type first, then the referenced struct types sorted by name.
  return [primaryType, ...[...deps].sort()]
    .map(
      (name) =>
        `${name}(${fieldsOf(types, name)!
          .map((f) => `${f.type} ${f.name}`)
          .join(',')})`,
    )
    .join('');
}

/** encodeType per the spec, e.g. `Mail(Person from,Person to,string contents)Person(string name,address wallet)`. */
export function encodeType(primaryType: string, types: Types): string {
  return encodeTypeOf(types, primaryType);
}

const MOD = 1n << 256n;

/**
 * keccak256 of encodeType strings seen recently, across calls: dapps sign the same few types
 * (Permit, Seaport orders) again and again. Keyed by the full string, so a hit is always exact.
 */
const TYPE_HASHES = new Map<string, Uint8Array>();

function typeHashOf(encoded: string): Uint8Array {
  let hash = TYPE_HASHES.get(encoded);
  if (!hash) {
    hash = keccak_256(utf8ToBytes(encoded));
    if (TYPE_HASHES.size >= 256) TYPE_HASHES.delete(TYPE_HASHES.keys().next().value!);
    TYPE_HASHES.set(encoded, hash);
  }
  return hash;
}

/** A signed or unsigned integer as a 256-bit two's-complement word. */
function intWord(n: bigint): Uint8Array {
  return hexToBytes(((n + MOD) % MOD).toString(16).padStart(64, '0'));
}

const ZERO_WORD = intWord(0n);
const ONE_WORD = intWord(1n);

/**
 * One hashing run over one `types`: each struct's type hash is computed once, however many
 * values of it the message holds (an array of 1,000 structs would otherwise re-encode 1,000 times).
 */
class Encoder {
  private readonly typeHashes = new Map<string, Uint8Array>();
  constructor(
    private readonly types: Types,
    private readonly version: TypedDataVersion,
  ) {}

  typeHash(name: string): Uint8Array {
    let hash = this.typeHashes.get(name);
    if (!hash) {
      hash = typeHashOf(encodeTypeOf(this.types, name));
      this.typeHashes.set(name, hash);
    }
    return hash;
  }

  hashStruct(name: string, value: unknown, path: string): Uint8Array {
    const fields = fieldsOf(this.types, name)!;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new TypeError(`${path}: expected a ${name} struct (an object)`);
    }
    const out = new Uint8Array(32 * (fields.length + 1));
    out.set(this.typeHash(name), 0);
    fields.forEach((f, i) => {
      if (!Object.hasOwn(value, f.name)) throw new TypeError(`${path}.${f.name}: missing (a ${f.type})`);
      out.set(
        this.encodeField(f.type, (value as Record<string, unknown>)[f.name], `${path}.${f.name}`),
        32 * (i + 1),
      );
    });
    return keccak_256(out);
  }

  /** encodeData of one member: always one 32-byte word. */
  encodeField(type: string, value: unknown, path: string): Uint8Array {
    if (fieldsOf(this.types, type)) return this.hashStruct(type, value, path);
    const array = arrayType(type);
    if (array) {
      if (this.version === 'v3')
        throw new TypeError(`${path}: arrays need eth_signTypedData_v4 (V3 has none)`);
      if (!Array.isArray(value)) throw new TypeError(`${path}: expected an array (${type})`);
      if (array.length !== undefined && value.length !== array.length) {
        throw new TypeError(`${path}: expected ${array.length} elements (${type}), got ${value.length}`);
      }
      // The spec: an array is the keccak256 of its elements' encodeData, concatenated.
      return keccak_256(concatBytes(...value.map((v, i) => this.encodeField(array.of, v, `${path}[${i}]`))));
    }
    const atomic = atomicType(type);
    if (!atomic) throw new TypeError(`${path}: unknown type "${type}"`);
    const v = parseAtomic(atomic, value, path, false);
    switch (atomic.kind) {
      case 'string':
        return keccak_256(utf8ToBytes(v as string));
      case 'bytes':
        return keccak_256(v as Uint8Array);
      case 'bool':
        return v ? ONE_WORD : ZERO_WORD;
      case 'int':
        return intWord(v as bigint);
      case 'address': {
        const word = new Uint8Array(32);
        word.set(v as Uint8Array, 12);
        return word;
      }
      case 'fixedBytes': {
        const word = new Uint8Array(32);
        word.set(v as Uint8Array, 0); // bytesN is left-aligned, zero-padded on the right
        return word;
      }
    }
  }
}

/** hashStruct(s) = keccak256(typeHash ‖ encodeData(s)). */
export function hashStruct(
  primaryType: string,
  value: Record<string, unknown>,
  types: Types,
  version: TypedDataVersion = 'v4',
): Uint8Array {
  if (!fieldsOf(types, primaryType)) throw new TypeError(`primaryType: no type "${primaryType}" in types`);
  return new Encoder(types, version).hashStruct(primaryType, value, primaryType);
}

/** hashStruct of the domain as an EIP712Domain. */
export function domainSeparator(data: TypedData, version: TypedDataVersion = 'v4'): Uint8Array {
  return hashStruct('EIP712Domain', data.domain, data.types, version);
}

/** The digest an account signs for eth_signTypedData_v3 / _v4. */
export function hashTypedData(data: TypedData, version: TypedDataVersion): Uint8Array {
  if (version !== 'v3' && version !== 'v4')
    throw new TypeError(`version: expected 'v3' or 'v4', got ${version}`);
  if (!fieldsOf(data.types, 'EIP712Domain')) throw new TypeError('types.EIP712Domain: missing');
  const encoder = new Encoder(data.types, version);
  const domain = encoder.hashStruct('EIP712Domain', data.domain, 'domain');
  // Signing the domain itself (primaryType EIP712Domain) has no message hash, as in eth-sig-util and viem.
  if (data.primaryType === 'EIP712Domain') return keccak_256(concatBytes(Uint8Array.of(0x19, 0x01), domain));
  if (!fieldsOf(data.types, data.primaryType)) {
    throw new TypeError(`primaryType: no type "${data.primaryType}" in types`);
  }
  const message = encoder.hashStruct(data.primaryType, data.message, 'message');
  return keccak_256(concatBytes(Uint8Array.of(0x19, 0x01), domain, message));
}
