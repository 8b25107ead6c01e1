import { describe, expect, it } from 'vitest';
import { p2wpkhAddress, UTXO_NETWORKS } from '../chains/utxo';
import { createAddressBook, parseContact } from './addressBook';
import { RuleSetError } from './errors';
import { ALICE, BOB, BTC_ADDRESS, CAROL } from './testkit';

// A compressed public key (secp256k1 generator point G) for a Litecoin regtest address.
const G = Uint8Array.from(
  Buffer.from('0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798', 'hex'),
);
const LTC_REGTEST = p2wpkhAddress(G, UTXO_NETWORKS.litecoinRegtest);

describe('address book', () => {
  it('stores EVM addresses checksummed and finds them in any case', () => {
    const book = createAddressBook([{ name: 'Bob', address: BOB.toLowerCase(), tags: ['family', 'ch'] }]);
    expect(book.contacts[0]!.address).toBe(BOB);
    expect(book.lookup(BOB.toUpperCase().replace('0X', '0x'))?.name).toBe('Bob');
    expect(book.hasTag(BOB, 'family')).toBe(true);
    expect(book.hasTag(BOB, 'exchange')).toBe(false);
    expect(book.lookup(CAROL)).toBeUndefined();
  });

  it('accepts Bitcoin and Litecoin addresses (bech32 in either case)', () => {
    const book = createAddressBook([
      { name: 'Cold', address: BTC_ADDRESS.toUpperCase() },
      { name: 'Regtest', address: LTC_REGTEST, tags: ['test'] },
    ]);
    expect(book.contacts[0]!.address).toBe(BTC_ADDRESS);
    expect(book.lookup(BTC_ADDRESS)?.name).toBe('Cold');
    expect(book.hasTag(LTC_REGTEST, 'test')).toBe(true);
    expect(LTC_REGTEST.startsWith('rltc1q')).toBe(true);
  });

  it.each([
    [
      { name: 'x', address: '0xFB6916095ca1df60bB79Ce92cE3Ea74c37c5d359' },
      'contact.address: EIP-55 checksum mismatch',
    ],
    [
      { name: 'x', address: 'bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyv' },
      'contact.address: not a valid EVM, Bitcoin or Litecoin address',
    ],
    [{ name: '  ', address: ALICE }, 'contact.name: expected a name'],
    [{ name: 'x', address: ALICE, tags: ['Not A Tag'] }, 'contact.tags[0]: expected a tag'],
    [{ name: 'x', address: ALICE, colour: 'red' }, 'contact.colour: unknown field'],
  ])('refuses %j naming the field', (input, message) => {
    expect(() => parseContact(input)).toThrow(RuleSetError);
    expect(() => parseContact(input)).toThrow(message);
  });

  it('refuses two contacts for one address', () => {
    expect(() =>
      createAddressBook([
        { name: 'a', address: ALICE },
        { name: 'b', address: ALICE.toLowerCase() },
      ]),
    ).toThrow('contacts[1].address: this address is already a contact');
  });

  it('with/without return new books and leave the old one as it was', () => {
    const one = createAddressBook([{ name: 'Alice', address: ALICE }]);
    const two = one.with({ name: 'Bob', address: BOB, tags: ['exchange'] });
    const renamed = two.with({ name: 'Alice (cold)', address: ALICE.toLowerCase(), tags: [] });
    expect(one.contacts).toHaveLength(1);
    expect(two.lookup(BOB)?.name).toBe('Bob');
    expect(renamed.lookup(ALICE)?.name).toBe('Alice (cold)');
    expect(renamed.contacts).toHaveLength(2);
    expect(renamed.without(BOB).lookup(BOB)).toBeUndefined();
    expect(renamed.lookup(BOB)?.name).toBe('Bob');
  });
});
