/**
 * Renders any request card (src/markup/card.ts, docs/cards.md) the same way, most important
 * first: title, summary lines, risks, the simulated changes; then the caller's controls (accounts,
 * fees, password); then why the rules ask ("Why?"), the typed fields and the raw request, folded. The card is the ring's
 * description of the request: nothing here reads the raw request, it only shows it.
 *
 *   <CardView card={request.card} titleId={id}><AccountPicker … /></CardView>
 */
import type { ReactNode } from 'react';
import type { Card } from '../../../src/markup/card';
import { t } from '../i18n';
import { Address } from './Address';
import { FieldTree } from './FieldTree';
import { PolicyWhy } from './PolicyWhy';
import { RiskNotes } from './RiskNotes';
import { SimulationNote } from './SimulationNote';
import './card.css';

interface Props {
  card: Card;
  /** Lets the surrounding region be named by the card's title. */
  titleId?: string;
  children?: ReactNode;
}

export function CardView({ card, titleId, children }: Props) {
  return (
    <div className={`card card-${card.kind}`}>
      <h2 id={titleId} className="card-title">
        {card.title}
      </h2>
      {(card.chain || card.account) && (
        <dl className="facts">
          {card.chain && (
            <div>
              <dt>{t('cardNetwork')}</dt>
              <dd>{card.chain.name}</dd>
            </div>
          )}
          {card.account && (
            <div>
              <dt>{t('cardAccount')}</dt>
              <dd>
                <Address address={card.account} />
              </dd>
            </div>
          )}
        </dl>
      )}
      {card.summary.length > 0 && (
        <ul className="summary">
          {card.summary.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines may repeat; their order is their identity.
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
      <RiskNotes risks={card.risks} />
      {card.simulation && <SimulationNote simulation={card.simulation} />}
      {children}
      {card.policy && <PolicyWhy policy={card.policy} />}
      {card.fields.length > 0 && (
        <details className="fold">
          <summary>{t('cardDetails')}</summary>
          <FieldTree fields={card.fields} />
        </details>
      )}
      <details className="fold">
        <summary>{t('cardRawRequest')}</summary>
        <pre className="raw" translate="no">
          {card.raw}
        </pre>
      </details>
    </div>
  );
}
