/**
 * The typed fields behind a card's summary (a typed-data struct, the calls of a batch), nested
 * children indented. Values are text from the ring; the format only picks how they look.
 */
import type { Field, FieldFormat } from '../../../src/markup/card';
import { uiLocale } from '../i18n';
import { Address } from './Address';

const dateTime = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'medium' });

export function FieldTree({ fields }: { fields: readonly Field[] }) {
  return (
    <ul className="field-tree">
      {fields.map((field, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: labels may repeat (array items); position is identity.
        <li key={index}>
          <span className="field-label">{field.label}</span>
          {field.value !== undefined && <FieldValue value={field.value} format={field.format ?? 'text'} />}
          {field.children && field.children.length > 0 && <FieldTree fields={field.children} />}
        </li>
      ))}
    </ul>
  );
}

function FieldValue({ value, format }: { value: string; format: FieldFormat }) {
  switch (format) {
    case 'address':
      return <Address address={value} />;
    case 'hex':
      return (
        <span className="mono wrap" translate="no">
          {value}
        </span>
      );
    case 'json':
      return <pre className="raw">{value}</pre>;
    case 'date':
      return <LocalTime value={value} />;
    default:
      // 'url' too: shown as text, never a link, so a site cannot make the card a phishing page.
      return <span className="field-value">{value}</span>;
  }
}

/** The ring writes dates in UTC (format.ts formatTime); the user reads them in their own zone. */
function LocalTime({ value }: { value: string }) {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return <span className="field-value">{value}</span>;
  return (
    <time className="field-value" dateTime={value} title={value}>
      {dateTime.format(ms)}
    </time>
  );
}
