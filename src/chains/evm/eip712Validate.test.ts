import { describe, expect, it } from 'vitest';
import mail from '../../fixtures/eip712-mail-example.json';
import { hashTypedData } from './eip712';
import { validateTypedData } from './eip712Validate';
import { toHex } from './hex';

type Json = Record<string, unknown>;
const DOMAIN = [{ name: 'name', type: 'string' }];

/** Typed data with one struct `T` of the given members and the given message. */
function typed(members: { name: string; type: string }[], message: Json, extraTypes: Json = {}): Json {
  return {
    types: { EIP712Domain: DOMAIN, T: members, ...extraTypes },
    primaryType: 'T',
    domain: { name: 'test' },
    message,
  };
}

const one = (type: string, v: unknown) => typed([{ name: 'v', type }], { v });

describe('validateTypedData: values', () => {
  it('names the path to a bad nested value', () => {
    const bad = structuredClone(mail.typedData);
    bad.message.to.wallet = '0x1234';
    expect(() => validateTypedData(bad, 'params[1]')).toThrow(
      new TypeError('params[1].message.to.wallet: expected an address, got "0x1234"'),
    );
  });

  it.each([
    ['uint8', 256, 'params[1].message.v: expected a uint8, got number 256 (out of range)'],
    ['uint256', -1, 'params[1].message.v: expected a uint256, got number -1 (out of range)'],
    ['int8', '-129', 'params[1].message.v: expected a int8, got "-129" (out of range)'],
    ['uint256', 1.5, 'params[1].message.v: expected a uint256 (an integer'],
    ['uint256', '1e18', 'params[1].message.v: expected a uint256 (an integer'],
    ['uint256', '', 'params[1].message.v: expected a uint256 (an integer'],
    ['bytes32', '0x1234', 'params[1].message.v: expected a bytes32 (0x + 64 hex digits)'],
    ['bytes', '0x123', 'params[1].message.v: expected bytes as 0x-prefixed hex'],
    ['bytes', 'hello', 'params[1].message.v: expected bytes as 0x-prefixed hex'],
    ['bool', 'true', 'params[1].message.v: expected a bool (true or false), got "true"'],
    ['string', 5, 'params[1].message.v: expected a string, got number 5'],
    ['address', '0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD827', 'params[1].message.v: expected an address'],
    ['uint256[2]', ['1'], 'params[1].message.v: expected 2 elements (uint256[2]), got 1'],
    ['uint256[]', '1', 'params[1].message.v: expected an array (uint256[])'],
  ])('%s %j', (type, value, message) => {
    expect(() => validateTypedData(one(type, value))).toThrow(message);
  });

  it.each([
    ['uint8', 255],
    ['int8', -128],
    ['uint256', '0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff'],
    ['int256', `-${2n ** 255n}`],
    ['bytes1', '0xab'],
    ['bytes', '0x'],
    ['address', '0xcd2a3d9f938e13cd947ec05abc7fe734df8dd826'],
    ['uint256[][2]', [[], ['1', 2]]],
  ])('accepts %s %j', (type, value) => {
    expect(validateTypedData(one(type, value)).message).toEqual({ v: value });
  });

  it('names paths inside arrays of structs', () => {
    const data = typed(
      [{ name: 'people', type: 'P[]' }],
      { people: [{ w: '0x' }, { w: 'nope' }] },
      {
        P: [{ name: 'w', type: 'bytes' }],
      },
    );
    expect(() => validateTypedData(data, 'params[1]')).toThrow(/^params\[1\]\.message\.people\[1\]\.w: /);
  });

  it('refuses undeclared and missing members (what is shown must be what is signed)', () => {
    expect(() => validateTypedData(typed([{ name: 'a', type: 'string' }], { a: 'x', b: 'y' }))).toThrow(
      'params[1].message.b: not a member of T',
    );
    expect(() => validateTypedData(typed([{ name: 'a', type: 'string' }], {}))).toThrow(
      'params[1].message.a: missing (a string)',
    );
    expect(() =>
      validateTypedData({ ...mail.typedData, domain: { ...mail.typedData.domain, x: 1 } }),
    ).toThrow('params[1].domain.x: not a member of EIP712Domain');
  });

  it('returns a copy: changing the input afterwards changes nothing that is hashed', () => {
    const input = structuredClone(mail.typedData);
    const data = validateTypedData(input);
    input.message.contents = 'Send all your tokens';
    input.types.Mail.pop();
    expect(toHex(hashTypedData(data, 'v4'))).toBe(mail.expected.signingHash);
  });
});

