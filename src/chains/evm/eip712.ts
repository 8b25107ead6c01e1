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
import { hexToBytes } from './hex';

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

/** Largest integer whose bytes are written without going through a hex string (2^48 - 1). */
const SMALL = 0xffff_ffff_ffffn;

/** A signed or unsigned integer as a 256-bit two's-complement word, written into `out` at `at`. */
function writeInt(out: Uint8Array, at: number, n: bigint): void {
  if (n >= 0n && n <= SMALL) {
    // The word is zero-filled: only the low, non-zero bytes need writing.
    for (let x = Number(n), i = at + 31; x > 0; i--, x = Math.floor(x / 256)) out[i] = x % 256;
    return;
  }
  out.set(hexToBytes(BigInt.asUintN(256, n).toString(16).padStart(64, '0')), at);
}

/**
 * Writes one member's encodeData (always one 32-byte word) into a zero-filled `out` at `at`.
 * Made once per member type per hashing run, so each value only dispatches on what was resolved.
 */
type FieldEncoder = (value: unknown, path: string, out: Uint8Array, at: number) => void;

interface StructPlan {
  readonly typeHash: Uint8Array;
  readonly fields: readonly { readonly name: string; readonly type: string; readonly encode: FieldEncoder }[];
}

/**
 * One hashing run over one `types`: each struct's type hash and member encoders are worked out
 * once, however many values of it the message holds (an array of 1,000 structs would otherwise
 * re-encode 1,000 times).
 */
class Encoder {
  private readonly plans = new Map<string, StructPlan>();
  private readonly encoders = new Map<string, FieldEncoder>();
  constructor(
    private readonly types: Types,
    private readonly version: TypedDataVersion,
  ) {}

  private plan(name: string): StructPlan {
    let plan = this.plans.get(name);
    if (!plan) {
      const fields = fieldsOf(this.types, name)!;
      plan = {
        typeHash: typeHashOf(encodeTypeOf(this.types, name)),
        fields: fields.map((f) => ({ name: f.name, type: f.type, encode: this.encoder(f.type) })),
      };
      this.plans.set(name, plan);
    }
    return plan;
  }

  /** keccak256(typeHash ‖ encodeData(value)), written into `out` at `at`. */
  hashStructInto(name: string, value: unknown, path: string, out: Uint8Array, at: number): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new TypeError(`${path}: expected a ${name} struct (an object)`);
    }
    const { typeHash, fields } = this.plan(name);
    const data = new Uint8Array(32 * (fields.length + 1));
    data.set(typeHash, 0);
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      if (!Object.hasOwn(value, f.name)) throw new TypeError(`${path}.${f.name}: missing (a ${f.type})`);
      f.encode((value as Record<string, unknown>)[f.name], `${path}.${f.name}`, data, 32 * (i + 1));
    }
    out.set(keccak_256(data), at);
  }

  hashStruct(name: string, value: unknown, path: string): Uint8Array {
    const out = new Uint8Array(32);
    this.hashStructInto(name, value, path, out, 0);
    return out;
  }

  /** The encoder of a member type: a struct, an array, or an atomic or dynamic type. */
  private encoder(type: string): FieldEncoder {
    let encode = this.encoders.get(type);
    if (!encode) {
      encode = this.makeEncoder(type);
      this.encoders.set(type, encode);
    }
    return encode;
  }

  private makeEncoder(type: string): FieldEncoder {
    if (fieldsOf(this.types, type))
      return (value, path, out, at) => this.hashStructInto(type, value, path, out, at);
    const array = arrayType(type);
    if (array) {
      if (this.version === 'v3')
        return (_value, path) => {
          throw new TypeError(`${path}: arrays need eth_signTypedData_v4 (V3 has none)`);
        };
      let element: FieldEncoder | undefined; // resolved on the first element, as the spec walks them
      return (value, path, out, at) => {
        if (!Array.isArray(value)) throw new TypeError(`${path}: expected an array (${type})`);
        if (array.length !== undefined && value.length !== array.length) {
          throw new TypeError(`${path}: expected ${array.length} elements (${type}), got ${value.length}`);
        }
        // The spec: an array is the keccak256 of its elements' encodeData, concatenated.
        const words = new Uint8Array(32 * value.length);
        for (let i = 0; i < value.length; i++) {
          element ??= this.encoder(array.of);
          element(value[i], `${path}[${i}]`, words, 32 * i);
        }
        out.set(keccak_256(words), at);
      };
    }
    const atomic = atomicType(type);
    if (!atomic)
      return (_value, path) => {
        throw new TypeError(`${path}: unknown type "${type}"`);
      };
    switch (atomic.kind) {
      case 'string':
        return (value, path, out, at) =>
          out.set(keccak_256(utf8ToBytes(parseAtomic(atomic, value, path, false) as string)), at);
      case 'bytes':
        return (value, path, out, at) =>
          out.set(keccak_256(parseAtomic(atomic, value, path, false) as Uint8Array), at);
      case 'bool':
        return (value, path, out, at) => {
          if (parseAtomic(atomic, value, path, false)) out[at + 31] = 1;
        };
      case 'int':
        return (value, path, out, at) => writeInt(out, at, parseAtomic(atomic, value, path, false) as bigint);
      case 'address':
        return (value, path, out, at) =>
          out.set(parseAtomic(atomic, value, path, false) as Uint8Array, at + 12);
      case 'fixedBytes':
        // bytesN is left-aligned, zero-padded on the right
        return (value, path, out, at) => out.set(parseAtomic(atomic, value, path, false) as Uint8Array, at);
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
  // 0x19 0x01 ‖ domainSeparator ‖ hashStruct(message), each hash written in place.
  const buffer = new Uint8Array(66);
  buffer[0] = 0x19;
  buffer[1] = 0x01;
  encoder.hashStructInto('EIP712Domain', data.domain, 'domain', buffer, 2);
  // Signing the domain itself (primaryType EIP712Domain) has no message hash, as in eth-sig-util and viem.
  if (data.primaryType === 'EIP712Domain') return keccak_256(buffer.subarray(0, 34));
  if (!fieldsOf(data.types, data.primaryType)) {
    throw new TypeError(`primaryType: no type "${data.primaryType}" in types`);
  }
  encoder.hashStructInto(data.primaryType, data.message, 'message', buffer, 34);
  return keccak_256(buffer);
}
