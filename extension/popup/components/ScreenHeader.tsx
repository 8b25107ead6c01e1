/**
 * A screen's title with its Back button (CONTRACT.md's "Back"), the one header every sub-screen
 * shares. The title is the section's accessible name: give the section `aria-labelledby={id}`.
 *
 *   <section aria-labelledby="book-title"><ScreenHeader id="book-title" title={t('addressBook')} onBack={onBack} /></section>
 */
import type { ReactNode } from 'react';
import { t } from '../i18n';

export function ScreenHeader({
  id,
  title,
  onBack,
  children,
}: {
  id: string;
  title: string;
  onBack?: () => void;
  /** Further header actions, placed before Back. */
  children?: ReactNode;
}) {
  return (
    <div className="row spread">
      <h2 id={id}>{title}</h2>
      {(children || onBack) && (
        <div className="row">
          {children}
          {onBack && (
            <button type="button" className="secondary" onClick={onBack}>
              {t('back')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