describe('validateTypedData: types', () => {
  it.each([
    [
      { ...mail.typedData, types: { ...mail.typedData.types, EIP712Domain: undefined } },
      'types.EIP712Domain: expected an array',
    ],
    [
      {
        types: { Mail: mail.typedData.types.Mail, Person: mail.typedData.types.Person },
        primaryType: 'Mail',
        domain: {},
        message: {},
      },
      'params[1].types.EIP712Domain: missing',
    ],
    [
      { ...mail.typedData, primaryType: 'Letter' },
      'params[1].primaryType: expected the name of a type in types, got "Letter"',
    ],
    [typed([{ name: 'p', type: 'Persn' }], {}), 'params[1].types.T[0].type: unknown type "Persn"'],
    [typed([{ name: 'p', type: 'uint' }], {}), 'params[1].types.T[0].type: unknown type "uint"'],
    [typed([{ name: 'p', type: 'uint256[0]' }], {}), 'params[1].types.T[0].type: unknown type "uint256[0]"'],
    [typed([{ name: 'next', type: 'T' }], {}), 'params[1].types: cyclic type T → T'],
    [
      typed([{ name: 'b', type: 'B[]' }], {}, { B: [{ name: 't', type: 'T' }] }),
      'params[1].types: cyclic type T → B → T',
    ],
    [
      typed(
        [
          { name: 'a', type: 'string' },
          { name: 'a', type: 'uint8' },
        ],
        {},
      ),
      'params[1].types.T[1].name: duplicate member "a"',
    ],
    [
      typed([{ name: 'a,uint256 b', type: 'string' }], {}),
      'params[1].types.T[0].name: not a valid member name',
    ],
    [typed([], {}, { address: [] }), 'params[1].types.address: not a valid struct name'],
    [
      {
        ...mail.typedData,
        types: { ...mail.typedData.types, EIP712Domain: [{ name: 'chainId', type: 'string' }] },
      },
      'params[1].types.EIP712Domain[0].type: expected uint256 for chainId',
    ],
    [{ ...mail.typedData, extra: 1 }, 'params[1].extra: not a typed data member'],
    ['{"types": ', 'params[1]: expected typed data, got a string that is not JSON'],
    [[], 'params[1]: expected typed data { types, primaryType, domain, message }'],
  ])('refuses %#: %s', (input, message) => {
    expect(() => validateTypedData(input)).toThrow(message);
  });

  it('a type named after an Object.prototype member is only found when declared', () => {
    expect(() => validateTypedData(typed([{ name: 'c', type: 'constructor' }], { c: {} }))).toThrow(
      'unknown type "constructor"',
    );
    const proto = JSON.parse('{"__proto__": [{"name": "x", "type": "uint8"}]}');
    const data = validateTypedData(typed([{ name: 'p', type: '__proto__' }], { p: { x: 1 } }, proto));
    expect(Object.getPrototypeOf(data.types)).toBe(Object.prototype);
    expect(Object.hasOwn(data.types, '__proto__')).toBe(true);
    expect(hashTypedData(data, 'v4')).toHaveLength(32);
  });

  it('primaryType EIP712Domain needs an empty message (it would not be signed)', () => {
    expect(() => validateTypedData({ ...mail.typedData, primaryType: 'EIP712Domain' })).toThrow(
      'params[1].message: expected {} when primaryType is EIP712Domain',
    );
  });

  it('uses the argument name it is given', () => {
    expect(() => validateTypedData(null, 'params[0]')).toThrow(/^params\[0\]: /);
  });
});
