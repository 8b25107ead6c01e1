/**
 * The address book (docs/rules.md "Address book"): contacts with a name and tags. Rules match the
 * tags ("sends to exchange above 0.5 ETH need the password"), cards show the name beside the
 * address, and a contact vouches for an address the poisoning check would refuse.
 */
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import {
  type AddressBookView,
  addContact,
  getAddressBook,
  removeContact,
} from '../../../src/rpc/procedures/addressBook';
import { ErrorAlert, Working } from '../components/ErrorAlert';
import { call } from '../ringClient';
import { useAction } from '../useAction';

export function AddressBook({ onBack }: { onBack(): void }) {
  const [view, setView] = useState<AddressBookView | null>(null);
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [tags, setTags] = useState('');
  const { busy, error, run } = useAction();

  const load = useCallback(async () => {
    const next = await run(() => call(getAddressBook, {}));
    if (next) setView(next);
  }, [run]);

  useEffect(() => {
    void load();
  }, [load]);

  const onAdd = async (event: FormEvent) => {
    event.preventDefault();
    const list = tags
      .split(/[,\s]+/)
      .map((t) => t.trim())
      .filter(Boolean);
    const next = await run(() =>
      call(addContact, { name: name.trim(), address: address.trim(), tags: list }),
    );
    if (!next) return;
    setView(next);
    setName('');
    setAddress('');
    setTags('');
  };

  const onRemove = async (of: string) => {
    const next = await run(() => call(removeContact, { address: of }));
    if (next) setView(next);
  };

  return (
    <section className="stack" aria-labelledby="book-title">
      <div className="row spread">
        <h2 id="book-title">Address book</h2>
        <button type="button" className="secondary" onClick={onBack}>
          Back
        </button>
      </div>
      <form className="stack" onSubmit={onAdd} noValidate>
        <div className="field">
          <label htmlFor="contact-name">Name</label>
          <input
            id="contact-name"
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="contact-address">Address</label>
          <input
            id="contact-address"
            autoComplete="off"
            spellCheck={false}
            value={address}
            onChange={(e) => setAddress(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="contact-tags">Tags</label>
          <input
            id="contact-tags"
            autoComplete="off"
            placeholder="exchange, family"
            value={tags}
            onChange={(e) => setTags(e.target.value)}
          />
        </div>
        <ErrorAlert message={error} />
        <div className="row">
          <button type="submit" disabled={busy}>
            Add contact
          </button>
          <Working busy={busy} />
        </div>
      </form>
      {view && view.contacts.length === 0 && <p className="empty">No contacts yet.</p>}
      {view && view.contacts.length > 0 && (
        <ul className="list" aria-label="Contacts">
          {view.contacts.map((c) => (
            <ContactItem key={c.address} contact={c} busy={busy} onRemove={() => void onRemove(c.address)} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ContactItem({
  contact,
  busy,
  onRemove,
}: {
  contact: AddressBookView['contacts'][number];
  busy: boolean;
  onRemove(): void;
}) {
  const id = useId();
  return (
    <li className="list-item">
      <div className="row spread">
        <span id={id}>
          <strong>{contact.name}</strong>{' '}
          <span className="mono" translate="no">
            {contact.address}
          </span>
          {contact.tags.length > 0 && ` · ${contact.tags.join(', ')}`}
        </span>
        <button
          type="button"
          className="secondary small"
          aria-describedby={id}
          disabled={busy}
          onClick={onRemove}
        >
          Remove
        </button>
      </div>
    </li>
  );
}
