/**
 * The Address book screen (issue 10, docs/rules.md "Address book"): contacts with a name and tags,
 * kept in the vault's private state. Rules match tags; cards show the name beside the address; a
 * contact vouches for an address the poisoning check would refuse.
 */
import * as v from 'valibot';
import { procedure } from './procedure';
import { Empty } from './schemas';

export const AddressBookView = v.object({
  contacts: v.array(v.object({ name: v.string(), address: v.string(), tags: v.array(v.string()) })),
});
export type AddressBookView = v.InferOutput<typeof AddressBookView>;

export const getAddressBook = procedure({ name: 'getAddressBook', input: Empty, output: AddressBookView });

export const addContact = procedure({
  name: 'addContact',
  input: v.object({
    name: v.pipe(v.string(), v.maxLength(200)),
    address: v.pipe(v.string(), v.maxLength(120)),
    tags: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(50)), []),
  }),
  output: AddressBookView,
});

export const removeContact = procedure({
  name: 'removeContact',
  input: v.object({ address: v.pipe(v.string(), v.maxLength(120)) }),
  output: AddressBookView,
});
