import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { TypedDataEncoder } from 'ethers';
import fc from 'fast-check';
import { hashTypedData as viemHashTypedData } from 'viem';
import { describe, expect, it } from 'vitest';
import mail from '../../fixtures/eip712-mail-example.json';
import type { TypedData } from '../../markup/facts';
import { toChecksumAddress } from './address';
import { domainSeparator, encodeType, hashStruct, hashTypedData } from './eip712';
import { validateTypedData } from './eip712Validate';
import { bytesToHex, toHex } from './hex';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('the EIP-712 Mail example', () => {
  const data = validateTypedData(mail.typedData);
  const { expected } = mail;

  it('encodeType, type hash, struct hash, domain separator and digest', () => {
    expect(encodeType('Mail', data.types)).toBe(expected.encodeTypeMail);
    expect(toHex(keccak_256(utf8(encodeType('Mail', data.types))))).toBe(expected.typeHashMail);
    expect(toHex(hashStruct('Mail', data.message, data.types))).toBe(expected.hashStructMessage);
    expect(toHex(domainSeparator(data))).toBe(expected.domainSeparator);
    expect(toHex(hashTypedData(data, 'v4'))).toBe(expected.signingHash);
  });

  it('v3 gives the same digest (no arrays involved)', () => {
    expect(toHex(hashTypedData(data, 'v3'))).toBe(expected.signingHash);
  });

  it('the signature of key keccak256("cow") matches the EIP, v = 28', () => {
    const key = keccak_256(utf8('cow'));
    const rec = secp256k1.sign(hashTypedData(data, 'v4'), key, { prehash: false, format: 'recovered' });
    const sig = secp256k1.Signature.fromBytes(rec, 'recovered');
    expect(`0x${sig.r.toString(16).padStart(64, '0')}`).toBe(expected.r);
    expect(`0x${sig.s.toString(16).padStart(64, '0')}`).toBe(expected.s);
    expect(sig.recovery! + 27).toBe(expected.v);
    // noble's "recovered" format is recovery ‖ r ‖ s; Ethereum puts v last.
    const rsv = `0x${bytesToHex(rec.subarray(1))}${(sig.recovery! + 27).toString(16)}`;
    expect(rsv).toBe(expected.signature);
  });

  it('accepts the JSON text form too', () => {
    expect(toHex(hashTypedData(validateTypedData(JSON.stringify(mail.typedData)), 'v4'))).toBe(
      expected.signingHash,
    );
  });
});

// A schema with every kind of member: nested structs, arrays of structs, fixed and nested arrays.
const DOMAIN_TYPE = [
  { name: 'name', type: 'string' },
  { name: 'version', type: 'string' },
  { name: 'chainId', type: 'uint256' },
  { name: 'verifyingContract', type: 'address' },
  { name: 'salt', type: 'bytes32' },
];
const TYPES = {
  Person: [
    { name: 'name', type: 'string' },
    { name: 'wallets', type: 'address[]' },
    { name: 'age', type: 'uint8' },
  ],
  Group: [
    { name: 'name', type: 'string' },
    { name: 'owner', type: 'Person' },
    { name: 'members', type: 'Person[]' },
    { name: 'tags', type: 'bytes32[2]' },
    { name: 'matrix', type: 'int256[][]' },
    { name: 'flags', type: 'bool[]' },
    { name: 'blob', type: 'bytes' },
    { name: 'short', type: 'bytes3' },
    { name: 'delta', type: 'int64' },
  ],
};

