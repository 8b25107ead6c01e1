/**
 * Rule sets as files (issue 10): **Export rules** saves the JSON in the field as
 * `ringfence-rules.json`; **Open a rule file** loads a file (signed or not, docs/rules.md) into the
 * field, where **Save rules** sends it to the ring — which checks it, and its signature, before
 * anything changes. Reading a file never saves it.
 */
import { type ChangeEvent, useId } from 'react';
import { t } from '../../i18n';

const MAX_BYTES = 1_000_000; // what saveRules accepts

export function RuleFile({ json, onLoaded, onError }: Props) {
  const id = useId();
  const onExport = () => {
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'ringfence-rules.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const onOpen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file can be opened again
    if (!file) return;
    if (file.size > MAX_BYTES) return onError(t('ruleFileTooLarge', file.name));
    onLoaded(await file.text(), file.name);
  };
  return (
    <div className="row">
      <button type="button" className="secondary small" onClick={onExport} disabled={json.trim() === ''}>
        {t('ruleFileExport')}
      </button>
      <label htmlFor={id} className="small">
        {t('ruleFileOpen')}
      </label>
      <input id={id} type="file" accept="application/json,.json" onChange={(e) => void onOpen(e)} />
    </div>
  );
}

interface Props {
  json: string;
  onLoaded(text: string, name: string): void;
  onError(message: string): void;
}
