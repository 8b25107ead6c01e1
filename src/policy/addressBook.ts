/**
 * The address book: contacts with a name and free tags ("exchange", "family", "ch"). Rules match
 * a recipient by tag (`{ "recipient": { "tag": "exchange" } }`), cards show the name beside the
 * address, and a contact is how the user vouches for an address that looks like a poisoning
 * attempt. The book is plain data (it lives in the vault's private state); lookups go through an
 * index built once, so a 10,000-entry book answers in constant time.
 *
 *   const book = createAddressBook([{ name: 'Kraken', address: '0x…', tags: ['exchange'] }]);
 *   book.lookup('0x…')?.name;        // 'Kraken'
 *   book.hasTag('0x…', 'exchange');  // true
 */
import * as v from 'valibot';
import { addressKey, parsePolicyAddress } from './address';
import { issueError, RuleSetError } from './errors';
import { Tag } from './schema';

export interface Contact {
  readonly name: string;
  /** EIP-55 checksummed for EVM; as the network writes it for Bitcoin and Litecoin. */
  readonly address: string;
  readonly tags: readonly string[];
}

const ContactInput = v.strictObject(
  {
    name: v.pipe(
      v.string('expected a name'),
      v.trim(),
      v.minLength(1, 'expected a name'),
      v.maxLength(64, 'expected at most 64 characters'),
    ),
    address: v.string('expected an address string'),
    tags: v.optional(
      v.pipe(v.array(Tag, 'expected a list of tags'), v.maxLength(20, 'expected at most 20 tags')),
      [],
    ),
  },
  'expected a contact { name, address, tags? }',
);

/** Validates one contact; throws a RuleSetError naming `root` and the bad field. */
export function parseContact(input: unknown, root = 'contact'): Contact {
  const result = v.safeParse(ContactInput, input);
  if (!result.success) throw issueError(result.issues, root);
  let address: string;
  try {
    address = parsePolicyAddress(result.output.address, `${root}.address`);
  } catch (e) {
    throw new RuleSetError(`${root}.address`, (e as Error).message.replace(/^[^:]*: /, ''));
  }
  const tags = [...new Set(result.output.tags)];
  return Object.freeze({ name: result.output.name, address, tags: Object.freeze(tags) });
}

export interface AddressBook {
  readonly contacts: readonly Contact[];
  lookup(address: string): Contact | undefined;
  hasTag(address: string, tag: string): boolean;
  /** A new book with `contact` added (or replacing the contact of the same address). */
  with(contact: Contact): AddressBook;
  /** A new book without the contact of `address`. */
  without(address: string): AddressBook;
}

/**
 * An address book over validated contacts. Two contacts of the same address (in any case) are
 * refused: a name must not depend on which one a lookup happens to find.
 */
export function createAddressBook(input: readonly unknown[] = []): AddressBook {
  const contacts = input.map((c, i) => parseContact(c, `contacts[${i}]`));
  const index = new Map<string, Contact>();
  contacts.forEach((c, i) => {
    const key = addressKey(c.address);
    if (index.has(key)) throw new RuleSetError(`contacts[${i}].address`, 'this address is already a contact');
    index.set(key, c);
  });
  return bookOf(Object.freeze(contacts), index);
}

function bookOf(contacts: readonly Contact[], index: ReadonlyMap<string, Contact>): AddressBook {
  return Object.freeze({
    contacts,
    lookup: (address: string) => index.get(addressKey(address)),
    hasTag: (address: string, tag: string) => index.get(addressKey(address))?.tags.includes(tag) ?? false,
    with(contact: Contact) {
      const c = parseContact(contact);
      const key = addressKey(c.address);
      const rest = contacts.filter((x) => addressKey(x.address) !== key);
      const next = new Map(index);
      next.set(key, c);
      return bookOf(Object.freeze([...rest, c]), next);
    },
    without(address: string) {
      const key = addressKey(address);
      const next = new Map(index);
      next.delete(key);
      return bookOf(Object.freeze(contacts.filter((x) => addressKey(x.address) !== key)), next);
    },
  });
}