const hexOf = (n: number) => fc.uint8Array({ minLength: n, maxLength: n }).map((b) => `0x${bytesToHex(b)}`);
const arbAddress = fc.uint8Array({ minLength: 20, maxLength: 20 }).map((b) => toChecksumAddress(b));
const arbPerson = fc.record({
  name: fc.string({ unit: 'grapheme', maxLength: 20 }),
  wallets: fc.array(arbAddress, { maxLength: 3 }),
  age: fc.integer({ min: 0, max: 255 }),
});
const arbGroup = fc.record({
  name: fc.string(),
  owner: arbPerson,
  members: fc.array(arbPerson, { maxLength: 3 }),
  tags: fc.tuple(hexOf(32), hexOf(32)),
  matrix: fc.array(
    fc.array(fc.bigInt({ min: -(1n << 255n), max: (1n << 255n) - 1n }).map(String), { maxLength: 3 }),
    {
      maxLength: 3,
    },
  ),
  flags: fc.array(fc.boolean(), { maxLength: 4 }),
  blob: fc.uint8Array({ maxLength: 70 }).map((b) => `0x${bytesToHex(b)}`),
  short: hexOf(3),
  delta: fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }).map(String),
});
const arbDomain = fc.record({
  name: fc.string(),
  version: fc.constantFrom('1', '2'),
  chainId: fc.integer({ min: 1, max: 2 ** 40 }),
  verifyingContract: arbAddress,
  salt: hexOf(32),
});

describe('v4 cross-checks (random values, arrays and nested structs)', () => {
  it('matches viem hashTypedData and ethers TypedDataEncoder.hash', () => {
    fc.assert(
      fc.property(arbDomain, arbGroup, (domain, group) => {
        const data = validateTypedData({
          types: { EIP712Domain: DOMAIN_TYPE, ...TYPES },
          primaryType: 'Group',
          domain,
          message: group,
        });
        const ours = toHex(hashTypedData(data, 'v4'));
        const viem = viemHashTypedData({
          domain: domain as never,
          types: { EIP712Domain: DOMAIN_TYPE, ...TYPES },
          primaryType: 'Group',
          message: group as never,
        });
        expect(ours).toBe(viem);
        expect(ours).toBe(TypedDataEncoder.hash(domain, TYPES, group));
      }),
      { numRuns: 40 },
    );
  });

  it('encodeType lists referenced structs sorted after the primary type', () => {
    expect(encodeType('Group', TYPES)).toBe(
      'Group(string name,Person owner,Person[] members,bytes32[2] tags,int256[][] matrix,bool[] flags,bytes blob,bytes3 short,int64 delta)Person(string name,address[] wallets,uint8 age)',
    );
  });

  it('primaryType EIP712Domain signs the domain alone (as viem does)', () => {
    const data = validateTypedData({ ...mail.typedData, primaryType: 'EIP712Domain', message: {} });
    expect(toHex(hashTypedData(data, 'v4'))).toBe(
      viemHashTypedData({ ...mail.typedData, primaryType: 'EIP712Domain', message: {} } as never),
    );
  });
});

describe('integer forms', () => {
  it("a number, a decimal string, a hex string and a bigint hash alike; negatives are two's complement", () => {
    const digest = (value: unknown, type = 'uint256') =>
      toHex(hashStruct('T', { v: value }, { T: [{ name: 'v', type }] }));
    expect(digest(16)).toBe(digest('16'));
    expect(digest('0x10')).toBe(digest(16n));
    const minusOne = toHex(hashStruct('T', { v: -1 }, { T: [{ name: 'v', type: 'int8' }] }));
    const allOnes = keccak_256(
      new Uint8Array([...keccak_256(utf8('T(int8 v)')), ...new Uint8Array(32).fill(0xff)]),
    );
    expect(minusOne).toBe(toHex(allOnes));
  });
});

describe('v3 (eth-sig-util SignTypedDataVersion.V3: arrays unimplemented)', () => {
  it('refuses any array member, naming it', () => {
    const data: TypedData = {
      types: {
        EIP712Domain: [{ name: 'name', type: 'string' }],
        List: [{ name: 'items', type: 'uint256[]' }],
      },
      primaryType: 'List',
      domain: { name: 'x' },
      message: { items: ['1'] },
    };
    expect(() => hashTypedData(validateTypedData(data), 'v3')).toThrow(
      'message.items: arrays need eth_signTypedData_v4 (V3 has none)',
    );
    expect(hashTypedData(validateTypedData(data), 'v4')).toHaveLength(32);
  });
});
