/** A full EIP-55 address as the ring gave it: monospaced, selectable, never shortened. */
export function Address({ address }: { address: string }) {
  return (
    <span className="address" translate="no">
      {address}
    </span>
  );
}
