/** Settings: auto-lock, password, and revealing the recovery phrase. */
import { AutoLockForm } from './settings/AutoLockForm';
import { ChangePasswordForm } from './settings/ChangePasswordForm';
import { RevealPhrase } from './settings/RevealPhrase';

export function Settings({ onBack }: { onBack(): void }) {
  return (
    <section className="stack" aria-labelledby="settings-title">
      <div className="row spread">
        <h2 id="settings-title">Settings</h2>
        <button type="button" className="secondary" onClick={onBack}>
          Back
        </button>
      </div>
      <AutoLockForm />
      <ChangePasswordForm />
      <RevealPhrase />
    </section>
  );
}
